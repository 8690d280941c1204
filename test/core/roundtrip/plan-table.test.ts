import { validateWorkbook } from "../../../src/core/validate";
import { planTable } from "../../../src/core/roundtrip/plan-table";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { range, sheet } from "../../helpers/sheet";

const tableOf = (s: SheetSnapshot, departments?: string[]) =>
  planTable({ sheets: [s], result: validateWorkbook([s], { departments }) });

describe("the plan as a table of entries", () => {
  const plan = () =>
    sheet(
      [
        ["I 目標", "1 施策", "1 講座", "総務課・企画課", "A・B", "講座を開いた。", "備考1"],
        [null, null, null, "財政課", "C", null, null],
        [null, null, "2 相談", "財政課、人権課", 3, null, null],
        [null, null, null, "総務課", null, null, null],
      ],
      {
        name: "一覧",
        header: ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況", "備考"],
        merges: ["F11:F12"],
      }
    );

  test("the table's columns, from the header's left to its right, and its header row", () => {
    const table = tableOf(plan(), ["総務課", "企画課"])!;
    expect(table).toMatchObject({ left: 0, width: 7, headerTop: 7, headerBottom: 7 });
    expect([...table.headingRows]).toEqual([]);
    expect(table.sheet.name).toBe("一覧");
  });

  test("each entry: its answer cells, its own rating and narrative as its form shows them, and its form row", () => {
    const table = tableOf(plan(), ["総務課", "企画課"])!;
    expect(
      table.targets.map((t) => [
        t.id,
        t.sheet,
        t.ratingCell,
        t.narrativeCell,
        t.rating,
        t.narrative,
        t.narrativeOwn,
        t.departmentSeparator,
      ])
    ).toEqual([
      ['["I","1","1","総務課"]', "一覧", "E9", "F9", "A", "講座を開いた。", "講座を開いた。", "・"],
      ['["I","1","1","企画課"]', "一覧", "E9", "F9", "B", "講座を開いた。", "講座を開いた。", "・"],
      ['["I","1","1","財政課"]', "一覧", "E10", "F10", "C", "講座を開いた。", "", ""],
      ['["I","1","2","財政課"]', "一覧", "E11", "F11", 3, "", "", "、"],
      ['["I","1","2","人権課"]', "一覧", "E11", "F11", 3, "", "", "、"],
      ['["I","1","2","総務課"]', "一覧", "E12", "F11", "", "", "", ""],
    ]);
    expect(table.targets.map((t) => t.values)).toEqual([
      ["I 目標", "1 施策", "1 講座", "総務課", "A", "講座を開いた。", "備考1"],
      ["I 目標", "1 施策", "1 講座", "企画課", "B", "講座を開いた。", "備考1"],
      ["I 目標", "1 施策", "1 講座", "財政課", "C", "講座を開いた。", null],
      ["I 目標", "1 施策", "2 相談", "財政課", 3, null, null],
      ["I 目標", "1 施策", "2 相談", "人権課", 3, null, null],
      ["I 目標", "1 施策", "2 相談", "総務課", null, null, null],
    ]);
    expect(table.targets.every((t) => t.headings.length === 0)).toBe(true);
  });
});

test("headings above the header go with every entry under them; the table starts at its header's first column", () => {
  const s: SheetSnapshot = {
    name: "一覧",
    top: 0,
    left: 0,
    values: [
      ["基本目標1 意識づくり"],
      ["施策1 啓発"],
      [null, "取組項目", "担当課", "達成度", "取組状況"],
      [null, "1 講座", "総務課", "A", "x"],
    ],
    merges: ["A1:E1", "A2:E2"].map(range),
  };
  const table = tableOf(s)!;
  expect(table).toMatchObject({ left: 1, width: 4, headerTop: 2, headerBottom: 2 });
  expect([...table.headingRows]).toEqual([0, 1]);
  expect(table.targets.map((t) => [t.values, t.headings])).toEqual([
    [
      ["1 講座", "総務課", "A", "x"],
      [
        { level: "goal", block: 0, text: "基本目標1 意識づくり" },
        { level: "measure", block: 0, text: "施策1 啓発" },
      ],
    ],
  ]);
});

test("a header on two rows ends on its second", () => {
  const s: SheetSnapshot = {
    name: "一覧",
    top: 0,
    left: 0,
    values: [
      ["基本目標", "施策", "取組項目", "担当課", "令和5年度", null],
      [null, null, null, null, "取組内容", "評価"],
      ["I 目標", "1 施策", "1 講座", "総務課", "報告", "A"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1"].map(range),
  };
  expect(tableOf(s)).toMatchObject({ headerTop: 0, headerBottom: 1, width: 6 });
});

test("no table where no header was found", () => {
  const s: SheetSnapshot = { name: "メモ", top: 0, left: 0, values: [["連絡事項"]], merges: [] };
  expect(tableOf(s)).toBeNull();
});

test("each row's own narrative when departments write one each; entries of a second sheet read from that sheet", () => {
  const header = ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"];
  const a = sheet(
    [
      ["I 目標", "1 施策", "1 講座", "総務課", "A", "総務課の報告"],
      [null, null, null, "企画課", "B", "企画課の報告"],
    ],
    { name: "目標1", header }
  );
  const b = sheet([["II 目標", "2 施策", "2 相談", "財政課", "C", "財政課の報告"]], {
    name: "目標2",
    header,
  });
  const table = planTable({ sheets: [a, b], result: validateWorkbook([a, b]) })!;
  expect(
    table.targets.map((t) => [t.sheet, t.ratingCell, t.narrative, t.values.slice(0, 3)])
  ).toEqual([
    ["目標1", "E9", "総務課の報告", ["I 目標", "1 施策", "1 講座"]],
    ["目標1", "E10", "企画課の報告", ["I 目標", "1 施策", "1 講座"]],
    ["目標2", "E9", "財政課の報告", ["II 目標", "2 施策", "2 相談"]],
  ]);
});

test("without a narrative column an entry has no narrative cell; spaces in a department's narrative cell are no narrative of its own; a department cell's separator is read past its spaces", () => {
  const noNarrative = sheet([["I 目標", "1 施策", "1 講座", "総務課", "A"]], {
    name: "一覧",
    header: ["基本目標", "施策", "取組項目", "担当課", "達成度"],
  });
  expect(tableOf(noNarrative)!.targets.map((t) => [t.narrativeCell, t.narrative])).toEqual([
    ["", ""],
  ]);
  const spaced = sheet(
    [
      ["I 目標", "1 施策", "1 講座", " 総務課・企画課", "A・B", "講座を開いた。"],
      [null, null, null, "財政課", "C", "  "],
    ],
    { name: "一覧" }
  );
  expect(
    tableOf(spaced, ["総務課", "企画課"])!.targets.map((t) => [
      t.entry.department,
      t.departmentSeparator,
      t.narrative,
    ])
  ).toEqual([
    ["総務課", "・", "講座を開いた。"],
    ["企画課", "・", "講座を開いた。"],
    ["財政課", "", "講座を開いた。"],
  ]);
});
