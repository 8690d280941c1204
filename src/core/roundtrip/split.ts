import { WORDS } from "../i18n/words";
import type { Lang } from "../issues";
import { type CellRange, type CellValue, cellText, parseAddress } from "../snapshot";
import { fingerprint, answerText, FORM_MARK, keyCell } from "./keys";
import type { EntryTarget, PlanTable } from "./plan-table";

/** What a form looks like, as plain data: the file writer (ExcelJS) and any other renders it. */
export interface FormPlan {
  department: string;
  /** A file name without extension: a number for the order, then the department (characters files refuse replaced). */
  fileStem: string;
  sheetName: string;
  /** The form's cells from A1, row by row; the key column is the last. */
  rows: CellValue[][];
  merges: CellRange[];
  /** Columns of the plan's table (the key column is `width`). */
  width: number;
  keyColumn: number;
  /** Form rows (0-based) that are the header, heading rows, and entries. */
  headerRows: number[];
  headingRows: number[];
  entryRows: number[];
  /** Form columns of the answers (0-based). */
  ratingColumn?: number;
  narrativeColumn?: number;
  /** The legend's codes and their meanings: the rating cells' list and input message. */
  codes: { code: string; description: string }[];
  /** Which plan column each form column came from: the plan's column widths carry over where known. */
  planColumns: number[];
}

export interface SplitResult {
  plan: string;
  forms: FormPlan[];
  /** Entries with no department: in no form. */
  unassigned: number;
}

export interface SplitOptions {
  lang: Lang;
  /** The date answers are due, as the user wrote it. */
  deadline?: string;
}

/** Characters a file name may not hold on Windows, macOS or Linux, and control characters. */
const UNSAFE_FILE = /[\\/:*?"<>|\u0000-\u001f]/g;

function fileStem(index: number, department: string, taken: Set<string>): string {
  const base = `${String(index + 1).padStart(2, "0")}_${department.replace(UNSAFE_FILE, "_").trim().slice(0, 80) || "_"}`;
  let stem = base;
  for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${base}_${n}`;
  taken.add(stem.toLowerCase());
  return stem;
}

function notice(department: string, deadline: string | undefined, lang: Lang): string {
  return WORDS[lang].form.notice(department, deadline);
}

/** The rows above the first header (title, legend) and the header, as the plan has them, with their merges. */
function topRows(
  table: PlanTable,
  offset: number
): {
  rows: CellValue[][];
  merges: CellRange[];
  headerRows: number[];
  formRow: Map<number, number>;
} {
  const { grid, left, width } = table;
  const rows: CellValue[][] = [];
  const formRow = new Map<number, number>();
  const headerRows: number[] = [];
  for (let r = grid.top; r <= table.headerBottom; r++) {
    if (table.headingRows.has(r)) continue;
    formRow.set(r, offset + rows.length);
    if (r >= table.headerTop) headerRows.push(offset + rows.length);
    const line: CellValue[] = [];
    for (let k = 0; k < width; k++) line.push(grid.own(r, left + k));
    rows.push(line);
  }
  const merges: CellRange[] = [];
  for (const m of table.sheet.merges) {
    const top = formRow.get(m.top);
    const bottom = formRow.get(m.bottom);
    if (top === undefined || bottom === undefined || bottom - top !== m.bottom - m.top) continue;
    const l = Math.max(m.left, left) - left;
    const r = Math.min(m.right, left + width - 1) - left;
    if (r < l || (top === bottom && l === r) || m.left < left) continue;
    merges.push({ top, left: l, bottom, right: r });
  }
  return { rows, merges, headerRows, formRow };
}

/**
 * The legend as code / meaning rows, when the rows copied above the header do not hold it (the
 * plan's legend stands below the table or on a sheet of its own): a form is read, and its ratings
 * checked, by the same legend as the plan.
 */
function legendRows(table: PlanTable, lang: Lang): CellValue[][] {
  const { source, sheet } = table.scale;
  if (source === null) return [];
  const at = parseAddress(source);
  const copied = (!sheet || sheet === table.sheet.name) && at != null && at.row < table.headerTop;
  if (copied) return [];
  const heading: CellValue[] = [...WORDS[lang].form.legendHeading];
  return [heading, ...table.scale.codes.map((c): CellValue[] => [c.code, c.description]), []];
}

/** The sheet's name for a form: the plan's, as Excel allows it (31 characters). */
function formSheetName(name: string): string {
  return name.slice(0, 31) || "form";
}

/**
 * One form per department, from the plan: a line naming the department (and the deadline), the
 * plan's title, legend and header as they are, then only that department's rows with their goal,
 * measure and item labels written out on every row (no merges: a department may sort them), and
 * a key per row in the last column. Departments in the order they first appear in the plan.
 */
export function splitPlan(table: PlanTable, options: SplitOptions): SplitResult {
  const byDepartment = new Map<string, EntryTarget[]>();
  let unassigned = 0;
  for (const t of table.targets) {
    if (!t.entry.department) {
      unassigned++;
      continue;
    }
    const list = byDepartment.get(t.entry.department);
    if (list) list.push(t);
    else byDepartment.set(t.entry.department, [t]);
  }
  const taken = new Set<string>();
  const codes = table.scale.codes.map((c) => ({ code: c.code, description: c.description }));
  const cols = table.columns;
  const local = (col: number | undefined) => (col === undefined ? undefined : col - table.left);
  const forms = [...byDepartment].map(([department, targets], index): FormPlan => {
    const head: CellValue[] = [notice(department, options.deadline, options.lang)];
    const legend = legendRows(table, options.lang);
    const top = topRows(table, 2 + legend.length);
    const rows: CellValue[][] = [head, [], ...legend, ...top.rows];
    const merges = [...top.merges];
    const keyColumn = table.width;
    rows[top.headerRows[0]][keyColumn] = FORM_MARK;
    const headingRows: number[] = [];
    const entryRows: number[] = [];
    const open = { goal: -1, measure: -1 };
    for (const t of targets) {
      for (const h of t.headings) {
        if (open[h.level] === h.block) continue;
        open[h.level] = h.block;
        if (h.level === "goal") open.measure = -1;
        headingRows.push(rows.length);
        merges.push({ top: rows.length, left: 0, bottom: rows.length, right: table.width - 1 });
        rows.push([h.text]);
      }
      entryRows.push(rows.length);
      const key = keyCell({
        plan: table.id,
        id: t.id,
        department,
        sentRating: fingerprint(answerText(cellText(t.rating))),
        sentNarrative: fingerprint(answerText(t.narrative)),
      });
      rows.push([...t.values, key]);
    }
    return {
      department,
      fileStem: fileStem(index, department, taken),
      sheetName: formSheetName(table.sheet.name),
      rows,
      merges,
      width: table.width,
      keyColumn,
      headerRows: top.headerRows,
      headingRows,
      entryRows,
      ratingColumn: local(cols.rating),
      narrativeColumn: local(cols.narrative),
      codes,
      planColumns: Array.from({ length: table.width }, (_, k) => table.left + k),
    };
  });
  return { plan: table.id, forms, unassigned };
}
