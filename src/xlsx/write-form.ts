import { deflateSync, zipSync } from "fflate";
import type { Lang } from "../core/issues";
import { WORDS } from "../core/i18n/words";
import type { FormPlan } from "../core/roundtrip/split";
import { type CellRange, type CellValue, cellAddress } from "../core/snapshot";
import { xmlText, zipParts } from "./patch-answers";

/**
 * A form as an .xlsx, its XML written directly: ExcelJS takes some 10 s for the 20 forms of a
 * 10,000-entry plan (its XML streams and JS deflate), this under one. The package is the
 * smallest Excel and LibreOffice open without repair: workbook, one sheet, styles.
 */

/** Excel's limits on a list validation (255 characters in all) and its input message (title 32, text 255). */
const LIST_MAX = 255;
const PROMPT_TITLE_MAX = 32;
const PROMPT_MAX = 255;

/** Cell styles (cellXfs indexes in STYLES). */
const STYLE = { plain: 0, bold: 1, header: 2, data: 3, answer: 4, rating: 5 } as const;

/** Fonts: default, bold. Fills: none, gray125 (both required), header grey, answer yellow. Borders: none, thin. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF9DB"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>
<xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment horizontal="center" vertical="top" wrapText="1"/><protection locked="0"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

const utf8 = new TextEncoder();
const strToU8 = (s: string) => utf8.encode(s);

/** An attribute's value: a raw line break there would be read as a space (XML attribute normalisation), so it is written as a reference. */
const attr = (s: string) =>
  xmlText(s)
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");

function cell(row: number, col: number, v: CellValue, style: number): string {
  const ref = cellAddress(row, col);
  const s = style ? ` s="${style}"` : "";
  if (v === null || v === undefined || v === "") return style ? `<c r="${ref}"${s}/>` : "";
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : "";
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "object") return `<c r="${ref}"${s} t="e"><v>${xmlText(v.error)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
}

/** A list's codes as Excel's quoted list: the codes themselves may not hold a comma or a quote. */
function listFormula(codes: string[]): string | null {
  if (codes.length === 0 || codes.some((c) => /[,"]/.test(c))) return null;
  const list = `"${codes.join(",")}"`;
  return list.length <= LIST_MAX ? list : null;
}

/** Rows as runs "E13:E40 E42": a validation's cells in few words. */
function sqref(col: number, rows: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(
      i === j
        ? cellAddress(rows[i], col)
        : `${cellAddress(rows[i], col)}:${cellAddress(rows[j], col)}`
    );
    i = j + 1;
  }
  return parts.join(" ");
}

function sheetXml(form: FormPlan, lang: Lang, widths: readonly (number | undefined)[]): string {
  const w = WORDS[lang].form;
  const header = new Set(form.headerRows);
  const headings = new Set(form.headingRows);
  const entries = new Set(form.entryRows);
  const styleOf = (r: number, c: number): number => {
    if (c >= form.width) return STYLE.plain;
    if (header.has(r)) return STYLE.header;
    if (entries.has(r))
      return c === form.ratingColumn
        ? STYLE.rating
        : c === form.narrativeColumn
          ? STYLE.answer
          : STYLE.data;
    if (headings.has(r) || r === 0) return c === 0 ? STYLE.bold : STYLE.plain;
    return STYLE.plain;
  };
  const rows: string[] = [];
  form.rows.forEach((line, r) => {
    const styled = header.has(r) || entries.has(r);
    const cells: string[] = [];
    const width = styled ? Math.max(line.length, form.width) : line.length;
    for (let c = 0; c < width; c++) cells.push(cell(r, c, line[c] ?? null, styleOf(r, c)));
    const xml = cells.join("");
    if (xml) rows.push(`<row r="${r + 1}">${xml}</row>`);
  });
  const cols: string[] = [];
  for (let c = 0; c < form.width; c++) {
    const width = widths[c] ?? (c === form.narrativeColumn ? 60 : c === form.ratingColumn ? 9 : 18);
    cols.push(`<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`);
  }
  cols.push(
    `<col min="${form.keyColumn + 1}" max="${form.keyColumn + 1}" width="12" hidden="1" customWidth="1"/>`
  );
  const merges = form.merges.map(
    (m: CellRange) =>
      `<mergeCell ref="${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}"/>`
  );
  const codes = form.codes.map((c) => c.code);
  const list = listFormula(codes);
  const prompt = form.codes
    .map((c) => `${c.code}：${c.description}`)
    .join("\n")
    .slice(0, PROMPT_MAX);
  const validation =
    list && form.ratingColumn !== undefined && form.entryRows.length > 0
      ? `<dataValidations count="1"><dataValidation type="list" errorStyle="stop" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${attr(w.promptTitle)}" error="${attr(w.error(codes.join(", ")).slice(0, PROMPT_MAX))}" promptTitle="${attr(w.promptTitle.slice(0, PROMPT_TITLE_MAX))}" prompt="${attr(prompt)}" sqref="${sqref(form.ratingColumn, form.entryRows)}"><formula1>${xmlText(list)}</formula1></dataValidation></dataValidations>`
      : "";
  const last = cellAddress(Math.max(0, form.rows.length - 1), form.keyColumn);
  const frozen = form.headerRows.length ? form.headerRows[form.headerRows.length - 1] + 1 : 0;
  const pane = frozen
    ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>`
    : "";
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`,
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`,
    `<dimension ref="A1:${last}"/>`,
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`,
    `<sheetFormatPr defaultRowHeight="15"/>`,
    `<cols>${cols.join("")}</cols>`,
    `<sheetData>${rows.join("")}</sheetData>`,
    // No password: the protection keeps labels from being edited by mistake; sorting, filtering and resizing stay allowed.
    `<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>`,
    merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "",
    validation,
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    `<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>`,
    `</worksheet>`,
  ].join("");
}

/**
 * Write one department's form as an .xlsx: the plan's title, legend and header with their merges,
 * the department's rows, the rating cells with a drop-down of the legend's codes (the meanings as
 * the input message, other text refused), the rating and narrative cells unlocked and the sheet
 * protected without a password, the key column hidden. `widths`: the plan's column widths;
 * `deflate`: raw deflate (Node's zlib in the command, fflate by default).
 */
export function writeForm(
  form: FormPlan,
  lang: Lang,
  widths: readonly (number | undefined)[] = [],
  deflate: (data: Uint8Array) => Uint8Array = (data) => deflateSync(data, { level: 6 })
): Uint8Array {
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets><sheet name="${attr(form.sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const parts: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`),
    "_rels/.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(workbook),
    "xl/_rels/workbook.xml.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`),
    "xl/styles.xml": strToU8(STYLES),
    "xl/worksheets/sheet1.xml": strToU8(sheetXml(form, lang, widths)),
  };
  return zipParts(parts, deflate);
}

/** Every form in one .zip (`01_department.xlsx` …), for a browser to offer as one download. The forms are compressed already: stored as they are. */
export function formsArchive(forms: readonly FormPlan[], lang: Lang): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const f of forms) files[`${f.fileStem}.xlsx`] = [writeForm(f, lang), { level: 0 }];
  return zipSync(files);
}
