import type { CellRange, CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { cellAddress, isCellError, parseAddress } from "../../../src/core/snapshot";

/**
 * The workbook the simulator holds: sheets of cells, fills, merged areas, tables,
 * charts, PivotTables, workbook names and the add-in's settings. Plain data; the
 * rules Excel applies live where they apply (here for what a workbook allows,
 * context.ts for what a request allows). Sources: see docs/office-js.md.
 */

export interface SimError extends Error {
  code: string;
}

export function simError(code: string, message: string): SimError {
  return Object.assign(new Error(message), { code, name: "RichApi.Error" });
}

/** A cell: its value, and the formula it came from when it has one. */
export interface SimCell {
  value: string | number | boolean;
  formula?: string;
  error?: string;
}

/** Every fill property Office.js exposes (RangeFill, CellPropertiesFill; ExcelApi 1.9). */
export interface SimFill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

/** What Excel reports for a cell without fill. */
export const NO_FILL: SimFill = {
  color: "#FFFFFF",
  pattern: "None",
  patternColor: "#000000",
  tintAndShade: 0,
  patternTintAndShade: 0,
};

export interface SimChart {
  type: string;
  source: string;
  seriesCount: number;
  title?: string;
  categories: (string | undefined)[];
}

export interface SimPivot {
  name: string;
  table: string;
  rows: string[];
  columns: string[];
  data: { field: string; summarizeBy: string }[];
}

/** A border set on a range (RangeBorder, Y(rangeborder)): which edge, its line style and weight. */
export interface SimBorder {
  range: CellRange;
  side: string;
  style: string;
  weight: string;
}

/** Worksheet.pageLayout (ExcelApi 1.9, Y(pagelayout)): what the add-in sets for printing. */
export interface SimPageLayout {
  orientation: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  /** Absolute row references ("$4:$4"), or null when none is set. */
  printTitleRows: string | null;
  printArea: string | null;
  /** HeaderFooterGroup.defaultForAllPages (Y(headerfootergroup)). */
  centerHeader: string;
  centerFooter: string;
}

export interface SimSheet {
  id: string;
  name: string;
  deleted: boolean;
  /** Worksheet.visibility; absent is "Visible". */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** row -> col -> cell */
  rows: Map<number, Map<number, SimCell>>;
  fills: Map<string, SimFill>;
  merges: CellRange[];
  numberFormats: Map<string, string>;
  bold: Set<string>;
  columnWidths: Map<number, number>;
  /** Areas whose format.wrapText was set true, in order. */
  wrapped: CellRange[];
  borders: SimBorder[];
  pageLayout: SimPageLayout;
  charts: SimChart[];
  pivots: SimPivot[];
}

export interface SimTable {
  name: string;
  sheet: SimSheet;
  range: CellRange;
  deleted: boolean;
}

export interface SimName {
  name: string;
  sheet: SimSheet;
  address: string;
  deleted: boolean;
}

export interface SimBook {
  sheets: SimSheet[];
  tables: SimTable[];
  names: SimName[];
  /** Workbook.settings (ExcelApi 1.4): key -> JSON-able value. */
  settings: Map<string, unknown>;
  /** Office.context.document.settings (common API), as last saved with saveAsync. */
  documentSettings: Map<string, unknown>;
  active: SimSheet | undefined;
  selection: { sheet: string; address: string } | undefined;
  nextId: number;
}

export function newSheet(book: SimBook, name: string): SimSheet {
  const id = `{00000000-0001-0000-${String(book.nextId++).padStart(4, "0")}-000000000000}`;
  return {
    id,
    name,
    deleted: false,
    rows: new Map(),
    fills: new Map(),
    merges: [],
    numberFormats: new Map(),
    bold: new Set(),
    columnWidths: new Map(),
    wrapped: [],
    borders: [],
    pageLayout: newPageLayout(),
    charts: [],
    pivots: [],
  };
}

/** A new sheet's page layout as Excel reports it: portrait at 100%, nothing repeated, no print area, blank headers and footers. */
export function newPageLayout(): SimPageLayout {
  return {
    orientation: "Portrait",
    zoom: { scale: 100 },
    centerHorizontally: false,
    printTitleRows: null,
    printArea: null,
    centerHeader: "",
    centerFooter: "",
  };
}

/** A workbook holding these sheets' values and merged areas; the first is active. */
export function bookFromSnapshots(snapshots: SheetSnapshot[]): SimBook {
  const book: SimBook = {
    sheets: [],
    tables: [],
    names: [],
    settings: new Map(),
    documentSettings: new Map(),
    active: undefined,
    selection: undefined,
    nextId: 1,
  };
  for (const snap of snapshots) {
    const sheet = newSheet(book, snap.name);
    snap.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const cell = fromCellValue(v);
        if (cell) setCell(sheet, snap.top + r, snap.left + c, cell);
      })
    );
    sheet.merges = snap.merges.map((m) => ({ ...m }));
    book.sheets.push(sheet);
  }
  book.active = book.sheets[0];
  return book;
}

function fromCellValue(v: CellValue | undefined): SimCell | null {
  if (v === null || v === undefined || v === "") return null;
  if (isCellError(v)) return { value: v.error, error: v.error };
  return { value: v };
}

