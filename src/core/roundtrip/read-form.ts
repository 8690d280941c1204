import type { Issue, IssueCode } from "../issues";
import {
  type CellValue,
  type Grid,
  type SheetSnapshot,
  cellAddress,
  cellText,
  makeGrid,
} from "../snapshot";
import { validateSheet } from "../validate";
import { FORM_MARK, type RowKey, parseKeyCell } from "./keys";

/** A form as returned by a department: a workbook's sheets, and the name it came under. */
export interface FormSource {
  file: string;
  sheets: readonly SheetSnapshot[];
}

/** One row of a form that carries a key. */
export interface FormRow {
  key: RowKey;
  /** The form's sheet and the row (0-based) the key stands in. */
  sheet: string;
  row: number;
  /** Form cell addresses, "Sheet!A1". */
  at: string;
  rating: CellValue;
  ratingAt: string;
  narrative: string;
  narrativeAt: string;
  /** The row's other cells of the table, by form column (the answer columns left null). */
  others: CellValue[];
}

export type FormProblem = "not-a-form" | "no-header";

export interface FormRead {
  file: string;
  sheet: string;
  rows: FormRow[];
  /** Rows with an answer but no key: added by the department. */
  unkeyed: string[];
  /** The form's own findings on its answer cells (validateSheet), each naming the form's sheet. */
  issues: Issue[];
}

/** A form's findings that concern what a department answers; numbering and the like are the plan's, checked there. */
const ANSWER_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "rating-missing",
  "rating-invalid",
  "rating-unnormalized",
  "rating-count-mismatch",
  "narrative-missing",
  "narrative-placeholder",
  "cell-error",
]);

function findMark(grid: Grid): { row: number; col: number } | null {
  for (let row = grid.top; row < grid.bottom; row++) {
    for (const col of grid.occupied(row)) if (grid.own(row, col) === FORM_MARK) return { row, col };
  }
  return null;
}

/**
 * Read a returned form: the sheet holding the key column, validated as a plan sheet (its header
 * tells the rating and narrative columns, wherever the department's program left them), then
 * every row with a key, in whatever order the rows now stand. A problem when it is no form of
 * ours, or its header cannot be found.
 */
export function readForm(source: FormSource, year?: number): FormRead | FormProblem {
  for (const sheet of source.sheets) {
    const grid = makeGrid(sheet);
    const mark = findMark(grid);
    if (!mark) continue;
    // Only the rules about what a department answers: numbering and the like are the plan's, checked there.
    const result = validateSheet(sheet, { year, rules: ANSWER_CODES, summary: false });
    const cols = result.plan?.header.columns;
    if (!cols || cols.rating === undefined) return "no-header";
    const ratingCol = cols.rating;
    const narrativeCol = cols.narrative;
    const ref = (row: number, col: number) => `${sheet.name}!${cellAddress(row, col)}`;
    const rows: FormRow[] = [];
    const unkeyed: string[] = [];
    const headerRows = new Set(result.plan!.header.rows);
    for (let row = mark.row + 1; row < grid.bottom; row++) {
      if (headerRows.has(row)) continue;
      const ratingAt = grid.anchor(row, ratingCol);
      const narrativeAt = narrativeCol === undefined ? undefined : grid.anchor(row, narrativeCol);
      const rating = grid.own(ratingAt.row, ratingAt.col);
      const narrative = narrativeAt ? cellText(grid.own(narrativeAt.row, narrativeAt.col)) : "";
      const key = parseKeyCell(cellText(grid.own(row, mark.col)));
      if (!key) {
        // Only a row's own answer cells count: a merged area from above (or a heading merged across the row) is no added row.
        const own = (at: { row: number; col: number } | undefined, col: number | undefined) =>
          at?.row === row && at.col === col;
        if (
          (own(ratingAt, ratingCol) && cellText(rating).trim()) ||
          (own(narrativeAt, narrativeCol) && narrative.trim())
        )
          unkeyed.push(ref(row, ratingCol));
        continue;
      }
      const others: CellValue[] = [];
      for (let col = grid.left; col < mark.col; col++)
        others[col] = col === ratingCol || col === narrativeCol ? null : grid.value(row, col);
      rows.push({
        key,
        sheet: sheet.name,
        row,
        at: ref(row, mark.col),
        rating,
        ratingAt: ref(ratingAt.row, ratingAt.col),
        narrative,
        narrativeAt: narrativeAt ? ref(narrativeAt.row, narrativeAt.col) : "",
        others,
      });
    }
    return { file: source.file, sheet: sheet.name, rows, unkeyed, issues: result.issues };
  }
  return "not-a-form";
}
