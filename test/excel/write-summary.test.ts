import { buildSummaryPlan } from "../../src/core/plan/summary-plan";
import { validateSheet } from "../../src/core/validate";
import { WEB_REQUEST_BYTES, requestBytesFor, writeSummarySheets } from "../../src/excel/write-summary";
import { sheetOfReference } from "../../src/core/plan/sheet-names";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { WorkbookFake } from "../helpers/workbook-fake";
import { SAMPLE_XLSX } from "../helpers/workbooks";

/** Excel on Windows or Mac: no request cap. */
const FULL = { pivots: true, suspendScreen: true };
/** Excel on the web: requests capped at 5 MB. */
const WEB = { ...FULL, requestBytes: requestBytesFor("OfficeOnline") };

function planFor(snapshot: SheetSnapshot) {
  const r = validateSheet(snapshot);
  return (tableName: string) => buildSummaryPlan(r.plan!, r.summary!, { lang: "ja", date: "2026-11-25", tableName });
}

function sample(): SheetSnapshot {
  const book = loadWorkbookFile(SAMPLE_XLSX);
  return book.readSheet(book.sheetNames[0]);
}

/** A sheet in the seed's layout with n entries (items of four departments). */
function sized(n: number): SheetSnapshot {
  const values: (string | null)[][] = [["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"]];
  for (let i = 0; i < n; i++) values.push([`${["I", "II", "III"][Math.floor((3 * i) / n)]} 目標`, `${Math.floor(i / 40) + 1} 施策`, `${Math.floor(i / 4) + 1} 項目`, `課${i % 4}`, "ABCD"[i % 4], "報告の本文です。"]);
  return { name: "big", top: 0, left: 0, values, merges: [] };
}

