import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { buildSummaryPlan } from "../../src/core/plan/summary-plan";
import { validateSheet } from "../../src/core/validate";
import { createFileHost } from "../../src/xlsx/file-host";
import { openWorkbookBytes } from "../../src/xlsx/open-workbook";
import { NODE_IO } from "../../src/xlsx/load-file";
import { libreOfficeContent } from "../helpers/recalc";
import {
  PRINT_SHEET_BREAKS,
  SAMPLE_XLSX,
  USER_NAMES,
  USER_TABLES,
  PRICE_HIGHLIGHT_DXF,
  USER_TABLE_DXFS,
  withSheetAdded,
  withNote,
  DATA_BAR,
  LIST_FROM_OTHER_SHEET,
  USER_FILTER,
  workbookWithFilter,
  SPARKLINES,
  workbookWithExtensions,
  workbookWithNames,
  workbookWithTableNamed,
  workbookWithTables,
} from "../helpers/workbooks";

/** The offline page's save: the workbook opened, the summaries inserted, the copy saved. */
async function savedWithSummaries(bytes: Uint8Array): Promise<Uint8Array> {
  const book = openWorkbookBytes(bytes, "names.xlsx", NODE_IO);
  const result = validateSheet(book.readSheet("R5達成状況"));
  const host = createFileHost(book, "ja-JP", bytes);
  // As the pane's workflow asks: the host names the data table.
  await host.insertSummaries((tableName) =>
    buildSummaryPlan(result.plan!, result.summary!, { lang: "ja", date: "2026-11-25", tableName })
  );
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

/** The table parts of a sheet of the saved package, reached as Excel reaches them: sheet part, its relationships, the parts they name. */
function tablesOn(bytes: Uint8Array, sheet: string): string[] {
  const parts = unzipSync(bytes);
  const path = openWorkbookBytes(bytes, "saved.xlsx", NODE_IO).sheetPart!(sheet)!;
  const rels = strFromU8(parts[path.replace(/([^/]+)$/, "_rels/$1.rels")] ?? new Uint8Array());
  const listed = /<tableParts count="(\d+)">/.exec(strFromU8(parts[path]))?.[1];
  const targets = [...rels.matchAll(/Type="[^"]*\/table" Target="\.\.\/([^"]+)"/g)].map(
    (m) => `xl/${m[1]}`
  );
  expect(Number(listed ?? 0)).toBe(targets.length);
  return targets.map((t) => strFromU8(parts[t]));
}

/** Every table of the package by name, with its id; and whether each table part is declared as one. */
function tableIds(bytes: Uint8Array) {
  const parts = unzipSync(bytes);
  const tables = Object.keys(parts).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  const types = strFromU8(parts["[Content_Types].xml"]);
  for (const t of tables)
    expect(types).toContain(
      `<Override PartName="/${t}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`
    );
  return Object.fromEntries(
    tables.map((t) => {
      const tag = /<table\b[^>]*>/.exec(strFromU8(parts[t]))![0];
      return [/ name="([^"]*)"/.exec(tag)![1], Number(/ id="(\d+)"/.exec(tag)![1])];
    })
  );
}

const TABLE_SHEETS = [
  "R5達成状況",
  "予算",
  "単価",
  "達成状況データ",
  "基本目標別集計",
  "担当課別集計",
];

/** The user's tables as the file had them, their formats in the styles part, the ids unique; the copy opens in our reader and ExcelJS. */
async function keepsUserTables(saved: Uint8Array) {
  expect(tablesOn(saved, "予算")).toEqual([USER_TABLES["xl/tables/table3.xml"]]);
  expect(tablesOn(saved, "単価")).toEqual([USER_TABLES["xl/tables/table5.xml"]]);
  expect(strFromU8(unzipSync(saved)["xl/styles.xml"])).toContain(
    `<dxfs count="2">${USER_TABLE_DXFS}</dxfs>`
  );
  expect(tableIds(saved)).toEqual({ 予算表: 3, テーブル5: 5, AchvData: 6 });
  await opensWith(saved, TABLE_SHEETS);
  expect(openWorkbookBytes(saved, "saved.xlsx", NODE_IO).readSheet("予算").values).toEqual([
    ["事業", "担当課", "予算額", "税込"],
    ["広報紙発行", "企画課", 1200, 1320],
    ["防災訓練", "総務課", 800, 880],
    ["庁舎修繕", "財政課", 3000, 3300],
    ["合計", undefined, 4200, 4620],
  ]);
}

describe("the user's Excel tables in the saved copy", () => {
  test("summaries inserted: each table part as the file had it (header row, filter, totals row, calculated column, formats), the add-in's table numbered after them", async () => {
    await keepsUserTables(await savedWithSummaries(workbookWithTables()));
  });

  test("inserted again: the tables stay as they were", async () => {
    await keepsUserTables(await savedWithSummaries(await savedWithSummaries(workbookWithTables())));
  });

  test("a sheet with a conditional format: ExcelJS writes its format first, the tables' formats follow it, their indexes moved with them", async () => {
    const again = await savedWithSummaries(await savedWithSummaries(workbookWithTables(true)));
    const parts = unzipSync(again);
    expect(strFromU8(parts["xl/styles.xml"])).toContain(
      `<dxfs count="3">${PRICE_HIGHLIGHT_DXF}${USER_TABLE_DXFS}</dxfs>`
    );
    const prices = openWorkbookBytes(again, "saved.xlsx", NODE_IO).sheetPart!("単価")!;
    expect(strFromU8(parts[prices])).toContain(
      `<cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100</formula></cfRule>`
    );
    // The numbers' format (dataDxfId) was the styles part's first, the header's (headerRowDxfId) its second.
    expect(tablesOn(again, "予算")).toEqual([
      USER_TABLES["xl/tables/table3.xml"]
        .replace(' headerRowDxfId="1"', ' headerRowDxfId="2"')
        .replaceAll(' dataDxfId="0"', ' dataDxfId="1"'),
    ]);
    expect(tablesOn(again, "単価")).toEqual([USER_TABLES["xl/tables/table5.xml"]]);
  });

  test("LibreOffice reads the table with its header row and its filter on 担当課", async () => {
    const content = libreOfficeContent(await savedWithSummaries(workbookWithTables()));
    const range =
      /<table:database-range table:name="予算表"[^>]*?(?:\/>|>[\s\S]*?<\/table:database-range>)/.exec(
        content
      )?.[0];
    // No table:contains-header="false": the first row is the header.
    expect(range).toBe(
      `<table:database-range table:name="予算表" table:target-range-address="予算.A1:予算.D5" table:display-filter-buttons="true"><table:filter><table:filter-and><table:filter-condition table:value="企画課" table:operator="=" table:field-number="1"><table:filter-set-item table:value="企画課"/><table:filter-set-item table:value="財政課"/></table:filter-condition></table:filter-and></table:filter></table:database-range>`
    );
  });
});

/** CT_Worksheet's child elements in the order the schema requires (ECMA-376 Part 1, §18.3.1.99): Excel refuses a sheet part out of it. */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The names of a sheet part's child elements, in the part's order. */
function childrenOf(xml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 1) names.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return names;
}

