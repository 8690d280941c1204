import type { MergeResult } from "../../core/roundtrip/merge";
import { mergeMessage } from "../../core/roundtrip/messages";
import { issueMessage } from "../../core/i18n/messages";
import type { FormPlan } from "../../core/roundtrip/split";
import { splitReference } from "../../core/hierarchy/merge-plans";
import { FormUnusable, importAnswers, insertStatus, makeForms } from "../../app/roundtrip";
import { HostFailure } from "../../app/failures";
import { formFromBytes } from "../../xlsx/form-file";
import { formsArchive, writeForm } from "../../xlsx/write-form";
import { ReadFailure, failureMessage as readFailureMessage } from "../../xlsx/errors";
import { WEB_IO } from "../../xlsx/web-io";
import { UI } from "../strings";
import { clear, el } from "../dom";
import type { PaneContext } from "./context";
import { severityMark } from "./findings";

/** Where the page around the pane can hand the user a file (the browser page): a download. */
export type Download = (name: string, bytes: Uint8Array) => void;

/**
 * The yearly round trip: one form per department (a zip to download in the browser page, or one
 * new workbook per department inside Excel), and the returned forms imported into the plan, with
 * the report of what was written and what was not, and the status of every department.
 */
export function roundtripView(
  ctx: PaneContext,
  box: HTMLElement,
  chosenSheet: () => string,
  download: Download | undefined
): { render(): void } {
  let forms: FormPlan[] = [];
  let merged: MergeResult | null = null;
  let deadline = "";
  const t = () => ctx.words();

  const failure = (e: unknown): boolean => {
    if (e instanceof FormUnusable) {
      ctx.setStatus((l) => UI[l].formUnusable(e.file, e.problem), "error");
      return true;
    }
    if (e instanceof ReadFailure) {
      ctx.setStatus((l) => UI[l].fileUnreadable(readFailureMessage(e, l)), "error");
      return true;
    }
    if (e instanceof HostFailure && e.kind === "cell-changed") {
      ctx.setStatus((l) => UI[l].answersChanged(e.detail), "error");
      return true;
    }
    return false;
  };
  /** One action, its own failures said in its own words, others as the pane says them. */
  const act = (work: () => Promise<void>) =>
    ctx.guard(async () => {
      try {
        await work();
      } catch (e) {
        if (!failure(e)) throw e;
      }
    });

  async function makeAll() {
    ctx.setStatus((l) => UI[l].makingForms);
    const split = await makeForms(ctx.host, chosenSheet(), ctx.settings(), ctx.lang(), deadline);
    forms = split.forms;
    const unassigned = split.unassigned;
    const extra = (l: "ja" | "en") =>
      unassigned > 0 ? ` ${UI[l].formsUnassigned(unassigned)}` : "";
    if (download) {
      const name = `${t().formsZipName}_${new Date().toISOString().slice(0, 10)}.zip`;
      download(name, formsArchive(forms, ctx.lang()));
      forms = [];
      ctx.setStatus((l) => UI[l].formsZip(split.forms.length, name) + extra(l));
    } else ctx.setStatus((l) => UI[l].formsMade(split.forms.length) + extra(l));
    render();
  }

  async function importFiles(files: File[]) {
    ctx.setStatus((l) => UI[l].importing);
    const chosen = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
    );
    const done = await importAnswers(
      ctx.host,
      chosen,
      (bytes, file, year) => formFromBytes(bytes, file, WEB_IO, year),
      chosenSheet(),
      ctx.settings()
    );
    merged = done.merge;
    const ratings = merged.writes.filter((w) => w.field === "rating").length;
    const narratives = merged.writes.length - ratings;
    const count = merged.forms.length;
    ctx.setStatus((l) => UI[l].imported(count, ratings, narratives));
    render();
  }

  function formList(): HTMLElement {
    return el(
      "ul",
      { class: "forms", "data-testid": "forms" },
      ...forms.map((f) => {
        const open = el(
          "button",
          {
            type: "button",
            "data-testid": "open-form",
            "aria-label": t().openFormOf(f.department),
          },
          t().openForm
        );
        open.addEventListener("click", () =>
          act(async () => {
            await ctx.host.openWorkbook!(writeForm(f, ctx.lang()));
            ctx.setStatus((l) => UI[l].formOpened(f.department));
          })
        );
        return el("li", {}, el("span", {}, f.department), open);
      })
    );
  }

  function report(m: MergeResult): HTMLElement {
    const lang = ctx.lang();
    const part = el("div", { class: "merge-report", "data-testid": "merge-report" });
    const notes: HTMLElement[] = [];
    for (const f of m.forms)
      for (const i of f.issues.filter((x) => x.severity !== "info"))
        notes.push(
          el(
            "li",
            { class: `sev-${i.severity}`, "data-testid": "form-issue" },
            severityMark(i.severity),
            `${t().severityWord[i.severity]}: ${t().formFindings(f.file, f.department ?? "?")} ${i.cell} ${issueMessage(i, lang)}`
          )
        );
    for (const f of m.findings) {
      const text = `${t().severityWord[f.severity]}: ${mergeMessage(f, lang)}`;
      if (f.planCell) {
        const at = splitReference(f.planCell, "");
        const go = el(
          "button",
          {
            type: "button",
            class: `issue sev-${f.severity}`,
            "data-testid": "merge-finding",
            "data-cell": f.planCell,
          },
          severityMark(f.severity),
          text
        );
        go.addEventListener("click", () => ctx.guard(() => ctx.host.selectCell(at.sheet, at.cell)));
        notes.push(el("li", {}, go));
      } else
        notes.push(
          el(
            "li",
            { class: `sev-${f.severity}`, "data-testid": "merge-finding" },
            severityMark(f.severity),
            text
          )
        );
    }
    if (notes.length > 0) part.append(el("h3", {}, t().mergeFindings), el("ul", {}, ...notes));
    const table = el(
      "table",
      { class: "status", "data-testid": "answer-status" },
      el("caption", {}, t().statusTitle),
      el("thead", {}, el("tr", {}, ...t().statusColumns.map((c) => el("th", { scope: "col" }, c))))
    );
    const body = el("tbody");
    for (const s of m.status)
      body.append(
        el(
          "tr",
          {},
          el("th", { scope: "row" }, s.department),
          ...[s.sent, s.answered, s.withErrors, s.missing].map((n) => el("td", {}, String(n)))
        )
      );
    table.append(body);
    const insert = el(
      "button",
      { type: "button", "data-testid": "insert-status" },
      t().insertStatus
    );
    insert.addEventListener("click", () =>
      act(async () => {
        const done = await insertStatus(ctx.host, m, ctx.lang());
        ctx.setStatus((l) => UI[l].inserted(done.sheets.map((s) => s.name)));
      })
    );
    part.append(table, insert);
    return part;
  }

  function render() {
    const open = box.hasAttribute("open");
    clear(box);
    if (open) box.setAttribute("open", "");
    box.append(
      el("summary", {}, t().roundtripTitle),
      el("p", { class: "hint" }, t().roundtripHint)
    );
    const due = el("input", {
      id: "achv-deadline",
      type: "text",
      value: deadline,
      "data-testid": "deadline",
    });
    due.addEventListener("change", () => (deadline = due.value.trim()));
    const make = el("button", { type: "button", "data-testid": "make-forms" }, t().makeForms);
    make.addEventListener("click", () => act(makeAll));
    const canMake = Boolean(download || ctx.host.openWorkbook);
    make.disabled = !canMake;
    const input = el("input", {
      id: "achv-answers",
      type: "file",
      multiple: true,
      accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "data-testid": "answer-files",
    });
    input.disabled = !ctx.host.writeAnswers;
    input.addEventListener("change", () => {
      const files = [...(input.files ?? [])];
      input.value = "";
      if (files.length > 0) void act(() => importFiles(files));
    });
    box.append(
      el("div", { class: "field" }, el("label", { for: "achv-deadline" }, t().deadline), due),
      make,
      canMake ? "" : el("p", { class: "notice", "data-testid": "no-forms" }, t().cannotMakeForms),
      forms.length > 0 ? formList() : "",
      el("div", { class: "field" }, el("label", { for: "achv-answers" }, t().importAnswers), input),
      ctx.host.writeAnswers ? "" : el("p", { class: "notice" }, t().cannotImport),
      merged ? report(merged) : ""
    );
  }
  return { render };
}
