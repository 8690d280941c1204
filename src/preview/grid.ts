import type { Severity } from "../core/issues";
import { cellAddress, cellText, columnName, makeGrid, parseAddress } from "../core/snapshot";
import type { FileHost } from "../xlsx/file-host";
import { clear, el } from "../taskpane/dom";

/**
 * Rows drawn at once: a window of the sheet, moved to wherever a finding is selected, so a
 * finding on row 100,000 is as near as one on row 10. The checker reads every row.
 */
export const GRID_MAX_ROWS = 500;
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
  /** The first sheet row (0-based) of the window drawn. */
  let windowTop = 0;
  let windowEnd = 0;
  const cells = new Map<string, HTMLTableCellElement>();

  function drawTabs(active: string) {
    clear(tabs);
    void host.listSheets().then((names) => {
      for (const name of names) {
        const b = el(
          "button",
          {
            type: "button",
            role: "tab",
            "aria-selected": String(name === active),
            "data-sheet": name,
          },
          name
        );
        b.addEventListener("click", () => host.setActive(name));
        tabs.append(b);
      }
    });
  }

  /** Draw `name` with the window starting at row `top` (clamped to the sheet). */
  function draw(name: string, top = 0) {
    const changedSheet = name !== current;
    current = name;
    cells.clear();
    clear(root);
    const snapshot = host.sheet(name);
    const grid = makeGrid(snapshot);
    // As wide as the sheet's cells reach near the top (a stray far cell further down adds nothing), and
    // no more cells than a page can hold.
    let width = 1;
    for (let r = 0; r < Math.min(grid.bottom, GRID_MAX_ROWS); r++) {
      const last = grid.occupied(r).pop();
      if (last !== undefined) width = Math.max(width, last + 1);
    }
    const cols = Math.min(width, GRID_MAX_COLUMNS);
    const rows = Math.min(grid.bottom, GRID_MAX_ROWS, Math.floor(GRID_MAX_CELLS / cols));
    windowTop = Math.max(0, Math.min(top, grid.bottom - rows));
    windowEnd = windowTop + rows;
    const table = el("table", { class: "grid", "data-testid": "grid", "aria-label": name });
    const head = el("tr", {}, el("th", { class: "corner" }));
    for (let c = 0; c < cols; c++) head.append(el("th", { scope: "col" }, columnName(c)));
    table.append(el("thead", {}, head));
    const body = el("tbody");
    for (let r = windowTop; r < windowEnd; r++) {
      const tr = el("tr", {}, el("th", { scope: "row" }, String(r + 1)));
      for (let c = 0; c < cols; c++) {
        const area = grid.area(r, c);
        // A merged area begun above the window is drawn from the window's first row.
        const first = area ? Math.max(area.top, windowTop) : r;
        if (area && (first !== r || area.left !== c)) continue;
        const at = area ? { row: area.top, col: area.left } : { row: r, col: c };
        const td = el(
          "td",
          { "data-cell": cellAddress(at.row, at.col) },
          cellText(grid.own(at.row, at.col))
        );
        if (area) {
          td.rowSpan = Math.min(area.bottom, windowEnd - 1) - r + 1;
          td.colSpan = Math.min(area.right, cols - 1) - area.left + 1;
        }
        cells.set(cellAddress(at.row, at.col), td);
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(body);
    const move = (label: string, to: number) => {
      const b = el(
        "button",
        { type: "button", class: "grid-move", "data-testid": "grid-move" },
        label
      );
      b.addEventListener("click", () => draw(current, to));
      return b;
    };
    if (windowTop > 0)
      root.append(
        el(
          "p",
          { class: "grid-note" },
          move(`↑ ${Math.max(1, windowTop - rows + 1)}–${windowTop}`, windowTop - rows)
        )
      );
    root.append(table);
    if (grid.bottom > windowEnd)
      root.append(
        el(
          "p",
          { class: "grid-note" },
          move(
            `↓ ${windowEnd + 1}–${Math.min(grid.bottom, windowEnd + rows)} / ${grid.bottom}`,
            windowEnd
          )
        )
      );
    if (width > cols)
      root.append(
        el("p", { class: "grid-note" }, `${columnName(cols - 1)} / ${columnName(width - 1)}`)
      );
    drawMarks();
    drawSelection(true);
    if (changedSheet || tabs.childElementCount === 0) drawTabs(name);
    else
      for (const b of tabs.querySelectorAll("button"))
        b.setAttribute("aria-selected", String(b.getAttribute("data-sheet") === name));
  }

  function drawMarks() {
    const marks = host.marks(current);
    for (const [cell, td] of cells) {
      td.classList.remove("mark-error", "mark-warning", "mark-info");
      const sev: Severity | undefined = marks.get(cell);
      if (sev) td.classList.add(`mark-${sev}`);
    }
  }

  function drawSelection(moved = false) {
    for (const td of root.querySelectorAll("td.selected")) td.classList.remove("selected");
    const sel = host.selection();
    if (!sel || sel.sheet !== current) return;
    const at = parseAddress(sel.cell);
    // A cell outside the window: the window moves to it.
    if (at && !moved && !cells.has(sel.cell) && (at.row < windowTop || at.row >= windowEnd)) {
      draw(current, at.row - Math.floor(GRID_MAX_ROWS / 2));
      return;
    }
    const td = cells.get(sel.cell);
    if (td) {
      td.classList.add("selected");
      td.scrollIntoView({ block: "center", inline: "nearest" });
    }
  }

  host.subscribe((e) => {
    if (e.type === "sheets") {
      void host
        .listSheets()
        .then((names) => (names.includes(current) ? drawTabs(current) : draw(names[0])));
      return;
    }
    if (e.type === "active") draw(e.sheet);
    else if (e.type === "select" && e.sheet !== current) {
      const at = parseAddress(e.cell);
      draw(e.sheet, at ? at.row - Math.floor(GRID_MAX_ROWS / 2) : 0);
    } else if (e.type === "select") drawSelection();
    else if (e.type === "marks" && e.sheet === current) drawMarks();
    else if (e.type === "values" && e.sheet === current) {
      const td = cells.get(e.cell);
      const at = parseAddress(e.cell);
      if (td && at) td.textContent = cellText(makeGrid(host.sheet(current)).own(at.row, at.col));
    }
  });
  void host.activeSheet().then(draw);
}