export function liveSheets(book: SimBook): SimSheet[] {
  return book.sheets.filter((s) => !s.deleted);
}

export function sheetNamed(book: SimBook, nameOrId: string): SimSheet | undefined {
  const lower = nameOrId.toLowerCase();
  return liveSheets(book).find((s) => s.name.toLowerCase() === lower || s.id === nameOrId);
}

export function getCell(sheet: SimSheet, row: number, col: number): SimCell | undefined {
  return sheet.rows.get(row)?.get(col);
}

export function setCell(sheet: SimSheet, row: number, col: number, cell: SimCell | null): void {
  let line = sheet.rows.get(row);
  if (!cell) {
    line?.delete(col);
    if (line && line.size === 0) sheet.rows.delete(row);
    return;
  }
  if (!line) sheet.rows.set(row, (line = new Map()));
  line.set(col, cell);
}

/** The value a test reads back: what Excel shows in `values` for the cell ("" when empty). */
export function cellValue(sheet: SimSheet, address: string): string | number | boolean {
  const at = parseAddress(address);
  if (!at) throw new Error(`not a cell: ${address}`);
  return getCell(sheet, at.row, at.col)?.value ?? "";
}

export function fillOf(sheet: SimSheet, address: string): SimFill {
  return sheet.fills.get(address) ?? NO_FILL;
}

/** The bounding box of the cells holding values within `within` (Range.getUsedRange(valuesOnly)), or null. */
export function usedWithin(sheet: SimSheet, within: CellRange): CellRange | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (const [row, line] of sheet.rows) {
    if (row < within.top || row > within.bottom) continue;
    for (const col of line.keys()) {
      if (col < within.left || col > within.right) continue;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** "A1", "A1:F20", "$A$1", "A:A", "3:5" -> a range; undefined when not an address. */
export function parseRange(address: string): CellRange | undefined {
  const [a, b = a] = address.replace(/\$/g, "").split(":");
  const cols = /^[A-Za-z]{1,3}$/;
  const rows = /^\d{1,7}$/;
  if (cols.test(a) && cols.test(b)) {
    const l = parseAddress(`${a}1`)!.col;
    const r = parseAddress(`${b}1`)!.col;
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(l, r), right: Math.max(l, r) };
  }
  if (rows.test(a) && rows.test(b))
    return { top: Number(a) - 1, bottom: Number(b) - 1, left: 0, right: MAX_COLS - 1 };
  const p = parseAddress(a);
  const q = parseAddress(b);
  if (!p || !q) return undefined;
  const r = {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
  return r.bottom < MAX_ROWS && r.right < MAX_COLS ? r : undefined;
}

export function rangeAddress(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** A sheet name as a reference writes it: quoted unless letters, digits, underscores and dots only. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * What Excel stores for text written through `values` or `formulas`.
 * - Documented (Y(range) `values`, R docs/docs-ref-autogen/excel/excel/excel.range.yml, and the same remark in
 *   @types/office-js): "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 *   interprets this value as a formula", and ISO dates (YYYY-MM-DD) are stored as dates. Text after "+" or "-"
 *   that is not a number is kept here as a formula whose result is #NAME? (the result is UNCONFIRMED).
 * - Not documented for Office.js: the rest of what typing into a cell does in Excel's UI (numbers with
 *   separators, currency or parentheses, percentages, TRUE/FALSE, en-US dates and times, fractions, a leading
 *   apostrophe keeping the rest as text). The same remark says locale-shaped dates are stored as text, so which
 *   of these Office.js parses is UNCONFIRMED; the simulator parses every one, en-US and ja-JP forms alike
 *   (stricter: a writer must keep any such text as text, with the apostrophe that office-js#6687 shows Excel honours).
 */
export function coerceWritten(v: unknown): SimCell | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  const s = String(v);
  if (s.startsWith("'")) return s.length > 1 ? { value: s.slice(1) } : null;
  if (s.startsWith("=") && s.length > 1) return { value: 0, formula: s };
  const t = s.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const number = /^([+-]?)\(?[¥$]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?\)?(%?)$/.exec(t);
  if (number && /\d/.test(t) && t.startsWith("(") === t.endsWith(")")) {
    const n = Number(t.replace(/[(),¥$%]/g, "")) * (t.startsWith("(") ? -1 : 1);
    if (Number.isFinite(n)) return { value: number[6] ? n / 100 : n };
  }
  // Dates and times: 1-1, 1/2, 2024-01-01, 2024/1/1, R5.4.1, 令和5年4月1日, 1:30, 1 1/2.
  if (
    /^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/.test(t) ||
    /^[RHS]\d{1,2}\.\d{1,2}\.\d{1,2}$/i.test(t) ||
    /^(令和|平成|昭和)?\d{1,4}年\d{1,2}月(\d{1,2}日)?$/.test(t)
  ) {
    return { value: 45000 };
  }
  if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(t) || /^\d+ \d+\/\d+$/.test(t)) return { value: 0.5 };
  if (/^[+-]/.test(s)) return { value: "#NAME?", error: "#NAME?", formula: `=${s}` };
  return { value: s };
}
