import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { buildSummaryPlan } from "../../src/core/plan/summary-plan";
import { validateSheet } from "../../src/core/validate";
import { createFileHost } from "../../src/xlsx/file-host";
import { openWorkbookBytes } from "../../src/xlsx/open-workbook";
import { NODE_IO } from "../../src/xlsx/load-file";
import {
  PRINT_SHEET_BREAKS,
  SAMPLE_XLSX,
  USER_NAMES,
  withSheetAdded,
  workbookWithNames,
} from "../helpers/workbooks";

/** The offline page's save: the workbook opened, the summaries inserted, the copy saved. */
async function savedWithSummaries(bytes: Uint8Array): Promise<Uint8Array> {
  const book = openWorkbookBytes(bytes, "names.xlsx", NODE_IO);
  const result = validateSheet(book.readSheet("R5達成状況"));
  const plan = buildSummaryPlan(result.plan!, result.summary!, { lang: "ja", date: "2026-11-25" });
  const host = createFileHost(book, "ja-JP", bytes);
  await host.insertSummaries(() => plan);
  return (await host.savedCopy())!;
}

const workbookPart = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["xl/workbook.xml"]);

/** Every workbook name's element, as the saved workbook part writes it. */
const namesIn = (bytes: Uint8Array) =>
  [...workbookPart(bytes).matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]);

/** The add-in's names and its sheets' print names, as ExcelJS writes them, the data sheet at `first`. */
const addinNames = (first: number) => [
  `<definedName name="ACHV_SUMMARY_DATA">&apos;達成状況データ&apos;!$A$1</definedName>`,
  `<definedName name="ACHV_SUMMARY_GOAL">&apos;基本目標別集計&apos;!$A$1</definedName>`,
  `<definedName name="ACHV_SUMMARY_DEPARTMENT">&apos;担当課別集計&apos;!$A$1</definedName>`,
  `<definedName name="_xlnm.Print_Area" localSheetId="${first}">&apos;達成状況データ&apos;!$A$1:$J$129</definedName>`,
  `<definedName name="_xlnm.Print_Titles" localSheetId="${first}">&apos;達成状況データ&apos;!$1:$1</definedName>`,
  `<definedName name="_xlnm.Print_Titles" localSheetId="${first + 1}">&apos;基本目標別集計&apos;!$4:$4</definedName>`,
  `<definedName name="_xlnm.Print_Titles" localSheetId="${first + 2}">&apos;担当課別集計&apos;!$4:$4</definedName>`,
];

/** The saved copy opens in our reader and in ExcelJS, with these sheets and the goal table's total. */
async function opensWith(bytes: Uint8Array, sheets: string[]) {
  expect(openWorkbookBytes(bytes, "saved.xlsx", NODE_IO).sheetNames).toEqual(sheets);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(sheets);
  expect(wb.getWorksheet("基本目標別集計")!.getCell("C9").result).toBe(128);
}

describe("the user's workbook names in the saved copy", () => {
  test("summaries inserted: every name of the user's as the file had it (hidden, local, formulas, constants, #REF!, two print areas), then the add-in's", async () => {
    const saved = await savedWithSummaries(workbookWithNames());
    expect(namesIn(saved)).toEqual([...USER_NAMES, ...addinNames(3)]);
    await opensWith(saved, [
      "R5達成状況",
      "メモ",
      "印刷 用",
      "達成状況データ",
      "基本目標別集計",
      "担当課別集計",
    ]);
  });

  test("inserted again after the user added a sheet behind the summaries: its own names move with it; a name on a replaced summary sheet goes with the sheet", async () => {
    const first = await savedWithSummaries(workbookWithNames());
    const added = withSheetAdded(first, "追記", [
      `<definedName name="_xlnm.Print_Area" localSheetId="6">追記!$A$1:$C$20</definedName>`,
      `<definedName name="小計" localSheetId="6" hidden="1">追記!$C$20</definedName>`,
      `<definedName name="_xlnm.Print_Area" localSheetId="4">基本目標別集計!$A$1:$K$9</definedName>`,
    ]);
    const again = await savedWithSummaries(added);
    expect(namesIn(again)).toEqual([
      `<definedName name="_xlnm.Print_Area" localSheetId="3">追記!$A$1:$C$20</definedName>`,
      `<definedName name="小計" localSheetId="3" hidden="1">追記!$C$20</definedName>`,
      ...USER_NAMES,
      ...addinNames(4),
    ]);
    await opensWith(again, [
      "R5達成状況",
      "メモ",
      "印刷 用",
      "追記",
      "達成状況データ",
      "基本目標別集計",
      "担当課別集計",
    ]);
  });

  test("a file with no names of the user's: the add-in's alone", async () => {
    const saved = await savedWithSummaries(new Uint8Array(readFileSync(SAMPLE_XLSX)));
    expect(namesIn(saved)).toEqual(addinNames(1));
  });
});

/** The sample's manual page breaks (a goal to a page), as its sheet part writes them. */
const SAMPLE_BREAKS = `<rowBreaks count="8" manualBreakCount="8"><brk id="29" max="16838" man="1"/><brk id="44" max="16838" man="1"/><brk id="57" max="16838" man="1"/><brk id="65" max="16838" man="1"/><brk id="80" max="16838" man="1"/><brk id="99" max="16838" man="1"/><brk id="118" max="16838" man="1"/><brk id="132" max="16838" man="1"/></rowBreaks>`;

/** What a sheet part holds after its cells: the elements' names in their order, and the page breaks' elements. */
function afterCells(bytes: Uint8Array, sheet: string) {
  const path = openWorkbookBytes(bytes, "saved.xlsx", NODE_IO).sheetPart!(sheet)!;
  const xml = strFromU8(unzipSync(bytes)[path]);
  const tail = xml.slice(xml.lastIndexOf("</sheetData>"));
  return {
    order: [...tail.matchAll(/<(\w+)\b/g)]
      .map((m) => m[1])
      .filter((n) => n !== "brk" && n !== "mergeCell"),
    breaks: [...tail.matchAll(/<(rowBreaks|colBreaks)\b[\s\S]*?<\/\1>/g)].map((m) => m[0]),
  };
}

describe("the user's manual page breaks in the saved copy", () => {
  test("the plan's row breaks (a goal to a page) and another sheet's column break, as the file had them, where a sheet part keeps them", async () => {
    const saved = await savedWithSummaries(workbookWithNames());
    const plan = afterCells(saved, "R5達成状況");
    expect(plan.breaks).toEqual([SAMPLE_BREAKS]);
    expect(plan.order).toEqual(["mergeCells", "pageMargins", "pageSetup", "rowBreaks"]);
    const print = afterCells(saved, "印刷 用");
    expect(print.breaks).toEqual([PRINT_SHEET_BREAKS]);
    expect(print.order).toEqual(["autoFilter", "colBreaks"]);
    expect(afterCells(saved, "基本目標別集計").breaks).toEqual([]);
  });

  test("inserted again: the breaks stay as they were", async () => {
    const again = await savedWithSummaries(await savedWithSummaries(workbookWithNames()));
    expect(afterCells(again, "R5達成状況").breaks).toEqual([SAMPLE_BREAKS]);
    expect(afterCells(again, "印刷 用").breaks).toEqual([PRINT_SHEET_BREAKS]);
  });
});
