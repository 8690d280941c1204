import { type CellValue, makeGrid } from "../../../src/core/snapshot";
import { findHeader } from "../../../src/core/layout/header";
import { validateSheet } from "../../../src/core/validate";
import { range } from "../../helpers/sheet";

const snapshot = (values: CellValue[][], merges: string[] = []) => ({
  name: "s",
  top: 0,
  left: 0,
  values,
  merges: merges.map(range),
});
const headerRows = (values: CellValue[][], merges: string[] = []) =>
  findHeader(makeGrid(snapshot(values, merges)))?.rows;

const HEADER = ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"];
/** Data rows whose labels hold header words (目標, 施策, 事業): each names two or three fields. */
const COURSES = [
  "Ⅰ 人権の尊重",
  "1 意識づくりの施策",
  "1 講座の開催",
  "総務課",
  "A",
  "講座を開いた。",
];
const COUNSEL = [
  "Ⅰ 人権の尊重",
  "1 意識づくりの施策",
  "2 相談事業",
  "企画課",
  "B",
  "相談を受けた。",
];
const PUBLICITY = [null, null, "3 広報", "財政課", "C", "広報した。"];

describe("a header whose upper row holds only group headings, nothing merged down", () => {
  const groups = ["施策の体系", null, null, null, "令和5年度の実施状況", null];
  const merges = ["A1:C1", "E1:F1", "A4:C4", "E4:F4"];

  test("its page repeat is both rows, found by the lower one, and the data row after it is data", () => {
    const values = [groups, HEADER, COURSES, groups, HEADER, COUNSEL, PUBLICITY];
    expect(headerRows(values, merges)).toEqual([0, 1, 3, 4]);
  });

  test("a repeat written without its group headings is one row, and the data row after it is data", () => {
    expect(headerRows([groups, HEADER, COURSES, HEADER, COUNSEL], ["A1:C1", "E1:F1"])).toEqual([
      0, 1, 3,
    ]);
  });

  test("a repeat whose group headings say （続き） is both rows too", () => {
    // Read from a file, blank cells may come as empty texts.
    const continued = ["施策の体系（続き）", "", "", "", "令和5年度の実施状況（続き）", ""];
    const values = [groups, HEADER, COURSES, continued, HEADER, COUNSEL];
    expect(headerRows(values, merges)).toEqual([0, 1, 3, 4]);
  });

  test("a measure heading standing alone right above a repeat is not its upper row, though it holds what the group heading does", () => {
    const group = ["施策の体系", null, null, null, null, null];
    const heading = ["Ⅱ 施策の推進", null, null, null, null, null];
    expect(headerRows([group, HEADER, COURSES, heading, HEADER, COUNSEL], ["A1:C1"])).toEqual([
      0, 1, 4,
    ]);
  });

  test("a goal heading merged over the hierarchy columns right above a repeat is not its upper row", () => {
    const heading = ["Ⅱ 多様性を認め合う社会", null, null, null, null, null];
    const values = [groups, HEADER, COURSES, heading, HEADER, COUNSEL];
    expect(headerRows(values, ["A1:C1", "E1:F1", "A4:C4"])).toEqual([0, 1, 4]);
  });
});

describe("a header whose upper row names some fields and the lower row the rest", () => {
  const upper = ["基本目標", "施策", "取組項目", "令和5年度", null, null];
  const lower = [null, null, null, "担当課", "達成度", "取組状況"];
  const values = [upper, lower, COURSES, PUBLICITY, upper, lower, COUNSEL, PUBLICITY];

  test.each([
    [
      "the hierarchy columns merged down",
      ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "A5:A6", "B5:B6", "C5:C6", "D5:F5"],
    ],
    ["nothing merged down", ["D1:F1", "D5:F5"]],
  ])(
    "a repeat whose upper row names neither department nor rating is found by its lower row (%s), and the data row after it is data",
    (_, merges) => {
      expect(headerRows(values, merges)).toEqual([0, 1, 4, 5]);
    }
  );
});

describe("a header whose upper row names the department, rating and narrative, merged down beside a group heading", () => {
  const upper = ["計画の体系", null, null, "担当課", "達成度", "取組状況"];
  const lower = ["基本目標", "施策", "取組項目", null, null, null];
  const merges = ["A1:C1", "D1:D2", "E1:E2", "F1:F2"];

  test("a data row whose labels name goal, measure and item after a repeat of the upper row alone is not its lower row", () => {
    const labelled = [
      "Ⅰ 人権尊重の目標",
      "1 意識づくりの施策",
      "2 相談事業",
      "企画課",
      "B",
      "相談を受けた。",
    ];
    const values = [upper, lower, COURSES, upper, labelled, PUBLICITY];
    expect(headerRows(values, [...merges, "A4:C4"])).toEqual([0, 1]);
  });

  test("a small table headed 担当課 / 達成度 below the data is not a repeat", () => {
    const values = [
      upper,
      lower,
      COURSES,
      [],
      [null, null, null, "担当課", "達成度"],
      [null, null, null, "総務課", "2"],
    ];
    expect(headerRows(values, merges)).toEqual([0, 1]);
  });
});

describe("a header whose upper row names the department, its lower row the rating and narrative", () => {
  const upper = ["基本目標", "施策", "取組項目", "担当課", "令和5年度", null];
  const lower = [null, null, null, null, "達成度", "取組状況"];

  test("a repeat is found by its upper row, with its lower row, and the data row after it is data", () => {
    const values = [upper, lower, COURSES, upper, lower, COUNSEL, PUBLICITY];
    expect(headerRows(values, ["E1:F1", "E4:F4"])).toEqual([0, 1, 3, 4]);
  });

  test("a repeat written on its upper row alone is one row: the data row after it is not its lower row", () => {
    const values = [upper, lower, COURSES, upper, COUNSEL, PUBLICITY];
    expect(headerRows(values, ["E1:F1", "E4:F4"])).toEqual([0, 1, 3]);
  });
});

describe("a header on one row", () => {
  test("repeated right after itself, both rows are header rows", () => {
    expect(headerRows([HEADER, HEADER, COURSES])).toEqual([0, 1]);
  });

  test("repeated later, the data row after the repeat is data", () => {
    expect(headerRows([HEADER, COURSES, HEADER, COUNSEL, PUBLICITY])).toEqual([0, 2]);
  });
});

test("validateSheet reads every item of a sheet whose group headings are repeated on its second page", () => {
  const groups = ["施策の体系", null, null, null, "令和5年度の実施状況", null];
  const r = validateSheet(
    snapshot(
      [groups, HEADER, COURSES, groups, HEADER, COUNSEL, PUBLICITY],
      ["A1:C1", "E1:F1", "A4:C4", "E4:F4"]
    )
  );
  const plan = r.plan!;
  expect(r.header?.rows).toEqual([1, 2, 4, 5]);
  expect(r.counts).toEqual({ goals: 1, measures: 1, items: 3, entries: 3 });
  expect(plan.items.map((i) => [i.title, i.cell])).toEqual([
    ["講座の開催", "C3"],
    ["相談事業", "C6"],
    ["広報", "C7"],
  ]);
  expect(
    plan.entries.map((e) => [plan.items[e.item].title, e.department, e.rating, e.ratingCell])
  ).toEqual([
    ["講座の開催", "総務課", "A", "E3"],
    ["相談事業", "企画課", "B", "E6"],
    ["広報", "財政課", "C", "E7"],
  ]);
  expect(r.issues.filter((i) => i.severity !== "info").map((i) => [i.code, i.cell])).toEqual([]);
});
