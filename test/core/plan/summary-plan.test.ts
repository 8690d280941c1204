import {
  buildSummaryPlan,
  headerText,
  type PlannedSheet,
  type SummaryPlanOptions,
  type WorkbookPlan,
} from "../../../src/core/plan/summary-plan";
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { type ValidationResult, validateSheet, validateWorkbook } from "../../../src/core/validate";
import { SEED_HEADER, SEED_LEGEND, sheet } from "../../helpers/sheet";
import { LONG_TITLE, SECTION_DEPARTMENT_TABLE, SECTION_GOAL_TABLE } from "./fixtures";
import { TABLE_REF, evaluate, evaluated, expectKeyedFormulas, round, sheetOf } from "./formulas";

/*
 * The summary sheets of small plans written out by hand, so that a mutation run stays short: the
 * whole sample's summaries (128 entries) are checked in summary-plan-sample.test.ts. Each test
 * reads its sheet itself: Stryker switches a mutant on per test.
 */

/** The seed's legend with a not-evaluable code (－) after D. */
const LEGEND: [string, string][] = [...SEED_LEGEND, ["－", "評価対象外"]];

/**
 * A city's sheet "R5達成状況", title 達成状況一覧 (data from row 10):
 * goal Ⅰ: item 1 総務課 A; item 2 総務課 B and 企画課 C in one cell, then 総務課 again (Ａ, full
 * width); item 3 企画課 unrated, no narrative. Goal Ⅱ: item 4 no department, －; item 5
 * 危機管理課 D and 総務課 「済」 (no code).
 */
const CITY: CellValue[][] = [
  ["Ⅰ 意識づくり", "1 啓発の推進", "1 講座の開催", "総務課", "A", "講座を開いた。"],
  [null, null, "2 冊子の配布", "総務課\n企画課", "B\nC", "冊子を配った。"],
  [null, null, null, "総務課", "Ａ", null],
  [null, "2 相談の充実", "3 相談窓口", "企画課", "", ""],
  ["Ⅱ 安心のまち", "1 防災", "4 訓練", "", "－", "訓練は中止した。"],
  [null, null, "5 備蓄", "危機管理課", "D", "備蓄を見直した。"],
  [null, null, null, "総務課", "済", null],
];

const read = (snapshot: SheetSnapshot) => validateSheet(snapshot);
const cityRead = () => read({ ...sheet(CITY, { legend: LEGEND }), name: "R5達成状況" });
const build = (r: ValidationResult, o: Partial<SummaryPlanOptions> = {}) =>
  buildSummaryPlan(r.plan!, r.summary!, { lang: "ja", date: "2026-11-26", ...o });
const city = (o: Partial<SummaryPlanOptions> = {}) => build(cityRead(), o);

const at = (s: PlannedSheet, row: number, col: number) =>
  s.cells.find((c) => c.row === row && c.col === col);

/** Rows of a sheet from `from` down, each cell's value as planned (what the file carries before recalculation). */
function values(s: PlannedSheet, from = 0): unknown[][] {
  const rows: unknown[][] = [];
  for (const c of s.cells) if (c.row >= from) (rows[c.row - from] ??= [])[c.col] = c.value;
  return rows;
}

/** Every formula of the goal and department sheets gives the value its cell carries. */
function expectFormulasAgree(plan: WorkbookPlan) {
  for (const kind of ["goal", "department"] as const) {
    const s = sheetOf(plan, kind);
    for (const c of s.cells.filter((x) => x.formula))
      expect([kind, c.row, c.col, round(evaluate(plan, s, c.formula!))]).toEqual([
        kind,
        c.row,
        c.col,
        round(c.value ?? ""),
      ]);
  }
}

describe("the goal sheet", () => {
  test("a row per goal and a total: entries, items, each code, not evaluable, unrated and the rate", () => {
    const goal = sheetOf(city(), "goal");
    // Worked out from CITY by hand. Ⅰ: 5 entries on 3 items, A twice (Ａ is A), one unrated → 3 of 4.
    // Ⅱ: 3 entries, 2 items, D, － (not evaluable) and 「済」 (unrated) → 0 of 1.
    expect(values(goal, 3)).toEqual([
      [
        "基本目標",
        "名称",
        "評価数",
        "項目数",
        "A",
        "B",
        "C",
        "D",
        "－",
        "評価対象外",
        "未評価",
        "達成率",
      ],
      ["Ⅰ", "意識づくり", 5, 3, 2, 1, 1, 0, 0, 0, 1, 0.75],
      ["Ⅱ", "安心のまち", 3, 2, 0, 0, 0, 1, 1, 1, 1, 0],
      ["合計", "", 8, 5, 2, 1, 1, 1, 1, 1, 2, 0.6],
    ]);
  });

  test("the formulas count the data table's keys and flags, and the header's rating code", () => {
    const goal = sheetOf(city(), "goal");
    const formulas = (row: number) => goal.cells.filter((c) => c.row === row).map((c) => c.formula);
    expect(formulas(4)).toEqual([
      undefined,
      undefined,
      "=COUNTIFS(AchvData[目標キー],1)",
      "=SUMIFS(AchvData[項目初出],AchvData[目標キー],1)",
      '=COUNTIFS(AchvData[目標キー],1,AchvData[達成度],"="&E$4)',
      '=COUNTIFS(AchvData[目標キー],1,AchvData[達成度],"="&F$4)',
      '=COUNTIFS(AchvData[目標キー],1,AchvData[達成度],"="&G$4)',
      '=COUNTIFS(AchvData[目標キー],1,AchvData[達成度],"="&H$4)',
      '=COUNTIFS(AchvData[目標キー],1,AchvData[達成度],"="&I$4)',
      // Not evaluable: the － column; unrated: entries less every code; the rate: A and B over the rated.
      "=I5",
      "=C5-SUM(E5:I5)",
      '=IF((C5-K5-J5)=0,"",(E5+F5)/(C5-K5-J5))',
    ]);
    expect(formulas(5)[2]).toBe("=COUNTIFS(AchvData[目標キー],2)");
    // The total counts every data row: no key.
    expect(formulas(6)).toEqual([
      undefined,
      undefined,
      "=COUNT(AchvData[目標キー])",
      "=SUM(AchvData[項目初出])",
      '=COUNTIFS(AchvData[達成度],"="&E$4)',
      '=COUNTIFS(AchvData[達成度],"="&F$4)',
      '=COUNTIFS(AchvData[達成度],"="&G$4)',
      '=COUNTIFS(AchvData[達成度],"="&H$4)',
      '=COUNTIFS(AchvData[達成度],"="&I$4)',
      "=I7",
      "=C7-SUM(E7:I7)",
      '=IF((C7-K7-J7)=0,"",(E7+F7)/(C7-K7-J7))',
    ]);
  });

  test("the header is bold and filled; the total row bold, the goal rows not", () => {
    const goal = sheetOf(city(), "goal");
    const row = (r: number) => goal.cells.filter((c) => c.row === r);
    expect(row(3).map((c) => [c.bold, c.fill])).toEqual(Array(12).fill([true, "#D9E1F2"]));
    expect(row(4).map((c) => c.bold)).toEqual(Array(12).fill(false));
    expect(row(6).map((c) => c.bold)).toEqual(Array(12).fill(true));
    // The two title lines: the plan's name in bold, what the table is in plain text.
    expect([at(goal, 0, 0)!.bold, at(goal, 1, 0)!.bold]).toEqual([true, undefined]);
  });

  test("counts show thousands separators and rates a percentage, on every row and the total", () => {
    for (const kind of ["goal", "department"] as const) {
      const s = sheetOf(city(), kind);
      const lead = kind === "goal" ? 2 : 1;
      const rows = kind === "goal" ? 3 : 5;
      for (let row = 4; row < 4 + rows; row++)
        expect(s.cells.filter((c) => c.row === row).map((c) => c.numberFormat ?? "")).toEqual([
          ...Array(lead).fill(""),
          ...Array(9).fill("#,##0"),
          "0.0%",
        ]);
    }
  });
});

