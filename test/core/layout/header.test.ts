import { makeGrid } from "../../../src/core/snapshot";
import { findHeader } from "../../../src/core/layout/header";
import { sheet } from "../../helpers/sheet";

const headerOf = (header: string[], data: (string | null)[][] = []) => findHeader(makeGrid(sheet(data, { header })));

describe("findHeader", () => {
  test("the seed's words, with bracketed year suffixes, map all six columns", () => {
    const h = headerOf(["基本目標", "施策", "取組項目", "担当課（R5）", "達成度", "取組計画と達成状況（R5）"]);
    expect(h).toMatchObject({ row: 7, columns: { goal: 0, measure: 1, item: 2, department: 3, rating: 4, narrative: 5 } });
  });

  test("other cities' words, in another order, with extra columns", () => {
    const h = headerOf(["No.", "所管課", "基本方針", "施策の方向", "具体的取組", "実施内容", "自己評価", "備考"]);
    expect(h?.columns).toEqual({ department: 1, goal: 2, measure: 3, item: 4, narrative: 5, rating: 6 });
  });

  test("English headers, full-width and spaced", () => {
    const h = headerOf(["Goal", "Ｍｅａｓｕｒｅ", "Action  item", "Department", "Rating", "Narrative (FY2023)"]);
    expect(h?.columns).toEqual({ goal: 0, measure: 1, item: 2, department: 3, rating: 4, narrative: 5 });
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
    const h = headerOf(["基本目標", "施策", "取組項目", "担当課", "達成度", "取組計画と達成状況"], data);
    expect(h?.rows).toEqual([7, 9]);
  });

  test("a long narrative full of header words is data, not a header", () => {
    const long = "基本目標と施策に沿って取組項目を担当課ごとに達成度を評価し、取組状況を記録した。".repeat(2);
    const h = headerOf(["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"], [[long, long, long, long, long, long]]);
    expect(h?.rows).toEqual([7]);
  });
});
