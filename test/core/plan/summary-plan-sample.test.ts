import { join } from "node:path";
import { buildSummaryPlan } from "../../../src/core/plan/summary-plan";
import { validateSheet, validateWorkbook } from "../../../src/core/validate";
import { layOutWider } from "../../helpers/arbitraries";
import { loadWorkbookFile } from "../../../src/xlsx/load-file";
import { benchSnapshot } from "../../../scripts/bench/sheets";
import { SAMPLE_XLSX, seedRows, tempDir, writeWorkbook } from "../../helpers/workbooks";
import {
  LONG_TITLE,
  SECTION_DEPARTMENT_TABLE,
  SECTION_GOAL_TABLE,
  SECTION_LAYOUT,
  SECTION_ROWS,
} from "./fixtures";
import { TABLE_REF, evaluate, evaluated, expectKeyedFormulas, round, sheetOf } from "./formulas";

/*
 * The summary plan of the whole sample (128 entries), of the sections fixture written to a file, and
 * of generated plans (400 and 1,200 entries; a plan over one sheet per goal). Split from
 * summary-plan.test.ts, whose small plans written by hand make its mutation run short: Stryker
 * runs only the test file named for the mutated file, so these run in `npm test`, not there.
 */
import { sheet } from "../../helpers/sheet";

function seedPlan(lang: "ja" | "en" = "ja") {
  const book = loadWorkbookFile(SAMPLE_XLSX);
  const r = validateSheet(book.readSheet(book.sheetNames[0]));
  return { r, plan: buildSummaryPlan(r.plan!, r.summary!, { lang, date: "2026-11-25" }) };
}

async function sectionPlan() {
  const file = await writeWorkbook(join(tempDir(), "sections.xlsx"), SECTION_ROWS, SECTION_LAYOUT);
  const book = loadWorkbookFile(file);
  const r = validateSheet(book.readSheet(book.sheetNames[0]));
  return buildSummaryPlan(r.plan!, r.summary!, { lang: "ja", date: "2026-11-25" });
}

const at = (
  sheet: { cells: { row: number; col: number; value: unknown; formula?: string }[] },
  row: number,
  col: number
) => sheet.cells.find((c) => c.row === row && c.col === col);