describe("the department sheet", () => {
  test("no title column: the department, then the counts; a row with no department is （担当課なし）", () => {
    const department = sheetOf(city(), "department");
    // Departments by entries (総務課 4, 企画課 2), then by name. 総務課 names item 2 twice: 3 items.
    expect(values(department, 3)).toEqual([
      ["担当課", "評価数", "項目数", "A", "B", "C", "D", "－", "評価対象外", "未評価", "達成率"],
      ["総務課", 4, 3, 2, 1, 0, 0, 0, 0, 1, 1],
      ["企画課", 2, 2, 0, 0, 1, 0, 0, 0, 1, 0],
      ["（担当課なし）", 1, 1, 0, 0, 0, 0, 1, 1, 0, null],
      ["危機管理課", 1, 1, 0, 0, 0, 1, 0, 0, 0, 0],
      ["合計", 8, 5, 2, 1, 1, 1, 1, 1, 2, 0.6],
    ]);
  });

  test("a department's items are its own first rows of an item; the total's items are each item's first row", () => {
    const department = sheetOf(city(), "department");
    expect(at(department, 4, 1)!.formula).toBe("=COUNTIFS(AchvData[担当課キー],1)");
    expect(at(department, 4, 2)!.formula).toBe(
      "=SUMIFS(AchvData[担当課内項目初出],AchvData[担当課キー],1)"
    );
    expect(at(department, 5, 3)!.formula).toBe(
      '=COUNTIFS(AchvData[担当課キー],2,AchvData[達成度],"="&D$4)'
    );
    expect(at(department, 8, 2)!.formula).toBe("=SUM(AchvData[項目初出])");
    expect(at(department, 8, 1)!.formula).toBe("=COUNT(AchvData[担当課キー])");
  });

  test("every formula gives the value its cell carries, in Japanese and in English", () => {
    expectFormulasAgree(city());
    expectFormulasAgree(city({ lang: "en" }));
    // Item 2 is rated by 総務課 and 企画課: one item in each department, one in the total.
    const plan = city();
    expect(evaluated(plan, sheetOf(plan, "department")).map((r) => r.slice(0, 3))).toEqual([
      ["担当課", "評価数", "項目数"],
      ["総務課", 4, 3],
      ["企画課", 2, 2],
      ["（担当課なし）", 1, 1],
      ["危機管理課", 1, 1],
      ["合計", 8, 5],
    ]);
  });
});

