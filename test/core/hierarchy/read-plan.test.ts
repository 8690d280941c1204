import { validateSheet } from "../../../src/core/validate";
import { sheet } from "../../helpers/sheet";

describe("readPlan", () => {
  test("merged labels carry over every row of their area; continued labels join their block", () => {
    const s = sheet(
      [
        ["I 目標一", "1 施策一", "1 項目一", "総務課", "B", "報告一の本文です。"],
        [null, null, null, "企画課", "A", null],
        [null, null, "2 項目二", "総務課", "C", "報告二の本文です。"],
        ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組計画と達成状況"],
        ["I 目標一（続）", "1 施策一（続）", "2 項目二（続）", "財政課", "D", "報告二の続きです。"],
        [null, "2 施策二", "3 項目三", "総務課", "B", "報告三の本文です。"],
      ],
      { merges: ["A9:A11", "B9:B11", "C9:C10", "F9:F10", "A13:A14"] }
    );
    const r = validateSheet(s);
    expect(r.counts).toEqual({ goals: 1, measures: 2, items: 3, entries: 5 });
    const plan = r.plan!;
    expect(
      plan.items.map((i) => [
        i.numeral,
        plan.measures[i.measure].numeral,
        plan.goals[i.goal].numeral,
      ])
    ).toEqual([
      ["1", "1", "I"],
      ["2", "1", "I"],
      ["3", "2", "I"],
    ]);
    expect(plan.items[1].narrativeAnchors).toEqual(["F11", "F13"]);
    expect(plan.entries.filter((e) => e.item === 1).map((e) => e.department)).toEqual([
      "総務課",
      "財政課",
    ]);
    expect(r.header?.rows).toEqual([8, 12]);
  });

  test("without merges, blank label cells carry the label above down to the next label", () => {
    const s = sheet([
      ["I 目標一", "1 施策一", "1 項目一", "総務課", "B", "報告一の本文です。"],
      [null, null, null, "企画課", "A", null],
      [null, "2 施策二", "2 項目二", "総務課", "C", "報告二の本文です。"],
      [null, null, null, "財政課", "B", null],
      ["II 目標二", "3 施策三", "3 項目三", "総務課", "B", "報告三の本文です。"],
    ]);
    const r = validateSheet(s);
    expect(r.counts).toEqual({ goals: 2, measures: 3, items: 3, entries: 5 });
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  test("a sheet starting away from A1 (used range offset) reports absolute addresses", () => {
    const base = sheet([["I 目標", "1 施策", "1 項目", "総務課", null, "報告の本文です。"]]);
    const shifted = { ...base, top: 4, left: 2 };
    const r = validateSheet(shifted);
    expect(r.header?.columns).toMatchObject({ goal: "C", rating: "G" });
    expect(r.issues.find((i) => i.code === "rating-missing")?.cell).toBe("G13");
  });

  test("malformed merges (overlapping, outside the values, inverted) do not throw", () => {
    const s = sheet([["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文です。"]]);
    s.merges.push(
      { top: 8, left: 0, bottom: 500, right: 40 },
      { top: 8, left: 0, bottom: 8, right: 0 },
      { top: 9, left: 3, bottom: 2, right: 1 },
      { top: -1, left: 0, bottom: 3, right: 3 }
    );
    expect(() => validateSheet(s)).not.toThrow();
  });
});

describe("readPlan with every cell filled and numbering restarting", () => {
  test("the same measure and item labels under a new goal start new blocks, not orphans", () => {
    const s = sheet([
      ["I 目標一", "1 啓発", "1 広報", "総務課", "B", "報告一の本文です。"],
      ["II 目標二", "1 啓発", "1 広報", "企画課", "A", "報告二の本文です。"],
      ["II 目標二", "1 啓発", "1 広報", "財政課", "C", "報告二の本文です。"],
    ]);
    const r = validateSheet(s);
    expect(r.counts).toEqual({ goals: 2, measures: 2, items: 2, entries: 3 });
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});

describe("goals as section rows (no goal column)", () => {
  test("a row '基本目標1 …' across the table opens a goal for the rows below", () => {
    const header = ["施策", "取組項目", "担当課", "達成度", "取組状況"];
    const s = sheet(
      [
        ["基本目標１　男女共同参画の意識づくり"],
        ["1 理解の促進", "1 啓発", "総務課", "B", "講座を開いた。報告です。"],
        [null, "2 情報提供", "企画課", "A", "冊子を配った。報告です。"],
        ["基本目標Ⅱ　女性の活躍"],
        ["2 環境整備", "3 相談", "総務課", "C", "相談を受けた。報告です。"],
      ],
      { header, merges: ["A9:E9", "A12:E12"] }
    );
    const r = validateSheet(s);
    expect(r.counts).toEqual({ goals: 2, measures: 2, items: 3, entries: 3 });
    expect(r.summary!.byGoal.map((g) => [g.goal, g.title, g.entries])).toEqual([
      ["1", "男女共同参画の意識づくり", 2],
      ["II", "女性の活躍", 1],
    ]);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});
