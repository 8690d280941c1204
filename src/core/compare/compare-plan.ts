import { WORDS } from "../i18n/words";
import type { Lang } from "../issues";
import {
  COUNT_FORMAT,
  MARKER_PREFIX,
  type PlannedCell,
  type PlannedSheet,
  type WorkbookPlan,
  headerText,
} from "../plan/summary-plan";
import { columnName } from "../snapshot";
import type { CompareRow, Comparison } from "./types";

/** The comparison sheet's mark: inserting it again replaces only the sheet an earlier insert made. */
export const COMPARE_MARKER = `${MARKER_PREFIX}COMPARE`;

export interface ComparePlanOptions {
  lang: Lang;
  /** Shown under the title, e.g. "2026-11-26". */
  date: string;
  /** What each year was read from, as the user knows it: "plan-r4.xlsx R4達成状況", "令和4年度". */
  last: string;
  current: string;
}

const COUNTS = [
  "up",
  "same",
  "down",
  "newlyRated",
  "unrated",
  "changed",
  "added",
  "dropped",
] as const;

/**
 * The sheet "前年度比較": a table by goal and one by department below it — up / same / down and
 * the other counts, each year's achievement rate and the change (a formula) — and a stacked bar
 * chart of up / same / down by goal. Static values, so both writers render it alike.
 */
export function buildComparePlan(c: Comparison, o: ComparePlanOptions): WorkbookPlan {
  const w = WORDS[o.lang].compareSheet;
  const head = (key: string) => [
    key,
    w.name,
    ...COUNTS.map((k) => w[k]),
    w.rateLast,
    w.rateThis,
    w.difference,
  ];
  const width = head("").length;
  const rateLastCol = 2 + COUNTS.length;
  const cells: PlannedCell[] = [
    { row: 0, col: 0, value: w.title, bold: true },
    { row: 1, col: 0, value: w.source(o.last, o.current, o.date) },
  ];
  const table = (
    top: number,
    key: string,
    rows: CompareRow[],
    label: (r: CompareRow) => string
  ): number => {
    head(key).forEach((value, col) =>
      cells.push({ row: top, col, value, bold: true, fill: "#D9E1F2" })
    );
    const write = (row: number, r: CompareRow, name: string, title: string, bold: boolean) => {
      cells.push({ row, col: 0, value: name, bold }, { row, col: 1, value: title || null, bold });
      COUNTS.forEach((k, i) =>
        cells.push({ row, col: 2 + i, value: r[k], numberFormat: COUNT_FORMAT, bold })
      );
      cells.push(
        { row, col: rateLastCol, value: r.rateLast, numberFormat: "0.0%", bold },
        { row, col: rateLastCol + 1, value: r.rateThis, numberFormat: "0.0%", bold }
      );
      const [a, b] = [
        `${columnName(rateLastCol)}${row + 1}`,
        `${columnName(rateLastCol + 1)}${row + 1}`,
      ];
      const difference =
        r.rateLast === null || r.rateThis === null ? null : r.rateThis - r.rateLast;
      cells.push({
        row,
        col: rateLastCol + 2,
        value: difference,
        formula: `=IF(OR(${a}="",${b}=""),"",${b}-${a})`,
        numberFormat: "+0.0%;-0.0%;0.0%",
        bold,
      });
    };
    rows.forEach((r, i) => write(top + 1 + i, r, label(r), r.title, false));
    write(top + 1 + rows.length, c.total, w.total, "", true);
    return top + 1 + rows.length;
  };
  const GOAL_HEAD = 3;
  const goalTotal = table(GOAL_HEAD, w.goal, c.byGoal, (r) => r.key);
  const departmentHead = goalTotal + 3;
  const departmentTotal = table(
    departmentHead,
    w.department,
    c.byDepartment,
    (r) => r.key || w.noDepartment
  );
  const lastGoal = Math.max(GOAL_HEAD + 1, goalTotal - 1);
  const sheet: PlannedSheet = {
    kind: "compare",
    name: w.sheet,
    marker: COMPARE_MARKER,
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }],
    columnWidths: [20, 32, ...COUNTS.map(() => 9), 12, 12, 8],
    // Printed like the other summaries: names wrap rather than being cut, thin lines on both tables, one page wide.
    wrap: [{ top: GOAL_HEAD + 1, left: 0, bottom: departmentTotal, right: 1 }],
    borders: [
      { top: GOAL_HEAD, left: 0, bottom: goalTotal, right: width - 1 },
      { top: departmentHead, left: 0, bottom: departmentTotal, right: width - 1 },
    ],
    print: {
      titleRows: { first: 0, last: 1 },
      header: headerText(`${w.title}${WORDS[o.lang].summary.gap}${o.current}`),
    },
    chart: {
      title: w.chart,
      values: `C${GOAL_HEAD + 1}:E${lastGoal + 1}`,
      categories: `A${GOAL_HEAD + 2}:A${lastGoal + 1}`,
      from: `A${departmentTotal + 4}`,
      to: `${columnName(Math.max(7, width - 1))}${departmentTotal + 4 + Math.max(12, c.byGoal.length * 2)}`,
    },
  };
  return { sheets: [sheet] };
}