describe("the data table", () => {
  test("one row per entry: the labels as written, department, rating, narrative, source cell, keys and first-row flags", () => {
    const data = sheetOf(city(), "data");
    const I = ["Ⅰ", "意識づくり", 1, "啓発の推進"];
    const II = ["Ⅱ", "安心のまち", 1, "防災"];
    expect(values(data)).toEqual([
      [
        "基本目標",
        "基本目標名",
        "施策",
        "施策名",
        "取組項目",
        "取組項目名",
        "担当課",
        "達成度",
        "取組状況の記入",
        "元のセル",
        "目標キー",
        "担当課キー",
        "項目初出",
        "担当課内項目初出",
      ],
      [...I, 1, "講座の開催", "総務課", "A", "あり", "R5達成状況!E10", 1, 1, 1, 1],
      [...I, 2, "冊子の配布", "総務課", "B", "あり", "R5達成状況!E11", 1, 1, 1, 1],
      // The same item again: not its first row, but 企画課's first row of it.
      [...I, 2, "冊子の配布", "企画課", "C", "あり", "R5達成状況!E11", 1, 2, 0, 1],
      // 総務課 a second time on item 2: neither flag. Ａ is the code A.
      [...I, 2, "冊子の配布", "総務課", "A", "あり", "R5達成状況!E12", 1, 1, 0, 0],
      // Unrated: a blank cell, not ""; no narrative.
      [
        "Ⅰ",
        "意識づくり",
        2,
        "相談の充実",
        3,
        "相談窓口",
        "企画課",
        null,
        "なし",
        "R5達成状況!E13",
        1,
        2,
        1,
        1,
      ],
      [...II, 4, "訓練", "（担当課なし）", "－", "あり", "R5達成状況!E14", 2, 3, 1, 1],
      [...II, 5, "備蓄", "危機管理課", "D", "あり", "R5達成状況!E15", 2, 4, 1, 1],
      // A rating that is no code is shown as written.
      [...II, 5, "備蓄", "総務課", "済", "あり", "R5達成状況!E16", 2, 1, 0, 1],
    ]);
    expect(data.cells.filter((c) => c.row === 0).every((c) => c.bold)).toBe(true);
    expect(data.cells.filter((c) => c.formula)).toEqual([]);
  });

  test("the table spans the header and every entry; English column names in English", () => {
    const data = sheetOf(city({ lang: "en" }), "data");
    expect(data.name).toBe("Achievement data");
    expect(data.table).toEqual({
      name: "AchvData",
      top: 0,
      left: 0,
      bottom: 8,
      right: 13,
      columns: [
        "Goal",
        "Goal title",
        "Measure",
        "Measure title",
        "Item",
        "Item title",
        "Department",
        "Rating",
        "Narrative written",
        "Source cell",
        "Goal key",
        "Department key",
        "First of item",
        "First of item in department",
      ],
    });
    expect([at(data, 3, 8)!.value, at(data, 5, 8)!.value, at(data, 6, 6)!.value]).toEqual([
      "yes",
      "no",
      "(no department)",
    ]);
  });

  test("with no rating column, the source cell is the department's", () => {
    const r = read(
      sheet([["1 目標", "1 施策", "1 項目", "企画課", "した。"]], {
        header: ["基本目標", "施策", "取組項目", "担当課", "取組状況"],
      })
    );
    expect(at(sheetOf(build(r), "data"), 1, 9)!.value).toBe("Sheet1!D9");
  });
});

describe("sheets, markers, PivotTables and charts", () => {
  test("three sheets by default, each with its name and marker; the title merged across the table", () => {
    const plan = city();
    expect(plan.sheets.map((s) => [s.kind, s.name, s.marker, s.merges])).toEqual([
      ["data", "達成状況データ", "ACHV_SUMMARY_DATA", []],
      ["goal", "基本目標別集計", "ACHV_SUMMARY_GOAL", [{ top: 0, left: 0, bottom: 0, right: 11 }]],
      [
        "department",
        "担当課別集計",
        "ACHV_SUMMARY_DEPARTMENT",
        [{ top: 0, left: 0, bottom: 0, right: 10 }],
      ],
    ]);
    expect(city({ lang: "en" }).sheets.map((s) => s.name)).toEqual([
      "Achievement data",
      "By goal",
      "By department",
    ]);
  });

  test("only the sheets asked for; the data sheet always", () => {
    expect(city({ kinds: ["goal"] }).sheets.map((s) => s.kind)).toEqual(["data", "goal"]);
    expect(city({ kinds: ["department"] }).sheets.map((s) => s.kind)).toEqual([
      "data",
      "department",
    ]);
    expect(city({ kinds: [] }).sheets.map((s) => s.kind)).toEqual(["data"]);
  });

  test("a PivotTable of items by rating below the chart, and a chart of the code columns without the total", () => {
    const plan = city();
    // Goal table: header on row 4, goals on 5–6, the total on 7; the chart from row 9 to 21 (12 rows),
    // the PivotTable 3 rows below it.
    expect(sheetOf(plan, "goal").pivot).toEqual({
      name: "AchvData_Goal",
      sourceTable: "AchvData",
      rows: "基本目標",
      columns: "達成度",
      values: "取組項目",
      anchor: "A24",
    });
    expect(sheetOf(plan, "goal").chart).toEqual({
      title: "基本目標別集計の達成度",
      values: "E4:I6",
      categories: "A5:A6",
      from: "A9",
      to: "L21",
    });
    expect(sheetOf(plan, "department").pivot).toEqual({
      name: "AchvData_Department",
      sourceTable: "AchvData",
      rows: "担当課",
      columns: "達成度",
      values: "取組項目",
      anchor: "A26",
    });
    expect(sheetOf(plan, "department").chart).toEqual({
      title: "担当課別集計の達成度",
      values: "D4:H8",
      categories: "A5:A8",
      from: "A11",
      to: "K23",
    });
    expect(sheetOf(city({ lang: "en" }), "department").chart!.title).toBe("Ratings by department");
  });

  test("a chart over many departments grows two rows for each, and the PivotTable moves down with it", () => {
    const departments = ["総務課", "企画課", "財政課", "人事課", "税務課", "市民課", "福祉課"];
    const r = read(
      sheet(
        departments.map((d, i) => [
          i === 0 ? "1 目標" : null,
          i === 0 ? "1 施策" : null,
          `${i + 1} 項目`,
          d,
          "A",
          "した。",
        ])
      )
    );
    const department = sheetOf(build(r), "department");
    // 7 departments on rows 5–11, the total on 12: the chart from 14 to 14 + 14, the PivotTable at 31.
    expect(department.chart).toMatchObject({ from: "A14", to: "J28", categories: "A5:A11" });
    expect(department.pivot!.anchor).toBe("A31");
  });

  test("another table name (a user's table holds AchvData) is used by every formula and the PivotTables", () => {
    const plan = city({ tableName: "AchvData2" });
    expect(sheetOf(plan, "data").table!.name).toBe("AchvData2");
    const goal = sheetOf(plan, "goal");
    expect(goal.pivot).toMatchObject({ name: "AchvData2_Goal", sourceTable: "AchvData2" });
    expect(sheetOf(plan, "department").pivot).toMatchObject({
      name: "AchvData2_Department",
      sourceTable: "AchvData2",
    });
    expect(at(goal, 4, 3)!.formula).toBe("=SUMIFS(AchvData2[項目初出],AchvData2[目標キー],1)");
    expectFormulasAgree(plan);
  });
});