describe("the summary plan", () => {
  test("on the seed: goal I has 19 entries, 7 items, B 19, rate 100%", () => {
    const { plan } = seedPlan();
    const byGoal = sheetOf(plan, "goal");
    const header = byGoal.cells.filter((c) => c.row === 3).map((c) => c.value);
    expect(header).toEqual([
      "基本目標",
      "名称",
      "評価数",
      "項目数",
      "A",
      "B",
      "C",
      "D",
      "評価対象外",
      "未評価",
      "達成率",
    ]);
    const row = byGoal.cells.filter((c) => c.row === 4).map((c) => c.value);
    expect(row).toEqual(["I", "男女共同参画の意識づくり", 19, 7, 0, 19, 0, 0, 0, 0, 1]);
    expect(at(byGoal, 4, 2)!.formula).toBe("=COUNTIFS(AchvData[目標キー],1)");
    expect(at(byGoal, 4, 3)!.formula).toBe("=SUMIFS(AchvData[項目初出],AchvData[目標キー],1)");
    expect(at(byGoal, 4, 5)!.formula).toBe(
      '=COUNTIFS(AchvData[目標キー],1,AchvData[達成度],"="&F$4)'
    );
    expect(at(byGoal, 4, 10)).toMatchObject({ numberFormat: "0.0%" });
  });

  test("department rows add up to 128 entries, and the total row says so", () => {
    const { plan, r } = seedPlan();
    const byDept = sheetOf(plan, "department");
    const rows = r.summary!.byDepartment.length;
    const entries = byDept.cells
      .filter((c) => c.col === 1 && c.row >= 4 && c.row < 4 + rows)
      .map((c) => c.value as number);
    expect(entries.reduce((a, b) => a + b, 0)).toBe(128);
    expect(
      byDept.cells
        .filter((c) => c.row === 4 + rows)
        .map((c) => c.value)
        .slice(0, 3)
    ).toEqual(["合計", 128, 59]);
  });

  test("the data table has one row per entry, the source cell of each, and its keys and first-row flags", () => {
    const { plan } = seedPlan("en");
    const data = sheetOf(plan, "data");
    expect(data.table).toMatchObject({ name: "AchvData", top: 0, bottom: 128 });
    expect(data.table!.columns).toEqual([
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
    ]);
    const rowsOf = (item: number) =>
      data.cells.filter((c) => c.col === 4 && c.value === item).map((c) => c.row);
    const flags = (rows: number[]) =>
      rows.map((r) => [10, 11, 12, 13].map((col) => at(data, r, col)!.value));
    const item22 = rowsOf(22);
    expect(item22).toHaveLength(5);
    expect(at(data, item22[0], 8)!.value).toBe("no");
    expect(at(data, 1, 9)!.value).toBe("R5達成状況!E11");
    // Item 22 is under goal II (key 2), one row for each of five departments: first of the item once, first in each department five times.
    expect(flags(item22).map(([goal, , first, inDept]) => [goal, first, inDept])).toEqual([
      [2, 1, 1],
      [2, 0, 1],
      [2, 0, 1],
      [2, 0, 1],
      [2, 0, 1],
    ]);
    // Item 5 names 女性センター (department key 1: most entries) twice: the second row is not its first in that department.
    expect(flags(rowsOf(5))).toEqual([
      [1, 1, 1, 1],
      [1, 1, 0, 0],
      [1, 3, 0, 1],
    ]);
  });

  test("PivotTables and charts are planned on the summary sheets, and each sheet has its marker", () => {
    const { plan } = seedPlan();
    const goal = sheetOf(plan, "goal");
    expect(goal.pivot).toMatchObject({
      sourceTable: "AchvData",
      rows: "基本目標",
      columns: "達成度",
      values: "取組項目",
    });
    expect(goal.chart).toMatchObject({ values: "E4:H8", categories: "A5:A8" });
    expect(plan.sheets.map((s) => s.marker)).toEqual([
      "ACHV_SUMMARY_DATA",
      "ACHV_SUMMARY_GOAL",
      "ACHV_SUMMARY_DEPARTMENT",
    ]);
  });

  test("on the seed, every formula gives the value its cell carries (女性センター: 38 entries, 37 items)", () => {
    for (const lang of ["ja", "en"] as const) {
      const { plan } = seedPlan(lang);
      for (const kind of ["goal", "department"] as const) {
        const sheet = sheetOf(plan, kind);
        for (const c of sheet.cells.filter((x) => x.formula))
          expect([c.row, c.col, round(evaluate(plan, sheet, c.formula!))]).toEqual([
            c.row,
            c.col,
            round(c.value ?? ""),
          ]);
      }
    }
    const { plan } = seedPlan();
    expect(evaluated(plan, sheetOf(plan, "department"))[1].slice(0, 3)).toEqual([
      "女性センター",
      38,
      37,
    ]);
  });
});

