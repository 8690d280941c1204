import { cellAddress, cellText, type Grid } from "../core/snapshot";

/**
 * Rows drawn at once: a window of the sheet, moved to wherever a finding is selected, so a
 * finding on row 100,000 is as near as one on row 10. The checker reads every row. Building a
 * window's cells is one task on the page: 150 rows keep it under 100 ms on a 10,000-entry sheet of
 * long narratives (laying out and painting 200 took 90–130 ms), where 500 took half a second.
 */
export const GRID_MAX_ROWS = 150;
/** Columns drawn at most: one stray cell at XFD1 must not draw 16,384 columns on every row. */
export const GRID_MAX_COLUMNS = 256;
/** Cells drawn at most: past this a browser tab slows to a crawl. */
const GRID_MAX_CELLS = 200_000;

/** One cell drawn: a merged area is one cell spanning its rows and columns within the window. */
export interface WindowCell {
  /** The cell's address (a merged area's top-left). */
  cell: string;
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** The rows of a sheet the grid draws, laid out where the sheet is held (the page's worker). */
export interface GridWindow {
  sheet: string;
  /** The first sheet row drawn (0-based), and the rows drawn, each with its row number (0-based). */
  top: number;
  rows: { row: number; cells: WindowCell[] }[];
  /** Columns drawn; columns the sheet's cells reach near the top; rows in the sheet. */
  cols: number;
  width: number;
  bottom: number;
}

/** The window of `grid` starting at row `top` (clamped to the sheet), as many rows as a page can hold. */
export function gridWindow(sheet: string, grid: Grid, top: number): GridWindow {
  // As wide as the sheet's cells reach near the top (a stray far cell further down adds nothing), and
  // no more cells than a page can hold.
  let width = 1;
  for (let r = 0; r < Math.min(grid.bottom, GRID_MAX_ROWS); r++) {
    const last = grid.occupied(r).pop();
    if (last !== undefined) width = Math.max(width, last + 1);
  }
  const cols = Math.min(width, GRID_MAX_COLUMNS);
  const count = Math.min(grid.bottom, GRID_MAX_ROWS, Math.floor(GRID_MAX_CELLS / cols));
  const first = Math.max(0, Math.min(top, grid.bottom - count));
  const end = first + count;
  const rows: GridWindow["rows"] = [];
  for (let r = first; r < end; r++) {
    const cells: WindowCell[] = [];
    for (let c = 0; c < cols; c++) {
      const area = grid.area(r, c);
      // A merged area begun above the window is drawn from the window's first row.
      const start = area ? Math.max(area.top, first) : r;
      if (area && (start !== r || area.left !== c)) continue;
      const at = area ? { row: area.top, col: area.left } : { row: r, col: c };
      cells.push({
        cell: cellAddress(at.row, at.col),
        text: cellText(grid.own(at.row, at.col)),
        rowSpan: area ? Math.min(area.bottom, end - 1) - r + 1 : 1,
        colSpan: area ? Math.min(area.right, cols - 1) - area.left + 1 : 1,
      });
    }
    rows.push({ row: r, cells });
  }
  return { sheet, top: first, rows, cols, width, bottom: grid.bottom };
}