describe("a plan with no entries", () => {
  test("one blank data row; the tables show the total alone, zero, with no rate", () => {
    const plan = build(read(sheet([])));
    const data = sheetOf(plan, "data");
    expect(data.table).toMatchObject({ top: 0, bottom: 1 });
    expect(data.print.area).toEqual({ top: 0, left: 0, bottom: 1, right: 9 });
    expect(data.wrap).toEqual(
      [1, 3, 5, 6].map((col) => ({ top: 1, left: col, bottom: 1, right: col }))
    );
    const goal = sheetOf(plan, "goal");
    expect(values(goal, 4)).toEqual([["合計", "", 0, 0, 0, 0, 0, 0, 0, 0, null]]);
    expect(evaluated(plan, goal)[1].slice(2)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, ""]);
    // The chart still points at a row of the table.
    expect(goal.chart).toMatchObject({ values: "E4:H5", categories: "A5:A5" });
    expect(goal.borders).toEqual([{ top: 3, left: 0, bottom: 4, right: 10 }]);
  });
});

describe("a sheet with no goal or measure column: goals as section rows, an item before any", () => {
  const LEGEND_S: [string, string][] = [
    ["評価", "内容"],
    ["S", "計画を上回って達成"],
    ["A", "計画どおり達成"],
    ["B", "一部未達成"],
    ["C", "未達成"],
    ["－", "評価対象外（事業終了）"],
  ];
  /** The sheet of fixtures.ts's SECTION_ROWS written by hand: the same counts. */
  const sectionPlan = () =>
    build(
      read({
        ...sheet(
          [
            ["1 広報紙による周知", "企画課", "S", "広報紙に毎月掲載した。"],
            [null, "広報課", "－", null],
            [null, "財政課", "－", null],
            ["基本目標1 地域の活力づくり", null, null, null],
            [LONG_TITLE, "企画課", "－", "事業は終了した。"],
            [null, "総務課", "A", null],
            [null, null, "B", null],
            ["2 相談窓口の充実", "企画課", "A", "相談員を1名増やした。"],
            [null, "企画課", null, null],
            ["基本目標2 安心して暮らせるまち", null, null, null],
            ["3 防災訓練への参画", "総務課", "S", "訓練を2回実施した。"],
            [null, "企画課", "C", null],
            ["4 避難所運営の見直し", "総務課", "C", "運営マニュアルを改訂した。"],
            [null, "広報課", null, null],
          ],
          { header: ["取組項目", "担当課", "達成度", "取組状況"], legend: LEGEND_S }
        ),
        name: "R6",
      })
    );

  test("the blank goal is a row of its own, first, counted like any other; no formula gives an error", () => {
    const plan = sectionPlan();
    const data = sheetOf(plan, "data");
    // Blank goal and measure cells; the 310-character title is held whole, with no number.
    expect(values(data)[1].slice(0, 6)).toEqual([null, null, null, null, 1, "広報紙による周知"]);
    expect(values(data)[4].slice(0, 6)).toEqual([
      1,
      "地域の活力づくり",
      null,
      null,
      null,
      LONG_TITLE,
    ]);
    expect(
      evaluated(plan, sheetOf(plan, "goal"))
        .slice(1)
        .map((r) => r.map(round))
    ).toEqual(SECTION_GOAL_TABLE);
    expect(
      evaluated(plan, sheetOf(plan, "department"))
        .slice(1)
        .map((r) => r.map(round))
    ).toEqual(SECTION_DEPARTMENT_TABLE);
    expectFormulasAgree(plan);
  });

  test("the achievement rate leaves the not-evaluable code (－) out: S and A over S, A, B and C", () => {
    const plan = sectionPlan();
    const goal = sheetOf(plan, "goal");
    const rate = (row: number) => round(evaluate(plan, goal, at(goal, row, 11)!.formula!));
    // No goal: S 1 and － 2 → 1 of 1, not 1 of 3. Goal 1: A 2, B 1, － 1, one unrated → 2 of 3, not 2 of 4.
    expect(rate(4)).toBe(1);
    expect(rate(5)).toBe(round(2 / 3));
    expect(rate(7)).toBe(round(4 / 7));
    expect(at(goal, 4, 9)!.formula).toBe("=I5");
    // 財政課 rated only －: no evaluable rating, so no rate (blank), not 0%.
    const dept = sheetOf(plan, "department");
    expect(evaluate(plan, dept, at(dept, 8, 10)!.formula!)).toBe("");
    expect(at(dept, 8, 10)!.value).toBeNull();
  });
});

/** A plan of `n` items over two goals and three departments, each rated once. */
function sized(n: number): WorkbookPlan {
  const rows: CellValue[][] = Array.from({ length: n }, (_, i) => [
    i === 0 ? "1 目標" : i === n / 2 ? "2 目標" : null,
    i === 0 || i === n / 2 ? "1 施策" : null,
    `${i + 1} 項目`,
    ["総務課", "企画課", "財政課"][i % 3],
    "ABCD"[i % 4],
    "した。",
  ]);
  return build(read(sheet(rows)));
}

describe("the shape of the summary formulas", () => {
  test("they match numeric keys and the header's rating code only, never a label, title or narrative, in functions Excel 2016 has", () => {
    const keyed = [
      "AchvData[目標キー]",
      "AchvData[担当課キー]",
      "AchvData[項目初出]",
      "AchvData[担当課内項目初出]",
      "AchvData[達成度]",
    ];
    expectKeyedFormulas([city(), sized(6)], keyed);
  });

  test("recalculation grows linearly: no formula in the data table, and the same table references at 6 and 18 entries", () => {
    const shape = (plan: WorkbookPlan) => {
      expect(sheetOf(plan, "data").cells.filter((c) => c.formula)).toEqual([]);
      const formulas = plan.sheets.flatMap((s) =>
        s.cells.flatMap((c) => (c.formula ? [c.formula] : []))
      );
      // Each reference to a table column is one pass over the entries; their number must not depend on the entries.
      return {
        formulas: formulas.length,
        passes: formulas.reduce((n, f) => n + (f.match(TABLE_REF)?.length ?? 0), 0),
      };
    };
    // Two goals (2 rows and a total), three departments (3 and a total), 4 codes: 9 formulas a row, 7 rows;
    // a keyed row reads 11 columns (2 for each of its 4 codes, 3 for entries and items), a total row 6.
    expect(shape(sized(6))).toEqual({ formulas: 63, passes: 67 });
    expect(shape(sized(18))).toEqual({ formulas: 63, passes: 67 });
  });
});

