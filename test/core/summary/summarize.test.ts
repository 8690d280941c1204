import { validateSheet } from "../../../src/core/validate";
import { sheet } from "../../helpers/sheet";

describe("summarize", () => {
  const s = sheet([
    ["I 目標一", "1 施策一", "1 項目一", "総務課\n企画課", "A\nC", "報告一の本文です。"],
    [null, null, "2 項目二", "総務課", "B", "報告二の本文です。"],
    [null, null, null, "財政課", null, null],
    ["II 目標二", "2 施策二", "3 項目三", "企画課", "D", "報告三の本文です。"],
    [null, null, null, "総務課", "Z", null],
  ]);
  // Read in each test: Stryker switches a mutant on per test, not while the describe block runs.
  const summarized = () => validateSheet(s).summary!;

  test("by goal: entries, items, counts per code, unrated and the rate over rated entries", () => {
    const summary = summarized();
    expect(summary.byGoal).toEqual([
      {
        goal: "I",
        title: "目標一",
        entries: 4,
        items: 2,
        ratings: { A: 1, B: 1, C: 1, D: 0 },
        notEvaluable: 0,
        unrated: 1,
        achievementRate: 2 / 3,
      },
      {
        goal: "II",
        title: "目標二",
        entries: 2,
        items: 1,
        ratings: { A: 0, B: 0, C: 0, D: 1 },
        notEvaluable: 0,
        unrated: 1,
        achievementRate: 0,
      },
    ]);
  });

  test("by department: ordered by entry count then name; an item counts once per department", () => {
    const summary = summarized();
    expect(summary.byDepartment.map((d) => [d.department, d.entries, d.items])).toEqual([
      ["総務課", 3, 3],
      ["企画課", 2, 2],
      ["財政課", 1, 1],
    ]);
    expect(summary.byDepartment.reduce((n, d) => n + d.entries, 0)).toBe(summary.total.entries);
  });

  test("goal x department rows add up to the goal totals", () => {
    const summary = summarized();
    for (const g of summary.byGoal) {
      const rows = summary.goalByDepartment.filter((r) => r.goal === g.goal);
      expect(rows.reduce((n, r) => n + r.entries, 0)).toBe(g.entries);
    }
  });

  test("not-evaluable codes are counted apart and left out of the rate", () => {
    const legend: [string, string][] = [
      ["区分", "内容"],
      ["A", "計画どおり"],
      ["B", "遅れ"],
      ["－", "評価対象外"],
    ];
    const r = validateSheet(
      sheet(
        [
          ["I 目標", "1 施策", "1 項目", "総務課", "A", "報告の本文です。"],
          [null, null, null, "企画課", "－", null],
          [null, null, null, "財政課", "B", null],
        ],
        { legend }
      )
    );
    expect(r.summary!.total).toMatchObject({
      entries: 3,
      notEvaluable: 1,
      unrated: 0,
      achievementRate: 0.5,
    });
  });
});
