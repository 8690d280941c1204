import { validateSheet } from "../../src/core/validate";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { sheet } from "../helpers/sheet";

/* What validateSheet gives for one sheet: the header and legend it found, counts, findings in order, the summary. */

const REPORT = "講座を開いた。";

test("a plan: header rows 1-based and columns as letters, the legend's codes, counts, and a summary", () => {
  const r = validateSheet(
    sheet([
      ["I 目標", "1 施策", "1 講座", "総務課", "B", REPORT],
      [null, null, "2 相談", "企画課", "C", "相談を受けた。"],
      [null, "2 施策", "3 広報", "財政課", "", "広報した。"],
    ])
  );
  expect(r.sheet).toBe("Sheet1");
  expect(r.sheets).toEqual(["Sheet1"]);
  expect(r.header).toEqual({
    rows: [8],
    columns: {
      goal: "A",
      measure: "B",
      item: "C",
      department: "D",
      rating: "E",
      narrative: "F",
    },
  });
  // The seed's legend: A and B are achieved; its first code stands on A4.
  expect(r.scale).toEqual({
    codes: ["A", "B", "C", "D"],
    notEvaluable: [],
    achieved: ["A", "B"],
    source: "A4",
    sourceSheet: "Sheet1",
  });
  expect(r.counts).toEqual({ goals: 1, measures: 2, items: 3, entries: 3 });
  expect(r.summary?.total).toMatchObject({ entries: 3, items: 3, unrated: 1 });
  expect(r.summary?.total.achievementRate).toBeCloseTo(1 / 2);
  expect(r.plan?.items.map((i) => i.title)).toEqual(["講座", "相談", "広報"]);
  expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
    ["rating-missing", "Sheet1", "E11"],
  ]);
});

test("findings: errors, then warnings, then notes; within each, row by row and left to right", () => {
  // No legend: the header is on row 3, data from row 4.
  const r = validateSheet(
    sheet(
      [
        ["I 目標", "1 施策", "1 講座", "総務課", "B", REPORT],
        [null, null, "3 相談", "企画課", "B", null],
        [null, null, "4 広報", "財政課", "E", "広報した。"],
        [null, null, "5 研修", "人事課", "Ｂ", "研修を開いた。"],
      ],
      { legend: null }
    )
  );
  expect(r.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
    ["narrative-missing", "error", "F5"],
    ["rating-invalid", "error", "E6"],
    ["numbering-gap", "warning", "C5"],
    ["rating-unnormalized", "warning", "E7"],
    ["scale-default", "info", "E3"],
  ]);
});

test("a sheet with no header: header-not-found at its first cell, nothing read, empty or not", () => {
  const cover: SheetSnapshot = {
    name: "表紙",
    top: 2,
    left: 1,
    values: [["令和5年度 達成状況"]],
    merges: [],
  };
  expect(validateSheet(cover)).toEqual({
    sheet: "表紙",
    sheets: ["表紙"],
    header: null,
    scale: { codes: [], notEvaluable: [], achieved: [], source: null, sourceSheet: null },
    counts: { goals: 0, measures: 0, items: 0, entries: 0 },
    issues: [
      {
        code: "header-not-found",
        severity: "error",
        sheet: "表紙",
        cell: "B3",
        args: { empty: 0 },
      },
    ],
    summary: null,
    plan: null,
  });
  const blank = validateSheet({ name: "空", top: 0, left: 0, values: [[null, ""]], merges: [] });
  expect(blank.issues.map((i) => [i.cell, i.args])).toEqual([["A1", { empty: 1 }]]);
  // One cell holding text, beside a blank one and above a blank row, is not empty.
  const note = validateSheet({
    name: "メモ",
    top: 0,
    left: 0,
    values: [[null, "メモ"], [null]],
    merges: [],
  });
  expect(note.issues.map((i) => [i.cell, i.args])).toEqual([["A1", { empty: 0 }]]);
});

test("no legend anywhere: the default A–D, with no source, and scale-default says so", () => {
  const r = validateSheet(
    sheet([["I 目標", "1 施策", "1 講座", "総務課", "B", REPORT]], { legend: null })
  );
  expect(r.scale).toEqual({
    codes: ["A", "B", "C", "D"],
    notEvaluable: [],
    achieved: ["A", "B"],
    source: null,
    sourceSheet: null,
  });
  expect(r.header?.rows).toEqual([3]);
  expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["scale-default", "E3"]]);
});

