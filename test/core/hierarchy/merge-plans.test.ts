import { validateWorkbook } from "../../../src/core/validate";
import { splitReference } from "../../../src/core/hierarchy/merge-plans";
import { sheet } from "../../helpers/sheet";

describe("a plan over several sheets, one per goal", () => {
  const first = sheet(
    [
      ["I 目標一", "1 施策一", "1 項目一", "総務課", "B", "報告一の本文です。"],
      [null, null, "2 項目二", "企画課", "A", "報告二の本文です。"],
    ],
    { name: "目標1" }
  );
  const second = sheet(
    [
      ["I 目標一", "2 施策二", "3 項目三", "財政課", "C", "報告三の本文です。"],
      ["II 目標二", "1 施策一", "4 項目四", "総務課", "D", "報告四の本文です。"],
    ],
    { name: "目標2" }
  );
  // Read in each test: Stryker switches a mutant on per test, not while the describe block runs.
  const merged = () => validateWorkbook([first, second]).plan!;

  test("a goal going on to the next sheet stays one block; a measure of the same number under another goal does not", () => {
    const plan = merged();
    expect(plan.goals.map((g) => [g.index, g.numeral, g.title, g.parent, g.cell])).toEqual([
      [0, "I", "目標一", -1, "目標1!A9"],
      [1, "II", "目標二", -1, "目標2!A10"],
    ]);
    expect(plan.measures.map((m) => [m.index, m.numeral, m.title, m.parent, m.cell])).toEqual([
      [0, "1", "施策一", 0, "目標1!B9"],
      [1, "2", "施策二", 0, "目標2!B9"],
      [2, "1", "施策一", 1, "目標2!B10"],
    ]);
  });

  test("items follow sheet after sheet, under their own goal and measure, their cells named with the sheet", () => {
    const plan = merged();
    expect(
      plan.items.map((i) => [
        i.index,
        i.title,
        i.goal,
        i.measure,
        i.parent,
        i.cell,
        i.narrativeCell,
      ])
    ).toEqual([
      [0, "項目一", 0, 0, 0, "目標1!C9", "目標1!F9"],
      [1, "項目二", 0, 0, 0, "目標1!C10", "目標1!F10"],
      [2, "項目三", 0, 1, 1, "目標2!C9", "目標2!F9"],
      [3, "項目四", 1, 2, 2, "目標2!C10", "目標2!F10"],
    ]);
    expect(plan.items[3].narrativeAnchors).toEqual(["目標2!F10"]);
  });

  test("entries are numbered across the sheets and name their sheet and item", () => {
    const plan = merged();
    expect(plan.entries.map((e) => [e.index, e.item, e.sheet, e.department, e.rating])).toEqual([
      [0, 0, "目標1", "総務課", "B"],
      [1, 1, "目標1", "企画課", "A"],
      [2, 2, "目標2", "財政課", "C"],
      [3, 3, "目標2", "総務課", "D"],
    ]);
    expect(plan.sheet).toBe("目標1");
    expect(plan.findings).toEqual([]);
    expect(plan.headings).toEqual([]);
  });
});

test("without measure or narrative columns, items keep no measure and no narrative cell", () => {
  const header = ["基本目標", "取組項目", "担当課", "達成度"];
  const a = sheet([["I 目標一", "1 項目一", "総務課", "B"]], { name: "目標1", header });
  const b = sheet([["II 目標二", "2 項目二", "企画課", "A"]], { name: "目標2", header });
  const plan = validateWorkbook([a, b]).plan!;
  expect(plan.items.map((i) => [i.goal, i.measure, i.cell, i.narrativeCell])).toEqual([
    [0, -1, "目標1!B9", ""],
    [1, -1, "目標2!B9", ""],
  ]);
});

describe("a cell reference with or without its sheet", () => {
  test.each([
    ["目標2!F9", { sheet: "目標2", cell: "F9" }],
    ["F9", { sheet: "一覧", cell: "F9" }],
    ["A!B!C3", { sheet: "A!B", cell: "C3" }],
  ])("%s", (reference, where) => {
    expect(splitReference(reference, "一覧")).toEqual(where);
  });
});

test("without a goal column: a measure going on to the next sheet stays one block; another number or title is another measure", () => {
  const header = ["施策", "取組項目", "担当課", "達成度", "取組状況"];
  const a = sheet([["1 施策一", "1 項目一", "総務課", "B", "報告一"]], { name: "その1", header });
  const b = sheet(
    [
      ["1 施策一", "2 項目二", "企画課", "A", "報告二"],
      ["2 施策一", "3 項目三", "企画課", "A", "報告三"],
      ["3 施策三", "4 項目四", "企画課", "A", "報告四"],
      ["3 施策四", "5 項目五", "企画課", "A", "報告五"],
    ],
    { name: "その2", header }
  );
  const plan = validateWorkbook([a, b]).plan!;
  expect(plan.measures.map((m) => [m.numeral, m.title, m.parent])).toEqual([
    ["1", "施策一", -1],
    ["2", "施策一", -1],
    ["3", "施策三", -1],
    ["3", "施策四", -1],
  ]);
  expect(plan.items.map((i) => [i.title, i.goal, i.measure])).toEqual([
    ["項目一", -1, 0],
    ["項目二", -1, 0],
    ["項目三", -1, 1],
    ["項目四", -1, 2],
    ["項目五", -1, 3],
  ]);
});