describe("rating codes that COUNTIFS would read as wildcards", () => {
  test("a legend with * and ? codes: each counts its own entries, not every entry", () => {
    const legend: [string, string][] = [
      ["区分", "内容"],
      ["◎", "計画以上"],
      ["*", "計画どおり"],
      ["?", "やや遅れ"],
      ["△", "遅れ"],
    ];
    const snap = sheet(
      [
        ["I 目標", "1 施策", "1 項目", "総務課", "◎", "講座を開いた。"],
        [null, null, "2 項目", "企画課", "*", "冊子を配った。"],
        [null, null, "3 項目", "財政課", "*", "会議を開いた。"],
        [null, null, "4 項目", "人事課", "?", "研修をした。"],
      ],
      { legend }
    );
    const result = validateSheet(snap);
    expect(result.scale.codes).toEqual(["◎", "*", "?", "△"]);
    const plan = buildSummaryPlan(result.plan!, result.summary!, {
      lang: "ja",
      date: "2026-11-26",
    });
    const goal = sheetOf(plan, "goal");
    // Row I: 4 entries, then the codes ◎ * ? △ counted 1, 2, 1, 0 by the formulas themselves.
    expect(evaluated(plan, goal)[1].slice(2, 8).map(round)).toEqual([4, 4, 1, 2, 1, 0]);
    // * and ? are written escaped in the formula; ◎ points at its header cell.
    expect(
      goal.cells.filter((c) => c.row === 4 && c.col >= 4 && c.col <= 7).map((c) => c.formula)
    ).toEqual([
      '=COUNTIFS(AchvData[目標キー],1,AchvData[達成度],"="&E$4)',
      '=COUNTIFS(AchvData[目標キー],1,AchvData[達成度],"=~*")',
      '=COUNTIFS(AchvData[目標キー],1,AchvData[達成度],"=~?")',
      '=COUNTIFS(AchvData[目標キー],1,AchvData[達成度],"="&H$4)',
    ]);
    for (const c of goal.cells.filter((x) => x.formula))
      expect([c.row, c.col, round(evaluate(plan, goal, c.formula!))]).toEqual([
        c.row,
        c.col,
        round(c.value ?? ""),
      ]);
  });
});

