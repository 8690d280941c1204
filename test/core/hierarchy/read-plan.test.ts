import { validateSheet } from "../../../src/core/validate";
import type { CellValue } from "../../../src/core/snapshot";
import { range, sheet } from "../../helpers/sheet";

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

describe("the entries of a row", () => {
  const s = sheet([
    ["I 目標", "1 施策", "1 項目一", "総務課\n企画課", "A\nB", "報告一"],
    [null, null, "2 項目二", "総務課、企画課、財政課", "A\nB", "報告二"],
    [null, null, "3 項目三", "総務課", "B\nB", "報告三"],
    [null, null, "4 項目四", { error: "#N/A" }, { error: "#REF!" }, { error: "#VALUE!" }],
    [null, null, "5 項目五", "総務課", "Z", "報告五"],
    [null, null, "6 項目六", "総務課", null, "報告六"],
    [null, null, "7 項目七", null, null, null],
    [null, null, "8 項目八", "企画課", "ｂ", "報告八"],
  ]);
  // Read in each test: Stryker switches a mutant on per test, not while the describe block runs.
  const read = () => validateSheet(s).plan!;

  test("one entry per department, each with its rating, its state and where it was read", () => {
    const plan = read();
    expect(
      plan.entries.map((e) => [
        e.index,
        e.item,
        e.department,
        e.departmentCell,
        e.rating,
        e.ratingCell,
        e.ratingCellText,
        e.ratingCount,
        e.code,
        e.state,
        e.fromMultiCell,
      ])
    ).toEqual([
      [0, 0, "総務課", "D9", "A", "E9", "A\nB", 2, "A", "valid", true],
      [1, 0, "企画課", "D9", "B", "E9", "A\nB", 2, "B", "valid", true],
      [2, 1, "総務課", "D10", "A\nB", "E10", "A\nB", 2, null, "mismatch", true],
      [3, 1, "企画課", "D10", "A\nB", "E10", "A\nB", 2, null, "mismatch", true],
      [4, 1, "財政課", "D10", "A\nB", "E10", "A\nB", 2, null, "mismatch", true],
      [5, 2, "総務課", "D11", "B\nB", "E11", "B\nB", 2, null, "mismatch", false],
      [6, 3, "", "D12", "", "E12", "", 0, null, "error", false],
      [7, 4, "総務課", "D13", "Z", "E13", "Z", 1, null, "invalid", false],
      [8, 5, "総務課", "D14", "", "E14", "", 0, null, "missing", false],
      [9, 6, "", "D15", "", "E15", "", 0, null, "missing", false],
      [10, 7, "企画課", "D16", "ｂ", "E16", "ｂ", 1, "B", "valid", false],
    ]);
  });

  test("several values in a cell, ratings that do not pair with the departments and error cells are findings", () => {
    const plan = read();
    expect(plan.findings).toEqual([
      {
        kind: "multiple-values",
        row: 8,
        cell: "D9",
        related: ["E9"],
        item: 0,
        count: { departments: 2, ratings: 2 },
      },
      {
        kind: "multiple-values",
        row: 9,
        cell: "D10",
        related: ["E10"],
        item: 1,
        count: { departments: 3, ratings: 2 },
      },
      {
        kind: "rating-count-mismatch",
        row: 9,
        cell: "E10",
        related: ["D10"],
        item: 1,
        count: { departments: 3, ratings: 2 },
      },
      {
        kind: "multiple-values",
        row: 10,
        cell: "E11",
        item: 2,
        count: { departments: 1, ratings: 2 },
      },
      {
        kind: "rating-count-mismatch",
        row: 10,
        cell: "E11",
        related: ["D11"],
        item: 2,
        count: { departments: 1, ratings: 2 },
      },
      { kind: "cell-error", row: 11, cell: "D12", value: "#N/A" },
      { kind: "cell-error", row: 11, cell: "E12", value: "#REF!" },
      { kind: "cell-error", row: 11, cell: "F12", value: "#VALUE!" },
    ]);
  });

  test("each item's narrative, and whether it is an error", () => {
    const plan = read();
    expect(plan.items.map((i) => [i.narrative, i.narrativeIsError, i.narrativeCell])).toEqual([
      ["報告一", false, "F9"],
      ["報告二", false, "F10"],
      ["報告三", false, "F11"],
      ["", true, "F12"],
      ["報告五", false, "F13"],
      ["報告六", false, "F14"],
      ["", false, "F15"],
      ["報告八", false, "F16"],
    ]);
  });
});

