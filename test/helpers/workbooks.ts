import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import iconv from "iconv-lite";
import { PlanRow, parsePlanTsv } from "../../scripts/samples/plan-rows";
import { parseAddress } from "../../src/core/snapshot";
import {
  PlanColumn,
  PlanSheetLayout,
  SEED_COLUMNS,
  SEED_LEGEND,
  addPlanSheet,
} from "../../scripts/samples/plan-sheet";

export const ROOT = join(__dirname, "..", "..");
export const SAMPLE_XLSX = join(ROOT, "samples", "plan-r5.xlsx");

export function seedRows(): PlanRow[] {
  return parsePlanTsv(readFileSync(join(ROOT, "samples", "plan-r5.tsv"), "utf8"));
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "achv-test-"));
}

export async function writeWorkbook(
  path: string,
  rows: PlanRow[],
  layout: PlanSheetLayout,
  before?: (wb: ExcelJS.Workbook) => void
) {
  const wb = new ExcelJS.Workbook();
  before?.(wb);
  addPlanSheet(wb, rows, layout);
  await wb.xlsx.writeFile(path);
  return path;
}

/**
 * A workbook file as Excel saves it once the user deleted `sheet`: the sheet gone, and the workbook
 * names that referred to it at #REF!, unquoted (ExcelJS alone would write them '#REF'!).
 */
export async function saveWithSheetDeleted(input: string, sheet: string, out: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  wb.removeWorksheet(wb.getWorksheet(sheet)!.id);
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const before = strFromU8(parts["xl/workbook.xml"]);
  const after = before.replaceAll(`>&apos;${sheet}&apos;!`, ">#REF!");
  if (after === before) throw new Error(`no workbook name refers to ${sheet}`);
  writeFileSync(out, zipSync({ ...parts, "xl/workbook.xml": strToU8(after) }));
  return out;
}

/** Another city's words and order, with columns the reader must ignore. */
export const OTHER_CITY_COLUMNS: PlanColumn[] = [
  { field: "extra", header: "No.", extra: (_r, i) => i + 1 },
  { field: "department", header: "所管課" },
  { field: "goal", header: "基本方針" },
  { field: "measure", header: "施策の方向" },
  { field: "item", header: "具体的取組" },
  { field: "rating", header: "自己評価" },
  { field: "narrative", header: "実施内容" },
  {
    field: "extra",
    header: "備考",
    extra: (r) => (r.department.includes("センター") ? "施設" : null),
  },
];

/** A flat CSV of the rows (every cell written), in the given encoding. */
export function writeCsv(
  path: string,
  rows: PlanRow[],
  encoding: "shift_jis" | "utf8-bom" | "utf8"
): string {
  const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"].join(",")];
  for (const r of rows)
    lines.push([r.goal, r.measure, r.item, r.department, r.rating, r.narrative].map(q).join(","));
  const text = lines.join("\r\n") + "\r\n";
  const bytes =
    encoding === "shift_jis"
      ? iconv.encode(text, "Shift_JIS")
      : Buffer.concat([
          encoding === "utf8-bom" ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
          Buffer.from(text, "utf8"),
        ]);
  writeFileSync(path, bytes);
  return path;
}

export { SEED_COLUMNS, SEED_LEGEND };

/**
 * The user's workbook names of `workbookWithNames`, as its workbook part writes them: one of each
 * kind a user makes (Excel's order: built-in names first, then by name).
 */
