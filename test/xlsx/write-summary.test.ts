import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildSummaryPlan } from "../../src/core/plan/summary-plan";
import { validateSheet } from "../../src/core/validate";
import { addSummarySheets } from "../../src/xlsx/write-summary";
import { freeSheetName } from "../../src/core/plan/sheet-names";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { recalculate } from "../helpers/recalc";
import { SAMPLE_XLSX, SEED_COLUMNS, seedRows, tempDir, writeWorkbook } from "../helpers/workbooks";

const dir = tempDir();

async function summarizeCopy(input: string, out: string, lang: "ja" | "en" = "ja") {
  const book = loadWorkbookFile(input);
  const result = validateSheet(book.readSheet(book.sheetNames[0]));
  const plan = buildSummaryPlan(result.plan!, result.summary!, { lang, date: "2026-11-25" });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const placed = addSummarySheets(wb, plan);
  await wb.xlsx.writeFile(out);
  return { placed, result };
}

describe("the file writer", () => {
  test("the user's sheet reads back identical: values and merged areas", async () => {
    const out = join(dir, "sum.xlsx");
    await summarizeCopy(SAMPLE_XLSX, out);
    const before = loadWorkbookFile(SAMPLE_XLSX);
    const after = loadWorkbookFile(out);
    const name = before.sheetNames[0];
    expect(after.sheetNames).toEqual([name, "達成状況データ", "基本目標別集計", "担当課別集計"]);
    const a = before.readSheet(name);
    const b = after.readSheet(name);
    expect(b.values).toEqual(a.values);
    expect([...b.merges].sort((x, y) => x.top - y.top || x.left - y.left)).toEqual([...a.merges].sort((x, y) => x.top - y.top || x.left - y.left));
  });

  test("the data sheet is an Excel table and the summary cells are formulas with their values", async () => {
    const out = join(dir, "sum-formulas.xlsx");
    await summarizeCopy(SAMPLE_XLSX, out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const data = wb.getWorksheet("達成状況データ")!;
    const table = data.getTable("AchvData") as unknown as { table: { ref: string; tableRef?: string } };
    expect(table).toBeDefined();
    expect(data.rowCount).toBe(129);
    const goal = wb.getWorksheet("基本目標別集計")!;
    expect(goal.getCell("C5").formula).toBe("COUNTIFS(AchvData[基本目標],$A5)");
    expect(goal.getCell("C5").result).toBe(19);
    expect(goal.getCell("K5").numFmt).toBe("0.0%");
  });

  test("inserting again replaces only the add-in's sheets; a user's sheet with the same name is never touched", async () => {
    const first = join(dir, "again-1.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_XLSX);
    const mine = wb.addWorksheet("基本目標別集計");
    mine.getCell("A1").value = "私のメモ";
    await wb.xlsx.writeFile(first);
    const second = join(dir, "again-2.xlsx");
    await summarizeCopy(first, second);
    const third = join(dir, "again-3.xlsx");
    const { placed } = await summarizeCopy(second, third);
    expect(placed.map((p) => p.name)).toEqual(["達成状況データ", "基本目標別集計 (2)", "担当課別集計"]);
    const back = loadWorkbookFile(third);
    expect(back.sheetNames).toEqual(["R5達成状況", "基本目標別集計", "達成状況データ", "基本目標別集計 (2)", "担当課別集計"]);
    expect(back.readSheet("基本目標別集計").values).toEqual([["私のメモ"]]);
  });

  test("a spreadsheet engine computes the same counts from the formulas (mixed A-D with unrated entries)", async () => {
    const codes = ["A", "B", "C", "D", "", "E"];
    const rows = seedRows().map((r, i) => ({ ...r, rating: r.rating.includes("\n") ? "A\nC" : codes[i % codes.length] }));
    const input = await writeWorkbook(join(dir, "mixed.xlsx"), rows, { sheetName: "R6", columns: SEED_COLUMNS, legend: null, fill: "merge" });
    const out = join(dir, "mixed-sum.xlsx");
    await summarizeCopy(input, out, "en");
    const ours = loadWorkbookFile(out);
    const theirs = await recalculate(out);
    for (const name of ["By goal", "By department"]) {
      const a = ours.readSheet(name).values.slice(3);
      const b = theirs.readSheet(name).values.slice(3).map((r) => r.map((v) => (v === null ? "" : v)));
      const norm = (rows: unknown[][]) => rows.map((r) => r.map((v) => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v === null ? "" : v)));
      expect(norm(b)).toEqual(norm(a));
    }
    const total = ours.readSheet("By goal").values.find((r) => r[0] === "Total")!;
    const written = rows.flatMap((r) => r.rating.split("\n"));
    const count = (c: string) => written.filter((x) => x === c).length;
    expect(total.slice(2, 10)).toEqual([128, 59, count("A"), count("B"), count("C"), count("D"), 0, count("") + count("E")]);
  }, 180_000);

  test("free sheet names keep Excel's 31-character limit", () => {
    const taken = new Set(["a".repeat(31)]);
    expect(freeSheetName("a".repeat(40), (n) => taken.has(n))).toBe(`${"a".repeat(27)} (2)`);
  });
});