test("rated rows with no item, or with an item but no measure, are orphans; a narrative row goes on the item above", () => {
  const plan = validateSheet(
    sheet([
      [null, null, null, "総務課", "A", "x"],
      ["I 目標", null, "1 項目", "総務課", "B", "y"],
      [null, "1 施策", "2 項目", "総務課", "B", "z"],
      [null, null, null, null, null, "続き"],
    ])
  ).plan!;
  expect(plan.findings).toEqual([
    { kind: "orphan-row", row: 8, cell: "E9" },
    { kind: "orphan-row", row: 9, cell: "E10" },
  ]);
  expect(plan.items[1]).toMatchObject({
    measure: 0,
    narrative: "z",
    narrativeAnchors: ["F11", "F12"],
  });
  expect(plan.entries.filter((e) => e.item === 1).map((e) => [e.row, e.rating])).toEqual([
    [10, "B"],
  ]);
});

describe("the plan's title, headings and labels", () => {
  const HEADER = ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"];
  const read = (values: CellValue[][], options = {}) =>
    validateSheet({ name: "一覧", top: 0, left: 0, values, merges: [] }, options).plan!;
  const row = (item: string, department = "総務課", rating = "A"): CellValue[] => [
    null,
    null,
    item,
    department,
    rating,
    "報告",
  ];

  test("the title is the first line of six characters or more above the header, not a document label or a note", () => {
    const plan = read([
      ["資料2"],
      ["※ 速報値です"],
      ["令和5年度\n達成状況"],
      ["令和5年度 達成状況一覧"],
      ["A", "計画以上"],
      ["B", "計画どおり"],
      HEADER,
      ["I 目標", "1 施策", "1 項目", "総務課", "A", "報告"],
    ]);
    expect(plan.title).toEqual({ text: "令和5年度 達成状況一覧", cell: "A4" });
  });

  test("a name written alone in the department column is known: a cell joining it with ・ is split", () => {
    const plan = read([
      HEADER,
      ["I 目標", "1 施策", "1 項目", "総務課", "A", "報告"],
      row("2 項目", "企画課 "),
      row("3 項目", "総務課・企画課", "A\nB"),
      row("4 項目", "人権・男女共同参画課"),
    ]);
    expect(plan.entries.map((e) => [e.row, e.department, e.rating])).toEqual([
      [1, "総務課", "A"],
      [2, "企画課", "A"],
      [3, "総務課", "A"],
      [3, "企画課", "B"],
      [4, "人権・男女共同参画課", "A"],
    ]);
  });

  test("names from the department master list split a cell too", () => {
    const plan = read(
      [HEADER, ["I 目標", "1 施策", "1 項目", "人権・男女共同参画課", "A", "報告"]],
      {
        departments: ["人権", "男女共同参画課"],
      }
    );
    expect(plan.entries.map((e) => e.department)).toEqual(["人権", "男女共同参画課"]);
  });

  test("a continued measure and item elsewhere join their earlier blocks", () => {
    const plan = read([
      HEADER,
      ["I 目標", "1 施策", "1 項目一", "総務課", "A", "報告"],
      row("2 項目二"),
      [null, "2 施策二", "3 項目三", "総務課", "A", "報告"],
      [null, "1 施策（続）", "2 項目二（続）", "企画課", "B", "報告"],
    ]);
    expect(plan.measures.map((m) => m.title)).toEqual(["施策", "施策二"]);
    expect(plan.items.map((i) => [i.title, i.measure])).toEqual([
      ["項目一", 0],
      ["項目二", 0],
      ["項目三", 1],
    ]);
    expect(plan.entries.map((e) => [e.item, e.department])).toEqual([
      [0, "総務課"],
      [1, "総務課"],
      [2, "総務課"],
      [1, "企画課"],
    ]);
  });

  test("goal and measure headings above the header and below it", () => {
    const plan = read([
      ["基本目標1 意識づくり"],
      ["施策1 啓発"],
      ["取組項目", "担当課", "達成度", "取組状況"],
      ["1 講座", "総務課", "A", "報告"],
      ["施策2 相談"],
      ["2 相談", "企画課", "B", "報告"],
      ["施策2 相談"],
      ["3 窓口", "企画課", "B", "報告"],
    ]);
    expect(plan.measures.map((m) => m.section)).toEqual([undefined, undefined]);
    expect(plan.headings).toEqual([
      { level: "goal", cell: "A1", row: 0, block: 0 },
      { level: "measure", cell: "A2", row: 1, block: 0 },
      { level: "measure", cell: "A5", row: 4, block: 1 },
    ]);
    expect(plan.goals.map((g) => [g.numeral, g.title, g.cell])).toEqual([
      ["1", "意識づくり", "A1"],
    ]);
    expect(plan.measures.map((m) => [m.numeral, m.title, m.parent])).toEqual([
      ["1", "啓発", 0],
      ["2", "相談", 0],
    ]);
    expect(plan.items.map((i) => [i.title, i.measure])).toEqual([
      ["講座", 0],
      ["相談", 1],
      ["窓口", 1],
    ]);
    expect(plan.title).toBeNull();
  });

  test("a measure under a level between goal and measure (施策の方向) keeps that level's label", () => {
    const plan = read([
      ["基本目標", "施策の方向", "具体的施策", "取組項目", "担当課", "達成度", "取組状況"],
      ["I 目標", "(1) 方向一", "1 啓発", "1 講座", "総務課", "A", "報告"],
      [null, null, null, "2 研修", "総務課", "A", "報告"],
      [null, null, "2 研修", "1 研修会", "総務課", "A", "報告"],
      [null, "(2) 方向二", "1 相談", "1 窓口", "企画課", "B", "報告"],
    ]);
    expect(plan.measures.map((m) => [m.numeral, m.title, m.section])).toEqual([
      ["1", "啓発", "(1) 方向一"],
      ["2", "研修", "(1) 方向一"],
      ["1", "相談", "(2) 方向二"],
    ]);
    expect(plan.items.map((i) => i.measure)).toEqual([0, 0, 1, 2]);
    expect(plan.goals.map((g) => g.section)).toEqual([undefined]);
  });

  test("item titles without numbers take theirs from the No. column", () => {
    const plan = read([
      ["No.", "取組項目", "担当課", "達成度", "取組状況"],
      [1, "講座", "総務課", "A", "報告"],
      ["2", "相談", "企画課", "B", "報告"],
      [3, "3 広報", "財政課", "C", "報告"],
      [null, "研修", "総務課", "D", "報告"],
    ]);
    expect(plan.items.map((i) => [i.numeral, i.title, i.written])).toEqual([
      ["1", "講座", "1 講座"],
      ["2", "相談", "2 相談"],
      ["3", "広報", "3 広報"],
      ["", "研修", "研修"],
    ]);
  });
});