export const USER_NAMES = [
  `<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">'印刷 用'!$A$1:$B$2</definedName>`,
  `<definedName name="_xlnm.Print_Area" localSheetId="0">R5達成状況!$A$1:$F$130</definedName>`,
  `<definedName name="_xlnm.Print_Area" localSheetId="2">'印刷 用'!$A$1:$B$5,'印刷 用'!$D$1:$E$5</definedName>`,
  `<definedName name="_xlnm.Print_Titles" localSheetId="0">R5達成状況!$3:$3</definedName>`,
  `<definedName name="_xlnm.Print_Titles" localSheetId="2">'印刷 用'!$A:$A,'印刷 用'!$1:$2</definedName>`,
  `<definedName name="一覧" comment="担当課の一覧">メモ!$A$2:$A$4</definedName>`,
  `<definedName name="可変範囲">OFFSET(メモ!$A$1,0,0,COUNTA(メモ!$A:$A),1)</definedName>`,
  `<definedName name="見出し">&quot;達成度&quot;</definedName>`,
  `<definedName name="年度">2023</definedName>`,
  `<definedName name="隠し" hidden="1">メモ!$B$2</definedName>`,
  `<definedName name="旧集計">#REF!$A$1</definedName>`,
  `<definedName name="合計">メモ!$C$5</definedName>`,
  `<definedName name="合計" localSheetId="2">'印刷 用'!$B$2</definedName>`,
  `<definedName name="相対">メモ!A1</definedName>`,
  `<definedName name="二か所">メモ!$A$1,メモ!$C$3</definedName>`,
];

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_REL = `${REL_NS}/worksheet`;
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** A sheet part holding text cells, `cells` by address, one to a row. */
const sheetXml = (cells: Record<string, string>, tail = "") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${Object.entries(
    cells
  )
    .map(
      ([r, t]) => `<row r="${r.slice(1)}"><c r="${r}" t="inlineStr"><is><t>${t}</t></is></c></row>`
    )
    .join("")}</sheetData>${tail}</worksheet>`;

/** The package with a sheet added after the others and workbook names put before its own. */
export function withSheetAdded(
  bytes: Uint8Array,
  sheet: string,
  names: string[],
  cells: Record<string, string> = { A1: sheet },
  tail = ""
): Uint8Array {
  const parts = unzipSync(bytes);
  const n = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).length + 1;
  const id = `rIdAdded${n}`;
  parts[`xl/worksheets/sheet${n}.xml`] = strToU8(sheetXml(cells, tail));
  const edit = (part: string, change: (xml: string) => string) =>
    (parts[part] = strToU8(change(strFromU8(parts[part]))));
  edit("xl/_rels/workbook.xml.rels", (x) =>
    x.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${WORKSHEET_REL}" Target="worksheets/sheet${n}.xml"/></Relationships>`
    )
  );
  edit("[Content_Types].xml", (x) =>
    x.replace(
      "</Types>",
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${WORKSHEET_TYPE}"/></Types>`
    )
  );
  edit("xl/workbook.xml", (x) => {
    const sheets = x.replace(
      "</sheets>",
      `<sheet name="${sheet}" sheetId="${100 + n}" r:id="${id}"/></sheets>`
    );
    return sheets.includes("<definedNames>")
      ? sheets.replace("<definedNames>", `<definedNames>${names.join("")}`)
      : sheets.replace("</sheets>", `</sheets><definedNames>${names.join("")}</definedNames>`);
  });
  return zipSync(parts, { level: 6 });
}

/** The manual page break of workbookWithNames's sheet 印刷 用, as its sheet part writes it: after column C. */
export const PRINT_SHEET_BREAKS = `<colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks>`;

/** The sample plan with two sheets of the user's after it (メモ, and 印刷 用 hidden) and the names of USER_NAMES, as Excel writes them. */
export function workbookWithNames(): Uint8Array {
  const memo = withSheetAdded(new Uint8Array(readFileSync(SAMPLE_XLSX)), "メモ", [], {
    A1: "担当課",
    A2: "総務課",
    A3: "企画課",
    A4: "財政課",
  });
  const print = withSheetAdded(
    memo,
    "印刷 用",
    USER_NAMES,
    { A1: "印刷", B2: "5" },
    `<autoFilter ref="A1:B2"/>${PRINT_SHEET_BREAKS}`
  );
  const parts = unzipSync(print);
  parts["xl/workbook.xml"] = strToU8(
    strFromU8(parts["xl/workbook.xml"]).replace(/(<sheet name="印刷 用")/, '$1 state="hidden"')
  );
  return zipSync(parts, { level: 6 });
}

const TABLE_REL = `${REL_NS}/table`;
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const TABLE_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<table xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"`;

