import { join } from "node:path";
import { buildSummaryPlan, type PlannedSheet, type WorkbookPlan } from "../../../src/core/plan/summary-plan";
import { validateSheet } from "../../../src/core/validate";
import { loadWorkbookFile } from "../../../src/xlsx/load-file";
import { benchSnapshot } from "../../../scripts/bench/sheets";
import { SAMPLE_XLSX, tempDir, writeWorkbook } from "../../helpers/workbooks";
import { LONG_TITLE, SECTION_DEPARTMENT_TABLE, SECTION_LAYOUT, SECTION_ROWS } from "./fixtures";
import { evaluate } from "./formulas";
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

const at = (sheet: { cells: { row: number; col: number; value: unknown; formula?: string }[] }, row: number, col: number) =>
  sheet.cells.find((c) => c.row === row && c.col === col);

const sheetOf = (plan: WorkbookPlan, kind: PlannedSheet["kind"]) => plan.sheets.find((s) => s.kind === kind)!;

/** A summary table's rows from the header down, each cell as its formula evaluates (by the test's own engine), else its value. */
function evaluated(plan: WorkbookPlan, sheet: PlannedSheet): unknown[][] {
  const rows: unknown[][] = [];
  for (const c of sheet.cells) {
    if (c.row < 3) continue;
    (rows[c.row - 3] ??= [])[c.col] = c.formula ? evaluate(plan, sheet, c.formula) : c.value;
  }
  return rows;
}

const round = (x: unknown) => (typeof x === "number" ? Math.round(x * 1e9) / 1e9 : x);

