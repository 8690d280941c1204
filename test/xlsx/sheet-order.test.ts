import { inSchemaOrder, withElements } from "../../src/xlsx/sheet-order";

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:B3"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>品目</t></is></c></row></sheetData>`;
const MARGINS = `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
const TABLES = `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`;
const EXTENSIONS = `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{00000000-0000-0000-0000-000000000001}"><x14:dataBar minLength="0" maxLength="100"/></x14:cfRule><xm:sqref>B2:B3</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;
const NOTES = `<legacyDrawing r:id="rId2"/>`;
const sheet = (...tail: string[]) => `${HEAD}${tail.join("")}</worksheet>`;

describe("a sheet part's elements after its cells, in the order the schema requires (ECMA-376 §18.3.1.99)", () => {
  test("the notes' <legacyDrawing> written last (as ExcelJS does) goes before the tables and the extensions; nothing else changes", () => {
    expect(inSchemaOrder(sheet(MARGINS, TABLES, EXTENSIONS, NOTES))).toBe(
      sheet(MARGINS, NOTES, TABLES, EXTENSIONS)
    );
  });

  test("after the tables only", () => {
    expect(inSchemaOrder(sheet(MARGINS, TABLES, NOTES))).toBe(sheet(MARGINS, NOTES, TABLES));
  });

  test("a part already in order is returned as it was, byte for byte", () => {
    const ordered = sheet(MARGINS, NOTES, TABLES, EXTENSIONS);
    expect(inSchemaOrder(ordered)).toBe(ordered);
    expect(inSchemaOrder(sheet())).toBe(sheet());
  });

  test("elements inside another (an extension's own conditional formats) are not moved out of it", () => {
    const moved = inSchemaOrder(sheet(EXTENSIONS, MARGINS));
    expect(moved).toBe(sheet(MARGINS, EXTENSIONS));
  });

  test("prefixed elements (<x:legacyDrawing>) are placed by their own names", () => {
    const prefixed = (...tail: string[]) =>
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/>${tail.join("")}</x:worksheet>`;
    expect(
      inSchemaOrder(
        prefixed(`<x:tableParts count="0"/>`, `<x:legacyDrawing r:id="rId2"/>`, `<x:pageMargins/>`)
      )
    ).toBe(
      prefixed(`<x:pageMargins/>`, `<x:legacyDrawing r:id="rId2"/>`, `<x:tableParts count="0"/>`)
    );
  });

  test("an element the schema does not name stays after the one before it", () => {
    expect(inSchemaOrder(sheet(MARGINS, "<unknown/>", TABLES, NOTES))).toBe(
      sheet(MARGINS, "<unknown/>", NOTES, TABLES)
    );
  });

  test("a tail holding anything but whole elements (a comment, text, an unclosed element) is left alone", () => {
    for (const odd of [
      sheet(TABLES, "<!-- 注 -->", NOTES),
      sheet(TABLES, "text", NOTES),
      sheet(TABLES, "<legacyDrawing>"),
    ])
      expect(inSchemaOrder(odd)).toBe(odd);
  });

  test("a hyperlink after the cells that names a sheet called sheetData does not hide where the cells end", () => {
    const LINKS = `<hyperlinks><hyperlink ref="A1" location="sheetData!A1" display="sheetData"/></hyperlinks>`;
    expect(inSchemaOrder(sheet(LINKS, MARGINS, TABLES, NOTES))).toBe(
      sheet(LINKS, MARGINS, NOTES, TABLES)
    );
  });

  test("an attribute value holding '/>' (XML does not require '>' escaped) is read as part of its tag, not as the tag's end", () => {
    const CHECKS = `<dataValidations count="1"><dataValidation type="list" prompt="A: 達成率 100%/>70%" sqref="E4:E20"><formula1>"A,B,C,D"</formula1></dataValidation></dataValidations>`;
    expect(inSchemaOrder(sheet(CHECKS, MARGINS, TABLES, NOTES))).toBe(
      sheet(CHECKS, MARGINS, NOTES, TABLES)
    );
  });

  test("a part without cells is left alone", () => {
    const chart = `<chartsheet><sheetPr/><drawing r:id="rId1"/><sheetViews/></chartsheet>`;
    expect(inSchemaOrder(chart)).toBe(chart);
  });
});

describe("elements after a sheet part's cells replaced by others", () => {
  test("those named go, the ones given take their places in the schema's order (page breaks after the margins, before the tables)", () => {
    const BREAKS = `<rowBreaks count="1" manualBreakCount="1"><brk id="29" max="16383" man="1"/></rowBreaks>`;
    expect(
      withElements(sheet(`<rowBreaks count="0"/>`, TABLES, MARGINS), new Set(["rowBreaks"]), [
        BREAKS,
      ])
    ).toBe(sheet(MARGINS, BREAKS, TABLES));
  });

  test("one given of a kind already there goes after it; what it is given that is not whole elements changes nothing", () => {
    const second = `<conditionalFormatting sqref="B2"><cfRule type="cellIs" priority="2" operator="equal"><formula>"D"</formula></cfRule></conditionalFormatting>`;
    const first = second.replace('"B2"', '"A2"').replace('priority="2"', 'priority="1"');
    expect(withElements(sheet(first, MARGINS), new Set(), [second])).toBe(
      sheet(first, second, MARGINS)
    );
    expect(withElements(sheet(MARGINS), new Set(["pageMargins"]), ["<pageMargins"])).toBe(
      sheet(MARGINS)
    );
  });
});