describe("the summary sheets as a person reads and prints them", () => {
  test("each summary names the plan and its year, where it comes from and when it was made", () => {
    const plan = city();
    // No year in the title: the sheet's name gives it (R5 → 令和5年度).
    const heading = "達成状況一覧　令和5年度";
    expect([0, 1].map((row) => at(sheetOf(plan, "goal"), row, 0)!.value)).toEqual([
      heading,
      "基本目標別 達成状況　元のシート: R5達成状況　作成日: 2026-11-26",
    ]);
    expect([0, 1].map((row) => at(sheetOf(plan, "department"), row, 0)!.value)).toEqual([
      heading,
      "担当課別 達成状況　元のシート: R5達成状況　作成日: 2026-11-26",
    ]);
    expect(plan.sheets.map((s) => s.print.header)).toEqual([heading, heading, heading]);
    expect(
      sheetOf(city({ lang: "en" }), "goal")
        .cells.slice(0, 2)
        .map((c) => c.value)
    ).toEqual([
      "達成状況一覧  FY2023",
      "Achievement by goal  Source sheet: R5達成状況  Made: 2026-11-26",
    ]);
  });

  test("the year from the header's group heading when the sheet's name has none", () => {
    const r = read({
      name: "評価",
      top: 0,
      left: 0,
      merges: [
        { top: 1, left: 4, bottom: 1, right: 5 },
        { top: 1, left: 6, bottom: 1, right: 7 },
      ],
      values: [
        ["達成状況一覧"],
        [null, null, null, null, "令和4年度", null, "令和5年度", null],
        ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況", "達成度", "取組状況"],
        ["1 目標", "1 施策", "1 項目", "企画課", "B", "した。", "A", "した。"],
      ],
    });
    // The latest year's columns are read: 令和5年度.
    expect(build(r).sheets[0].print.header).toBe("達成状況一覧　令和5年度");
    expect(build(r, { lang: "en" }).sheets[0].print.header).toBe("達成状況一覧  FY2023");
  });

  test("a one-row header naming each year's rating column gives the year only, however the column was chosen", () => {
    const yearHeader = (name: string, ratings: [string, string]) =>
      read({
        name,
        top: 0,
        left: 0,
        merges: [],
        values: [
          ["達成状況一覧"],
          ["基本目標", "施策", "取組項目", "担当課", ...ratings, "取組状況"],
          ["1 目標", "1 施策", "1 項目", "企画課", "B", "A", "した。"],
        ],
      });
    const headings = (r: ValidationResult) => [
      ...build(r).sheets.map((s) => s.print.header),
      at(sheetOf(build(r), "goal"), 0, 0)!.value,
      at(sheetOf(build(r, { lang: "en" }), "goal"), 0, 0)!.value,
    ];
    // The sheet's name R4 chooses the 令和4年度 column.
    expect(headings(yearHeader("R4評価", ["令和4年度達成度", "令和5年度達成度"]))).toEqual([
      ...Array(4).fill("達成状況一覧　令和4年度"),
      "達成状況一覧  FY2022",
    ]);
    // No year in the sheet's name: the latest column, written R5 or 2023年度.
    expect(headings(yearHeader("評価", ["R4評価", "R5評価"]))).toEqual([
      ...Array(4).fill("達成状況一覧　令和5年度"),
      "達成状況一覧  FY2023",
    ]);
    expect(headings(yearHeader("評価", ["2022年度 達成度", "2023年度 達成度"]))).toEqual([
      ...Array(4).fill("達成状況一覧　令和5年度"),
      "達成状況一覧  FY2023",
    ]);
  });

  test("a title that names its year is not given it again", () => {
    const snap = {
      ...sheet([["1 目標", "1 施策", "1 項目", "企画課", "A", "した。"]]),
      name: "R5",
    };
    snap.values[0] = ["令和6年度 達成状況一覧"];
    expect(build(read(snap)).sheets[0].print.header).toBe("令和6年度 達成状況一覧");
  });

  test("a sheet with no title is named by the sheet; no year anywhere, the title alone", () => {
    const bare = read({
      name: "R4評価",
      top: 0,
      left: 0,
      values: [SEED_HEADER, ["1 目標", "1 施策", "1 項目", "企画課", "A", "した。"]],
      merges: [],
    });
    expect(build(bare).sheets[0].print.header).toBe("R4評価");
    const noYear = read({
      ...sheet([["1 目標", "1 施策", "1 項目", "企画課", "A", "した。"]]),
      name: "集計表",
    });
    expect(build(noYear).sheets.map((s) => s.print.header)).toEqual(Array(3).fill("達成状況一覧"));
    expect(at(sheetOf(build(noYear, { lang: "en" }), "goal"), 0, 0)!.value).toBe("達成状況一覧");
  });

  test("a plan over several sheets (one per goal): each summary names every sheet, each data row its own", () => {
    const page = (name: string, rows: CellValue[][]) => ({ ...sheet(rows), name });
    const r = validateWorkbook([
      page("目標1", [["1 目標", "1 施策", "1 項目", "企画課", "A", "した。"]]),
      page("目標2", [["2 目標", "1 施策", "2 項目", "総務課", "B", "した。"]]),
    ]);
    expect(r.sheets).toEqual(["目標1", "目標2"]);
    const plan = build(r);
    expect(at(sheetOf(plan, "goal"), 1, 0)!.value).toBe(
      "基本目標別 達成状況　元のシート: 目標1、目標2　作成日: 2026-11-26"
    );
    expect([1, 2].map((row) => at(sheetOf(plan, "data"), row, 9)!.value)).toEqual([
      "目標1!E9",
      "目標2!E9",
    ]);
    const en = build(r, { lang: "en" });
    expect(at(sheetOf(en, "department"), 1, 0)!.value).toBe(
      "Achievement by department  Source sheet: 目標1, 目標2  Made: 2026-11-26"
    );
  });

  test("print: the header row repeats on every page; the data sheet prints without its key columns; the tables are ruled", () => {
    const [data, goal, department] = city().sheets;
    expect(data.print).toEqual({
      titleRows: { first: 0, last: 0 },
      area: { top: 0, left: 0, bottom: 8, right: 9 },
      header: "達成状況一覧　令和5年度",
    });
    expect(data.table!.columns[data.print.area!.right]).toBe("元のセル");
    expect(data.borders).toEqual([]);
    expect(goal.print.titleRows).toEqual({ first: 3, last: 3 });
    expect(department.print.titleRows).toEqual({ first: 3, last: 3 });
    expect(goal.print.area).toBeUndefined();
    expect(goal.borders).toEqual([{ top: 3, left: 0, bottom: 6, right: 11 }]);
    expect(department.borders).toEqual([{ top: 3, left: 0, bottom: 8, right: 10 }]);
  });

  test("the name columns wrap from the header to the total; the data's titles and departments below its header", () => {
    const [data, goal, department] = city().sheets;
    expect(goal.wrap).toEqual([{ top: 3, left: 0, bottom: 6, right: 1 }]);
    expect(department.wrap).toEqual([{ top: 3, left: 0, bottom: 8, right: 0 }]);
    expect(data.wrap).toEqual(
      [1, 3, 5, 6].map((col) => ({ top: 1, left: col, bottom: 8, right: col }))
    );
  });

  test("columns as wide as their header words and short names need", () => {
    const [data, goal, department] = city().sheets;
    // Two columns a wide character, one a narrow one, and 2 spare: 基本目標名 → 12, R5達成状況!A1000 → 18.
    expect(data.columnWidths).toEqual([10, 12, 6, 12, 10, 12, 12, 8, 16, 18, 8, 8, 8, 8]);
    expect(goal.columnWidths).toEqual([10, 20, 9, 9, 6, 6, 6, 6, 6, 12, 8, 8]);
    // （担当課なし）: 7 wide characters → 16.
    expect(department.columnWidths).toEqual([16, 9, 9, 6, 6, 6, 6, 6, 12, 8, 8]);
    const en = city({ lang: "en" }).sheets;
    // Narrative written: 17 characters → 19, wider than the 16 its yes / no need, as a header never wraps.
    expect(en[0].columnWidths).toEqual([6, 12, 9, 15, 6, 12, 12, 8, 19, 18, 8, 8, 8, 8]);
    expect(en[1].columnWidths).toEqual([8, 20, 9, 9, 6, 6, 6, 6, 6, 15, 9, 18]);
    expect(en[2].columnWidths).toEqual([17, 9, 9, 6, 6, 6, 6, 6, 15, 9, 18]);
  });

  test("long names wrap in a column made wide enough for the longest, up to what a page allows", () => {
    const r = read(
      sheet([
        [
          "Ⅰ 男女共同参画の意識づくりと人権の尊重",
          "（１） ICT窓口の改善",
          "1 地域の防災訓練の実施\n（年2回）",
          "生涯学習スポーツ課",
          "A",
          "した。",
        ],
        [
          null,
          null,
          "2 男女共同参画の視点に立った地域活動を支える仕組みづくり",
          "男女共同参画推進センター生涯学習スポーツ課",
          "B",
          "した。",
        ],
      ])
    );
    const [data, goal, department] = build(r).sheets;
    // Goal title 18 wide characters → at most 18; measure number （１） → 8, over its header's 6;
    // ICT窓口の改善: 3 narrow and 5 wide → 15; the item title's longer line → 22, the longer title → 26;
    // departments at most 14.
    expect(data.columnWidths.slice(0, 7)).toEqual([10, 18, 8, 15, 10, 26, 14]);
    // A goal title of 18 wide characters → at most 44; a department of 21 → at most 30, one of 9 → 20.
    expect(goal.columnWidths.slice(0, 2)).toEqual([10, 38]);
    expect(department.columnWidths[0]).toBe(30);
    const one = read(sheet([["1 目標", "1 施策", "1 項目", "生涯学習スポーツ課", "A", "した。"]]));
    expect(sheetOf(build(one), "department").columnWidths[0]).toBe(20);
  });
});

