import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { buildSummaryPlan } from "../../src/core/plan/summary-plan";
import { validateSheet } from "../../src/core/validate";
import { addSummarySheets, summaryMarkers } from "../../src/xlsx/write-summary";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import type { PlanRow } from "../../scripts/samples/plan-rows";
import { pdfPages, type PdfPage } from "../helpers/pdf-text";
import { SOFFICE } from "../helpers/recalc";
import { SAMPLE_XLSX, SEED_COLUMNS, seedRows, tempDir, writeWorkbook } from "../helpers/workbooks";

/**
 * The summary sheets as LibreOffice prints them: each workbook the file writer made is
 * exported to PDF, and each page is read back as text. A page belongs to the summary
 * sheet its footer names (the sheets' footer prints the sheet's name and the page).
 */

const dir = tempDir();
const SUMMARIES = ["達成状況データ", "基本目標別集計", "担当課別集計"];
/** The columns each printed page must show whole: the first and last of the table and every one between. */
const DATA_HEAD = [
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
];
const goalHead = (codes: string[]) => [
  "基本目標",
  "名称",
  "評価数",
  "項目数",
  ...codes,
  "評価対象外",
  "未評価",
  "達成率",
];
const departmentHead = (codes: string[]) => [
  "担当課",
  "評価数",
  "項目数",
  ...codes,
  "評価対象外",
  "未評価",
  "達成率",
];

async function summarizeCopy(input: string, out: string): Promise<void> {
  const book = loadWorkbookFile(input);
  const result = validateSheet(book.readSheet(book.sheetNames[0]));
  const plan = buildSummaryPlan(result.plan!, result.summary!, { lang: "ja", date: "2026-11-26" });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  addSummarySheets(wb, plan, summaryMarkers(readFileSync(input)));
  await wb.xlsx.writeFile(out);
}

/** Every file to PDF in one LibreOffice run; each file's pages. */
function printed(files: string[]): Map<string, PdfPage[]> {
  const out = join(dir, "pdf");
  mkdirSync(out, { recursive: true });
  execFileSync(
    SOFFICE,
    [
      "--headless",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      "pdf",
      "--outdir",
      out,
      ...files,
    ],
    { stdio: "ignore", timeout: 240_000 }
  );
  return new Map(
    files.map((f) => [
      f,
      pdfPages(new Uint8Array(readFileSync(join(out, basename(f).replace(/\.xlsx$/, ".pdf"))))),
    ])
  );
}

/** The pages of each summary sheet, by the sheet name its footer prints (a line of its own). */
function bySheet(pages: PdfPage[]): Map<string, PdfPage[]> {
  const out = new Map<string, PdfPage[]>(SUMMARIES.map((s) => [s, []]));
  for (const page of pages) {
    const lines = page.text.split("\n").map((l) => l.trim());
    const sheet = SUMMARIES.find((s) => lines.includes(s));
    if (sheet) out.get(sheet)!.push(page);
  }
  return out;
}

/** A page's text as one run without spaces: names wrapped over lines read whole again. */
const flat = (page: PdfPage) => page.text.replace(/\s/g, "");
const lines = (page: PdfPage) => page.text.split("\n").map((l) => l.trim());

/** 1,200 entries: 300 items of four departments each, over three goals. */
function largeRows(): PlanRow[] {
  const rows: PlanRow[] = [];
  for (let i = 0; i < 300; i++) {
    for (const [d, department] of ["企画課", "総務課", "財政課", "税務課"].entries()) {
      rows.push({
        page: Math.floor(i / 10) + 1,
        goal: `${Math.floor(i / 100) + 1} 目標その${Math.floor(i / 100) + 1}`,
        measure: `${Math.floor(i / 20) + 1} 施策その${Math.floor(i / 20) + 1}`,
        item: `${i + 1} 取組その${i + 1}`,
        department,
        rating: "ABCD"[(i + d) % 4],
        narrative: `取組${i + 1}を実施した。`,
      });
    }
  }
  return rows;
}

