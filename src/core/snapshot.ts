/** The one neutral input of the core: a sheet's values and merged areas (docs/architecture.md). */
export type CellError = { error: string };
export type CellValue = string | number | boolean | null | CellError;

/** 0-based, inclusive, absolute. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** Absolute position of values[0][0]. */
  top: number;
  left: number;
  values: CellValue[][];
  merges: CellRange[];
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

/** Cell text as a user reads it; errors and empties are "". */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined || isCellError(v)) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return Number.isFinite(v) ? String(v) : "";
}

const columnNames: string[] = [];

/** 0-based column index -> letters ("A", "AB"). */
export function columnName(col: number): string {
  if (col < 256 && columnNames[col] !== undefined) return columnNames[col];
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  if (col < 256) columnNames[col] = s;
  return s;
}

/** 0-based absolute row/col -> "F56". */
/** Columns of an Excel sheet (A to XFD). */
export const SHEET_COLUMNS = 16_384;

/** One number per cell, in sheet order (row by row): for sets of cells and for sorting by position. */
export function cellKey(row: number, col: number): number {
  return row * SHEET_COLUMNS + col;
}

export function cellAddress(row: number, col: number): string {
  return columnName(col) + String(row + 1);
}

/** "F56" -> 0-based {row, col}; undefined when not an A1 address. */
export function parseAddress(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}

/**
 * Merge-aware access to a snapshot. Coordinates are absolute and 0-based.
 * Merge lookups are indexed per column on first use, so only the columns the
 * reader asks for cost anything, and malformed merges (overlapping, outside
 * the values, inverted) are clipped or ignored instead of throwing.
 */
export interface Grid {
  readonly snapshot: SheetSnapshot;
  readonly top: number;
  readonly left: number;
  /** One past the last row / column holding values. */
  readonly bottom: number;
  readonly right: number;
  own(row: number, col: number): CellValue;
  /** The merged area covering the cell, if any. */
  area(row: number, col: number): CellRange | undefined;
  /** The cell holding the value shown at (row, col): the merged area's top-left or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number };
  /** The value shown at (row, col): a merged area's value belongs to every cell of it. */
  value(row: number, col: number): CellValue;
  /**
   * The columns of a row that hold a value of their own, left to right. Rows may be sparse
   * (one cell at XFD1 makes the sheet 16,384 wide): loops over a row's cells use this,
   * never every column up to `right`.
   */
  occupied(row: number): number[];
}

export function makeGrid(snapshot: SheetSnapshot): Grid {
  const top = Number.isInteger(snapshot.top) && snapshot.top >= 0 ? snapshot.top : 0;
  const left = Number.isInteger(snapshot.left) && snapshot.left >= 0 ? snapshot.left : 0;
  const values = Array.isArray(snapshot.values) ? snapshot.values : [];
  let width = 0;
  for (const row of values) if (Array.isArray(row) && row.length > width) width = row.length;
  const bottom = top + values.length;
  const right = left + width;
  const merges = (Array.isArray(snapshot.merges) ? snapshot.merges : []).filter(
    (m) =>
      m &&
      [m.top, m.left, m.bottom, m.right].every((n) => Number.isInteger(n) && n >= 0) &&
      m.bottom >= m.top &&
      m.right >= m.left &&
      (m.bottom > m.top || m.right > m.left) &&
      // An area whose top-left lies outside the values shows a value we do not have: read its cells as they are.
      m.top >= top &&
      m.top < bottom &&
      m.left >= left &&
      m.left < right
  );
  const byColumn = new Map<number, Int32Array>();

  function columnIndex(col: number): Int32Array {
    let idx = byColumn.get(col);
    if (idx) return idx;
    idx = new Int32Array(Math.max(0, bottom - top));
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      if (col < m.left || col > m.right) continue;
      const from = Math.max(m.top, top);
      const to = Math.min(m.bottom, bottom - 1);
      for (let r = from; r <= to; r++) idx[r - top] = i + 1;
    }
    byColumn.set(col, idx);
    return idx;
  }

  function own(row: number, col: number): CellValue {
    const line = values[row - top];
    if (!Array.isArray(line)) return null;
    const v = line[col - left];
    return v === undefined ? null : v;
  }

  function area(row: number, col: number): CellRange | undefined {
    if (row < top || row >= bottom || merges.length === 0) return undefined;
    const i = columnIndex(col)[row - top];
    return i > 0 ? merges[i - 1] : undefined;
  }

  function anchor(row: number, col: number): { row: number; col: number } {
    const m = area(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  function occupied(row: number): number[] {
    const line = values[row - top];
    const cols: number[] = [];
    if (!Array.isArray(line)) return cols;
    const take = (v: CellValue | undefined, i: number) =>
      v !== null && v !== undefined && v !== "" && cols.push(left + i);
    if (line.length <= 256) line.forEach(take);
    // A long row is sparse (one far cell): its own keys cost the cells it holds, not its length.
    else for (const k in line) take(line[k as unknown as number], Number(k));
    return cols;
  }

  return {
    snapshot,
    top,
    left,
    bottom,
    right,
    own,
    area,
    anchor,
    occupied,
    value(row, col) {
      const a = anchor(row, col);
      return own(a.row, a.col);
    },
  };
}
