import { validateSheet } from "../../../src/core/validate";
import { sheet } from "../../helpers/sheet";

const ITEM_HEADER = ["No.", "取組項目", "担当課", "達成度", "取組状況"];

describe("rows that are not entries", () => {
  test("a note merged across the table, a total row with numbers and blank template rows are neither items nor entries", () => {
    const s = sheet(
      [
        ["I 目標一", "1 施策一", "1 項目一", "総務課", "B", "報告一の本文です。"],
        ["※ 達成度は担当課の自己評価です。", null, null, null, null, null],
        [null, null, "2 項目二", "企画課", "A", "報告二の本文です。"],
        ["合計", null, null, 2, 2, null],
        [null, null, 3, null, null, null],
        [null, null, "4", null, null, null],
      ],
      { merges: ["A10:F10"] }
    );
    const r = validateSheet(s);
    expect(r.counts).toEqual({ goals: 1, measures: 1, items: 2, entries: 2 });
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  test("goal and measure heading rows, with the header repeated under each measure, set the goal and measure of the items below", () => {
    const s = sheet(
      [
        [null, "1 項目一", "総務課", "B", "報告一の本文です。"],
        ["施策2 ふたつめの施策", null, null, null, null],
        ITEM_HEADER,
        [1, "2 項目二", "企画課", "A", "報告二の本文です。"],
        ["基本目標2 ふたつめの目標", null, null, null, null],
        ["施策3 みっつめの施策", null, null, null, null],
        ITEM_HEADER,
        [1, "3 項目三", "財政課", "C", "報告三の本文です。"],
      ],
      { header: ["基本目標1 ひとつめの目標"], merges: ["A10:E10", "A13:E13", "A14:E14"] }
    );
    // The header the reader finds is the first ITEM_HEADER's row; the first measure heading stands above it.
    s.values.splice(8, 0, ["施策1 ひとつめの施策"], ITEM_HEADER);
    s.merges = s.merges.map((m) => ({ ...m, top: m.top + 2, bottom: m.bottom + 2 }));
    const r = validateSheet(s);
    expect(r.counts).toEqual({ goals: 2, measures: 3, items: 3, entries: 3 });
    const plan = r.plan!;
    expect(plan.goals.map((g) => [g.numeral, g.title])).toEqual([
      ["1", "ひとつめの目標"],
      ["2", "ふたつめの目標"],
    ]);
    expect(
      plan.items.map((i) => [
        i.numeral,
        plan.measures[i.measure].numeral,
        plan.goals[i.goal].numeral,
      ])
    ).toEqual([
      ["1", "1", "1"],
      ["2", "2", "1"],
      ["3", "3", "2"],
    ]);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});