describe("the summary plan", () => {
  test("on the seed: goal I has 19 entries, 7 items, B 19, rate 100%", () => {
    const { plan } = seedPlan();
    const byGoal = sheetOf(plan, "goal");
    const header = byGoal.cells.filter((c) => c.row === 3).map((c) => c.value);
    expect(header).toEqual(["基本目標", "名称", "評価数", "項目数", "A", "B", "C", "D", "評価対象外", "未評価", "達成率"]);
    const row = byGoal.cells.filter((c) => c.row === 4).map((c) => c.value);
    expect(row).toEqual(["I", "男女共同参画の意識づくり", 19, 7, 0, 19, 0, 0, 0, 0, 1]);
    expect(at(byGoal, 4, 2)!.formula).toBe("=COUNTIFS(AchvData[目標キー],1)");
    expect(at(byGoal, 4, 3)!.formula).toBe("=SUMIFS(AchvData[項目初出],AchvData[目標キー],1)");
    expect(at(byGoal, 4, 5)!.formula).toBe('=COUNTIFS(AchvData[目標キー],1,AchvData[達成度],"="&F$4)');
    expect(at(byGoal, 4, 10)).toMatchObject({ numberFormat: "0.0%" });
  });

  test("department rows add up to 128 entries, and the total row says so", () => {
    const { plan, r } = seedPlan();
    const byDept = sheetOf(plan, "department");
    const rows = r.summary!.byDepartment.length;
    const entries = byDept.cells.filter((c) => c.col === 2 && c.row >= 4 && c.row < 4 + rows).map((c) => c.value as number);
    expect(entries.reduce((a, b) => a + b, 0)).toBe(128);
    expect(byDept.cells.filter((c) => c.row === 4 + rows).map((c) => c.value).slice(0, 4)).toEqual(["合計", "", 128, 59]);
  });

  test("the data table has one row per entry, the source cell of each, and its keys and first-row flags", () => {
    const { plan } = seedPlan("en");
    const data = sheetOf(plan, "data");
    expect(data.table).toMatchObject({ name: "AchvData", top: 0, bottom: 128 });
    expect(data.table!.columns).toEqual([
      "Goal", "Goal title", "Measure", "Measure title", "Item", "Item title", "Department", "Rating", "Narrative written", "Source cell",
      "Goal key", "Department key", "First of item", "First of item in department",
    ]);
    const rowsOf = (item: number) => data.cells.filter((c) => c.col === 4 && c.value === item).map((c) => c.row);
    const flags = (rows: number[]) => rows.map((r) => [10, 11, 12, 13].map((col) => at(data, r, col)!.value));
    const item22 = rowsOf(22);
    expect(item22).toHaveLength(5);
    expect(at(data, item22[0], 8)!.value).toBe("no");
    expect(at(data, 1, 9)!.value).toBe("R5達成状況!E11");
    // Item 22 is under goal II (key 2), one row for each of five departments: first of the item once, first in each department five times.
    expect(flags(item22).map(([goal, , first, inDept]) => [goal, first, inDept])).toEqual([[2, 1, 1], [2, 0, 1], [2, 0, 1], [2, 0, 1], [2, 0, 1]]);
    // Item 5 names 女性センター (department key 1: most entries) twice: the second row is not its first in that department.
    expect(flags(rowsOf(5))).toEqual([[1, 1, 1, 1], [1, 1, 0, 0], [1, 3, 0, 1]]);
  });

  test("PivotTables and charts are planned on the summary sheets, and each sheet has its marker", () => {
    const { plan } = seedPlan();
    const goal = sheetOf(plan, "goal");
    expect(goal.pivot).toMatchObject({ sourceTable: "AchvData", rows: "基本目標", columns: "達成度", values: "取組項目" });
    expect(goal.chart).toMatchObject({ values: "E4:H8", categories: "A5:A8" });
    expect(plan.sheets.map((s) => s.marker)).toEqual(["ACHV_SUMMARY_DATA", "ACHV_SUMMARY_GOAL", "ACHV_SUMMARY_DEPARTMENT"]);
  });

  test("on the seed, every formula gives the value its cell carries (女性センター: 38 entries, 37 items)", () => {
    for (const lang of ["ja", "en"] as const) {
      const { plan } = seedPlan(lang);
      for (const kind of ["goal", "department"] as const) {
        const sheet = sheetOf(plan, kind);
        for (const c of sheet.cells.filter((x) => x.formula)) expect([c.row, c.col, round(evaluate(plan, sheet, c.formula!))]).toEqual([c.row, c.col, round(c.value ?? "")]);
      }
    }
    const { plan } = seedPlan();
    expect(evaluated(plan, sheetOf(plan, "department"))[1].slice(0, 4)).toEqual(["女性センター", "", 38, 37]);
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
    // 基本目標, 名称, 評価数, 項目数, S A B C －, 評価対象外, 未評価, 達成率: worked out by hand from the fixture.
    expect(evaluated(plan, sheetOf(plan, "goal")).slice(1).map((r) => r.map(round))).toEqual([
      ["", "", 3, 1, 1, 0, 0, 0, 2, 2, 0, 1],
      ["1", "地域の活力づくり", 5, 2, 0, 2, 1, 0, 1, 1, 1, round(2 / 3)],
      ["2", "安心して暮らせるまち", 4, 2, 1, 0, 0, 2, 0, 0, 1, round(1 / 3)],
      ["合計", "", 12, 5, 2, 2, 1, 2, 3, 3, 2, round(4 / 7)],
    ]);
    expect(evaluated(plan, sheetOf(plan, "department")).slice(1).map((r) => [r[0], ...r.slice(2)].map(round))).toEqual(SECTION_DEPARTMENT_TABLE);
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
    expect(evaluate(plan, dept, at(dept, 8, 11)!.formula!)).toBe("");
    expect(at(dept, 8, 11)!.value).toBeNull();
  });

  test("every formula gives the value its cell carries", async () => {
    const plan = await sectionPlan();
    for (const kind of ["goal", "department"] as const) {
      const sheet = sheetOf(plan, kind);
      for (const c of sheet.cells.filter((x) => x.formula)) expect([c.row, c.col, round(evaluate(plan, sheet, c.formula!))]).toEqual([c.row, c.col, round(c.value ?? "")]);
    }
  });
});

/** Arguments of each COUNTIFS / SUMIFS call in a formula (none of their arguments holds parentheses or commas). */
const calls = (formula: string) => [...formula.matchAll(/\b(COUNTIFS|SUMIFS)\(([^()]*)\)/g)].map((m) => ({ fn: m[1], args: m[2].split(",") }));
const TABLE_REF = /AchvData\[[^\]]*\]/g;

