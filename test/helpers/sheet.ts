import type { CellRange, CellValue, SheetSnapshot } from "../../src/core/snapshot";
import { parseAddress } from "../../src/core/snapshot";

export const SEED_HEADER = [
  "基本目標",
  "施策",
  "取組項目",
  "担当課",
  "達成度",
  "取組計画と達成状況",
];
export const SEED_LEGEND: [string, string][] = [
  ["区分", "達成度"],
  ["A", "計画以上（100%～）"],
  ["B", "計画どおり（70～99%）"],
  ["C", "計画以下（1～69%）"],
  ["D", "未着手（0%）"],
];

/** "A1:A3" -> CellRange. */
export function range(ref: string): CellRange {
  const [a, b = a] = ref.split(":");
  const p = parseAddress(a)!;
  const q = parseAddress(b)!;
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/**
 * A snapshot from rows of cells. By default a title row, a blank row, the seed's
 * legend (rows 3-7) and header (row 8) come first, so data starts at sheet row 9
 * (DATA_ROW). Merges are A1 ranges of the whole sheet.
 */
export function sheet(
  data: CellValue[][],
  opts: {
    merges?: string[];
    header?: string[] | null;
    legend?: [string, string][] | null;
    name?: string;
  } = {}
): SheetSnapshot {
  const rows: CellValue[][] = [["達成状況一覧"], []];
  const legend = opts.legend === undefined ? SEED_LEGEND : opts.legend;
  if (legend) for (const [code, desc] of legend) rows.push([code, desc]);
  if (opts.header !== null) rows.push(opts.header ?? SEED_HEADER);
  rows.push(...data);
  return {
    name: opts.name ?? "Sheet1",
    top: 0,
    left: 0,
    values: rows,
    merges: (opts.merges ?? []).map(range),
  };
}

/** Sheet row (1-based) of the first data row in sheet() with the default title, legend and header. */
export const DATA_ROW = 9;
