import { type CellValue, makeGrid } from "../../../src/core/snapshot";
import { findHeader } from "../../../src/core/layout/header";
import { chooseYear, parseYear, yearOf } from "../../../src/core/layout/years";
import { range } from "../../helpers/sheet";

const gridOf = (values: CellValue[][], merges: string[] = [], name = "一覧") =>
  makeGrid({ name, top: 0, left: 0, values, merges: merges.map(range) });

describe("the year a text names", () => {
  test.each([
    ["令和5年度", 2023],
    ["令和５年度", 2023],
    ["R5評価", 2023],
    ["令和元年度", 2019],
    ["H30", 2018],
    ["平成元年度", 1989],
    ["2023年度", 2023],
    ["FY2023", 2023],
    ["第5次計画", -1],
    ["12023", -1],
    ["R123", -1],
  ])("%s is %i", (text, year) => {
    expect(yearOf(text)).toBe(year);
  });

  test.each([
    ["5", 2023],
    [" 5 ", 2023],
    ["12", 2030],
    ["５", 2023],
    ["2023", 2023],
    ["R5", 2023],
    ["令和5年度", 2023],
  ])("--year %s asks for %i", (text, year) => {
    expect(parseYear(text)).toBe(year);
  });
});

describe("ratings for several years side by side", () => {
  const header = ["基本目標", "施策", "取組項目", "担当課", "R3評価", "R4評価", "R5評価"].concat([
    "R3実績",
    "R4実績",
    "R5実績",
  ]);
  const data = ["I 目標", "1 施策", "1 項目", "総務課", "A", "B", "C", "a", "b", "c"];
  const columns = [
    { col: 4, year: 2021, label: "R3評価" },
    { col: 5, year: 2022, label: "R4評価" },
    { col: 6, year: 2023, label: "R5評価" },
  ];
  const choose = (title: string, name = "一覧", asked?: number) => {
    const grid = gridOf([[title], header, data], [], name);
    const h = findHeader(grid)!;
    return {
      choice: chooseYear(grid, h, asked),
      rating: h.columns.rating,
      narrative: h.columns.narrative,
    };
  };

  test("with no year in the title or the sheet's name, the latest year's rating and narrative are read", () => {
    expect(choose("達成状況一覧")).toEqual({
      choice: { year: 2023, label: "R5評価", reason: "latest", columns },
      rating: 6,
      narrative: 9,
    });
  });

  test("the year in the title is read", () => {
    expect(choose("令和4年度 達成状況一覧")).toEqual({
      choice: { year: 2022, label: "R4評価", reason: "title", columns },
      rating: 5,
      narrative: 8,
    });
  });

  test("the year in the sheet's name is read", () => {
    expect(choose("達成状況一覧", "R3")).toMatchObject({
      choice: { year: 2021, reason: "sheet-name" },
      rating: 4,
      narrative: 7,
    });
  });

  test("the year asked for comes before the title's; a year with no column is not", () => {
    expect(choose("令和4年度 達成状況一覧", "一覧", 2021)).toMatchObject({
      choice: { year: 2021, label: "R3評価", reason: "asked" },
      rating: 4,
      narrative: 7,
    });
    expect(choose("令和4年度 達成状況一覧", "一覧", 2019)).toMatchObject({
      choice: { year: 2022, reason: "title" },
      rating: 5,
    });
  });

  test("a title year with no column of its own falls back to the latest", () => {
    expect(choose("令和2年度 達成状況一覧").choice).toMatchObject({ year: 2023, reason: "latest" });
  });

  test("a title of 60 characters naming its year is still a title", () => {
    const title = `令和4年度${"あ".repeat(55)}`;
    expect(title).toHaveLength(60);
    expect(choose(title).choice).toMatchObject({ year: 2022, reason: "title" });
  });

  test("a long note naming a year above the header is no title", () => {
    const note = `※この表は2021年度からの取組について、担当課が自ら評価した結果をまとめたものです。${"詳細は別紙を参照。".repeat(3)}`;
    expect(choose(note).choice).toMatchObject({ year: 2023, reason: "latest" });
  });

  test("a legend line without a year word above the header is no title", () => {
    expect(choose("A 計画以上（2021～）").choice).toMatchObject({ year: 2023, reason: "latest" });
  });

  test("years under one merged 評価, each column named by its year, oldest first", () => {
    const top = ["基本目標", "施策", "取組項目", "担当課", "評価", null, null, "取組状況"];
    const years = [null, null, null, null, "令和3年度", "令和4年度", "令和5年度", null];
    const row = ["I 目標", "1 施策", "1 項目", "総務課", "A", "B", "C", "報告"];
    const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:H2"];
    const grid = gridOf([top, years, row], merges);
    const h = findHeader(grid)!;
    expect(chooseYear(grid, h)).toEqual({
      year: 2023,
      label: "令和5年度",
      reason: "latest",
      columns: [
        { col: 4, year: 2021, label: "令和3年度" },
        { col: 5, year: 2022, label: "令和4年度" },
        { col: 6, year: 2023, label: "令和5年度" },
      ],
    });
    expect(h.columns).toMatchObject({ rating: 6, narrative: 7 });
  });

  test("one year's column, or two columns of the same year, is no choice", () => {
    const one = gridOf([["基本目標", "施策", "取組項目", "担当課", "R5評価", "取組状況"], data]);
    expect(chooseYear(one, findHeader(one)!)).toBeNull();
    const same = gridOf([
      ["基本目標", "施策", "取組項目", "担当課", "R5評価", "令和5年度評価", "取組状況"],
      data,
    ]);
    expect(chooseYear(same, findHeader(same)!)).toBeNull();
  });

  test("two years are a choice; written newest first, the latest is still read", () => {
    const two = gridOf([
      ["基本目標", "施策", "取組項目", "担当課", "R4評価", "R5評価", "取組状況"],
      data,
    ]);
    expect(chooseYear(two, findHeader(two)!)).toMatchObject({ year: 2023, reason: "latest" });
    const newest = gridOf([
      ["基本目標", "施策", "取組項目", "担当課", "R5評価", "R4評価", "R3評価", "取組状況"],
      data,
    ]);
    const h = findHeader(newest)!;
    expect(chooseYear(newest, h)).toMatchObject({ year: 2023, label: "R5評価" });
    expect(h.columns.rating).toBe(4);
  });

  test("the years in the header's own words are not a title", () => {
    const grid = gridOf([
      ["基本目標", "施策", "取組項目", "担当課", "令和4年度評価", "令和5年度評価", "取組状況"],
      data,
    ]);
    expect(chooseYear(grid, findHeader(grid)!)).toMatchObject({ year: 2023, reason: "latest" });
  });

  test("a heading with 年 but no year does not stop the title's year from being read below it", () => {
    const grid = gridOf([["年度別 達成状況"], ["令和4年度"], header, data]);
    expect(chooseYear(grid, findHeader(grid)!)).toMatchObject({ year: 2022, reason: "title" });
  });

  test("years written above their rating and narrative sub-columns name both", () => {
    const top = ["基本目標", "施策", "取組項目", "担当課", "令和4年度", null, "令和5年度", null];
    const sub = [null, null, null, null, "評価", "実績", "評価", "実績"];
    const row = ["I 目標", "1 施策", "1 項目", "総務課", "A", "x", "B", "y"];
    const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:H1"];
    const grid = gridOf([top, sub, row], merges);
    const h = findHeader(grid)!;
    expect(chooseYear(grid, h)).toMatchObject({
      year: 2023,
      label: "令和5年度",
      columns: [
        { col: 4, year: 2022, label: "令和4年度" },
        { col: 6, year: 2023, label: "令和5年度" },
      ],
    });
    expect(h.columns).toMatchObject({ rating: 6, narrative: 7 });
  });
});