describe("a sheet of the user's with notes in the saved copy", () => {
  test("beside an Excel table: <legacyDrawing> stays before <tableParts>, as the schema orders them (ExcelJS writes it last, a file Excel cannot repair), and the note is kept", async () => {
    const saved = await savedWithSummaries(
      withNote(workbookWithTables(), "予算", "B3", "企画課", "金額は見込み")
    );
    const path = openWorkbookBytes(saved, "saved.xlsx", NODE_IO).sheetPart!("予算")!;
    const children = childrenOf(strFromU8(unzipSync(saved)[path]));
    expect(children).toEqual(expect.arrayContaining(["legacyDrawing", "tableParts"]));
    const places = children.map((c) => WORKSHEET_ORDER.indexOf(c));
    expect(places).not.toContain(-1);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(saved) as unknown as ExcelJS.Buffer);
    expect(JSON.stringify(wb.getWorksheet("予算")!.getCell("B3").note)).toContain("金額は見込み");
    await keepsUserTables(saved);
  });
});

/** Every formula of a saved sheet, by cell. */
async function formulasOf(bytes: Uint8Array, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const out: string[] = [];
  wb.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula) out.push(cell.formula);
    })
  );
  return out;
}

describe("a table of the user's named as the add-in names its data table", () => {
  test("the add-in's table takes a name no table has (AchvData_2), the summaries count from it, the user's table stays as it was", async () => {
    const saved = await savedWithSummaries(workbookWithTableNamed("AchvData"));
    expect(tableIds(saved)).toEqual({ AchvData: 1, AchvData_2: 2 });
    const formulas = await formulasOf(saved, "基本目標別集計");
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => f.includes("AchvData["))).toEqual([]);
    expect(formulas.filter((f) => f.includes("AchvData_2["))).not.toEqual([]);
    expect(openWorkbookBytes(saved, "saved.xlsx", NODE_IO).readSheet("履歴").values).toEqual([
      ["年度", "達成率"],
      ["令和3年度", 0.5],
      ["令和4年度", 0.6],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(saved) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("基本目標別集計")!.getCell("C9").result).toBe(128);
  });

  test("a table named otherwise whose display name (the name formulas use) is AchvData: passed over too", async () => {
    const saved = await savedWithSummaries(workbookWithTableNamed("Table1", "AchvData"));
    expect(tableIds(saved)).toEqual({ Table1: 1, AchvData_2: 2 });
  });

  test("on a sheet the add-in made that stays (its 前年度比較, when summaries are inserted): passed over too", async () => {
    const parts = unzipSync(workbookWithTableNamed("AchvData"));
    parts["xl/workbook.xml"] = strToU8(
      strFromU8(parts["xl/workbook.xml"]).replace(
        "<definedNames>",
        `<definedNames><definedName name="ACHV_SUMMARY_COMPARE">履歴!$A$1</definedName>`
      )
    );
    const saved = await savedWithSummaries(zipSync(parts));
    expect(tableIds(saved)).toEqual({ AchvData: 1, AchvData_2: 2 });
  });

  test("the same name in other letters (achvdata) is the same name to Excel: passed over too", async () => {
    const saved = await savedWithSummaries(workbookWithTableNamed("achvdata"));
    expect(tableIds(saved)).toEqual({ achvdata: 1, AchvData_2: 2 });
  });

  test("inserted again: the add-in's own earlier table is replaced with its sheet, its name free again", async () => {
    const twice = await savedWithSummaries(
      await savedWithSummaries(workbookWithTableNamed("AchvData"))
    );
    expect(Object.keys(tableIds(twice)).sort()).toEqual(["AchvData", "AchvData_2"]);
  });
});

