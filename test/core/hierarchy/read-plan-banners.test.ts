import { validateSheet } from "../../../src/core/validate";
import type { CellValue } from "../../../src/core/snapshot";
import { sheet } from "../../helpers/sheet";

/** Items with their cells; entries with department, rating and their cells; the findings a user is shown. */
function readBack(data: CellValue[][], header: string[], merges: string[]) {
  const r = validateSheet(sheet(data, { header, merges }));
  const plan = r.plan!;
  return {
    counts: r.counts,
    items: plan.items.map((i) => [i.title, i.cell]),
    entries: plan.entries.map((e) => [
      plan.items[e.item].title,
      e.department,
      e.departmentCell,
      e.rating,
      e.ratingCell,
      e.state,
    ]),
    issues: r.issues.filter((i) => i.severity !== "info").map((i) => [i.code, i.cell]),
  };
}

describe("banners without a number merged across the row", () => {
  test("in a table whose first column is the item column, a banner between two items is neither an item nor an entry", () => {
    const r = readBack(
      [
        ["1 講座の開催", "総務課", "A", "講座を開いた。"],
        ["令和5年度の新規事業", null, null, null],
        ["2 相談事業", "企画課", "B", "相談を受けた。"],
        ["【継続事業】", null, null, null],
        ["3 広報", "財政課", "C", "広報した。"],
      ],
      ["取組項目", "担当課", "達成度", "取組状況"],
      // The second banner covers the item, department and rating columns but not the narrative's.
      ["A10:D10", "A12:C12"]
    );
    expect(r.counts).toEqual({ goals: 0, measures: 0, items: 3, entries: 3 });
    expect(r.items).toEqual([
      ["講座の開催", "A9"],
      ["相談事業", "A11"],
      ["広報", "A13"],
    ]);
    expect(r.entries).toEqual([
      ["講座の開催", "総務課", "B9", "A", "C9", "valid"],
      ["相談事業", "企画課", "B11", "B", "C11", "valid"],
      ["広報", "財政課", "B13", "C", "C13", "valid"],
    ]);
    expect(r.issues).toEqual([]);
  });

  test("in a table with goal and measure columns, a banner across the whole row opens no goal, measure or item", () => {
    const s = sheet(
      [
        ["I 目標一", "1 施策一", "1 講座", "総務課", "A", "講座を開いた。"],
        ["重点的な取組", null, null, null, null, null],
        [null, null, "2 相談", "企画課", "B", "相談を受けた。"],
      ],
      { merges: ["A10:F10"] }
    );
    const r = validateSheet(s);
    const plan = r.plan!;
    expect(r.counts).toEqual({ goals: 1, measures: 1, items: 2, entries: 2 });
    expect(plan.goals.map((g) => [g.title, g.cell])).toEqual([["目標一", "A9"]]);
    expect(plan.measures.map((m) => [m.title, m.cell])).toEqual([["施策一", "B9"]]);
    expect(plan.entries.map((e) => [plan.items[e.item].title, e.department, e.rating])).toEqual([
      ["講座", "総務課", "A"],
      ["相談", "企画課", "B"],
    ]);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  test("items without numbers whose cells are merged (a rating over the next column, a department down two rows) are still items", () => {
    const r = readBack(
      [
        ["相談", "企画課", "B", null],
        ["研修", "総務課", "A", "研修を開いた。"],
        ["広報", null, "C", "広報した。"],
      ],
      ["取組項目", "担当課", "達成度", "取組状況"],
      ["C9:D9", "B10:B11"]
    );
    expect(r.items).toEqual([
      ["相談", "A9"],
      ["研修", "A10"],
      ["広報", "A11"],
    ]);
    expect(r.entries).toEqual([
      ["相談", "企画課", "B9", "B", "C9", "valid"],
      ["研修", "総務課", "B10", "A", "C10", "valid"],
      ["広報", "総務課", "B10", "C", "C11", "valid"],
    ]);
  });
});
