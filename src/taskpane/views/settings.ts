import { UI } from "../strings";
import { clear, el } from "../dom";
import type { PaneContext } from "./context";

/** The settings kept with the workbook: the department master list and which summary tables to insert. */
export function renderSettings(ctx: PaneContext, box: HTMLElement): void {
  const t = ctx.words();
  const settings = ctx.settings();
  clear(box);
  box.append(el("summary", {}, t.settings));
  const area = el("textarea", { id: "achv-departments", rows: "5", "data-testid": "departments" });
  area.value = (settings.departments ?? []).join("\n");
  const save = el("button", { type: "button", "data-testid": "save-settings" }, t.saveSettings);
  save.addEventListener("click", () =>
    ctx.guard(async () => {
      ctx.setSettings({
        ...ctx.settings(),
        departments: area.value
          .split(/\r?\n/)
          .map((s) => s.trim())
          .filter(Boolean),
      });
      await ctx.host.saveSettings(ctx.settings());
      setStatusSaved(ctx);
    })
  );
  const kinds = settings.summaryKinds ?? ["goal", "department"];
  const boxes = [
    { kind: "goal" as const, id: "achv-sum-goal", label: t.summaryGoal },
    { kind: "department" as const, id: "achv-sum-dept", label: t.summaryDepartment },
  ].map((b) => {
    const input = el("input", { type: "checkbox", id: b.id, checked: kinds.includes(b.kind) });
    input.addEventListener("change", () => {
      const chosen = boxes.filter((x) => x.input.checked).map((x) => x.kind);
      ctx.setSettings({ ...ctx.settings(), summaryKinds: chosen });
    });
    return { ...b, input };
  });
  box.append(
    el(
      "div",
      { class: "field" },
      el("label", { for: "achv-departments" }, t.departmentsLabel),
      area
    ),
    save,
    el(
      "fieldset",
      { class: "checks" },
      el("legend", {}, t.summaries),
      ...boxes.map((b) => el("label", { class: "check", for: b.id }, b.input, b.label))
    )
  );
}

/** Say truly where the settings are kept: in the workbook inside Excel, only in the page for a file. */
function setStatusSaved(ctx: PaneContext) {
  ctx.setStatus((l) => (ctx.host.kind === "file" ? UI[l].keptInPage : UI[l].saved));
}
