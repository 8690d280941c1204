import { validateWorkbook } from "../../src/core/validate";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { sheet } from "../helpers/sheet";

/* A plan split over several sheets (one per goal, the same header), checked and summarized as one. */

const cover: SheetSnapshot = {
  name: "表紙",
  top: 0,
  left: 0,
  values: [["令和5年度 達成状況"]],
  merges: [],
};
const goal1 = sheet(
  [
    ["I 目標一", "1 施策一", "1 講座", "総務課", "B", "講座を年三回開いた。"],
    [null, null, "2 相談", "企画課", "E", "相談窓口を開設した。"],
  ],
  { name: "目標1" }
);
const goal2 = (rows: (string | null)[][]) => sheet(rows, { name: "目標2" });

test("sheets of one plan are read together: their names, counts and summary over all of them", () => {
  const r = validateWorkbook([
    cover,
    goal1,
    goal2([["II 目標二", "1 施策一", "3 広報", "財政課", "C", "広報紙を発行した。"]]),
  ]);
  expect(r.sheet).toBe("目標1");
  expect(r.sheets).toEqual(["目標1", "目標2"]);
  expect(r.counts).toEqual({ goals: 2, measures: 2, items: 3, entries: 3 });
  expect(r.summary?.total).toMatchObject({ entries: 3, items: 3 });
  expect(r.plan?.items.map((i) => i.cell)).toEqual(["目標1!C9", "目標1!C10", "目標2!C9"]);
  // Numbering runs on across the sheets: item 3 after item 2 is no gap.
  expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
    ["rating-invalid", "目標1", "E10"],
  ]);
});

test("findings across the sheets name their own sheet; errors first, then by sheet", () => {
  const r = validateWorkbook([
    goal1,
    goal2([
      ["II 目標二", "1 施策一", "3 広報", "財政課", "C", "広報紙を発行した。"],
      [null, null, "4 研修", "人事課", "X", "講座を年三回開いた。"],
    ]),
    sheet(
      [
        ["III 目標三", "1 施策一", "5 調査", "総務課", "Ｃ", "調査した。"],
        [null, null, "6 点検", "総務課", "Ａ", "点検した。"],
      ],
      { name: "目標3" }
    ),
  ]);
  expect(r.issues.map((i) => [i.code, i.sheet, i.cell, i.related])).toEqual([
    ["rating-invalid", "目標1", "E10", undefined],
    ["rating-invalid", "目標2", "E10", undefined],
    ["narrative-duplicate", "目標2", "F10", ["目標1!F9"]],
    ["rating-unnormalized", "目標3", "E9", undefined],
    ["rating-unnormalized", "目標3", "E10", undefined],
  ]);
});

test("numbering runs on across the sheets: a gap is found where the next sheet goes on", () => {
  const r = validateWorkbook([
    goal1,
    goal2([["II 目標二", "1 施策一", "4 広報", "財政課", "C", "広報紙を発行した。"]]),
  ]);
  expect(r.issues.filter((i) => i.code === "numbering-gap")).toMatchObject([
    { sheet: "目標2", cell: "C9", args: { before: "2", number: "4", missing: "3" } },
  ]);
});

test("a duplicate on the same sheet names its cell plainly", () => {
  const r = validateWorkbook([
    goal1,
    goal2([
      ["II 目標二", "1 施策一", "3 広報", "財政課", "C", "広報紙を年四回発行した。"],
      [null, null, "4 研修", "人事課", "C", "広報紙を年四回発行した。"],
    ]),
  ]);
  expect(
    r.issues
      .filter((i) => i.code === "narrative-duplicate")
      .map((i) => [i.sheet, i.cell, i.related])
  ).toEqual([["目標2", "F10", ["F9"]]]);
});

test("only the rules asked for, across the sheets too; no summary when not asked", () => {
  const sheets = [
    goal1,
    goal2([["II 目標二", "1 施策一", "4 広報", "財政課", "C", "講座を年三回開いた。"]]),
  ];
  const r = validateWorkbook(sheets, { rules: new Set(["rating-invalid"]), summary: false });
  expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
    ["rating-invalid", "目標1", "E10"],
  ]);
  expect(r.summary).toBeNull();
  const gaps = validateWorkbook(sheets, { rules: new Set(["numbering-gap"]) });
  expect(gaps.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
    ["numbering-gap", "目標2", "C9"],
  ]);
});

test("a sheet of another layout is not part of the plan: other columns, or other rating codes", () => {
  const other = sheet([["1", "II 目標二", "1 施策一", "3 広報", "財政課", "B", "広報した。"]], {
    name: "集計",
    header: ["No.", "基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
  });
  const otherCodes = sheet([["II 目標二", "1 施策一", "3 広報", "財政課", "S", "広報した。"]], {
    name: "別表",
    legend: [
      ["区分", "達成度"],
      ["S", "計画以上"],
      ["A", "計画どおり"],
    ],
  });
  expect(validateWorkbook([other]).header?.columns.item).toBe("D");
  const r = validateWorkbook([goal1, other, otherCodes]);
  expect(r.sheets).toEqual(["目標1"]);
  expect(r.counts.items).toBe(2);
});

test("one sheet of the plan: its own result; no plan at all: the first sheet's", () => {
  const one = validateWorkbook([cover, goal1]);
  expect(one.sheets).toEqual(["目標1"]);
  // Its cells as on one sheet, without the sheet's name.
  expect(one.plan?.items.map((i) => i.cell)).toEqual(["C9", "C10"]);
  expect(one.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
    ["rating-invalid", "目標1", "E10"],
  ]);
  const none = validateWorkbook([cover, { ...cover, name: "表紙2" }]);
  expect(none.sheet).toBe("表紙");
  expect(none.issues.map((i) => [i.code, i.sheet])).toEqual([["header-not-found", "表紙"]]);
});

test("a legend on a sheet of its own serves every sheet of the plan", () => {
  const legend: SheetSnapshot = {
    name: "凡例",
    top: 0,
    left: 0,
    values: [
      ["区分", "達成度"],
      ["S", "計画以上"],
      ["A", "計画どおり"],
      ["B", "遅れ"],
    ],
    merges: [],
  };
  const part = (name: string, item: string) =>
    sheet([["I 目標一", "1 施策一", item, "総務課", "S", "講座を年三回開いた。"]], {
      name,
      legend: null,
    });
  const r = validateWorkbook([part("その1", "1 講座"), part("その2", "2 相談"), legend]);
  expect(r.sheets).toEqual(["その1", "その2"]);
  expect(r.scale.codes).toEqual(["S", "A", "B"]);
  expect(r.plan?.entries.map((e) => [e.rating, e.state])).toEqual([
    ["S", "valid"],
    ["S", "valid"],
  ]);
});

test("within a sheet, a finding run across the sheets stands in row order among the sheet's own", () => {
  const r = validateWorkbook([
    sheet(
      [
        ["I 目標一", "1 施策一", "1 講座", "総務課", "B", "講座を年三回開いた。"],
        [null, null, "2 相談", "企画課", "B", "相談窓口を開設した。"],
      ],
      { name: "目標1" }
    ),
    goal2([
      ["II 目標二", "1 施策一", "4 広報", "財政課", "B", "広報紙を発行した。"],
      [null, null, "5 研修", "人事課", "Ｃ", "研修会を開催した。"],
    ]),
  ]);
  // Item 3 is missing before 広報 (row 9); 研修's rating is written full-width (row 10).
  expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
    ["numbering-gap", "目標2", "C9"],
    ["rating-unnormalized", "目標2", "E10"],
  ]);
});
