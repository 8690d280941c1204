import type { CellRange, CellValue, SheetSnapshot } from "../core/snapshot";
import { parseAddress } from "../core/snapshot";

/**
 * Excel on the web caps a request/response at 5 MB. A block is sized to half of
 * that for the worst row these sheets have: a 600-character Japanese narrative
 * (3 bytes a character in UTF-8) plus up to 60 bytes for every other cell.
 */
export const BLOCK_BYTES = 2.5 * 1024 * 1024;
export const ROW_BYTES_NARRATIVE = 600 * 3;
export const CELL_BYTES = 60;

export function blockRows(columnCount: number): number {
  return Math.max(1, Math.floor(BLOCK_BYTES / (ROW_BYTES_NARRATIVE + CELL_BYTES * Math.max(1, columnCount))));
}

/** "Sheet1!A1:B4, 'My sheet'!D1:D4" -> ranges (0-based). */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const m of address.matchAll(/(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?(?=\s*,|\s*$)/g)) {
    const a = parseAddress(m[1].replace(/\$/g, ""));
    const b = parseAddress((m[2] ?? m[1]).replace(/\$/g, ""));
    if (a && b) out.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return out;
}

function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * Read a sheet into a SheetSnapshot: one sync for the used range, then one per
 * block of rows (values, value types and merged areas together) — never one per
 * row. Values run from A1 to the used range's end so addresses stay absolute.
 */
export async function readSheetSnapshot(
  context: Excel.RequestContext,
  sheetName: string,
  options: { merges: boolean; onProgress?: (done: number, total: number) => void },
): Promise<SheetSnapshot> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return { name: sheetName, top: 0, left: 0, values: [], merges: [] };
  const rows = used.rowIndex + used.rowCount;
  const cols = used.columnIndex + used.columnCount;
  const step = blockRows(cols);
  const values: CellValue[][] = [];
  const merges = new Map<string, CellRange>();
  for (let start = 0; start < rows; start += step) {
    const count = Math.min(step, rows - start);
    const range = ws.getRangeByIndexes(start, 0, count, cols);
    range.load("values,valueTypes");
    const areas = options.merges ? range.getMergedAreasOrNullObject() : null;
    areas?.load("address");
    // One sync per block of rows (each under the payload cap), never per row.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const v = range.values as unknown[][];
    const t = range.valueTypes as string[][];
    for (let r = 0; r < count; r++) values.push(v[r].map((x, c) => toCellValue(x, t[r]?.[c])));
    if (areas && !areas.isNullObject) {
      for (const area of parseAreas(areas.address)) merges.set(`${area.top}:${area.left}:${area.bottom}:${area.right}`, area);
    }
    options.onProgress?.(start + count, rows);
  }
  return { name: sheetName, top: 0, left: 0, values, merges: [...merges.values()] };
}