describe("rows that are not items", () => {
  const read = (values: CellValue[][], merges: string[] = []) =>
    validateSheet({ name: "一覧", top: 0, left: 0, values, merges: merges.map(range) }).plan!;

  test("notes (※, 注：, （注）, 備考：), subtotals and totals, a blank template row and the header named again", () => {
    const plan = read(
      [
        ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
        ["I 目標", "1 施策", "1 項目一", "総務課", "B", "報告一"],
        ["※ 達成度は自己評価"],
        ["注：速報値"],
        ["（注）一部未集計"],
        ["備考：別紙参照"],
        [null, null, "2 項目二", "企画課", "A", "報告二"],
        ["小計", null, null, 2, 2, null],
        [null, null, "(3)", null, null, null],
        [null, null, "取組項目", "担当課", null, null],
        [null, null, "3 項目三", "財政課", "C", "報告三"],
        ["合計", null, null, 3, 3, null],
      ],
      ["A3:F3"]
    );
    expect(plan.items.map((i) => [i.numeral, i.title])).toEqual([
      ["1", "項目一"],
      ["2", "項目二"],
      ["3", "項目三"],
    ]);
    expect(plan.entries.map((e) => [e.row, e.department, e.rating])).toEqual([
      [1, "総務課", "B"],
      [6, "企画課", "A"],
      [10, "財政課", "C"],
    ]);
    expect(plan.findings).toEqual([]);
  });

  test("numbered banners merged across a table with no goal column are goal headings, above the header too", () => {
    const plan = read(
      [
        ["Ⅰ 人権の尊重"],
        ["施策", "取組項目", "担当課", "達成度", "取組状況"],
        ["1 啓発", "1 講座", "総務課", "A", "報告"],
        ["Ⅱ 女性の活躍"],
        ["2 環境整備", "2 相談", "企画課", "B", "報告"],
        ["基本目標3 安心"],
        ["3 防災", "3 訓練", "財政課", "C", "報告"],
      ],
      ["A1:E1", "A4:E4"]
    );
    expect(plan.headings).toEqual([
      { level: "goal", cell: "A1", row: 0, block: 0 },
      { level: "goal", cell: "A4", row: 3, block: 1 },
      { level: "goal", cell: "A6", row: 5, block: 2 },
    ]);
    expect(plan.goals.map((g) => [g.numeral, g.title])).toEqual([
      ["I", "人権の尊重"],
      ["II", "女性の活躍"],
      ["3", "安心"],
    ]);
    expect(plan.items.map((i) => [i.title, i.measure, i.goal])).toEqual([
      ["講座", 0, 0],
      ["相談", 1, 1],
      ["訓練", 2, 2],
    ]);
  });

  test("numbered banners in a table with no measure column are measure headings", () => {
    const plan = read(
      [
        ["基本目標", "取組項目", "担当課", "達成度", "取組状況"],
        ["I 目標", null, null, null, null],
        ["1 啓発"],
        [null, "1 講座", "総務課", "A", "報告"],
        ["2 相談"],
        [null, "2 窓口", "企画課", "B", "報告"],
      ],
      ["A3:E3", "A5:E5"]
    );
    expect(plan.headings).toEqual([
      { level: "measure", cell: "A3", row: 2, block: 0 },
      { level: "measure", cell: "A5", row: 4, block: 1 },
    ]);
    expect(plan.measures.map((m) => [m.numeral, m.title, m.parent])).toEqual([
      ["1", "啓発", 0],
      ["2", "相談", 0],
    ]);
    expect(plan.items.map((i) => [i.title, i.measure, i.goal])).toEqual([
      ["講座", 0, 0],
      ["窓口", 1, 0],
    ]);
  });
});

