import type { PlanRow } from "../../../scripts/samples/plan-rows";
import type { PlanSheetLayout } from "../../../scripts/samples/plan-sheet";

/** An unnumbered item title of 310 characters: longer than the 255 COUNTIFS can compare. */
export const LONG_TITLE = `地域の多様な主体が連携して${"男女共同参画の視点に立った地域活動を支える仕組みを整え、".repeat(11)}推進する`;

const row = (item: string, department: string, rating: string, narrative = ""): PlanRow => ({
  page: 1,
  goal: "",
  measure: "",
  item,
  department,
  rating,
  narrative,
});

/**
 * A city's sheet with no goal and no measure column (blank in the data table): goals
 * stand as section rows, and the first item comes before any of them. A scale with
 * a not-evaluable code (－), a blank rating, a rating with no department, and an
 * item known only by its long title.
 *
 * Known numbers (entries / items / S A B C － / not evaluable / unrated / rate):
 *   (no goal)  3 / 1 / 1 0 0 0 2 / 2 / 0 / 1 of 1
 *   goal 1     5 / 2 / 0 1 1 0 1 / 1 / 1 / 1 of 2
 *   goal 2     4 / 2 / 1 0 0 2 0 / 0 / 1 / 1 of 3
 *   total     12 / 5 / 2 1 1 2 3 / 3 / 2 / 3 of 7
 * by department: 企画課 5 entries, 4 items (S, －, A, C, and the blank rating) — the same
 * item twice in 企画課 counts once; (no department) 1 entry rated B.
 */
export const SECTION_ROWS: PlanRow[] = [
  row("1 広報紙による周知", "企画課", "S", "広報紙に毎月掲載した。"),
  row("1 広報紙による周知", "広報課", "－"),
  row("1 広報紙による周知", "財政課", "－"),
  row("基本目標1 地域の活力づくり", "", ""),
  row(LONG_TITLE, "企画課", "－", "事業は終了した。".repeat(40)),
  row(LONG_TITLE, "総務課", "A"),
  row(LONG_TITLE, "", "B"),
  row("2 相談窓口の充実", "企画課", "A", "相談員を1名増やした。"),
  row("2 相談窓口の充実", "企画課", ""),
  row("基本目標2 安心して暮らせるまち", "", ""),
  row("3 防災訓練への参画", "総務課", "S", "訓練を2回実施した。"),
  row("3 防災訓練への参画", "企画課", "C"),
  row("4 避難所運営の見直し", "総務課", "C", "運営マニュアルを改訂した。"),
  row("4 避難所運営の見直し", "広報課", ""),
];

export const SECTION_LAYOUT: PlanSheetLayout = {
  sheetName: "R6",
  title: "令和6年度 達成状況一覧",
  legend: {
    heading: ["評価", "内容"],
    codes: [
      ["S", "計画を上回って達成"],
      ["A", "計画どおり達成"],
      ["B", "一部未達成"],
      ["C", "未達成"],
      ["－", "評価対象外（事業終了）"],
    ],
  },
  columns: [
    { field: "item", header: "取組項目", width: 30 },
    { field: "department", header: "担当課", width: 14 },
    { field: "rating", header: "達成度", width: 7 },
    { field: "narrative", header: "取組状況", width: 60 },
  ],
  fill: "merge",
};

const round9 = (x: number) => Math.round(x * 1e9) / 1e9;

/**
 * The by-department table of the section fixture, worked out by hand: department, entries, items,
 * S, A, －, B, C, not evaluable, unrated, rate. 企画課 lists item 2 twice: one item there; the
 * rating with no department is a row of its own.
 */
export const SECTION_DEPARTMENT_TABLE: (string | number)[][] = [
  ["企画課", 5, 4, 1, 1, 0, 1, 1, 1, 1, round9(2 / 3)],
  ["総務課", 3, 3, 1, 1, 0, 1, 0, 0, 0, round9(2 / 3)],
  ["広報課", 2, 2, 0, 0, 0, 0, 1, 1, 1, ""],
  ["（担当課なし）", 1, 1, 0, 0, 1, 0, 0, 0, 0, 0],
  ["財政課", 1, 1, 0, 0, 0, 0, 1, 1, 0, ""],
  ["合計", 12, 5, 2, 2, 1, 2, 3, 3, 2, round9(4 / 7)],
];

/**
 * The goal sheet of the same sheet, worked out by hand: 基本目標, 名称, 評価数, 項目数, S, A, B, C,
 * －, not evaluable, unrated, rate. The items before the first section are a row of their own.
 */
export const SECTION_GOAL_TABLE: (string | number)[][] = [
  ["", "", 3, 1, 1, 0, 0, 0, 2, 2, 0, 1],
  [1, "地域の活力づくり", 5, 2, 0, 2, 1, 0, 1, 1, 1, round9(2 / 3)],
  [2, "安心して暮らせるまち", 4, 2, 1, 0, 0, 2, 0, 0, 1, round9(1 / 3)],
  ["合計", "", 12, 5, 2, 2, 1, 2, 3, 3, 2, round9(4 / 7)],
];
