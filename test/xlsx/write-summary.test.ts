import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { buildSummaryPlan } from "../../src/core/plan/summary-plan";
import { validateSheet } from "../../src/core/validate";
import { addSummarySheets, summaryMarkers } from "../../src/xlsx/write-summary";
import { freeSheetName } from "../../src/core/plan/sheet-names";
import { statusSheet } from "../../src/core/roundtrip/status";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { recalculate } from "../helpers/recalc";
import {
  SAMPLE_XLSX,
  SEED_COLUMNS,
  saveWithSheetDeleted,
  seedRows,
  tempDir,
  writeWorkbook,
} from "../helpers/workbooks";
import { SECTION_DEPARTMENT_TABLE, SECTION_LAYOUT, SECTION_ROWS } from "../core/plan/fixtures";

const dir = tempDir();

async function summarizeCopy(input: string, out: string, lang: "ja" | "en" = "ja") {
  const book = loadWorkbookFile(input);
  const result = validateSheet(book.readSheet(book.sheetNames[0]));
  const plan = buildSummaryPlan(result.plan!, result.summary!, { lang, date: "2026-11-25" });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const placed = addSummarySheets(wb, plan, summaryMarkers(readFileSync(input)));
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
    expect([...b.merges].sort((x, y) => x.top - y.top || x.left - y.left)).toEqual(
      [...a.merges].sort((x, y) => x.top - y.top || x.left - y.left)
    );
  });

  test("the data sheet is an Excel table and the summary cells are formulas with their values", async () => {
    const out = join(dir, "sum-formulas.xlsx");
    await summarizeCopy(SAMPLE_XLSX, out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const data = wb.getWorksheet("達成状況データ")!;
    const table = data.getTable("AchvData") as unknown as {
      table: { ref: string; tableRef?: string };
    };
    expect(table).toBeDefined();
    expect(data.rowCount).toBe(129);
    const goal = wb.getWorksheet("基本目標別集計")!;
    expect(goal.getCell("C5").formula).toBe("COUNTIFS(AchvData[目標キー],1)");
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
    expect(placed.map((p) => p.name)).toEqual([
      "達成状況データ",
      "基本目標別集計 (2)",
      "担当課別集計",
    ]);
    const back = loadWorkbookFile(third);
    expect(back.sheetNames).toEqual([
      "R5達成状況",
      "基本目標別集計",
      "達成状況データ",
      "基本目標別集計 (2)",
      "担当課別集計",
    ]);
    expect(back.readSheet("基本目標別集計").values).toEqual([["私のメモ"]]);
  });

  /** The sample with the summaries and a sheet of the user's named #REF, saved by Excel once the user deleted 基本目標別集計. */
  async function withGoalSheetDeleted(prefix: string): Promise<string> {
    const first = join(dir, `${prefix}-1.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_XLSX);
    wb.addWorksheet("#REF").getCell("A1").value = "私のメモ";
    await wb.xlsx.writeFile(first);
    const second = join(dir, `${prefix}-2.xlsx`);
    await summarizeCopy(first, second);
    return saveWithSheetDeleted(second, "基本目標別集計", join(dir, `${prefix}-3.xlsx`));
  }

  /** The add-in's workbook names as the file's workbook part writes them. */
  const addinNames = (path: string) =>
    [
      ...strFromU8(unzipSync(new Uint8Array(readFileSync(path)))["xl/workbook.xml"]).matchAll(
        /<definedName name="(ACHV_\w+)">([^<]*)</g
      ),
    ].map((m) => [m[1], m[2].replace(/&apos;/g, "'")]);

  test("a summary sheet the user deleted leaves its name at #REF!: inserting again keeps the user's own sheet named #REF", async () => {
    const out = join(dir, "ref-again.xlsx");
    await summarizeCopy(await withGoalSheetDeleted("ref"), out);
    const back = loadWorkbookFile(out);
    expect(back.sheetNames).toEqual([
      "R5達成状況",
      "#REF",
      "達成状況データ",
      "基本目標別集計",
      "担当課別集計",
    ]);
    expect(back.readSheet("#REF").values).toEqual([["私のメモ"]]);
    expect(addinNames(out)).toEqual([
      ["ACHV_SUMMARY_DATA", "'達成状況データ'!$A$1"],
      ["ACHV_SUMMARY_GOAL", "'基本目標別集計'!$A$1"],
      ["ACHV_SUMMARY_DEPARTMENT", "'担当課別集計'!$A$1"],
    ]);
  });

  test("a sheet of another kind inserted meanwhile (回答状況) does not leave the deleted sheet's name pointing at the user's sheet named #REF", async () => {
    const withStatus = join(dir, "ref-status.xlsx");
    const deleted = await withGoalSheetDeleted("ref-status");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(deleted);
    addSummarySheets(
      wb,
      { sheets: [statusSheet([], "ja", "2026-11-25")] },
      summaryMarkers(readFileSync(deleted))
    );
    await wb.xlsx.writeFile(withStatus);
    expect(addinNames(withStatus)).toEqual([
      ["ACHV_SUMMARY_DATA", "'達成状況データ'!$A$1"],
      ["ACHV_SUMMARY_DEPARTMENT", "'担当課別集計'!$A$1"],
      ["ACHV_STATUS", "'回答状況'!$A$1"],
    ]);
    const out = join(dir, "ref-status-again.xlsx");
    await summarizeCopy(withStatus, out);
    const back = loadWorkbookFile(out);
    expect(back.sheetNames).toEqual([
      "R5達成状況",
      "#REF",
      "回答状況",
      "達成状況データ",
      "基本目標別集計",
      "担当課別集計",
    ]);
    expect(back.readSheet("#REF").values).toEqual([["私のメモ"]]);
  });

  /** The summary tables as written (the values we computed) and as LibreOffice recomputes them from the formulas alone. */
  async function writtenAndRecomputed(out: string, names: string[]) {
    const ours = loadWorkbookFile(out);
    const theirs = await recalculate(out);
    // Every row as wide as the header: a blank rate at the end of a row is "" like any blank cell.
    const norm = (rows: unknown[][]) =>
      rows.map((r) =>
        Array.from({ length: rows[0].length }, (_, i) =>
          typeof r[i] === "number" ? Math.round((r[i] as number) * 1e9) / 1e9 : (r[i] ?? "")
        )
      );
    return names.map((name) => ({
      written: norm(ours.readSheet(name).values.slice(3)),
      recomputed: norm(theirs.readSheet(name).values.slice(3)),
    }));
  }

  test("a spreadsheet engine computes the same counts from the formulas (mixed A-D with unrated entries)", async () => {
    const codes = ["A", "B", "C", "D", "", "E"];
    const rows = seedRows().map((r, i) => ({
      ...r,
      rating: r.rating.includes("\n") ? "A\nC" : codes[i % codes.length],
    }));
    const input = await writeWorkbook(join(dir, "mixed.xlsx"), rows, {
      sheetName: "R6",
      columns: SEED_COLUMNS,
      legend: null,
      fill: "merge",
    });
    const out = join(dir, "mixed-sum.xlsx");
    await summarizeCopy(input, out, "en");
    for (const { written, recomputed } of await writtenAndRecomputed(out, [
      "By goal",
      "By department",
    ]))
      expect(recomputed).toEqual(written);
    const ours = loadWorkbookFile(out);
    const total = ours.readSheet("By goal").values.find((r) => r[0] === "Total")!;
    const written = rows.flatMap((r) => r.rating.split("\n"));
    const count = (c: string) => written.filter((x) => x === c).length;
    expect(total.slice(2, 10)).toEqual([
      128,
      59,
      count("A"),
      count("B"),
      count("C"),
      count("D"),
      0,
      count("") + count("E"),
    ]);
  }, 180_000);

  test("blank goal and measure cells, a 310-character item title, a not-evaluable code: the engine gets the fixture's numbers, no error", async () => {
    const input = await writeWorkbook(join(dir, "sections.xlsx"), SECTION_ROWS, SECTION_LAYOUT);
    const out = join(dir, "sections-sum.xlsx");
    await summarizeCopy(input, out);
    const [goal, department] = await writtenAndRecomputed(out, ["基本目標別集計", "担当課別集計"]);
    expect(goal.recomputed).toEqual(goal.written);
    expect(department.recomputed).toEqual(department.written);
    const round = (x: number) => Math.round(x * 1e9) / 1e9;
    // 基本目標, 名称, 評価数, 項目数, S A B C －, 評価対象外, 未評価, 達成率: the fixture's numbers, worked out by hand.
    expect(goal.recomputed.slice(1)).toEqual([
      ["", "", 3, 1, 1, 0, 0, 0, 2, 2, 0, 1],
      [1, "地域の活力づくり", 5, 2, 0, 2, 1, 0, 1, 1, 1, round(2 / 3)],
      [2, "安心して暮らせるまち", 4, 2, 1, 0, 0, 2, 0, 0, 1, round(1 / 3)],
      ["合計", "", 12, 5, 2, 2, 1, 2, 3, 3, 2, round(4 / 7)],
    ]);
    expect(department.recomputed.slice(1)).toEqual(SECTION_DEPARTMENT_TABLE);
  }, 180_000);

  test("what the file keeps for print: landscape, one page wide, header rows on every page, the data's print area, ruled tables, #,##0 counts, wrapped names", async () => {
    const out = join(dir, "sum-print.xlsx");
    await summarizeCopy(SAMPLE_XLSX, out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const [data, goal, department] = ["達成状況データ", "基本目標別集計", "担当課別集計"].map((n) =>
      wb.getWorksheet(n)!
    );
    for (const ws of [data, goal, department]) {
      expect(ws.pageSetup).toMatchObject({
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws.headerFooter.oddHeader).toBe(
        "&Cつるがしま男女共同参画推進プラン（第6次）達成状況一覧　令和5年度"
      );
      expect(ws.headerFooter.oddFooter).toBe("&C&A　&P / &N");
    }
    // The print titles and area as Excel reads them: names local to each sheet in the workbook part.
    const workbookXml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))["xl/workbook.xml"]);
    const printNames = [
      ...workbookXml.matchAll(
        /<definedName name="(_xlnm\.Print_\w+)" localSheetId="\d+">([^<]*)</g
      ),
    ].map((m) => [m[1], m[2].replace(/&apos;/g, "'")]);
    expect(printNames).toEqual([
      ["_xlnm.Print_Area", "'達成状況データ'!$A$1:$J$129"],
      ["_xlnm.Print_Titles", "'達成状況データ'!$1:$1"],
      ["_xlnm.Print_Titles", "'基本目標別集計'!$4:$4"],
      ["_xlnm.Print_Titles", "'担当課別集計'!$4:$4"],
    ]);
    expect(goal.getCell("A1").value).toBe(
      "つるがしま男女共同参画推進プラン（第6次）達成状況一覧　令和5年度"
    );
    // Goal III as its cell writes it, its name wrapped in a column wide enough to read.
    expect([goal.getCell("A7").value, goal.getCell("B7").value]).toEqual([
      "Ⅲ",
      "すこやかで安心できる安全な暮らしの実現 （施策11～14はDV対策基本計画）",
    ]);
    expect(goal.getCell("B7").alignment).toMatchObject({ wrapText: true });
    expect(goal.getCell("A2").alignment?.wrapText).toBeFalsy();
    expect(goal.getColumn(2).width).toBe(44);
    expect(goal.getCell("C5").numFmt).toBe("#,##0");
    expect(goal.getCell("K9").numFmt).toBe("0.0%");
    for (const address of ["A4", "K4", "A9", "K9", "F6"])
      expect(goal.getCell(address).border).toMatchObject({
        top: { style: "thin" },
        bottom: { style: "thin" },
        left: { style: "thin" },
        right: { style: "thin" },
      });
    expect(goal.getCell("A10").border ?? {}).toEqual({});
    expect(department.getCell("B4").value).toBe("評価数");
  });

  test("free sheet names keep Excel's 31-character limit", () => {
    const taken = new Set(["a".repeat(31)]);
    expect(freeSheetName("a".repeat(40), (n) => taken.has(n))).toBe(`${"a".repeat(27)} (2)`);
  });
});