describe("how labels, banners and cells are read", () => {
  const HEADER = ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"];
  const read = (values: CellValue[][], merges: string[] = []) =>
    validateSheet({ name: "一覧", top: 0, left: 0, values, merges: merges.map(range) }).plan!;
  const entriesOf = (plan: ReturnType<typeof read>) =>
    plan.entries.map((e) => [
      e.row,
      e.item,
      e.department,
      e.departmentCell,
      e.rating,
      e.ratingCell,
      e.state,
    ]);

  test("a label written again another way, （続） with or without a number, and a title alone continued on a later page", () => {
    const plan = read([
      HEADER,
      ["I 目標", "1 施策", "1 講座", "総務課", "A", "x"],
      ["Ⅰ 目標", "1 施策", "1. 講座", "企画課", "B", "y"],
      [null, null, "講座（続）", "財政課", "C", null],
      [null, null, "1 研修会", "人権課", "D", "v"],
      [null, null, "相談", "総務課", "A", "z"],
      [null, null, "研修", "総務課", "A", "w"],
      [null, "2 施策二", "3 広報", "総務課", "A", "u"],
      [null, "1 施（続）", "研修（続）", "企画課", "B", null],
    ]);
    expect(plan.goals.map((g) => g.parent)).toEqual([-1]);
    expect(plan.measures.map((m) => m.title)).toEqual(["施策", "施策二"]);
    expect(plan.items.map((i) => [i.numeral, i.title, i.measure, i.parent])).toEqual([
      ["1", "講座", 0, 0],
      ["1", "研修会", 0, 0],
      ["", "相談", 0, 0],
      ["", "研修", 0, 0],
      ["3", "広報", 1, 1],
    ]);
    expect(plan.entries.map((e) => [e.item, e.department])).toEqual([
      [0, "総務課"],
      [0, "企画課"],
      [0, "財政課"],
      [1, "人権課"],
      [2, "総務課"],
      [3, "総務課"],
      [4, "総務課"],
      [3, "企画課"],
    ]);
  });

  test("（続） without a number joins the item of its title in the same measure, not the item open; a title not met yet joins the open one", () => {
    const plan = read([
      HEADER,
      ["I 目標", "1 施策", "相談", "総務課", "A", "x"],
      [null, null, "研修", "総務課", "B", "y"],
      [null, null, "相談（続）", "企画課", "B", null],
      [null, "2 施策二", "相談", "財政課", "C", "z"],
      [null, null, "広報", "総務課", "D", "w"],
      [null, null, "相談（続）", "人権課", "A", null],
      [null, null, "講座（続）", "企画課", "C", null],
    ]);
    expect(plan.items.map((i) => [i.title, i.cell, i.measure])).toEqual([
      ["相談", "C2", 0],
      ["研修", "C3", 0],
      ["相談", "C5", 1],
      ["広報", "C6", 1],
    ]);
    expect(entriesOf(plan)).toEqual([
      [1, 0, "総務課", "D2", "A", "E2", "valid"],
      [2, 1, "総務課", "D3", "B", "E3", "valid"],
      [3, 0, "企画課", "D4", "B", "E4", "valid"],
      [4, 2, "財政課", "D5", "C", "E5", "valid"],
      [5, 3, "総務課", "D6", "D", "E6", "valid"],
      [6, 2, "人権課", "D7", "A", "E7", "valid"],
      [7, 2, "企画課", "D8", "C", "E8", "valid"],
    ]);
  });

  test("data rows whose cells contain header words (相談事業, 企画担当) are data; the header named again in two columns is not", () => {
    const plan = read([
      HEADER,
      ["I 目標", "1 施策", "相談事業", "総務課", "A", "取組状況を報告した。"],
      ["I 目標", "1 施策", "2 講座", "企画担当", "B", "x"],
      [null, null, "取組項目", null, "達成度", null],
      [null, null, "3 研修", "総務課", "C", "y"],
    ]);
    expect(plan.items.map((i) => i.title)).toEqual(["相談事業", "講座", "研修"]);
    expect(plan.entries.map((e) => [e.row, e.department])).toEqual([
      [1, "総務課"],
      [2, "企画担当"],
      [4, "総務課"],
    ]);
  });

  test("in a table of items alone, a Roman banner is a goal and a numbered one a measure", () => {
    const plan = read(
      [
        ["取組項目", "担当課", "達成度", "取組状況"],
        ["Ⅰ 人権"],
        ["1 啓発"],
        ["1 講座", "総務課", "A", "x"],
        ["3 安心"],
        ["2 相談", "企画課", "B", "y"],
      ],
      ["A2:D2", "A3:D3", "A5:D5"]
    );
    expect(plan.goals.map((g) => [g.numeral, g.title])).toEqual([["I", "人権"]]);
    expect(plan.measures.map((m) => [m.numeral, m.title, m.parent])).toEqual([
      ["1", "啓発", 0],
      ["3", "安心", 0],
    ]);
    expect(plan.items.map((i) => [i.title, i.measure])).toEqual([
      ["講座", 0],
      ["相談", 1],
    ]);
  });

  test("a numbered banner alone in a column left of the table is a heading though not merged", () => {
    const plan = read([
      [null, "施策", "取組項目", "担当課", "達成度", "取組状況"],
      ["Ⅰ 人権の尊重"],
      [null, "1 啓発", "1 講座", "総務課", "A", "x"],
    ]);
    expect(plan.goals.map((g) => [g.numeral, g.title])).toEqual([["I", "人権の尊重"]]);
    expect(plan.items[0].goal).toBe(0);
  });

  test("a numbered line above the header with no heading below it is the title, not a goal", () => {
    const plan = read(
      [
        ["Ⅰ 人権の尊重"],
        [],
        ["施策", "取組項目", "担当課", "達成度", "取組状況"],
        ["1 啓発", "1 講座", "総務課", "A", "x"],
      ],
      ["A1:E1"]
    );
    expect(plan.title).toEqual({ text: "Ⅰ 人権の尊重", cell: "A1" });
    expect(plan.goals).toEqual([]);
  });

  test("above the header, a heading is read across a blank row, and rows holding two texts are neither heading nor title", () => {
    const plan = read([
      ["達成状況一覧", "資料2"],
      ["基本目標2 環境", "資料2"],
      ["基本目標1 意識づくり"],
      [],
      HEADER,
      [null, "1 施策", "1 講座", "総務課", "A", "x"],
    ]);
    expect(plan.goals.map((g) => [g.numeral, g.title])).toEqual([["1", "意識づくり"]]);
    expect(plan.title).toBeNull();
  });

  test("the sheet's six-character title", () => {
    expect(
      validateSheet(sheet([["I 目標", "1 施策", "1 講座", "総務課", "A", "x"]])).plan!.title
    ).toEqual({
      text: "達成状況一覧",
      cell: "A1",
    });
  });

  test("an item marked ※ with a department and a rating is data; a remark alone in the item column is not", () => {
    const plan = read([
      HEADER,
      ["I 目標", "1 施策", "1 講座", "総務課", "A", "x"],
      [null, null, "※ 新規事業", "企画課", "B", "y"],
      [null, null, "（再掲）", null, null, null],
      [null, null, "2 相談", "総務課", "A", "z"],
      [null, null, "※ 追加事業", "財政課", null, null],
      [],
    ]);
    expect(plan.items.map((i) => i.title)).toEqual(["講座", "※ 新規事業", "相談", "※ 追加事業"]);
  });

  test("the No. column: a blank item goes on the item above; 12 numbers its item; 3-1 is no number", () => {
    const plan = read([
      ["No.", "取組項目", "担当課", "達成度", "取組状況"],
      [1, "講座", "総務課", "A", "x"],
      [2, null, "企画課", "B", null],
      [12, "相談", "財政課", "C", "y"],
      ["3-1", "研修", "総務課", "D", "z"],
      [" 13 ", "広報", "総務課", "A", "w"],
    ]);
    expect(plan.items.map((i) => [i.numeral, i.title])).toEqual([
      ["1", "講座"],
      ["12", "相談"],
      ["", "研修"],
      ["13", "広報"],
    ]);
    expect(plan.entries.map((e) => [e.item, e.department, e.rating])).toEqual([
      [0, "総務課", "A"],
      [0, "企画課", "B"],
      [1, "財政課", "C"],
      [2, "総務課", "D"],
      [3, "総務課", "A"],
    ]);
  });

  test("without a department, rating or narrative column, an item's entry and narrative say so", () => {
    const noDepartment = read([
      ["基本目標", "施策", "取組項目", "達成度", "取組状況"],
      ["I 目標", "1 施策", "1 講座", null, "x"],
    ]);
    expect(entriesOf(noDepartment)).toEqual([[1, 0, "", "C2", "", "D2", "missing"]]);
    const noRating = read([
      ["基本目標", "施策", "取組項目", "担当課", "取組状況"],
      ["I 目標", "1 施策", "1 講座", null, "x"],
      [null, null, "2 相談", "総務課", "y"],
    ]);
    expect(entriesOf(noRating)).toEqual([
      [1, 0, "", "D2", "", "", "missing"],
      [2, 1, "総務課", "D3", "", "", "missing"],
    ]);
    expect(noRating.entries[1].ratingCellText).toBe("");
    const noNarrative = read([
      ["基本目標", "施策", "取組項目", "担当課", "達成度"],
      ["I 目標", "1 施策", "1 講座", "総務課", "A"],
    ]);
    expect(noNarrative.items[0]).toMatchObject({
      narrative: "",
      narrativeCell: "",
      narrativeAnchors: [],
    });
    expect(entriesOf(noNarrative)).toEqual([[1, 0, "総務課", "D2", "A", "E2", "valid"]]);
  });

  test("a narrative merged over two items belongs to both; an item's narrative over several cells names each once", () => {
    const plan = read(
      [
        HEADER,
        ["I 目標", "1 施策", "1 講座", "総務課", "A", "共通の報告"],
        [null, null, "2 相談", "企画課", "B", null],
        [null, null, "3 研修", "総務課", "C", "一行目"],
        [null, null, null, "企画課", "D", "二行目"],
        [null, null, null, "財政課", "A", null],
      ],
      ["F2:F3", "F5:F6"]
    );
    expect(plan.items.map((i) => [i.narrative, i.narrativeCell, i.narrativeAnchors])).toEqual([
      ["共通の報告", "F2", ["F2"]],
      ["共通の報告", "F2", ["F2"]],
      ["一行目", "F4", ["F4", "F5"]],
    ]);
  });

  test("two departments and one rating: each gets it; a department cell merged over two rows is reported once; a rating with no department is an entry", () => {
    const plan = read(
      [
        HEADER,
        ["I 目標", "1 施策", "1 講座", "総務課\n企画課", "A", "x"],
        [null, null, "2 相談", "総務課\n企画課", "B", "y"],
        [null, null, null, null, "C", null],
        [null, null, "3 研修", null, "A", "z"],
      ],
      ["D3:D4"]
    );
    expect(entriesOf(plan)).toEqual([
      [1, 0, "総務課", "D2", "A", "E2", "valid"],
      [1, 0, "企画課", "D2", "A", "E2", "valid"],
      [2, 1, "総務課", "D3", "B", "E3", "valid"],
      [2, 1, "企画課", "D3", "B", "E3", "valid"],
      [3, 1, "総務課", "D3", "C", "E4", "valid"],
      [3, 1, "企画課", "D3", "C", "E4", "valid"],
      [4, 2, "", "D5", "A", "E5", "valid"],
    ]);
    expect(plan.findings).toEqual([
      {
        kind: "multiple-values",
        row: 1,
        cell: "D2",
        item: 0,
        count: { departments: 2, ratings: 1 },
      },
      {
        kind: "multiple-values",
        row: 2,
        cell: "D3",
        item: 1,
        count: { departments: 2, ratings: 1 },
      },
    ]);
  });

  test("checkbox ratings against a legend of words: the marked word, a lettered choice by its word, none marked is no rating", () => {
    const plan = validateSheet(
      sheet(
        [
          ["I 目標", "1 施策", "1 講座", "総務課", "□ 進んだ ■ やや進んだ □ 現状維持", "x"],
          [null, null, "2 相談", "総務課", "□ a.進んだ □ b.やや進んだ", "y"],
          [null, null, "3 研修", "総務課", "■ b.やや進んだ □ c.現状維持", "z"],
        ],
        {
          legend: [
            ["区分", "内容"],
            ["進んだ", "計画どおり進んだ"],
            ["やや進んだ", "少し遅れた"],
            ["現状維持", "進まなかった"],
          ],
        }
      )
    ).plan!;
    expect(plan.entries.map((e) => [e.rating, e.code, e.state])).toEqual([
      ["やや進んだ", "やや進んだ", "valid"],
      ["", null, "missing"],
      ["b.やや進んだ", "やや進んだ", "valid"],
    ]);
  });
});

