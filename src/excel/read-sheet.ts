import type { CellRange, CellValue, SheetSnapshot } from "../core/snapshot";
import { cellAddress } from "../core/snapshot";

/**
 * Excel on the web caps a response at 5 MB. A block is sized from the bytes the
 * rows read so far took (the first, small, from a 600-character Japanese narrative
 * a row), aiming at half the cap; a block refused all the same is read again in
 * halves, so a block costs at most two syncs whatever the text lengths.
 */
export const BLOCK_BYTES = 2.5 * 1024 * 1024;
const FIRST_ROW_BYTES = 600 * 3;
const CELL_BYTES = 60;
const FIRST_BLOCK_ROWS = 200;
/** A merged area's four indexes in a response, about. */
const AREA_BYTES = 100;
/** Far under the 5,000,000 cells a read may ask for on every platform (docs/excel/performance.md). */
const MAX_BLOCK_CELLS = 1_000_000;

/**
 * getMergedAreasOrNullObject fails past 512 merged areas in its range (@types/office-js remark).
 * A cell belongs to one area at most, so a strip of 512 cells can never meet more.
 */
export const MERGE_STRIP_CELLS = 512;

export function firstBlockRows(columnCount: number): number {
  return Math.max(
    1,
    Math.floor(BLOCK_BYTES / (FIRST_ROW_BYTES + CELL_BYTES * Math.max(1, columnCount)))
  );
}

/** What the read needs of the host (ExcelApi versions). */
export interface ReadAbilities {
  /** ExcelApi 1.13: getMergedAreasOrNullObject. */
  merges: boolean;
  /** ExcelApi 1.4: getUsedRangeOrNullObject, so empty stretches of rows are skipped without reading them. */
  usedRangeOrNull: boolean;
}

/** A value as Excel reports it, with its type, as the core reads cells (an error is no text). */
export function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return String(value);
}

/** Bytes a row of values takes in a response, about (UTF-8, JSON). */
function rowBytes(row: unknown[]): number {
  let n = 0;
  for (const v of row) n += typeof v === "string" ? v.length * 3 + 12 : 16;
  return n;
}

function isResponseTooLarge(e: unknown): boolean {
  return (
    typeof e === "object" &&
    e !== null &&
    (e as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded"
  );
}

function address(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/**
 * Read a sheet into a SheetSnapshot: one sync for the used range, then one per
 * block of rows (values, value types and merged areas together) — never one per
 * row. Ranges are taken by address (ExcelApi 1.1). Where the host has ExcelApi 1.4,
 * each block also asks where the next used row is, so a stray cell far below the
 * table costs one block, not a read of every empty row up to it.
 */
export async function readSheetSnapshot(
  context: Excel.RequestContext,
  sheetName: string,
  options: ReadAbilities & { onProgress?: (done: number, total: number) => void }
): Promise<SheetSnapshot> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  const used = options.usedRangeOrNull ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange();
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return { name: sheetName, top: 0, left: 0, values: [], merges: [] };
  const rows = used.rowIndex + used.rowCount;
  const cols = used.columnIndex + used.columnCount;
  const values: CellValue[][] = [];
  const merges = new Map<string, CellRange>();
  // The first block is small: its bytes size the next ones (growing at most fourfold a block).
  let step = Math.min(FIRST_BLOCK_ROWS, firstBlockRows(cols));
  // Rows above the used range hold nothing: they are not read.
  for (let r = 0; r < used.rowIndex; r++) values.push([]);
  let start = used.rowIndex;
  while (start < rows) {
    const count = Math.min(step, rows - start);
    let next: Excel.Range | undefined;
    try {
      const range = ws.getRange(address(start, 0, start + count - 1, cols - 1));
      range.load("values,valueTypes");
      const strips: Excel.RangeAreas[] = [];
      if (options.merges) {
        // Strips one column wide and MERGE_STRIP_CELLS rows long.
        for (let c = 0; c < cols; c++)
          for (let r = start; r < start + count; r += MERGE_STRIP_CELLS) {
            const strip = ws
              .getRange(address(r, c, Math.min(start + count, r + MERGE_STRIP_CELLS) - 1, c))
              .getMergedAreasOrNullObject();
            strip.load(
              "areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount"
            );
            strips.push(strip);
          }
      }
      if (options.usedRangeOrNull && start + count < rows) {
        next = ws
          .getRange(address(start + count, 0, rows - 1, cols - 1))
          .getUsedRangeOrNullObject(true);
        next.load("rowIndex");
      }
      // One sync per block of rows (each under the payload cap), never per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      const v = range.values as unknown[][];
      const t = range.valueTypes as string[][];
      let bytes = 0;
      for (let r = 0; r < count; r++) {
        values.push(v[r].map((x, c) => toCellValue(x, t[r]?.[c])));
        bytes += rowBytes(v[r]) + cols * 10;
      }
      for (const strip of strips) {
        if (strip.isNullObject) continue;
        for (const a of strip.areas.items) {
          const area = {
            top: a.rowIndex,
            left: a.columnIndex,
            bottom: a.rowIndex + a.rowCount - 1,
            right: a.columnIndex + a.columnCount - 1,
          };
          merges.set(`${area.top}:${area.left}:${area.bottom}:${area.right}`, area);
          bytes += AREA_BYTES;
        }
      }
      start += count;
      options.onProgress?.(start, rows);
      if (next !== undefined) {
        const skipTo = next.isNullObject ? rows : next.rowIndex;
        for (; start < skipTo; start++) values.push([]);
      }
      step = Math.max(
        1,
        Math.min(
          4 * count,
          Math.floor(MAX_BLOCK_CELLS / cols),
          Math.floor(BLOCK_BYTES / Math.max(1, bytes / count))
        )
      );
    } catch (e) {
      // Refused for its size: read the same rows again in halves (one failed sync buys two blocks).
      if (!isResponseTooLarge(e) || count === 1) throw e;
      step = Math.ceil(count / 2);
    }
  }
  return { name: sheetName, top: 0, left: 0, values, merges: [...merges.values()] };
}
