import {
  COMPARE_MARKER,
  type ComparePlanOptions,
  buildComparePlan,
} from "../../../src/core/compare/compare-plan";
import type { CompareRow, Comparison } from "../../../src/core/compare/types";
import type { PlannedCell } from "../../../src/core/plan/summary-plan";

/*
 * The sheet 前年度比較 as it is planned, before any writer: where each number stands, how it is
 * shown (counts, rates, the change), what prints on every page, and what the chart draws. The
 * values read back from a written workbook are in compare-plan.test.ts.
 */

const row = (key: string, title: string, n: number, rates: [number | null, number | null]) => ({
  key,
  title,
  // A different count in each column, so that a count written in the wrong column shows.
  up: n + 1,
  same: n + 2,
  down: n + 3,
  newlyRated: n + 4,
  unrated: n + 5,
  changed: n + 6,
  added: n + 7,
  dropped: n + 8,
  rateLast: rates[0],
  rateThis: rates[1],
});

const comparison = (byGoal: CompareRow[], byDepartment: CompareRow[]): Comparison => ({
  items: [],
  entries: [],
  renamedDepartments: [],
  issues: [],
  byGoal,
  byDepartment,
  total: row("", "", 100, [0.6, 0.7]),
});

const goals = [
  row("I", "安心して暮らせるまち", 0, [0.5, 0.75]),
  // Goal II has no rate last year (nothing rated): its change stays blank.
  row("II", "学びと交流", 10, [null, 0.5]),
];
const departments = [
  row("総務課", "", 20, [1, 1]),
  row("企画課", "", 30, [0.25, 0]),
  row("", "", 40, [null, null]),
];

const OPTIONS: ComparePlanOptions = {
  lang: "ja",
  date: "2026-11-27",
  last: "令和4年度",
  current: "令和5年度",
};

function planned(c: Comparison, options = OPTIONS) {
  const [sheet] = buildComparePlan(c, options).sheets;
  const at = (r: number, col: number): PlannedCell | undefined =>
    sheet.cells.find((x) => x.row === r && x.col === col);
  const line = (r: number) => sheet.cells.filter((x) => x.row === r).sort((a, b) => a.col - b.col);
  return { sheet, at, line };
}

test("the title spans the table, the columns are sized for names and numbers, and the source is under the title", () => {
  const { sheet, at } = planned(comparison(goals, departments));
  expect(sheet).toMatchObject({ kind: "compare", name: "前年度比較", marker: COMPARE_MARKER });
  expect(at(0, 0)).toMatchObject({ value: "前年度との比較", bold: true });
  expect(at(1, 0)?.value).toBe("前年度: 令和4年度　今年度: 令和5年度　作成日: 2026-11-27");
  expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 12 }]);
  expect(sheet.columnWidths).toEqual([20, 32, 9, 9, 9, 9, 9, 9, 9, 9, 12, 12, 8]);
});

test("each table's header row is bold on a blue fill, with the columns in the order a reader expects", () => {
  const { line } = planned(comparison(goals, departments));
  const words = [
    "名称",
    "上がった",
    "同じ",
    "下がった",
    "新たに評価",
    "未評価",
    "比較できない",
    "新しい評価",
    "なくなった評価",
    "前年度達成率",
    "今年度達成率",
    "増減",
  ];
  // Goals from row 4, departments from row 10 (1-based), two blank rows between the tables.
  for (const [r, key] of [
    [3, "基本目標"],
    [9, "担当課"],
  ] as const) {
    expect(line(r).map((c) => c.value)).toEqual([key, ...words]);
    expect(line(r).every((c) => c.bold === true && c.fill === "#D9E1F2")).toBe(true);
  }
});