describe("the shape of the summary formulas", () => {
  test("they match numeric keys and the header's rating code only, never a label, title or narrative, in functions Excel 2016 has", async () => {
    const keyed = ["AchvData[目標キー]", "AchvData[担当課キー]", "AchvData[項目初出]", "AchvData[担当課内項目初出]", "AchvData[達成度]"];
    for (const plan of [seedPlan().plan, await sectionPlan()]) {
      for (const kind of ["goal", "department"] as const) {
        for (const { formula } of sheetOf(plan, kind).cells.filter((c) => c.formula)) {
          expect([...formula!.matchAll(/\b([A-Z]+)\(/g)].map((m) => m[1]).filter((f) => !["COUNTIFS", "SUMIFS", "COUNT", "SUM", "IF"].includes(f))).toEqual([]);
          for (const ref of formula!.match(TABLE_REF) ?? []) expect(keyed).toContain(ref);
          for (const { fn, args } of calls(formula!)) {
            const criteria = args.filter((_, i) => (fn === "SUMIFS" ? i > 0 && i % 2 === 0 : i % 2 === 1));
            // A key is a number; a rating code is the code column's header cell (row 4), a few characters.
            for (const c of criteria) expect(c).toMatch(/^(\d+|"="&[A-Z]+\$4|"=(?:~[*?~]|[^*?~"])+")$/);
          }
        }
      }
    }
  });

  test("recalculation grows linearly: no formula in the data table, and the same table references at 400 and 1,200 entries", () => {
    const shape = (entries: number) => {
      const r = validateSheet(benchSnapshot(entries));
      const plan = buildSummaryPlan(r.plan!, r.summary!, { lang: "ja", date: "2026-11-25" });
      expect(sheetOf(plan, "data").cells.filter((c) => c.formula)).toEqual([]);
      const formulas = plan.sheets.flatMap((s) => s.cells.flatMap((c) => (c.formula ? [c.formula] : [])));
      // Each reference to a table column is one pass over the entries; their number must not depend on the entries.
      return { formulas: formulas.length, passes: formulas.reduce((n, f) => n + (f.match(TABLE_REF)?.length ?? 0), 0), sumproduct: formulas.filter((f) => f.includes("SUMPRODUCT")).length };
    };
    const small = shape(400);
    expect(small.sumproduct).toBe(0);
    expect(shape(1200)).toEqual(small);
  });
});

describe("rating codes that COUNTIFS would read as wildcards", () => {
  test("a legend with * and ? codes: each counts its own entries, not every entry", () => {
    const legend: [string, string][] = [["区分", "内容"], ["◎", "計画以上"], ["*", "計画どおり"], ["?", "やや遅れ"], ["△", "遅れ"]];
    const snap = sheet(
      [
        ["I 目標", "1 施策", "1 項目", "総務課", "◎", "講座を開いた。"],
        [null, null, "2 項目", "企画課", "*", "冊子を配った。"],
        [null, null, "3 項目", "財政課", "*", "会議を開いた。"],
        [null, null, "4 項目", "人事課", "?", "研修をした。"],
      ],
      { legend },
    );
    const result = validateSheet(snap);
    expect(result.scale.codes).toEqual(["◎", "*", "?", "△"]);
    const plan = buildSummaryPlan(result.plan!, result.summary!, { lang: "ja", date: "2026-11-26" });
    const goal = sheetOf(plan, "goal");
    // Row I: 4 entries, then the codes ◎ * ? △ counted 1, 2, 1, 0 by the formulas themselves.
    expect(evaluated(plan, goal)[1].slice(2, 8).map(round)).toEqual([4, 4, 1, 2, 1, 0]);
    for (const c of goal.cells.filter((x) => x.formula)) expect([c.row, c.col, round(evaluate(plan, goal, c.formula!))]).toEqual([c.row, c.col, round(c.value ?? "")]);
  });
});
