import type { Severity } from "../core/issues";
import { columnName, parseAddress } from "../core/snapshot";
import { clear, el } from "../taskpane/dom";
import { GRID_MAX_ROWS, type GridWindow } from "./grid-window";
import type { PageHost } from "./page-host";

/** The widest a cell's text is drawn (the stylesheet's max-width less the cell's padding), and its line height, in px. */
const CELL_TEXT_WIDTH = 352;
const LINE_HEIGHT = 17;

/**
 * A cell's text in a box laid out only when near the screen: a window of long narratives would
 * otherwise hold the page for a second laying out rows no one sees. Until then the box takes the
 * size its text would roughly need (12 px a full-width character, 7 px another), then the size it had.
 */
function cellBody(text: string): HTMLElement {
  const body = el("div", {}, text);
  let lines = 0;
  let widest = 0;
  for (const line of text.split("\n")) {
    let width = 0;
    for (const ch of line) width += ch.charCodeAt(0) > 0xff ? 12 : 7;
    lines += Math.max(1, Math.ceil(width / CELL_TEXT_WIDTH));
    widest = Math.max(widest, width);
  }
  // Set through the CSSOM, which the page's policy (style-src 'self') allows, unlike a style attribute.
  body.style.contentVisibility = "auto";
  body.style.containIntrinsicSize = `auto ${Math.min(CELL_TEXT_WIDTH, widest)}px auto ${lines * LINE_HEIGHT}px`;
  return body;
}

/**
 * The sheet as a table: merged areas drawn merged, the selection and the marks the pane asks for.
 * The rows come from the worker a window at a time. Cell text goes in as text only.
 */
export function mountGrid(root: HTMLElement, tabs: HTMLElement, host: PageHost): void {
  let current = "";
  let shown: GridWindow | null = null;
  /** Each draw asks the worker and waits: only the last one asked is drawn. */
  let asked = 0;
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

  /** Draw `name` with the window starting at row `top` (the worker clamps it to the sheet). */
  async function draw(name: string, top = 0) {
    const ask = ++asked;
    const win = await host.window(name, top);
    if (ask !== asked) return;
    const changedSheet = name !== current;
    current = name;
    shown = win;
    cells.clear();
    clear(root);
    const { cols, rows } = win;
    const end = win.top + rows.length;
    const table = el("table", { class: "grid", "data-testid": "grid", "aria-label": name });
    const head = el("tr", {}, el("th", { class: "corner" }));
    for (let c = 0; c < cols; c++) head.append(el("th", { scope: "col" }, columnName(c)));
    table.append(el("thead", {}, head));
    const body = el("tbody");
    for (const { row, cells: line } of rows) {
      const tr = el("tr", {}, el("th", { scope: "row" }, String(row + 1)));
      for (const c of line) {
        const td = el("td", { "data-cell": c.cell }, c.text ? cellBody(c.text) : "");
        if (c.rowSpan > 1) td.rowSpan = c.rowSpan;
        if (c.colSpan > 1) td.colSpan = c.colSpan;
        cells.set(c.cell, td);
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
      b.addEventListener("click", () => void draw(current, to));
      return b;
    };
    const count = rows.length;
    if (win.top > 0)
      root.append(
        el(
          "p",
          { class: "grid-note" },
          move(`↑ ${Math.max(1, win.top - count + 1)}–${win.top}`, win.top - count)
        )
      );
    root.append(table);
    if (win.bottom > end)
      root.append(
        el(
          "p",
          { class: "grid-note" },
          move(`↓ ${end + 1}–${Math.min(win.bottom, end + count)} / ${win.bottom}`, end)
        )
      );
    if (win.width > cols)
      root.append(
        el("p", { class: "grid-note" }, `${columnName(cols - 1)} / ${columnName(win.width - 1)}`)
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

  const around = (row: number) => row - Math.floor(GRID_MAX_ROWS / 2);

  function drawSelection(moved = false) {
    for (const td of root.querySelectorAll("td.selected")) td.classList.remove("selected");
    const sel = host.selection();
    if (!sel || sel.sheet !== current) return;
    const at = parseAddress(sel.cell);
    // A cell outside the window: the window moves to it.
    const top = shown?.top ?? 0;
    const end = top + (shown?.rows.length ?? 0);
    if (at && !moved && !cells.has(sel.cell) && (at.row < top || at.row >= end)) {
      void draw(current, around(at.row));
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
    // The sheet already in front stays as it is drawn (a check brings the plan's first sheet to the front).
    if (e.type === "active") {
      if (e.sheet !== current) void draw(e.sheet);
    } else if (e.type === "select" && e.sheet !== current) {
      const at = parseAddress(e.cell);
      void draw(e.sheet, at ? around(at.row) : 0);
    } else if (e.type === "select") drawSelection();
    else if (e.type === "marks" && e.sheet === current) drawMarks();
    // A fix: the cells' text is asked again of the worker, which holds them; the table stays as it is.
    else if (e.type === "values" && e.sheet === current && shown)
      void host.window(current, shown.top).then((win) => {
        if (win.sheet !== current) return;
        for (const { cells: line } of win.rows)
          for (const c of line) {
            const td = cells.get(c.cell);
            if (td && td.textContent !== c.text) td.replaceChildren(c.text ? cellBody(c.text) : "");
          }
      });
  });
  void host.activeSheet().then((name) => draw(name));
}