describe("keys and flags on plans that reorder or repeat", () => {
  test("a goal taken up again after a later one (Ⅰ（続） below Ⅱ) still counts under Ⅰ, the first row", () => {
    const plan = build(
      read(
        sheet([
          ["Ⅰ 意識づくり", null, null, null, null, null],
          ["Ⅱ 安心のまち", "1 防災", "1 訓練", "総務課", "A", "した。"],
          ["Ⅰ 意識づくり（続）", "1 啓発", "2 講座", "企画課", "B", "した。"],
        ])
      )
    );
    // The data rows carry their goal's row on the goal sheet: Ⅱ's row is 2, though its entry comes first.
    expect(values(sheetOf(plan, "data")).map((r) => [r[0], r[10]])).toEqual([
      ["基本目標", "目標キー"],
      ["Ⅱ", 2],
      ["Ⅰ", 1],
    ]);
    expect(evaluated(plan, sheetOf(plan, "goal")).map((r) => r.slice(0, 6))).toEqual([
      ["基本目標", "名称", "評価数", "項目数", "A", "B"],
      ["Ⅰ", "意識づくり", 1, 1, 0, 1],
      ["Ⅱ", "安心のまち", 1, 1, 1, 0],
      ["合計", "", 2, 2, 1, 1],
    ]);
    expectFormulasAgree(plan);
  });

  test("each department's first row of each item is flagged, on every item of a longer list", () => {
    // 総務課 (key 1) rates items 2–4, 企画課 (key 2) item 1: four items, two departments.
    const plan = build(
      read(
        sheet([
          ["1 目標", "1 施策", "1 講座", "企画課", "A", "した。"],
          [null, null, "2 相談", "総務課", "A", "した。"],
          [null, null, "3 広報", "総務課", "B", "した。"],
          [null, null, "4 研修", "総務課", "C", "した。"],
        ])
      )
    );
    expect(values(sheetOf(plan, "data")).map((r) => [r[6], r[11], r[12], r[13]])).toEqual([
      ["担当課", "担当課キー", "項目初出", "担当課内項目初出"],
      ["企画課", 2, 1, 1],
      ["総務課", 1, 1, 1],
      ["総務課", 1, 1, 1],
      ["総務課", 1, 1, 1],
    ]);
    expect(evaluated(plan, sheetOf(plan, "department")).map((r) => r.slice(0, 3))).toEqual([
      ["担当課", "評価数", "項目数"],
      ["総務課", 3, 3],
      ["企画課", 1, 1],
      ["合計", 4, 4],
    ]);
  });
});

describe("legends of other cities", () => {
  test("two not-evaluable codes (－ 評価対象外, 中 事業中止) are added together, and left out of the rate", () => {
    const legend: [string, string][] = [
      ["区分", "内容"],
      ["A", "計画以上"],
      ["B", "計画どおり"],
      ["C", "遅れ"],
      ["－", "評価対象外"],
      ["中", "事業中止（評価対象外）"],
    ];
    const plan = build(
      read(
        sheet(
          [
            ["1 目標", "1 施策", "1 項目", "総務課", "－", "した。"],
            [null, null, "2 項目", "企画課", "中", "した。"],
            [null, null, "3 項目", "財政課", "A", "した。"],
          ],
          { legend }
        )
      )
    );
    const goal = sheetOf(plan, "goal");
    expect(at(goal, 4, 9)).toMatchObject({ value: 2, formula: "=H5+I5" });
    // 3 entries, 2 not evaluable: A over the one rated → 100%.
    expect(evaluated(plan, goal)[1]).toEqual([1, "目標", 3, 3, 1, 0, 0, 1, 1, 2, 0, 1]);
  });

  test("word codes (順調, 概ね順調 …): their columns as wide as the words", () => {
    const legend: [string, string][] = [
      ["評価", "内容"],
      ["順調", "計画どおり進んだ"],
      ["概ね順調", "おおむね進んだ"],
      ["やや遅れ", "一部遅れた"],
      ["評価困難", "評価できない"],
    ];
    const plan = build(
      read(sheet([["1 目標", "1 施策", "1 項目", "総務課", "概ね順調", "した。"]], { legend }))
    );
    const goal = sheetOf(plan, "goal");
    expect(values(goal, 3)[0].slice(4, 8)).toEqual(["順調", "概ね順調", "やや遅れ", "評価困難"]);
    // Two wide characters → 6 (the least), four → 10.
    expect(goal.columnWidths.slice(4, 8)).toEqual([6, 10, 10, 10]);
    expect(sheetOf(plan, "department").columnWidths.slice(3, 7)).toEqual([6, 10, 10, 10]);
  });

  test("a legend of not-evaluable codes only: no code is achieved, so no rate", () => {
    const legend: [string, string][] = [
      ["区分", "内容"],
      ["－", "評価対象外"],
      ["／", "事業終了"],
    ];
    const plan = build(
      read(sheet([["1 目標", "1 施策", "1 項目", "総務課", "－", "した。"]], { legend }))
    );
    const goal = sheetOf(plan, "goal");
    expect(at(goal, 4, 8)).toMatchObject({
      value: null,
      formula: '=IF((C5-H5-G5)=0,"",(0)/(C5-H5-G5))',
    });
    expectFormulasAgree(plan);
  });
});