describe("the summary sheets as LibreOffice prints them (PDF export)", () => {
  let sample: Map<string, PdfPage[]>;
  let large: Map<string, PdfPage[]>;

  beforeAll(async () => {
    const sampleOut = join(dir, "sample-summary.xlsx");
    await summarizeCopy(SAMPLE_XLSX, sampleOut);
    const input = await writeWorkbook(join(dir, "large.xlsx"), largeRows(), {
      sheetName: "R6達成状況",
      title: "第2次まちづくり計画 達成状況",
      columns: SEED_COLUMNS,
      legend: null,
      fill: "merge",
    });
    const largeOut = join(dir, "large-summary.xlsx");
    await summarizeCopy(input, largeOut);
    const pdfs = printed([sampleOut, largeOut]);
    sample = bySheet(pdfs.get(sampleOut)!);
    large = bySheet(pdfs.get(largeOut)!);
  }, 300_000);

  test("the sample: one landscape page by goal and one by department, each with every column of its table", () => {
    const [goal] = sample.get("基本目標別集計")!;
    const [department] = sample.get("担当課別集計")!;
    expect(sample.get("基本目標別集計")).toHaveLength(1);
    expect(sample.get("担当課別集計")).toHaveLength(1);
    for (const page of [goal, department]) expect(page.width).toBeGreaterThan(page.height);
    expect(goalHead(["A", "B", "C", "D"]).filter((h) => !lines(goal).includes(h))).toEqual([]);
    expect(
      departmentHead(["A", "B", "C", "D"]).filter((h) => !lines(department).includes(h))
    ).toEqual([]);
    expect(lines(department)).not.toContain("名称");
  });

  test("the sample: goal names print whole, as the sheet writes them", () => {
    const [goal] = sample.get("基本目標別集計")!;
    const written = [...new Set(seedRows().map((r) => r.goal))].filter((g) => !/続/.test(g));
    for (const label of written) {
      const space = label.indexOf(" ");
      expect(lines(goal)).toContain(label.slice(0, space));
      expect(flat(goal)).toContain(label.slice(space + 1).replace(/\s/g, ""));
    }
    expect(flat(goal)).toContain("（施策3～8は女性活躍推進計画）");
    expect(lines(goal)).toContain("Ⅲ");
    expect(lines(goal)).toContain("100.0%");
  });

  test("the sample: every page of the data sheet repeats its header, names the plan and its year, and leaves the key columns out", () => {
    const data = sample.get("達成状況データ")!;
    expect(data.length).toBeGreaterThanOrEqual(1);
    for (const page of data) {
      expect(page.width).toBeGreaterThan(page.height);
      expect(DATA_HEAD.filter((h) => !lines(page).includes(h))).toEqual([]);
      expect(flat(page)).not.toContain("目標キー");
      expect(flat(page)).toContain(
        "つるがしま男女共同参画推進プラン（第6次）達成状況一覧令和5年度"
      );
    }
  });

  test("1,200 entries: the data sheet runs over several pages, each with the whole header; the totals print with thousands separators", () => {
    const data = large.get("達成状況データ")!;
    expect(data.length).toBeGreaterThan(1);
    for (const page of data) expect(DATA_HEAD.filter((h) => !lines(page).includes(h))).toEqual([]);
    const [goal] = large.get("基本目標別集計")!;
    const [department] = large.get("担当課別集計")!;
    expect(large.get("基本目標別集計")).toHaveLength(1);
    expect(large.get("担当課別集計")).toHaveLength(1);
    expect(goalHead(["A", "B", "C", "D"]).filter((h) => !lines(goal).includes(h))).toEqual([]);
    expect(
      departmentHead(["A", "B", "C", "D"]).filter((h) => !lines(department).includes(h))
    ).toEqual([]);
    // The total: 1,200 entries on both; the title names the plan and the year of the sheet's name.
    expect(lines(goal)).toContain("1,200");
    expect(lines(department)).toContain("1,200");
    expect(flat(goal)).toContain("第2次まちづくり計画達成状況令和6年度基本目標別達成状況");
  });
});