/** The sheet's own extension list in a saved sheet part (after its cells; a conditional format's rule may hold one of its own). */
function extensionsOf(bytes: Uint8Array, sheet: string): string {
  const path = openWorkbookBytes(bytes, "saved.xlsx", NODE_IO).sheetPart!(sheet)!;
  const xml = strFromU8(unzipSync(bytes)[path]);
  const tail = xml.slice(xml.lastIndexOf("</sheetData>"));
  const lists = [...tail.matchAll(/<extLst>(?:(?!<extLst>)[\s\S])*?<\/extLst>(?=<\/worksheet>)/g)];
  expect(lists.length).toBeLessThanOrEqual(1);
  return lists[0]?.[0] ?? "";
}

describe("a sheet's extensions in the saved copy (what Excel 2010 and later keep in <extLst>)", () => {
  const XM = `xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"`;
  /** An extension with the declarations of the prefixes it took from the sheet's root added to its own. */
  const declaring = (ext: string, ...added: string[]) =>
    ext.replace(/^<ext ([^>]*)>/, `<ext $1 ${added.join(" ")}>`);
  /** Revision ids (xr:uid) left out: ExcelJS's root does not let older Excel ignore them. */
  const withoutRevisionIds = (ext: string) => ext.replace(/ xr:uid="[^"]*"/g, "");

  test("the rating column's drop-down list drawn from another sheet and the sparklines, as the file had them, with the prefixes they use declared", async () => {
    const saved = await savedWithSummaries(
      workbookWithExtensions([LIST_FROM_OTHER_SHEET, SPARKLINES])
    );
    expect(extensionsOf(saved, "R5達成状況")).toBe(
      `<extLst>${declaring(withoutRevisionIds(LIST_FROM_OTHER_SHEET), XM)}${declaring(SPARKLINES, XM)}</extLst>`
    );
    await opensWith(saved, [
      "R5達成状況",
      "メモ",
      "印刷 用",
      "達成状況データ",
      "基本目標別集計",
      "担当課別集計",
    ]);
  });

  test("beside a data bar (whose rule holds an extension list of its own): the list joins the sheet's own extension list, after the data bar's part ExcelJS writes; inserted again, the same", async () => {
    const once = await savedWithSummaries(
      workbookWithExtensions([DATA_BAR.extension, LIST_FROM_OTHER_SHEET], DATA_BAR.rule)
    );
    const twice = await savedWithSummaries(once);
    // ExcelJS numbers the data bar anew each time it writes it: its part is looked at by kind.
    for (const saved of [once, twice]) {
      const list = extensionsOf(saved, "R5達成状況");
      expect(list.split("{78C0D931-6437-407d-A8EE-F0AAD7539E65}").length - 1).toBe(1);
      expect(list.split("{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}").length - 1).toBe(1);
      expect(
        list.endsWith(`${declaring(withoutRevisionIds(LIST_FROM_OTHER_SHEET), XM)}</extLst>`)
      ).toBe(true);
    }
  });

  test("LibreOffice reads the drop-down list on the plan's rating cells and the sparklines, as from the file itself", async () => {
    const content = libreOfficeContent(
      await savedWithSummaries(workbookWithExtensions([LIST_FROM_OTHER_SHEET, SPARKLINES]))
    );
    const list = /<table:content-validation table:name="([^"]+)" table:condition="([^"]+)"/.exec(
      content
    );
    expect(list?.[2]).toBe("of:cell-content-is-in-list([$メモ.$A$2:.$A$4])");
    const plan = /<table:table table:name="R5達成状況"[\s\S]*?<\/table:table>/.exec(content)![0];
    // E4:E129, the rating cells: 126 of them.
    expect(plan.split(`table:content-validation-name="${list![1]}"`).length - 1).toBe(126);
    expect(plan).toContain("<calcext:sparkline-groups>");
  });

  test("inserted again: each extension once", async () => {
    const once = await savedWithSummaries(workbookWithExtensions([LIST_FROM_OTHER_SHEET]));
    const twice = await savedWithSummaries(once);
    expect(extensionsOf(once, "R5達成状況")).toBe(
      `<extLst>${declaring(withoutRevisionIds(LIST_FROM_OTHER_SHEET), XM)}</extLst>`
    );
    expect(extensionsOf(twice, "R5達成状況")).toBe(extensionsOf(once, "R5達成状況"));
  });
});

