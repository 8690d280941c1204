import type { Severity } from "../core/issues";
import { cellAddress, cellText, columnName, makeGrid, parseAddress } from "../core/snapshot";
import type { FileHost } from "../xlsx/file-host";
import { clear, el } from "../taskpane/dom";

/** Rows drawn at most; the checker reads them all, the grid is only for looking. */
export const GRID_MAX_ROWS = 5000;
/** Columns drawn at most: one stray cell at XFD1 must not draw 16,384 columns on every row. */
export const GRID_MAX_COLUMNS = 256;
/** Cells drawn at most: past this a browser tab slows to a crawl. */
const GRID_MAX_CELLS = 200_000;

/**
 * The sheet as a table: merged areas drawn merged, the selection and the marks
 * the pane asks for. Cell text goes in as text only.
 */
export function mountGrid(root: HTMLElement, tabs: HTMLElement, host: FileHost): void {
  let current = "";
  const cells = new Map<string, HTMLTableCellElement>();

  function drawTabs(active: string) {
    clear(tabs);
    void host.listSheets().then((names) => {
      for (const name of names) {
        const b = el("button", { type: "button", role: "tab", "aria-selected": String(name === active), "data-sheet": name }, name);
        b.addEventListener("click", () => host.setActive(name));
        tabs.append(b);
      }
    });
  }

  function draw(name: string) {
    current = name;
    cells.clear();
    clear(root);
    const snapshot = host.sheet(name);
    const grid = makeGrid(snapshot);
    // As wide as the drawn rows' own cells reach (a stray far cell further down adds nothing), and
    // no more cells than a page can hold.
    let width = 1;
    for (let r = 0; r < Math.min(grid.bottom, GRID_MAX_ROWS); r++) {
      const last = grid.occupied(r).pop();
      if (last !== undefined) width = Math.max(width, last + 1);
    }
    const cols = Math.min(width, GRID_MAX_COLUMNS);
    const rows = Math.min(grid.bottom, GRID_MAX_ROWS, Math.floor(GRID_MAX_CELLS / cols));
    const table = el("table", { class: "grid", "data-testid": "grid", "aria-label": name });
    const head = el("tr", {}, el("th", { class: "corner" }));
    for (let c = 0; c < cols; c++) head.append(el("th", { scope: "col" }, columnName(c)));
    table.append(el("thead", {}, head));
    const body = el("tbody");
    for (let r = 0; r < rows; r++) {
      const tr = el("tr", {}, el("th", { scope: "row" }, String(r + 1)));
      for (let c = 0; c < cols; c++) {
        const area = grid.area(r, c);
        if (area && (area.top !== r || area.left !== c)) continue;
        const td = el("td", { "data-cell": cellAddress(r, c) }, cellText(grid.own(r, c)));
        if (area) {
          td.rowSpan = Math.min(area.bottom, rows - 1) - area.top + 1;
          td.colSpan = Math.min(area.right, cols - 1) - area.left + 1;
        }
        cells.set(cellAddress(r, c), td);
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(body);
    root.append(table);
    if (grid.bottom > rows) root.append(el("p", { class: "grid-note" }, `${rows} / ${grid.bottom}`));
    if (width > cols) root.append(el("p", { class: "grid-note" }, `${columnName(cols - 1)} / ${columnName(width - 1)}`));
    drawMarks();
    drawSelection();
    drawTabs(name);
  }

  function drawMarks() {
    const marks = host.marks(current);
    for (const [cell, td] of cells) {
      td.classList.remove("mark-error", "mark-warning", "mark-info");
      const sev: Severity | undefined = marks.get(cell);
      if (sev) td.classList.add(`mark-${sev}`);
    }
  }

  function drawSelection() {
    for (const td of root.querySelectorAll("td.selected")) td.classList.remove("selected");
    const sel = host.selection();
    if (!sel || sel.sheet !== current) return;
    const td = cells.get(sel.cell);
    if (td) {
      td.classList.add("selected");
      td.scrollIntoView({ block: "center", inline: "nearest" });
    }
  }

  host.subscribe((e) => {
    if (e.type === "sheets") {
      void host.listSheets().then((names) => (names.includes(current) ? drawTabs(current) : draw(names[0])));
      return;
    }
    if (e.type === "active" || (e.type === "select" && e.sheet !== current)) draw(e.sheet);
    else if (e.type === "select") drawSelection();
    else if (e.type === "marks" && e.sheet === current) drawMarks();
    else if (e.type === "values" && e.sheet === current) {
      const td = cells.get(e.cell);
      const at = parseAddress(e.cell);
      if (td && at) td.textContent = cellText(makeGrid(host.sheet(current)).own(at.row, at.col));
    }
  });
  void host.activeSheet().then(draw);
}