describe("the Office.js summary writer", () => {
  test("writes the data table, the two summary sheets, PivotTables and charts, and marks each sheet", async () => {
    const wb = new WorkbookFake(["R5達成状況"]);
    const written = await writeSummarySheets(wb.context, planFor(sample()), FULL);
    expect(written.map((w) => w.name)).toEqual(["達成状況データ", "基本目標別集計", "担当課別集計"]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["R5達成状況", "達成状況データ", "基本目標別集計", "担当課別集計"]);
    expect(wb.sheet("達成状況データ")!.tables).toEqual(["A1:J129"]);
    expect(wb.sheet("基本目標別集計")!.pivots).toEqual([{ name: "AchvData_Goal", rows: "基本目標", columns: "達成度", summarizeBy: "Count" }]);
    expect(wb.sheet("担当課別集計")!.charts).toEqual([{ type: "BarStacked", source: "", title: "担当課別集計の達成度" }]);
    expect(wb.sheet("基本目標別集計")!.cells.get("4,2")).toBe("=COUNTIFS(AchvData[基本目標],$A5)");
    expect([...wb.names.keys()].sort()).toEqual(["ACHV_SUMMARY_DATA", "ACHV_SUMMARY_DEPARTMENT", "ACHV_SUMMARY_GOAL"]);
    expect(wb.screenSuspended).toBe(1);
  });

  test.each([
    [100, "desktop", FULL],
    [10_000, "desktop", FULL],
    [100, "web", WEB],
    [1000, "web", WEB],
    [10_000, "web", WEB],
  ] as const)("%i entries on the %s: three syncs", async (n, _where, options) => {
    const wb = new WorkbookFake(["big"]);
    await writeSummarySheets(wb.context, planFor(sized(n)), options);
    expect(wb.syncs).toBe(3);
    expect(wb.sheet("達成状況データ")!.tables).toEqual([`A1:J${n + 1}`]);
  }, 60_000);

  const rowsWritten = (wb: WorkbookFake) => new Set([...wb.sheet("達成状況データ")!.cells.keys()].map((k) => k.split(",")[0])).size;

  test("on the web a data table past the 5 MB request cap goes in blocks of rows, every row written once", async () => {
    const n = 60_000;
    const wb = new WorkbookFake(["big"]);
    await writeSummarySheets(wb.context, planFor(sized(n)), WEB);
    const writes = wb.log.filter((w) => w.startsWith("formulas 達成状況データ"));
    expect(writes.length).toBeGreaterThan(1);
    expect(wb.syncs).toBe(2 + writes.length);
    expect(rowsWritten(wb)).toBe(n + 1);
  }, 120_000);

  test("on Windows or Mac, where requests have no cap, the same table is one write and the insert stays at three syncs", async () => {
    const n = 60_000;
    const wb = new WorkbookFake(["big"]);
    await writeSummarySheets(wb.context, planFor(sized(n)), FULL);
    expect(wb.log.filter((w) => w.startsWith("formulas 達成状況データ"))).toHaveLength(1);
    expect(wb.syncs).toBe(3);
    expect(rowsWritten(wb)).toBe(n + 1);
  }, 120_000);

  /** 70,000 entries: some 5.7 MB of cell text, past what Excel on the web takes in one request. */
  const OVER_5MB = 70_000;
  const FIVE_MB = 5 * 1024 * 1024;

  test("on a host that refuses requests over 5 MB, every block the web writer sends is under it", async () => {
    const wb = new WorkbookFake(["big"]);
    wb.requestLimit = FIVE_MB;
    await writeSummarySheets(wb.context, planFor(sized(OVER_5MB)), WEB);
    expect(Math.max(...wb.requests)).toBeLessThanOrEqual(FIVE_MB);
    expect(wb.requests.reduce((a, b) => a + b)).toBeGreaterThan(FIVE_MB);
    expect(rowsWritten(wb)).toBe(OVER_5MB + 1);
  }, 120_000);

  test("a host thought uncapped that refuses the one large write gets the same sheets written in blocks, nothing twice", async () => {
    const wb = new WorkbookFake(["big"]);
    wb.requestLimit = FIVE_MB;
    const written = await writeSummarySheets(wb.context, planFor(sized(OVER_5MB)), FULL);
    expect(wb.requests.filter((b) => b > FIVE_MB)).toHaveLength(1);
    expect(written.map((w) => w.name)).toEqual(["達成状況データ", "基本目標別集計", "担当課別集計"]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["big", "達成状況データ", "基本目標別集計", "担当課別集計"]);
    expect(rowsWritten(wb)).toBe(OVER_5MB + 1);
    expect([...wb.names.keys()].sort()).toEqual(["ACHV_SUMMARY_DATA", "ACHV_SUMMARY_DEPARTMENT", "ACHV_SUMMARY_GOAL"]);
    expect(wb.log.filter((w) => /^table \S+!/.test(w))).toEqual([`table 達成状況データ!A1:J${OVER_5MB + 1}`]);
  }, 120_000);

  test("other failures are not retried", async () => {
    const wb = new WorkbookFake(["big"]);
    wb.failOn = /^formulas 達成状況データ/;
    await expect(writeSummarySheets(wb.context, planFor(sized(100)), FULL)).rejects.toThrow(/failed at/);
    expect(wb.sheets.map((s) => s.name)).toEqual(["big"]);
    expect(wb.syncs).toBe(3);
  });

  test("only the desktop platforms go without the cap; an unknown platform is treated as the web", () => {
    for (const p of ["PC", "Mac", "iOS", "Android", "Universal"]) expect(requestBytesFor(p)).toBeUndefined();
    for (const p of ["OfficeOnline", undefined, ""]) expect(requestBytesFor(p)).toBe(WEB_REQUEST_BYTES);
    expect(WEB_REQUEST_BYTES).toBeLessThan(5 * 1024 * 1024);
  });

  test("inserting again replaces only its own sheets; a user's sheet of the same name stays", async () => {
    const wb = new WorkbookFake(["R5達成状況", "基本目標別集計"]);
    wb.sheet("基本目標別集計")!.cells.set("0,0", "私のメモ");
    await writeSummarySheets(wb.context, planFor(sample()), FULL);
    await writeSummarySheets(wb.context, planFor(sample()), FULL);
    expect(wb.sheets.map((s) => s.name)).toEqual(["R5達成状況", "基本目標別集計", "達成状況データ", "基本目標別集計 (2)", "担当課別集計"]);
    expect(wb.sheet("基本目標別集計")!.cells.get("0,0")).toBe("私のメモ");
    expect(wb.names.get("ACHV_SUMMARY_GOAL")!.name).toBe("基本目標別集計 (2)");
  });

  test.each(["pivot", "chart", "add sheet 担当課別集計", "table"])("a failure at '%s' leaves no half-made sheet and keeps the earlier summaries", async (step) => {
    const wb = new WorkbookFake(["R5達成状況"]);
    await writeSummarySheets(wb.context, planFor(sample()), FULL);
    const before = wb.sheets.map((s) => s.name);
    const names = new Map([...wb.names].map(([k, v]) => [k, v.name]));
    wb.failOn = new RegExp(`^${step}`);
    await expect(writeSummarySheets(wb.context, planFor(sample()), FULL)).rejects.toThrow(/failed at/);
    expect(wb.sheets.map((s) => s.name)).toEqual(before);
    expect(new Map([...wb.names].map(([k, v]) => [k, v.name]))).toEqual(names);
  });

  test("without ExcelApi 1.8 the static tables are written and no PivotTable", async () => {
    const wb = new WorkbookFake(["R5達成状況"]);
    await writeSummarySheets(wb.context, planFor(sample()), { pivots: false, suspendScreen: false });
    expect(wb.sheets.flatMap((s) => s.pivots)).toEqual([]);
    expect(wb.sheet("基本目標別集計")!.cells.size).toBeGreaterThan(20);
  });

  test("cell text that looks like a formula is written as text", async () => {
    const snap = sized(4);
    snap.values[1][3] = "=1+2";
    const wb = new WorkbookFake(["big"]);
    await writeSummarySheets(wb.context, planFor(snap), FULL);
    const data = wb.sheet("達成状況データ")!;
    expect([...data.cells.values()]).toContain("'=1+2");
    expect([...data.cells.values()].filter((v) => typeof v === "string" && v.startsWith("="))).toEqual([]);
  });

  test("sheet references are read back from name formulas", () => {
    expect(sheetOfReference("='基本目標別集計 (2)'!$A$1")).toBe("基本目標別集計 (2)");
    expect(sheetOfReference("=Data!$A$1")).toBe("Data");
    expect(sheetOfReference("='It''s'!$A$1")).toBe("It's");
  });
});
