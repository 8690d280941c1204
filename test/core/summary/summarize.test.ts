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

describe("a summary of every kind of row", () => {
  const legend: [string, string][] = [
    ["区分", "内容"],
    ["A", "計画どおり"],
    ["B", "やや遅れ"],
    ["C", "遅れ"],
    ["－", "対象外"],
  ];
  const summarized = () =>
    validateSheet(
      sheet(
        [
          ["I 目標一", "1 施策一", "1 講座", "総務課", "A", "講座を開いた。"],
          [null, null, null, "企画課", "－", null],
          [null, "2 施策二", "2 相談", "企画課", "C", "相談を受けた。"],
          [null, null, "3 研修", "財政課", "Z", "研修をした。"],
          ["目標二", "施策三", "4 広報", "財政課", null, "広報をした。"],
        ],
        { legend }
      )
    ).summary!;
  const counts = (
    entries: number,
    items: number,
    ratings: number[],
    notEvaluable: number,
    unrated: number,
    achievementRate: number | null
  ) => ({
    entries,
    items,
    ratings: { A: ratings[0], B: ratings[1], C: ratings[2], "－": ratings[3] },
    notEvaluable,
    unrated,
    achievementRate,
  });

  test("the scale's codes, those left out of the rate and those achieved", () => {
    const s = summarized();
    expect([s.codes, s.notEvaluableCodes, s.achievedCodes]).toEqual([
      ["A", "B", "C", "－"],
      ["－"],
      ["A"],
    ]);
  });

  test("by goal, a goal without a number named by its title; no rate where nothing is rated", () => {
    expect(summarized().byGoal).toEqual([
      { goal: "I", title: "目標一", ...counts(4, 3, [1, 0, 1, 1], 1, 1, 0.5) },
      { goal: "目標二", title: "目標二", ...counts(1, 1, [0, 0, 0, 0], 0, 1, null) },
    ]);
  });

  test("by measure, in plan order, under their goal", () => {
    expect(summarized().byMeasure).toEqual([
      { goal: "I", measure: "1", title: "施策一", ...counts(2, 1, [1, 0, 0, 1], 1, 0, 1) },
      { goal: "I", measure: "2", title: "施策二", ...counts(2, 2, [0, 0, 1, 0], 0, 1, 0) },
      {
        goal: "目標二",
        measure: "施策三",
        title: "施策三",
        ...counts(1, 1, [0, 0, 0, 0], 0, 1, null),
      },
    ]);
  });

  test("by department, most entries first, then by name", () => {
    expect(summarized().byDepartment).toEqual([
      { department: "企画課", ...counts(2, 2, [0, 0, 1, 1], 1, 0, 0) },
      { department: "財政課", ...counts(2, 2, [0, 0, 0, 0], 0, 2, null) },
      { department: "総務課", ...counts(1, 1, [1, 0, 0, 0], 0, 0, 1) },
    ]);
  });

  test("goal by department, goals in plan order and departments as ranked", () => {
    expect(
      summarized().goalByDepartment.map((r) => [r.goal, r.department, r.entries, r.items])
    ).toEqual([
      ["I", "企画課", 2, 2],
      ["I", "財政課", 1, 1],
      ["I", "総務課", 1, 1],
      ["目標二", "財政課", 1, 1],
    ]);
  });

  test("the total", () => {
    expect(summarized().total).toEqual(counts(5, 4, [1, 0, 1, 1], 1, 2, 0.5));
  });
});

test("an item continued after another counts once in its goal and its department", () => {
  const s = validateSheet(
    sheet([
      ["I 目標", "1 施策", "1 講座", "総務課", "A", "講座を開いた。"],
      [null, null, "2 相談", "総務課", "B", "相談を受けた。"],
      [null, null, "1 講座（続）", "総務課", "C", null],
    ])
  ).summary!;
  expect([s.total.entries, s.total.items, s.byGoal[0].items, s.byDepartment[0].items]).toEqual([
    3, 2, 2, 2,
  ]);
});

test("an item continued with another department counts once for each department", () => {
  const s = validateSheet(
    sheet([
      ["I 目標", "1 施策", "1 講座", "総務課", "A", "講座を開いた。"],
      [null, null, "2 相談", "総務課", "B", "相談を受けた。"],
      [null, null, "1 講座（続）", "企画課", "C", null],
    ])
  ).summary!;
  expect(s.byDepartment.map((d) => [d.department, d.entries, d.items])).toEqual([
    ["総務課", 2, 2],
    ["企画課", 1, 1],
  ]);
});

test("a plan of items alone: one row by goal and by measure, named by nothing", () => {
  const s = validateSheet(
    sheet([["1 講座", "総務課", "A", "講座を開いた。"]], {
      header: ["取組項目", "担当課", "達成度", "取組状況"],
    })
  ).summary!;
  expect(s.byGoal.map((g) => [g.goal, g.title, g.entries])).toEqual([["", "", 1]]);
  expect(s.byMeasure.map((m) => [m.goal, m.measure, m.title, m.entries])).toEqual([
    ["", "", "", 1],
  ]);
  expect(s.goalByDepartment.map((r) => [r.goal, r.department])).toEqual([["", "総務課"]]);
});
