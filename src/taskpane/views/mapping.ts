import { FIELDS } from "../../core/layout/fields";
import type { ColumnMap } from "../../core/layout/header";
import { cellText, columnName, makeGrid, type SheetSnapshot } from "../../core/snapshot";
import { FIELD_LABELS } from "../strings";
import { clear, el } from "../dom";
import type { PaneContext } from "./context";

/** Where no header was found: the user names the header row and which column holds each field, then checks again. */
export function mappingForm(ctx: PaneContext, snapshot: SheetSnapshot): HTMLElement {
  const t = ctx.words();
  const sheet = snapshot.name;
  const given = ctx.settings().columns?.[sheet];
  let columnCount = 0;
  for (const row of snapshot.values)
    columnCount = Math.max(columnCount, snapshot.left + row.length);
  const grid = makeGrid(snapshot);
  const rowInput = el("input", {
    id: "achv-header-row",
    type: "number",
    min: "1",
    value: String((given?.row ?? grid.top) + 1),
    "data-testid": "header-row",
  });
  const selects = FIELDS.map((f) => ({
    f,
    s: el("select", { id: `achv-col-${f}`, "data-field": f }),
  }));
  const fillColumns = () => {
    const row = Math.max(0, Number(rowInput.value) - 1);
    for (const { f, s } of selects) {
      const was = s.value || (given?.columns[f] !== undefined ? String(given.columns[f]) : "");
      clear(s);
      s.append(el("option", { value: "" }, t.none));
      for (let c = 0; c < columnCount; c++) {
        const text = cellText(grid.own(row, c)).replace(/\s+/g, " ").trim().slice(0, 24);
        s.append(
          el(
            "option",
            { value: String(c), selected: was === String(c) },
            text ? `${columnName(c)}（${text}）` : columnName(c)
          )
        );
      }
    }
  };
  fillColumns();
  rowInput.addEventListener("change", fillColumns);
  const apply = el(
    "button",
    { type: "button", class: "primary", "data-testid": "save-columns" },
    t.saveAndValidate
  );
  apply.addEventListener("click", async () => {
    const columns: ColumnMap = {};
    for (const { f, s } of selects) if (s.value !== "") columns[f] = Number(s.value);
    const settings = ctx.settings();
    ctx.setSettings({
      ...settings,
      columns: {
        ...(settings.columns ?? {}),
        [sheet]: { row: Math.max(0, Number(rowInput.value) - 1), columns },
      },
    });
    await ctx.guard(() => ctx.host.saveSettings(ctx.settings()));
    await ctx.validate();
  });
  return el(
    "fieldset",
    { class: "columns", "data-testid": "columns" },
    el("legend", {}, t.columnsTitle(sheet)),
    el("div", { class: "field" }, el("label", { for: "achv-header-row" }, t.headerRow), rowInput),
    ...selects.map(({ f, s }) =>
      el("div", { class: "field" }, el("label", { for: s.id }, FIELD_LABELS[ctx.lang()][f]), s)
    ),
    apply
  );
}
