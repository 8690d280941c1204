import { type CellValue, makeGrid } from "../../../src/core/snapshot";
import { findHeader } from "../../../src/core/layout/header";
import { chooseRatingColumn } from "../../../src/core/layout/rating-column";
import { DEFAULT_SCALE } from "../../../src/core/layout/legend";
import { chooseYear } from "../../../src/core/layout/years";
import { range } from "../../helpers/sheet";

/** The rating column chosen on a sheet of one header row (or two, with merges) and data rows, against A–D. */
function choose(values: CellValue[][], merges: string[] = []) {
  const grid = makeGrid({ name: "一覧", top: 0, left: 0, values, merges: merges.map(range) });
  const header = findHeader(grid)!;
  return chooseRatingColumn(grid, header, () => DEFAULT_SCALE);
}
const head = ["基本目標", "施策", "取組項目", "担当課"];
const row = (...cells: CellValue[]) => ["I 目標", "1 施策", "1 項目", "総務課", ...cells];

describe("which of several rating columns is read", () => {
  test("担当課評価 beside 審議会評価: the department's own, by its name", () => {
    expect(
      choose([[...head, "審議会評価", "担当課評価", "取組状況"], row("A", "B", "実施")])
    ).toEqual({
      col: 5,
      reason: "evaluator",
      columns: [
        { col: 4, label: "審議会評価", evaluator: "outside", matched: 1, filled: 1 },
        { col: 5, label: "担当課評価", evaluator: "own", matched: 1, filled: 1 },
      ],
    });
  });

  test("the department's own evaluation is read even when left blank", () => {
    const c = choose([[...head, "審議会評価", "自己評価", "取組状況"], row("A", null, "実施")]);
    expect(c).toMatchObject({ col: 5, reason: "evaluator" });
  });

  test("of two own evaluations, the one holding more ratings", () => {
    const c = choose([
      [...head, "担当課評価", "一次評価", "取組状況"],
      row("継続", "B", "実施"),
      row("拡充", "A", "実施"),
    ]);
    expect(c).toMatchObject({ col: 5, reason: "evaluator" });
  });

  test("評価 holding directions beside 達成度 holding ratings: 達成度, by its values", () => {
    const c = choose([
      [...head, "評価", "達成度", "取組状況"],
      row("継続", "B", "実施"),
      row("拡充", "A", "実施"),
    ]);
    expect(c).toEqual({
      col: 5,
      reason: "values",
      columns: [
        { col: 4, label: "評価", evaluator: "plain", matched: 0, filled: 2 },
        { col: 5, label: "達成度", evaluator: "plain", matched: 2, filled: 2 },
      ],
    });
  });

  test("on a tie, the column the header words chose", () => {
    const c = choose([[...head, "評価", "達成度", "取組状況"], row("A", "B", "実施")]);
    expect(c).toMatchObject({ col: 5, reason: "values" });
  });

  test("a plain 評価 before 審議会評価, both rated: the plain one, and the note says it is by evaluator", () => {
    const c = choose([[...head, "審議会評価", "評価", "取組状況"], row("A", "B", "実施")]);
    expect(c).toMatchObject({ col: 5, reason: "evaluator" });
  });

  test("a plain 評価 of directions beside a rated 審議会評価: the outside body's, by its values", () => {
    const c = choose([[...head, "審議会評価", "評価", "取組状況"], row("A", "継続", "実施")]);
    expect(c).toMatchObject({ col: 4, reason: "values" });
  });

  test("with no column mostly rated, the one holding the most ratings", () => {
    const c = choose([
      [...head, "評価", "達成度", "取組状況"],
      row("A", "継続", "実施"),
      row("拡充", "継続", "実施"),
      row("拡充", "継続", "実施"),
    ]);
    expect(c).toMatchObject({ col: 4, reason: "values" });
  });

  test("a column merged down over both header rows is labelled once", () => {
    const c = choose(
      [
        [...head, "担当課評価", "評価", null, "取組状況"],
        [null, null, null, null, null, "審議会", "市民", null],
        row("A", "B", "C", "実施"),
      ],
      ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:G1", "H1:H2"]
    );
    expect(c?.columns.map((x) => x.label)).toEqual(["担当課評価", "評価 / 審議会", "評価 / 市民"]);
  });

  test("審議会 and 担当課 under one merged 評価: the 担当課 sub-column is read", () => {
    const c = choose(
      [
        [...head, "評価", null, "取組状況"],
        [null, null, null, null, "審議会", "担当課", null],
        row("A", "B", "実施"),
      ],
      ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:G2"]
    );
    expect(c).toMatchObject({
      col: 5,
      reason: "evaluator",
      columns: [
        { col: 4, label: "評価 / 審議会", evaluator: "outside" },
        { col: 5, label: "評価 / 担当課", evaluator: "own" },
      ],
    });
  });

  test("one rating column, beside a 備考 column, is no choice", () => {
    expect(choose([[...head, "達成度", "取組状況", "備考"], row("A", "実施", "なし")])).toBeNull();
  });

  test("a plain 評価 half rated beside a fully rated 審議会評価: the plain one", () => {
    const c = choose([
      [...head, "評価", "審議会評価", "取組状況"],
      row("A", "A", "実施"),
      row("継続", "B", "実施"),
    ]);
    expect(c).toMatchObject({ col: 4, reason: "evaluator" });
  });

  test("a blank 評価 beside a rated 審議会評価: the outside body's", () => {
    const c = choose([[...head, "評価", "審議会評価", "取組状況"], row(null, "A", "実施")]);
    expect(c).toMatchObject({ col: 5, reason: "values" });
  });

  test("a rated 評価 beside 審議会評価 holding directions: the plain one, by its values", () => {
    const c = choose([[...head, "評価", "審議会評価", "取組状況"], row("A", "継続", "実施")]);
    expect(c).toMatchObject({ col: 4, reason: "values" });
  });

  test("a rated 審議会評価 before a 評価 holding more ratings among many directions: the rated one", () => {
    const c = choose([
      [...head, "審議会評価", "評価", "取組状況"],
      row("A", "A", "実施"),
      row(null, "B", "実施"),
      row(null, "継続", "実施"),
      row(null, "継続", "実施"),
      row(null, "継続", "実施"),
    ]);
    expect(c).toMatchObject({ col: 4, reason: "values" });
  });

  test("after the year's column is chosen there is no other choice", () => {
    const grid = makeGrid({
      name: "一覧",
      top: 0,
      left: 0,
      values: [[...head, "R4評価", "R5評価", "取組状況"], row("A", "B", "実施")],
      merges: [],
    });
    const header = findHeader(grid)!;
    header.year = chooseYear(grid, header);
    expect(chooseRatingColumn(grid, header, () => DEFAULT_SCALE)).toBeNull();
  });
});

describe("how a column's values are counted", () => {
  test("checkbox cells, several ratings in a cell and lettered choices count as ratings; long text, blanks and repeated headers do not", () => {
    const header = [...head, "評価", "達成度", "取組状況"];
    const c = choose([
      header,
      row("□A ■B □C", "継続", "実施"),
      row("B\nB", "継続", "実施"),
      row("b.やや遅れ", "継続", "実施"),
      row(
        "講座を開いたが参加者が少なく、次年度は内容を見直して開催時期と会場も変えることにした。評価はBとする。",
        "継続",
        "実施"
      ),
      row(null, "継続", "実施"),
      header,
      row("継続", "継続", "実施"),
      row("B、", "継続", "実施"),
      row("A、継続", "継続", "実施"),
      row("、", "継続", "実施"),
      row("あ".repeat(40), "継続", "実施"),
    ]);
    expect(c?.columns[0]).toEqual({
      col: 4,
      label: "評価",
      evaluator: "plain",
      matched: 4,
      filled: 8,
    });
  });
});