describe("cells read as a user sees them", () => {
  test("spaces around a narrative are not part of it", () => {
    const plan = validateSheet(
      sheet([
        ["I 目標", "1 施策", "1 講座", "総務課", "A", "  講座を開いた。"],
        [null, null, "2 相談", "総務課", "A", "相談を受けた。 "],
      ])
    ).plan!;
    expect(plan.items.map((i) => i.narrative)).toEqual(["講座を開いた。", "相談を受けた。"]);
  });

  test("an error in a narrative cell merged over two rows is reported once", () => {
    const plan = validateSheet(
      sheet(
        [
          ["I 目標", "1 施策", "1 講座", "総務課", "A", { error: "#N/A" }],
          [null, null, null, "企画課", "A", null],
        ],
        { merges: ["F9:F10"] }
      )
    ).plan!;
    expect(plan.findings).toEqual([{ kind: "cell-error", row: 8, cell: "F9", value: "#N/A" }]);
  });

  test("rows before any goal are orphans though they name a measure and an item; a narrative alone there is no finding", () => {
    const plan = validateSheet(
      sheet([
        [null, null, null, null, null, "前文"],
        [null, "1 施策", "1 講座", "総務課", "A", "x"],
      ])
    ).plan!;
    expect(plan.findings).toEqual([{ kind: "orphan-row", row: 9, cell: "E10" }]);
  });

  test("a continued label with nothing before it starts its block", () => {
    const plan = validateSheet(
      sheet([["I 目標", "1 施策", "3 広報（続）", "総務課", "A", "x"]])
    ).plan!;
    expect(plan.items.map((i) => [i.numeral, i.title])).toEqual([["3", "広報"]]);
  });

  test("a title holding ＊ inside is still the title", () => {
    const plan = validateSheet({
      name: "一覧",
      top: 0,
      left: 0,
      values: [
        ["令和5年度＊達成状況一覧"],
        ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
      ],
      merges: [],
    }).plan!;
    expect(plan.title).toEqual({ text: "令和5年度＊達成状況一覧", cell: "A1" });
  });
});