describe("the summary plan on a sheet with blank goal and measure cells, a long title and a not-evaluable code", () => {
  test("the blank goal is a row of its own, counted like any other; no formula gives an error", async () => {
    const plan = await sectionPlan();
    const data = sheetOf(plan, "data");
    // The data table really holds blank goal and measure cells and the 310-character title.
    const firstRow = data.cells.filter((c) => c.row === 1).map((c) => c.value);
    expect(firstRow.slice(0, 4)).toEqual([null, null, null, null]);
    expect(data.cells.filter((c) => c.col === 5 && c.value === LONG_TITLE)).toHaveLength(3);
    expect(LONG_TITLE.length).toBeGreaterThan(300);
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
  });

  test("the achievement rate formula leaves the not-evaluable code (－) out: S and A over S, A, B and C", async () => {
    const plan = await sectionPlan();
    const goal = sheetOf(plan, "goal");
    const rate = (row: number) => round(evaluate(plan, goal, at(goal, row, 11)!.formula!));
    // No goal: S 1 and － 2 → 1 of 1, not 1 of 3. Goal 1: A 2, B 1, － 1, one unrated → 2 of 3, not 2 of 4.
    expect(rate(4)).toBe(1);
    expect(rate(5)).toBe(round(2 / 3));
    expect(rate(7)).toBe(round(4 / 7));
    for (const row of [4, 5, 6, 7]) expect(rate(row)).toBe(round(at(goal, row, 11)!.value));
    // 財政課 rated only －: no evaluable rating, so no rate (blank), not 0%.
    const dept = sheetOf(plan, "department");
    expect(evaluate(plan, dept, at(dept, 8, 10)!.formula!)).toBe("");
    expect(at(dept, 8, 10)!.value).toBeNull();
  });

  test("every formula gives the value its cell carries", async () => {
    const plan = await sectionPlan();
    for (const kind of ["goal", "department"] as const) {
      const sheet = sheetOf(plan, kind);
      for (const c of sheet.cells.filter((x) => x.formula))
        expect([c.row, c.col, round(evaluate(plan, sheet, c.formula!))]).toEqual([
          c.row,
          c.col,
          round(c.value ?? ""),
        ]);
    }
  });
});

describe("the shape of the summary formulas", () => {
  test("they match numeric keys and the header's rating code only, never a label, title or narrative, in functions Excel 2016 has", async () => {
    const keyed = [
      "AchvData[目標キー]",
      "AchvData[担当課キー]",
      "AchvData[項目初出]",
      "AchvData[担当課内項目初出]",
      "AchvData[達成度]",
    ];
    expectKeyedFormulas([seedPlan().plan, await sectionPlan()], keyed);
  });

  test("recalculation grows linearly: no formula in the data table, and the same table references at 400 and 1,200 entries", () => {
    const shape = (entries: number) => {
      const r = validateSheet(benchSnapshot(entries));
      const plan = buildSummaryPlan(r.plan!, r.summary!, { lang: "ja", date: "2026-11-25" });
      expect(sheetOf(plan, "data").cells.filter((c) => c.formula)).toEqual([]);
      const formulas = plan.sheets.flatMap((s) =>
        s.cells.flatMap((c) => (c.formula ? [c.formula] : []))
      );
      // Each reference to a table column is one pass over the entries; their number must not depend on the entries.
      return {
        formulas: formulas.length,
        passes: formulas.reduce((n, f) => n + (f.match(TABLE_REF)?.length ?? 0), 0),
        sumproduct: formulas.filter((f) => f.includes("SUMPRODUCT")).length,
      };
    };
    const small = shape(400);
    expect(small.sumproduct).toBe(0);
    expect(shape(1200)).toEqual(small);
  });
});

