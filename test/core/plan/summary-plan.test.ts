import { buildSummaryPlan } from "../../../src/core/plan/summary-plan";
import { validateSheet } from "../../../src/core/validate";
import { loadWorkbookFile } from "../../../src/xlsx/load-file";
import { SAMPLE_XLSX } from "../../helpers/workbooks";

function seedPlan(lang: "ja" | "en" = "ja") {
  const book = loadWorkbookFile(SAMPLE_XLSX);
  const r = validateSheet(book.readSheet(book.sheetNames[0]));
  return { r, plan: buildSummaryPlan(r.plan!, r.summary!, { lang, date: "2026-11-25" }) };
}

const at = (sheet: { cells: { row: number; col: number; value: unknown; formula?: string }[] }, row: number, col: number) =>
  sheet.cells.find((c) => c.row === row && c.col === col);

describe("the summary plan", () => {
  test("on the seed: goal I has 19 entries, 7 items, B 19, rate 100%", () => {
    const { plan } = seedPlan();
    const byGoal = plan.sheets.find((s) => s.kind === "goal")!;
    const header = byGoal.cells.filter((c) => c.row === 3).map((c) => c.value);
    expect(header).toEqual(["基本目標", "名称", "評価数", "項目数", "A", "B", "C", "D", "評価対象外", "未評価", "達成率"]);
    const row = byGoal.cells.filter((c) => c.row === 4).map((c) => c.value);
    expect(row).toEqual(["I", "男女共同参画の意識づくり", 19, 7, 0, 19, 0, 0, 0, 0, 1]);
    expect(at(byGoal, 4, 2)!.formula).toBe("=COUNTIFS(AchvData[基本目標],$A5)");
    expect(at(byGoal, 4, 5)!.formula).toBe('=COUNTIFS(AchvData[基本目標],$A5,AchvData[達成度],"="&F$4)');
    expect(at(byGoal, 4, 10)).toMatchObject({ numberFormat: "0.0%" });
  });

  test("department rows add up to 128 entries, and the total row says so", () => {
    const { plan, r } = seedPlan();
    const byDept = plan.sheets.find((s) => s.kind === "department")!;
    const rows = r.summary!.byDepartment.length;
    const entries = byDept.cells.filter((c) => c.col === 2 && c.row >= 4 && c.row < 4 + rows).map((c) => c.value as number);
    expect(entries.reduce((a, b) => a + b, 0)).toBe(128);
    expect(byDept.cells.filter((c) => c.row === 4 + rows).map((c) => c.value).slice(0, 4)).toEqual(["合計", "", 128, 59]);
  });

  test("the data table has one row per entry and the source cell of each", () => {
    const { plan } = seedPlan("en");
    const data = plan.sheets.find((s) => s.kind === "data")!;
    expect(data.table).toMatchObject({ name: "AchvData", top: 0, bottom: 128 });
    expect(data.table!.columns).toEqual(["Goal", "Goal title", "Measure", "Measure title", "Item", "Item title", "Department", "Rating", "Narrative written", "Source cell"]);
    const item22 = data.cells.filter((c) => c.col === 4 && c.value === 22).map((c) => c.row);
    expect(item22).toHaveLength(5);
    expect(at(data, item22[0], 8)!.value).toBe("no");
    expect(at(data, 1, 9)!.value).toBe("R5達成状況!E11");
  });

  test("PivotTables and charts are planned on the summary sheets, and each sheet has its marker", () => {
    const { plan } = seedPlan();
    const goal = plan.sheets.find((s) => s.kind === "goal")!;
    expect(goal.pivot).toMatchObject({ sourceTable: "AchvData", rows: "基本目標", columns: "達成度", values: "取組項目" });
    expect(goal.chart).toMatchObject({ values: "E4:H8", categories: "A5:A8" });
    expect(plan.sheets.map((s) => s.marker)).toEqual(["ACHV_SUMMARY_DATA", "ACHV_SUMMARY_GOAL", "ACHV_SUMMARY_DEPARTMENT"]);
  });
});