describe("labels as written, in other cities' numbering", () => {
  test("an item number of two digits is a number; an item written as a number alone has no title", () => {
    const plan = build(
      read(
        sheet([
          ["1 目標", "1 施策", "5", "総務課", "A", "した。"],
          [null, null, "12 講座", "総務課", "A", "した。"],
        ])
      )
    );
    expect(
      values(sheetOf(plan, "data"))
        .slice(1)
        .map((r) => [r[4], r[5]])
    ).toEqual([
      [5, null],
      [12, "講座"],
    ]);
  });

  test("an unnumbered label opened by （続） keeps its whole text, with no number", () => {
    const plan = build(read(sheet([["1 目標", "1 施策", "（続）相談", "総務課", "A", "した。"]])));
    expect(values(sheetOf(plan, "data"))[1].slice(4, 6)).toEqual([null, "（続）相談"]);
  });

  test("a number followed by punctuation is shown with it, as written (1、)", () => {
    const plan = build(read(sheet([["1 目標", "1、啓発", "1 講座", "総務課", "A", "した。"]])));
    expect(values(sheetOf(plan, "data"))[1].slice(2, 4)).toEqual(["1、", "啓発"]);
  });

  test("a label whose number is not at its start, as （続） puts it, keeps its whole text as the title", () => {
    const plan = build(
      read(sheet([["1 目標", "1 施策", "3 相談（続）", "総務課", "A", "した。"]]))
    );
    expect(values(sheetOf(plan, "data"))[1].slice(4, 6)).toEqual([3, "3 相談（続）"]);
  });

  test("a number written after or right before （続） is the item's number, the label whole its title", () => {
    for (const label of ["（続）3 相談", "3（続） 相談"]) {
      const plan = build(read(sheet([["1 目標", "1 施策", label, "総務課", "A", "した。"]])));
      expect(values(sheetOf(plan, "data"))[1].slice(4, 6)).toEqual([3, label]);
    }
  });

  test("an ordinal's counter word is shown with its number, not in the title (第1章 地域づくり)", () => {
    const plan = build(
      read(
        sheet([
          ["第1章 地域づくり", "第1節 参画", "1 講座", "総務課", "A", "した。"],
          ["第２章　安心のまち", "第一節 防災", "2 第三者評価の実施", "企画課", "B", "した。"],
        ])
      )
    );
    expect(
      values(sheetOf(plan, "data"))
        .slice(1)
        .map((r) => r.slice(0, 6))
    ).toEqual([
      ["第1章", "地域づくり", "第1節", "参画", 1, "講座"],
      ["第２章", "安心のまち", "第一節", "防災", 2, "第三者評価の実施"],
    ]);
    expect(
      [4, 5].map((r) => [0, 1].map((col) => at(sheetOf(plan, "goal"), r, col)!.value))
    ).toEqual([
      ["第1章", "地域づくり"],
      ["第２章", "安心のまち"],
    ]);
  });

  const planOf = (
    rows: (string | null)[][],
    top: (string | null)[][] = [["令和6年度 第3次総合計画 進捗状況"]]
  ) => {
    const values = [
      ...top,
      ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
      ...rows,
    ];
    const r = validateSheet({ name: "集計", top: 0, left: 0, values, merges: [] });
    return buildSummaryPlan(r.plan!, r.summary!, { lang: "ja", date: "2026-11-26" });
  };

  test("circled, bracketed, hyphenated and full-width numbers stay as written; a plain number is a number", () => {
    const plan = planOf([
      ["Ⅰ　安心のまち", "（１）防災の強化", "① 訓練の実施", "危機管理課", "A", "訓練を2回行った。"],
      [null, null, "② 備蓄の確保", "危機管理課", "B", "備蓄を見直した。"],
      [null, "（２）防犯の推進", "1-3 見守りの充実", "市民課", "A", "見守りを行った。"],
      ["Ⅱ 元気なまち", "1 健康づくり", "4 健診の受診促進", "保健センター", "B", "受診を勧めた。"],
    ]);
    const data = plan.sheets[0];
    const row = (r: number) =>
      [0, 1, 2, 3, 4, 5].map((col) => data.cells.find((c) => c.row === r && c.col === col)?.value);
    expect(row(1)).toEqual(["Ⅰ", "安心のまち", "（１）", "防災の強化", "①", "訓練の実施"]);
    expect(row(3)).toEqual(["Ⅰ", "安心のまち", "（２）", "防犯の推進", "1-3", "見守りの充実"]);
    expect(row(4)).toEqual(["Ⅱ", "元気なまち", 1, "健康づくり", 4, "健診の受診促進"]);
    // The goal sheet shows the goals' numbers and titles as the data table does.
    expect(
      [4, 5].map((r) => [0, 1].map((col) => at(sheetOf(plan, "goal"), r, col)!.value))
    ).toEqual([
      ["Ⅰ", "安心のまち"],
      ["Ⅱ", "元気なまち"],
    ]);
  });

  test("the plan's title is the first line of text above the header, past a document label and a note", () => {
    const plan = planOf(
      [["1 目標", "1 施策", "1 項目", "企画課", "A", "した。"]],
      [[null, null, null, null, null, "資料2"], ["※ 速報値"], ["第3次総合計画 進捗状況一覧"]]
    );
    expect(plan.sheets[0].print.header).toBe("第3次総合計画 進捗状況一覧");
  });

  test("an ampersand in the plan's name prints as itself in the page header; a long name is cut at 200", () => {
    expect(headerText("A&B計画")).toBe("A&&B計画");
    expect(headerText("計".repeat(300))).toBe(`${"計".repeat(199)}…`);
    expect(headerText("計".repeat(200))).toBe("計".repeat(200));
    expect(headerText("計".repeat(201))).toBe(`${"計".repeat(199)}…`);
    expect(headerText("&".repeat(2))).toBe("&&&&");
  });
});
