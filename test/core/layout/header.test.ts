import { makeGrid } from "../../../src/core/snapshot";
import { findHeader } from "../../../src/core/layout/header";
import { sheet } from "../../helpers/sheet";

const headerOf = (header: string[], data: (string | null)[][] = []) =>
  findHeader(makeGrid(sheet(data, { header })));

describe("findHeader", () => {
  test("the seed's words, with bracketed year suffixes, map all six columns", () => {
    const h = headerOf([
      "基本目標",
      "施策",
      "取組項目",
      "担当課（R5）",
      "達成度",
      "取組計画と達成状況（R5）",
    ]);
    expect(h).toMatchObject({
      row: 7,
      columns: { goal: 0, measure: 1, item: 2, department: 3, rating: 4, narrative: 5 },
    });
  });

  test("other cities' words, in another order, with extra columns", () => {
    const h = headerOf([
      "No.",
      "所管課",
      "基本方針",
      "施策の方向",
      "具体的取組",
      "実施内容",
      "自己評価",
      "備考",
    ]);
    expect(h?.columns).toEqual({
      department: 1,
      goal: 2,
      measure: 3,
      item: 4,
      narrative: 5,
      rating: 6,
    });
  });

  test("year words and more cities' words match their field (令和5年度評価, 5年度の取組実績, 主管課, 分野)", () => {
    const h = headerOf(["分野", "主な取組", "主管課", "令和5年度評価", "5年度の取組実績"]);
    expect(h?.columns).toEqual({ measure: 0, item: 1, department: 2, rating: 3, narrative: 4 });
    const g = headerOf(["基本目標", "施策の方向性", "事業名", "所管部署名", "R5評価", "事業実績"]);
    expect(g?.columns).toEqual({
      goal: 0,
      measure: 1,
      item: 2,
      department: 3,
      rating: 4,
      narrative: 5,
    });
  });

  test("English headers, full-width and spaced", () => {
    const h = headerOf([
      "Goal",
      "Ｍｅａｓｕｒｅ",
      "Action  item",
      "Department",
      "Rating",
      "Narrative (FY2023)",
    ]);
    expect(h?.columns).toEqual({
      goal: 0,
      measure: 1,
      item: 2,
      department: 3,
      rating: 4,
      narrative: 5,
    });
  });

  test("the exact word wins over a contained one (取組計画と達成状況 is the narrative, not the item)", () => {
    const h = headerOf(["取組項目", "担当", "評価", "取組計画と達成状況"]);
    expect(h?.columns).toEqual({ item: 0, department: 1, rating: 2, narrative: 3 });
  });

  test("repeated page headers are listed and a title row naming one field is not a header", () => {
    const data = [
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告"],
      ["基本目標", "施策", "取組項目", "担当課（R5）", "達成度", "取組計画と達成状況（R5）"],
      ["I 目標（続）", "1 施策", "2 項目", "総務課", "B", "報告"],
    ];
    const h = headerOf(
      ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組計画と達成状況"],
      data
    );
    expect(h?.rows).toEqual([7, 9]);
  });

  test("a long narrative full of header words is data, not a header", () => {
    const long =
      "基本目標と施策に沿って取組項目を担当課ごとに達成度を評価し、取組状況を記録した。".repeat(2);
    const h = headerOf(
      ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
      [[long, long, long, long, long, long]]
    );
    expect(h?.rows).toEqual([7]);
  });
});

describe("a header on two rows", () => {
  const top = ["基本目標", "施策", "取組項目", "担当課", "令和5年度", null];
  const sub = [null, null, null, null, "取組内容・実績", "評価"];
  const data = (item: string, rating: string) => ["I 目標", "1 施策", item, "総務課", rating, null];

  test("fields named under a merged group heading are found, on every page", () => {
    const values = [
      ["一覧"],
      top,
      sub,
      ["I 目標", "1 施策", "1 項目", "総務課", "講座を開催した。", "B"],
      top,
      sub,
      ["I 目標（続）", "1 施策（続）", "2 項目", "企画課", "研修を行った。", "A"],
    ];
    const h = findHeader(
      makeGrid({
        name: "s",
        top: 0,
        left: 0,
        values,
        merges: [{ top: 1, left: 4, bottom: 1, right: 5 }],
      })
    );
    expect(h).toEqual({
      row: 1,
      rows: [1, 2, 4, 5],
      columns: { goal: 0, measure: 1, item: 2, department: 3, narrative: 4, rating: 5 },
    });
    void data;
  });

  test("a title naming one field above a normal header does not pull the header up", () => {
    const values = [
      ["達成状況一覧"],
      ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告"],
    ];
    expect(findHeader(makeGrid({ name: "s", top: 0, left: 0, values, merges: [] }))?.rows).toEqual([
      1,
    ]);
  });
});

test("a row naming two fields right above a whole header is a title, not the header's first row", () => {
  const values = [
    ["担当課：総務課", "評価：自己評価"],
    ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
  ];
  expect(findHeader(makeGrid({ name: "s", top: 0, left: 0, values, merges: [] }))).toMatchObject({
    row: 1,
    rows: [1],
    columns: { department: 3, rating: 4 },
  });
});

test("of two rating columns for two years, this year's is used", () => {
  const h = headerOf([
    "基本目標",
    "施策",
    "取組項目",
    "担当課",
    "評価（R4）",
    "評価（R5）",
    "取組状況",
  ]);
  expect(h?.columns.rating).toBe(5);
});