describe("the summary sheets as a person reads and prints them", () => {
  /** The seed's goal labels as its cells write them, first row of each goal: number, then title after the first space. */
  const seedGoals = () => {
    const labels = [...new Set(seedRows().map((r) => r.goal))].filter(
      (g) => !/（続）|\(続\)/.test(g)
    );
    return labels.map((label) => [
      label.slice(0, label.indexOf(" ")),
      label.slice(label.indexOf(" ") + 1),
    ]);
  };

  test("goal numbers and names are the sheet's own text: Ⅲ stays Ⅲ, （施策3～8は…） keeps its full-width brackets and wave dash", () => {
    const { plan } = seedPlan();
    const goal = sheetOf(plan, "goal");
    const rows = [4, 5, 6, 7].map((row) => [at(goal, row, 0)!.value, at(goal, row, 1)!.value]);
    expect(rows).toEqual(seedGoals());
    expect(rows[2][0]).toBe("Ⅲ");
    expect(rows[1][1]).toContain("（施策3～8は女性活躍推進計画）");
    // The data table writes them the same way, row by row.
    const data = sheetOf(plan, "data");
    const goalsInData = [
      ...new Set(
        data.cells
          .filter((c) => c.row > 0 && c.col === 0)
          .map((c) => `${c.value} ${at(data, c.row, 1)!.value}`)
      ),
    ];
    expect(goalsInData).toEqual(seedGoals().map(([n, t]) => `${n} ${t}`));
  });

  test("the JSON report's goal keys stay ASCII roman numerals", () => {
    const { r } = seedPlan();
    expect(r.summary!.byGoal.map((g) => g.goal)).toEqual(["I", "II", "III", "IV"]);
  });

  test("the department sheet has no title column: the department, then the counts", () => {
    const { plan } = seedPlan();
    const header = sheetOf(plan, "department")
      .cells.filter((c) => c.row === 3)
      .map((c) => c.value);
    expect(header).toEqual([
      "担当課",
      "評価数",
      "項目数",
      "A",
      "B",
      "C",
      "D",
      "評価対象外",
      "未評価",
      "達成率",
    ]);
  });

  test("counts show thousands separators and rates a percentage, on every row and the total", () => {
    const { plan, r } = seedPlan();
    for (const kind of ["goal", "department"] as const) {
      const sheet = sheetOf(plan, kind);
      const lead = kind === "goal" ? 2 : 1;
      const rows =
        (kind === "goal" ? r.summary!.byGoal.length : r.summary!.byDepartment.length) + 1;
      const width = lead + 4 + r.summary!.codes.length + 1;
      for (let row = 4; row < 4 + rows; row++) {
        const formats = Array.from(
          { length: width },
          (_, col) => at(sheet, row, col) as { numberFormat?: string } | undefined
        ).map((c) => c?.numberFormat ?? "");
        expect(formats).toEqual([
          ...Array(lead).fill(""),
          ...Array(width - lead - 1).fill("#,##0"),
          "0.0%",
        ]);
      }
    }
  });

  test("a plan over several sheets (one per goal): each summary names every sheet it was read from", () => {
    const plan = {
      items: [1, 1, 2, 3].map((goal, i) => ({
        goal,
        measure: goal,
        item: i + 1,
        departments: ["総務課"],
        rating: "A",
        narrative: `報告${i + 1}の本文です。`,
      })),
    };
    const r = validateWorkbook(layOutWider(plan, "per-goal"));
    expect(r.sheets).toEqual(["目標1", "目標2", "目標3"]);
    const built = buildSummaryPlan(r.plan!, r.summary!, { lang: "ja", date: "2026-11-25" });
    expect(String(at(sheetOf(built, "goal"), 1, 0)!.value)).toContain(
      "元のシート: 目標1、目標2、目標3"
    );
    const en = buildSummaryPlan(r.plan!, r.summary!, { lang: "en", date: "2026-11-25" });
    expect(String(at(sheetOf(en, "department"), 1, 0)!.value)).toContain("目標1, 目標2, 目標3");
  });

  test("each summary names the plan and its year, from the sheet's title and name", () => {
    const { plan } = seedPlan();
    const heading = "つるがしま男女共同参画推進プラン（第6次）達成状況一覧　令和5年度";
    expect([0, 1].map((row) => at(sheetOf(plan, "goal"), row, 0)!.value)).toEqual([
      heading,
      "基本目標別 達成状況　元のシート: R5達成状況　作成日: 2026-11-25",
    ]);
    expect([0, 1].map((row) => at(sheetOf(plan, "department"), row, 0)!.value)).toEqual([
      heading,
      "担当課別 達成状況　元のシート: R5達成状況　作成日: 2026-11-25",
    ]);
    expect(sheetOf(plan, "data").print.header).toBe(heading);
    expect(
      seedPlan("en")
        .plan.sheets[1].cells.slice(0, 2)
        .map((c) => c.value)
    ).toEqual([
      "つるがしま男女共同参画推進プラン（第6次）達成状況一覧  FY2023",
      "Achievement by goal  Source sheet: R5達成状況  Made: 2026-11-25",
    ]);
  });

  test("a title that names its year is not given it twice; a sheet with no title is named by the sheet", async () => {
    expect((await sectionPlan()).sheets[0].print.header).toBe("令和6年度 達成状況一覧");
    const bare = validateSheet({
      name: "R4評価",
      top: 0,
      left: 0,
      values: [
        ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
        ["1 目標", "1 施策", "1 項目", "企画課", "A", "した。"],
      ],
      merges: [],
    });
    expect(
      buildSummaryPlan(bare.plan!, bare.summary!, { lang: "ja", date: "2026-11-26" }).sheets[0]
        .print.header
    ).toBe("R4評価");
    const noYear = validateSheet({
      ...sheet([["1 目標", "1 施策", "1 項目", "企画課", "A", "した。"]]),
      name: "集計表",
    });
    expect(
      buildSummaryPlan(noYear.plan!, noYear.summary!, { lang: "ja", date: "2026-11-26" }).sheets[0]
        .print.header
    ).toBe("達成状況一覧");
  });

  test("print: the header row repeats on every page; the data sheet prints without its key columns; the tables are ruled", () => {
    const { plan, r } = seedPlan();
    const [data, goal, department] = plan.sheets;
    expect(data.print).toMatchObject({
      titleRows: { first: 0, last: 0 },
      area: { top: 0, left: 0, bottom: 128, right: 9 },
    });
    expect(data.table!.columns[data.print.area!.right]).toBe("元のセル");
    expect(goal.print.titleRows).toEqual({ first: 3, last: 3 });
    expect(goal.borders).toEqual([{ top: 3, left: 0, bottom: 8, right: 10 }]);
    expect(department.borders).toEqual([
      { top: 3, left: 0, bottom: 4 + r.summary!.byDepartment.length, right: 9 },
    ]);
  });

  test("long names wrap in a column made wide enough for the longest, up to what a page allows", () => {
    const { plan } = seedPlan();
    const [data, goal, department] = plan.sheets;
    // The table's number and name columns wrap, from the header to the total; the title lines above do not.
    expect(goal.wrap).toEqual([{ top: 3, left: 0, bottom: 8, right: 1 }]);
    expect(department.wrap).toEqual([
      { top: 3, left: 0, bottom: department.borders[0].bottom, right: 0 },
    ]);
    expect(goal.columnWidths[1]).toBe(44);
    // The data's titles and departments wrap below its header, whose words each fit their column.
    expect(data.wrap.map((r) => [r.left, r.top, r.bottom])).toEqual(
      [1, 3, 5, 6].map((col) => [col, 1, 128])
    );
    const printed = data.columnWidths.slice(0, 10);
    expect(
      data.table!.columns.slice(0, 10).filter((h, i) => [...h].length * 2 + 2 > printed[i])
    ).toEqual([]);
    // The printed columns (A–J) fit a landscape page at a readable scale: about 145 characters in all, titles at most 26.
    expect(printed.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(145);
    expect(Math.max(...printed)).toBeLessThanOrEqual(26);
    // 生涯学習スポーツ課 (nine wide characters) is cut to 14 and wraps; R5達成状況!E145 fits whole.
    expect(printed[6]).toBe(14);
    expect(printed[9]).toBeGreaterThanOrEqual("R5達成状況!E145".length + 5);
    // 生涯学習スポーツ課: nine wide characters.
    expect(department.columnWidths[0]).toBeGreaterThanOrEqual(18);
    expect(department.columnWidths[0]).toBeLessThanOrEqual(30);
  });
});