/**
 * The user's Excel tables of `workbookWithTables`, as its table parts write them, by the part's path:
 * 予算表 (sheet 予算) with a header row, a filter on 担当課 (one row hidden), a totals row, a
 * calculated column and formats of its own, and テーブル5 (sheet 単価), bare. Their ids (3 and 5)
 * are what Excel leaves after tables were deleted.
 */
export const USER_TABLES = {
  "xl/tables/table3.xml": `${TABLE_HEAD} id="3" xr:uid="{6A1D5E0B-2C3F-4B8E-9A7D-1F2E3D4C5B6A}" name="予算表" displayName="予算表" ref="A1:D5" totalsRowCount="1" headerRowDxfId="1"><autoFilter ref="A1:D4" xr:uid="{0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9}"><filterColumn colId="1"><filters><filter val="企画課"/><filter val="財政課"/></filters></filterColumn></autoFilter><tableColumns count="4"><tableColumn id="1" xr3:uid="{11111111-2222-4333-8444-555555555551}" name="事業" totalsRowLabel="合計"/><tableColumn id="2" xr3:uid="{11111111-2222-4333-8444-555555555552}" name="担当課"/><tableColumn id="3" xr3:uid="{11111111-2222-4333-8444-555555555553}" name="予算額" totalsRowFunction="sum" dataDxfId="0"/><tableColumn id="4" xr3:uid="{11111111-2222-4333-8444-555555555554}" name="税込" totalsRowFunction="sum" dataDxfId="0"><calculatedColumnFormula>ROUND(予算表[[#This Row],[予算額]]*1.1,0)</calculatedColumnFormula></tableColumn></tableColumns><tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  "xl/tables/table5.xml": `${TABLE_HEAD} id="5" xr:uid="{7B2E6F1C-3D40-4C9F-8B8E-2A3F4E5D6C7B}" name="テーブル5" displayName="テーブル5" ref="A1:B3" totalsRowShown="0"><autoFilter ref="A1:B3" xr:uid="{1C2D3E4F-5061-4728-93A4-B5C6D7E8F90A}"/><tableColumns count="2"><tableColumn id="1" xr3:uid="{22222222-3333-4444-8555-666666666661}" name="品目"/><tableColumn id="2" xr3:uid="{22222222-3333-4444-8555-666666666662}" name="単価"/></tableColumns><tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
};

/** The formats USER_TABLES refer to (dataDxfId 0, headerRowDxfId 1), as the styles part writes them. */
export const USER_TABLE_DXFS = `<dxf><numFmt numFmtId="3" formatCode="#,##0"/></dxf><dxf><font><b/><color rgb="FF1F4E79"/></font></dxf>`;

type Cell = string | number | { f: string; v: number } | null;

/** A cell as Excel writes it: text, a number, a formula with its value; none for null. */
const cellXml = (r: string, v: Cell) =>
  v === null
    ? ""
    : typeof v === "object"
      ? `<c r="${r}"><f>${v.f}</f><v>${v.v}</v></c>`
      : typeof v === "number"
        ? `<c r="${r}"><v>${v}</v></c>`
        : `<c r="${r}" t="inlineStr"><is><t>${v}</t></is></c>`;