describe("a filter set on a sheet of the user's (outside a table) in the saved copy", () => {
  const sheetXml = (bytes: Uint8Array) =>
    strFromU8(
      unzipSync(bytes)[openWorkbookBytes(bytes, "saved.xlsx", NODE_IO).sheetPart!("絞り込み")!]
    );
  const filtersIn = (bytes: Uint8Array) => sheetXml(bytes).split("<autoFilter").length - 1;
  const filterOf = (bytes: Uint8Array) => {
    const path = openWorkbookBytes(bytes, "saved.xlsx", NODE_IO).sheetPart!("絞り込み")!;
    return /<autoFilter\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/autoFilter>)/.exec(
      strFromU8(unzipSync(bytes)[path])
    )?.[0];
  };

  test("the criteria and the sort as the file had them (ExcelJS keeps the range only), the rows they hide still hidden", async () => {
    const saved = await savedWithSummaries(workbookWithFilter());
    // Without its revision ids (xr:uid): ExcelJS's root does not let older Excel ignore them.
    expect(filterOf(saved)).toBe(USER_FILTER.replace(/ xr:uid="[^"]*"/g, ""));
    expect(filtersIn(saved)).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(saved) as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet("絞り込み")!;
    expect([2, 3, 4, 5].map((r) => sheet.getRow(r).hidden)).toEqual([false, true, true, false]);
  });

  test("inserted again: the filter once, as it was", async () => {
    const once = await savedWithSummaries(workbookWithFilter());
    expect(filterOf(once)).toContain(`<filter val="企画課"/>`);
    const twice = await savedWithSummaries(once);
    expect(filterOf(twice)).toBe(filterOf(once));
    expect(filtersIn(twice)).toBe(1);
  });
});