test("a goal's row: its counts as whole numbers, both years' rates as percentages, the change as a signed percentage and a formula", () => {
  const { line } = planned(comparison(goals, departments));
  const goal = line(4);
  expect(goal.map((c) => c.value)).toEqual([
    "I",
    "安心して暮らせるまち",
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    0.5,
    0.75,
    0.25,
  ]);
  expect(goal.every((c) => !c.bold)).toBe(true);
  expect(goal.slice(2, 10).every((c) => c.numberFormat === "#,##0")).toBe(true);
  expect(goal.slice(10, 12).map((c) => c.numberFormat)).toEqual(["0.0%", "0.0%"]);
  expect(goal[12]).toMatchObject({
    formula: '=IF(OR(K5="",L5=""),"",L5-K5)',
    numberFormat: "+0.0%;-0.0%;0.0%",
  });
});

test("without last year's rate the change is blank, and its formula leaves it blank too", () => {
  const { at } = planned(comparison(goals, departments));
  expect(at(5, 10)?.value).toBeNull();
  expect(at(5, 12)).toMatchObject({ value: null, formula: '=IF(OR(K6="",L6=""),"",L6-K6)' });
  // No rate this year either (the department without a name): blank as well.
  expect(at(12, 12)?.value).toBeNull();
});

test("each table ends in a bold total row; a department without a name is shown as such", () => {
  const { line, at } = planned(comparison(goals, departments));
  const goalTotal = line(6);
  expect(goalTotal.map((c) => c.value)).toEqual([
    "合計",
    null,
    101,
    102,
    103,
    104,
    105,
    106,
    107,
    108,
    0.6,
    0.7,
    expect.closeTo(0.1),
  ]);
  expect(goalTotal.every((c) => c.bold === true)).toBe(true);
  expect(at(12, 0)?.value).toBe("（担当課なし）");
  expect(at(13, 0)).toMatchObject({ value: "合計", bold: true });
  expect(at(11, 12)?.value).toBe(-0.25);
});

test("printed: names wrap, both tables are ruled, the title rows and the year head every page", () => {
  const { sheet } = planned(comparison(goals, departments));
  expect(sheet.wrap).toEqual([{ top: 4, left: 0, bottom: 13, right: 1 }]);
  expect(sheet.borders).toEqual([
    { top: 3, left: 0, bottom: 6, right: 12 },
    { top: 9, left: 0, bottom: 13, right: 12 },
  ]);
  expect(sheet.print).toEqual({
    titleRows: { first: 0, last: 1 },
    header: "前年度との比較　令和5年度",
  });
});

test("the chart draws up / same / down of each goal, and stands below the department table", () => {
  const { sheet } = planned(comparison(goals, departments));
  expect(sheet.chart).toEqual({
    title: "基本目標別 達成度の前年度比較",
    values: "C4:E6",
    categories: "A5:A6",
    // Two blank rows under the department table's total (row 14), twelve rows tall at least.
    from: "A17",
    to: "M29",
  });
});

test("a plan of many goals gets a chart tall enough for all of them; one goal still gets a chart", () => {
  const many = Array.from({ length: 10 }, (_, i) =>
    row(String(i + 1), `目標${i + 1}`, i, [0.5, 0.5])
  );
  const { sheet } = planned(comparison(many, departments));
  // Goals on rows 5-14, total row 15; departments' header on row 18, their total on row 22.
  expect(sheet.chart).toMatchObject({ values: "C4:E14", categories: "A5:A14", from: "A25" });
  // Two rows a goal.
  expect(sheet.chart?.to).toBe("M45");
  const one = planned(comparison([goals[0]], departments)).sheet;
  expect(one.chart).toMatchObject({ values: "C4:E5", categories: "A5:A5" });
});

test("in English: the sheet's name, its header words and the page header", () => {
  const { sheet, line } = planned(comparison(goals, departments), {
    ...OPTIONS,
    lang: "en",
    current: "FY2023",
  });
  expect(sheet.name).toBe("Compared with last year");
  expect(line(3).map((c) => c.value)).toEqual([
    "Goal",
    "Title",
    "Up",
    "Same",
    "Down",
    "Newly rated",
    "Unrated",
    "Not comparable",
    "New entries",
    "Entries gone",
    "Rate last year",
    "Rate this year",
    "Change",
  ]);
  // Two spaces between the title and the year, as the other summaries' headers in English.
  expect(sheet.print?.header).toBe("Compared with last year  FY2023");
});
