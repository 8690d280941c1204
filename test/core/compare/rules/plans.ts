import { compareYears } from "../../../../src/core/compare/compare";
import type {
  CompareCode,
  CompareIssue,
  CompareOptions,
  Comparison,
} from "../../../../src/core/compare/types";
import type { CellValue } from "../../../../src/core/snapshot";
import { validateSheet } from "../../../../src/core/validate";
import { sheet } from "../../../helpers/sheet";

/*
 * Both years' lists for the comparison rules' tests, written by hand in the seed's layout
 * (helpers/sheet.ts): legend on rows 3–7, header on row 8 (基本目標 | 施策 | 取組項目 | 担当課 |
 * 達成度 | 取組計画と達成状況), data from row 9. Last year's sheet is R4 in plan-r4.xlsx, this
 * year's R5.
 */

/** One entry row under the measure above it: item label (null: the item above), department, rating, narrative. */
export const row = (
  item: string | null,
  department: string,
  rating: string,
  narrative: string | null = item ? "した。" : null
): CellValue[] => [null, null, item, department, rating, narrative];

/** A plan whose first row opens goal Ⅰ and measure 1, unless the row names its own. */
export function planOf(rows: CellValue[][], name: string, legend?: [string, string][]) {
  const values = rows.map((r, i) =>
    i === 0 ? [r[0] ?? "Ⅰ 目標", r[1] ?? "1 施策", ...r.slice(2)] : r
  );
  return validateSheet(sheet(values, { name, legend })).plan!;
}

/** Last year's rows (R4) against this year's (R5), last year's workbook plan-r4.xlsx. */
export function compare(
  last: CellValue[][],
  current: CellValue[][],
  options: CompareOptions = { lastBook: "plan-r4.xlsx" }
): Comparison {
  return compareYears(planOf(last, "R4"), planOf(current, "R5"), options);
}

/** The comparison's findings of one code, in the report's order. */
export const findings = <C extends CompareCode>(c: Comparison, code: C) =>
  c.issues.filter((i) => i.code === code) as CompareIssue<C>[];