/** The package with a sheet of `rows` added (`hidden`: rows the table's filter hides) and its tables' parts. */
function withTableSheet(
  bytes: Uint8Array,
  sheet: string,
  rows: Cell[][],
  tables: string[],
  hidden: number[] = [],
  formats = "",
  texts: Record<string, string> = USER_TABLES
): Uint8Array {
  const rels = tables.map((path, i) => ({ id: `rId${i + 1}`, path }));
  const parts = unzipSync(
    withSheetAdded(
      bytes,
      sheet,
      [],
      {},
      `${formats}<tableParts count="${rels.length}">${rels.map((r) => `<tablePart r:id="${r.id}"/>`).join("")}</tableParts>`
    )
  );
  const n = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).length;
  const sheetData = rows
    .map(
      (cells, i) =>
        `<row r="${i + 1}"${hidden.includes(i + 1) ? ' hidden="1"' : ""}>${cells
          .map((v, c) => cellXml(`${String.fromCharCode(65 + c)}${i + 1}`, v))
          .join("")}</row>`
    )
    .join("");
  const path = `xl/worksheets/sheet${n}.xml`;
  parts[path] = strToU8(
    strFromU8(parts[path]).replace("<sheetData></sheetData>", `<sheetData>${sheetData}</sheetData>`)
  );
  parts[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
      .map((r) => `<Relationship Id="${r.id}" Type="${TABLE_REL}" Target="../${r.path.slice(3)}"/>`)
      .join("")}</Relationships>`
  );
  for (const t of tables) parts[t] = strToU8(texts[t]);
  parts["[Content_Types].xml"] = strToU8(
    strFromU8(parts["[Content_Types].xml"]).replace(
      "</Types>",
      `${tables.map((t) => `<Override PartName="/${t}" ContentType="${TABLE_TYPE}"/>`).join("")}</Types>`
    )
  );
  return zipSync(parts, { level: 6 });
}

/** The conditional format of workbookWithTables's sheet 単価 (prices over 100 filled), its format after the tables' in the styles part. */
export const PRICE_HIGHLIGHT_DXF = `<dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>`;

/**
 * The sample plan with two sheets of the user's after it holding the Excel tables of USER_TABLES, as
 * Excel writes them; `highlight`: sheet 単価 has a conditional format too.
 */
export function workbookWithTables(highlight = false): Uint8Array {
  const budget = withTableSheet(
    new Uint8Array(readFileSync(SAMPLE_XLSX)),
    "予算",
    [
      ["事業", "担当課", "予算額", "税込"],
      ...(
        [
          ["広報紙発行", "企画課", 1200, 1320],
          ["防災訓練", "総務課", 800, 880],
          ["庁舎修繕", "財政課", 3000, 3300],
        ] as const
      ).map(([item, department, amount, taxed]) => [
        item,
        department,
        amount,
        { f: "ROUND(予算表[[#This Row],[予算額]]*1.1,0)", v: taxed },
      ]),
      [
        "合計",
        null,
        { f: "SUBTOTAL(109,予算表[予算額])", v: 4200 },
        { f: "SUBTOTAL(109,予算表[税込])", v: 4620 },
      ],
    ],
    ["xl/tables/table3.xml"],
    [3]
  );
  const prices = withTableSheet(
    budget,
    "単価",
    [
      ["品目", "単価"],
      ["用紙", 500],
      ["封筒", 30],
    ],
    ["xl/tables/table5.xml"],
    [],
    highlight
      ? `<conditionalFormatting sqref="B2:B3"><cfRule type="cellIs" dxfId="2" priority="1" operator="greaterThan"><formula>100</formula></cfRule></conditionalFormatting>`
      : ""
  );
  const parts = unzipSync(prices);
  parts["xl/styles.xml"] = strToU8(
    strFromU8(parts["xl/styles.xml"]).replace(
      /<dxfs count="0"\/>/,
      highlight
        ? `<dxfs count="3">${USER_TABLE_DXFS}${PRICE_HIGHLIGHT_DXF}</dxfs>`
        : `<dxfs count="2">${USER_TABLE_DXFS}</dxfs>`
    )
  );
  return zipSync(parts, { level: 6 });
}

/** CT_Worksheet's elements after the cells, in the order the schema requires (ECMA-376 Part 1, §18.3.1.99). */
const AFTER_LEGACY_DRAWING =
  /<(?:legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/**
 * The package with a note (a legacy comment) on `cell` of `sheet`, as Excel writes one: a comments
 * part, its VML drawing, the sheet's relationships to both and <legacyDrawing> in its place among
 * the sheet's elements (before its tables and extensions).
 */
export function withNote(
  bytes: Uint8Array,
  sheet: string,
  cell: string,
  author: string,
  text: string
): Uint8Array {
  const parts = unzipSync(bytes);
  const read = (p: string) => strFromU8(parts[p]);
  const id = new RegExp(`<sheet\\b[^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(
    read("xl/workbook.xml")
  )![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(
    read("xl/_rels/workbook.xml.rels")
  )![1];
  const path = `xl/${target}`;
  const rels = path.replace(/([^/]+)$/, "_rels/$1.rels");
  const n = Object.keys(parts).filter((p) => /^xl\/comments\d+\.xml$/.test(p)).length + 1;
  const { row, col } = parseAddress(cell)!;
  parts[`xl/comments${n}.xml`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<comments xmlns="${MAIN_NS}"><authors><author>${author}</author></authors><commentList><comment ref="${cell}" authorId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="MS P ゴシック"/><family val="3"/><charset val="128"/></rPr><t>${author}:</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="MS P ゴシック"/><family val="3"/><charset val="128"/></rPr><t xml:space="preserve">\n${text}</t></r></text></comment></commentList></comments>`
  );
  parts[`xl/drawings/vmlDrawing${n}.vml`] = strToU8(
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${n}"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s${n}025" type="#_x0000_t202" style="position:absolute;margin-left:107.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" o:insetmode="auto"><v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape></xml>`
  );
  const noteRels = `<Relationship Id="rIdNote2" Type="${REL_NS}/vmlDrawing" Target="../drawings/vmlDrawing${n}.vml"/><Relationship Id="rIdNote1" Type="${REL_NS}/comments" Target="../comments${n}.xml"/>`;
  parts[rels] = strToU8(
    parts[rels]
      ? read(rels).replace("</Relationships>", `${noteRels}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${noteRels}</Relationships>`
  );
  const sheetPart = read(path);
  const at = AFTER_LEGACY_DRAWING.exec(sheetPart)!.index;
  parts[path] = strToU8(
    `${sheetPart.slice(0, at)}<legacyDrawing r:id="rIdNote2"/>${sheetPart.slice(at)}`
  );
  const types = read("[Content_Types].xml");
  parts["[Content_Types].xml"] = strToU8(
    types.replace(
      "</Types>",
      `${types.includes('Extension="vml"') ? "" : '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'}<Override PartName="/xl/comments${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>`
    )
  );
  return zipSync(parts, { level: 6 });
}

/**
 * The sample plan with a sheet 履歴 of the user's holding an Excel table named `name` (the name the
 * add-in gives its data table, a copy of last year's kept, say), as Excel writes it; `displayName`,
 * the name formulas use, is the same unless given (another writer may make them differ).
 */
export function workbookWithTableNamed(name: string, displayName = name): Uint8Array {
  const path = "xl/tables/table1.xml";
  return withTableSheet(
    new Uint8Array(readFileSync(SAMPLE_XLSX)),
    "履歴",
    [
      ["年度", "達成率"],
      ["令和3年度", 0.5],
      ["令和4年度", 0.6],
    ],
    [path],
    [],
    "",
    {
      [path]: `${TABLE_HEAD} id="1" xr:uid="{3C4D5E6F-7081-4293-A4B5-C6D7E8F90A1B}" name="${name}" displayName="${displayName}" ref="A1:B3" totalsRowShown="0"><autoFilter ref="A1:B3" xr:uid="{4D5E6F70-8192-43A4-B5C6-D7E8F90A1B2C}"/><tableColumns count="2"><tableColumn id="1" xr3:uid="{33333333-4444-4555-8666-777777777771}" name="年度"/><tableColumn id="2" xr3:uid="{33333333-4444-4555-8666-777777777772}" name="達成率"/></tableColumns><tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    }
  );
}

/**
 * The rating column's drop-down list drawn from another sheet (メモ!$A$2:$A$4), as Excel 2010 and
 * later write one: in the sheet's extension list, not in <dataValidations>.
 */
export const LIST_FROM_OTHER_SHEET = `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" xr:uid="{5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D}"><x14:formula1><xm:f>メモ!$A$2:$A$4</xm:f></x14:formula1><xm:sqref>E4:E129</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`;

/** Sparklines drawn in G4:G5 from the plan's rows, as Excel writes them (the xm prefix declared on the sheet's root). */
export const SPARKLINES = `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries theme="4" tint="-0.499984740745262"/><x14:colorNegative theme="5"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers theme="4" tint="-0.499984740745262"/><x14:colorFirst theme="4" tint="0.39997558519241921"/><x14:colorLast theme="4" tint="0.39997558519241921"/><x14:colorHigh theme="4"/><x14:colorLow theme="4"/><x14:sparklines><x14:sparkline><xm:f>R5達成状況!A4:D4</xm:f><xm:sqref>G4</xm:sqref></x14:sparkline><x14:sparkline><xm:f>R5達成状況!A5:D5</xm:f><xm:sqref>G5</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>`;

/** The revision namespaces Excel 2016 and later declare on a sheet's root, and let older readers ignore. */
const REVISIONS = `xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"`;

/** A data bar on G4:G20 as Excel writes one: the rule, its 2010 part in the sheet's extension list, tied by an id. */
export const DATA_BAR = {
  rule: `<conditionalFormatting sqref="G4:G20"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>{2E0F5B0C-1A2B-4C3D-8E4F-5A6B7C8D9E0F}</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
  extension: `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{2E0F5B0C-1A2B-4C3D-8E4F-5A6B7C8D9E0F}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>G4:G20</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>`,
};

/**
 * workbookWithNames with the plan sheet's extension list holding `extensions` and, before its
 * margins, the conditional formats `formats`; its root declares what Excel's does (xm, and the
 * revision namespaces it lets older readers ignore).
 */
export function workbookWithExtensions(extensions: string[], formats = ""): Uint8Array {
  const parts = unzipSync(workbookWithNames());
  const id = /<sheet\b[^>]*name="R5達成状況"[^>]*r:id="([^"]+)"/.exec(
    strFromU8(parts["xl/workbook.xml"])
  )![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(
    strFromU8(parts["xl/_rels/workbook.xml.rels"])
  )![1];
  const path = `xl/${target}`;
  parts[path] = strToU8(
    strFromU8(parts[path])
      .replace(
        /<worksheet\b/,
        `<worksheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" ${REVISIONS}`
      )
      .replace('mc:Ignorable="x14ac"', 'mc:Ignorable="x14ac xr xr2 xr3"')
      .replace("<pageMargins", `${formats}<pageMargins`)
      .replace("</worksheet>", `<extLst>${extensions.join("")}</extLst></worksheet>`)
  );
  return zipSync(parts, { level: 6 });
}

/**
 * A filter set on sheet 絞り込み of `workbookWithFilter`, as Excel writes it: 担当課 filtered to
 * 企画課 (rows 3 and 4 hidden) and sorted by 事業, the revision ids Excel 2016 and later add.
 */
export const USER_FILTER = `<autoFilter ref="A1:B5" xr:uid="{6E7F8091-A2B3-44C5-96D7-E8F90A1B2C3D}"><filterColumn colId="1"><filters><filter val="企画課"/></filters></filterColumn><sortState ref="A2:B5" xr:uid="{7F8091A2-B3C4-45D6-A7E8-F90A1B2C3D4E}"><sortCondition ref="A2:A5"/></sortState></autoFilter>`;

/** The sample plan with a sheet 絞り込み of the user's holding USER_FILTER, its filter's name and hidden rows as Excel writes them. */
export function workbookWithFilter(): Uint8Array {
  const added = withSheetAdded(
    new Uint8Array(readFileSync(SAMPLE_XLSX)),
    "絞り込み",
    [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">絞り込み!$A$1:$B$5</definedName>`,
    ],
    { A1: "事業", B1: "担当課", A2: "広報紙発行", B2: "企画課" },
    USER_FILTER
  );
  const parts = unzipSync(added);
  const path = Object.keys(parts)
    .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
    .sort()
    .pop()!;
  parts[path] = strToU8(
    strFromU8(parts[path])
      .replace(
        /<worksheet\b/,
        `<worksheet xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr2 xr3" ${REVISIONS}`
      )
      .replace(
        "</sheetData>",
        `<row r="3" hidden="1"><c r="A3" t="inlineStr"><is><t>防災訓練</t></is></c><c r="B3" t="inlineStr"><is><t>総務課</t></is></c></row><row r="4" hidden="1"><c r="A4" t="inlineStr"><is><t>庁舎修繕</t></is></c><c r="B4" t="inlineStr"><is><t>財政課</t></is></c></row><row r="5"><c r="A5" t="inlineStr"><is><t>広聴</t></is></c><c r="B5" t="inlineStr"><is><t>企画課</t></is></c></row></sheetData>`
      )
  );
  return zipSync(parts, { level: 6 });
}