test("a legend on a sheet of its own: its codes, its sheet named; the plan's own sheet among the others is not read again", () => {
  const legend: SheetSnapshot = {
    name: "凡例",
    top: 0,
    left: 0,
    values: [
      ["区分", "達成度"],
      ["S", "計画以上"],
      ["A", "計画どおり"],
      ["B", "遅れ"],
      ["-", "評価対象外"],
    ],
    merges: [],
  };
  const plan = sheet([["I 目標", "1 施策", "1 講座", "総務課", "S", REPORT]], {
    legend: null,
    name: "一覧",
  });
  const r = validateSheet(plan, { otherSheets: [plan, legend] });
  expect(r.scale).toEqual({
    codes: ["S", "A", "B", "-"],
    notEvaluable: ["-"],
    achieved: ["S", "A"],
    source: "A2",
    sourceSheet: "凡例",
  });
  expect(r.issues.map((i) => [i.code, i.cell, i.args])).toEqual([
    ["scale-source", "E3", { where: "凡例!A2", codes: "S, A, B, -" }],
  ]);
});

test("ratings of several years: the year asked for is read, and the header says which and why", () => {
  const r = validateSheet(
    sheet([["I 目標", "1 施策", "1 講座", "総務課", "C", "A", REPORT]], {
      header: [
        "基本目標",
        "施策",
        "取組項目",
        "担当課",
        "令和4年度達成度",
        "令和5年度達成度",
        "取組状況",
      ],
    }),
    { year: 2022 }
  );
  expect(r.header?.columns.rating).toBe("E");
  expect(r.header?.year).toEqual({
    year: 2022,
    label: "令和4年度達成度",
    reason: "asked",
    columns: [
      { year: 2022, label: "令和4年度達成度", column: "E" },
      { year: 2023, label: "令和5年度達成度", column: "F" },
    ],
  });
  expect(r.plan?.entries.map((e) => e.rating)).toEqual(["C"]);
  expect(r.header?.rating).toBeUndefined();
});

test("two rating columns, the department's and the council's: the department's own is read, the header says so", () => {
  const r = validateSheet(
    sheet([["I 目標", "1 施策", "1 講座", "総務課", "A", "C", REPORT]], {
      header: ["基本目標", "施策", "取組項目", "担当課", "審議会評価", "担当課評価", "取組状況"],
    })
  );
  expect(r.header?.columns.rating).toBe("F");
  expect(r.header?.rating).toEqual({
    column: "F",
    reason: "evaluator",
    columns: [
      { column: "E", label: "審議会評価", evaluator: "outside", matched: 1, filled: 1 },
      { column: "F", label: "担当課評価", evaluator: "own", matched: 1, filled: 1 },
    ],
  });
  expect(r.plan?.entries.map((e) => e.rating)).toEqual(["C"]);
  expect(r.header?.year).toBeUndefined();
  expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["rating-column", "F8"]]);
});

test("the department list is read with the plan: a name not on it is reported", () => {
  const r = validateSheet(sheet([["I 目標", "1 施策", "1 講座", "総務科", "B", REPORT]]), {
    departments: ["総務課", "企画課"],
  });
  expect(r.issues.map((i) => [i.code, i.cell, i.args])).toEqual([
    ["department-unknown", "D9", { department: "総務科", suggestion: "総務課" }],
  ]);
});

test("names of the department list joined with ・ in one cell are two departments", () => {
  const rows = [["I 目標", "1 施策", "1 講座", "総務課・企画課", "B", REPORT]];
  expect(validateSheet(sheet(rows)).plan?.entries.map((e) => e.department)).toEqual([
    "総務課・企画課",
  ]);
  const r = validateSheet(sheet(rows), { departments: ["総務課", "企画課"] });
  expect(r.plan?.entries.map((e) => [e.department, e.rating])).toEqual([
    ["総務課", "B"],
    ["企画課", "B"],
  ]);
  expect(r.counts.entries).toBe(2);
});

test("two findings of one severity on one cell keep the rules' order", () => {
  const r = validateSheet(
    sheet([
      ["I 目標", "1 施策", "1 講座", "総務課", "B", REPORT],
      [null, null, null, "総務課", "A", null],
    ]),
    { departments: ["企画課"] }
  );
  expect(r.issues.map((i) => [i.code, i.cell])).toEqual([
    ["department-unknown", "D9"],
    ["department-duplicate", "D10"],
    ["department-unknown", "D10"],
  ]);
});

test("the user's own column mapping reads a sheet whose header words are not found", () => {
  const s: SheetSnapshot = {
    name: "独自",
    top: 0,
    left: 0,
    values: [
      ["欄1", "欄2", "欄3", "欄4"],
      ["1 講座", "総務課", "B", REPORT],
    ],
    merges: [],
  };
  expect(validateSheet(s).header).toBeNull();
  const r = validateSheet(s, {
    columns: { row: 0, columns: { item: 0, department: 1, rating: 2, narrative: 3 } },
  });
  expect(r.header?.columns).toEqual({ item: "A", department: "B", rating: "C", narrative: "D" });
  expect(r.counts).toEqual({ goals: 0, measures: 0, items: 1, entries: 1 });
});
