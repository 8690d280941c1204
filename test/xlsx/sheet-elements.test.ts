import { withFilter, withSheetExtensions } from "../../src/xlsx/sheet-elements";

const MAIN = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
const R = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
const XM = `xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"`;
const X14 = `xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"`;

/** As Excel writes a sheet: prefixes its extensions use declared on the root. */
const original = (...extensions: string[]) =>
  `<worksheet ${MAIN} ${R} ${XM}><sheetData/><pageMargins/><extLst>${extensions.join("")}</extLst></worksheet>`;
/** As ExcelJS writes one: its own declarations only, its conditional formats' extension when it has any. */
const written = (extensions = "") =>
  `<worksheet ${MAIN} ${R}><sheetData/><pageMargins/>${extensions}</worksheet>`;

const LIST = `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" ${X14}><x14:dataValidations count="1"><x14:dataValidation type="list"><x14:formula1><xm:f>リスト!$A$1:$A$4</xm:f></x14:formula1><xm:sqref>E4:E20</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`;
const DATA_BARS = (id: string) =>
  `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" ${X14}><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="dataBar" id="${id}"/><xm:sqref>F4:F20</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>`;
const SLICERS = `<ext uri="{A8765BA9-456A-4dab-B4F3-ACF838C121DE}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerList><x14:slicer r:id="rId3"/></x14:slicerList></ext>`;

describe("a sheet's extensions ExcelJS does not write, put back into the part it wrote", () => {
  test("a list drawn from another sheet: a new extension list, the xm prefix it borrowed from the root declared on it", () => {
    expect(withSheetExtensions(original(LIST), written())).toBe(
      written(`<extLst>${LIST.replace(`${X14}>`, `${X14} ${XM}>`)}</extLst>`)
    );
  });

  test("beside the conditional formats' extension ExcelJS wrote: that one stays as ExcelJS wrote it, not twice, the list after it", () => {
    const own = `<extLst>${DATA_BARS("{ExcelJS}")}</extLst>`;
    expect(withSheetExtensions(original(DATA_BARS("{Excel}"), LIST), written(own))).toBe(
      written(
        `<extLst>${DATA_BARS("{ExcelJS}")}${LIST.replace(`${X14}>`, `${X14} ${XM}>`)}</extLst>`
      )
    );
  });

  test("an extension that refers to another part (a slicer's) is left out: ExcelJS drops that part", () => {
    expect(withSheetExtensions(original(SLICERS), written())).toBe(written());
    expect(withSheetExtensions(original(SLICERS, LIST), written())).toBe(
      written(`<extLst>${LIST.replace(`${X14}>`, `${X14} ${XM}>`)}</extLst>`)
    );
  });

  test("a sheet without extensions, or none ExcelJS lost: the part as ExcelJS wrote it", () => {
    const none = `<worksheet ${MAIN}><sheetData/></worksheet>`;
    expect(withSheetExtensions(none, written())).toBe(written());
    const own = `<extLst>${DATA_BARS("{ExcelJS}")}</extLst>`;
    expect(withSheetExtensions(original(DATA_BARS("{Excel}")), written(own))).toBe(written(own));
  });

  test("a part whose elements carry a prefix (as the Open XML SDK writes): the extension written in ExcelJS's default namespace", () => {
    const prefixed = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ${XM}><x:sheetData/><x:extLst>${LIST.replace("<ext ", "<x:ext ").replace("</ext>", "</x:ext>")}</x:extLst></x:worksheet>`;
    expect(withSheetExtensions(prefixed, written())).toBe(
      written(`<extLst>${LIST.replace(`${X14}>`, `${X14} ${XM}>`)}</extLst>`)
    );
  });
});

describe("what an extension put back leans on", () => {
  const X14_URI = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
  const XM_URI = "http://schemas.microsoft.com/office/excel/2006/main";

  test("prefixes declared on the original's <extLst>, or on its root in single quotes, are declared on the extension", () => {
    const bare = LIST.replace(` ${X14}`, "");
    const onList = `<worksheet ${MAIN}><sheetData/><extLst xmlns:x14="${X14_URI}" xmlns:xm="${XM_URI}">${bare}</extLst></worksheet>`;
    const singleQuotes = `<worksheet ${MAIN} xmlns:x14='${X14_URI}' xmlns:xm='${XM_URI}'><sheetData/><extLst>${bare}</extLst></worksheet>`;
    const expected = written(
      `<extLst>${bare.replace(`{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"`, `{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" ${X14} ${XM}`)}</extLst>`
    );
    expect(withSheetExtensions(onList, written())).toBe(expected);
    expect(withSheetExtensions(singleQuotes, written())).toBe(expected);
  });

  test("a prefix nothing declares: the extension is left out rather than written undeclared", () => {
    const undeclared = `<worksheet ${MAIN}><sheetData/><extLst>${LIST.replace(` ${X14}`, "")}</extLst></worksheet>`;
    expect(withSheetExtensions(undeclared, written())).toBe(written());
  });

  test("a root that lets readers ignore x14 and xm: the extension is still put back; only attributes in ignorable namespaces go, and never text inside a value", () => {
    const XR = `xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"`;
    const MC = `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`;
    const list = LIST.replace(
      `<x14:dataValidation type="list">`,
      `<x14:dataValidation type="list" xr:uid="{9}" prompt=" xr:uid='1' のまま">`
    );
    const original = `<worksheet ${MAIN} ${XM} ${XR} ${MC} mc:Ignorable="x14 xm xr"><sheetData/><extLst>${list}</extLst></worksheet>`;
    expect(withSheetExtensions(original, written())).toBe(
      written(
        `<extLst>${list.replace(` xr:uid="{9}"`, "").replace(`${X14}>`, `${X14} ${XM}>`)}</extLst>`
      )
    );
  });

  test("an extension's uri written in capitals (as some writers do) is the same extension", () => {
    const capitals = LIST.replace(
      "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}",
      "{CCE6A557-97BC-4B89-ADB6-D9C93CAAB3DF}"
    );
    expect(withSheetExtensions(original(capitals), written())).toBe(
      written(`<extLst>${capitals.replace(`${X14}>`, `${X14} ${XM}>`)}</extLst>`)
    );
  });
});

describe("a sheet's filter criteria and sort, which ExcelJS drops, put back into the part it wrote", () => {
  const XR = `xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"`;
  const FILTER = `<autoFilter ref="A1:C9" xr:uid="{1}"><filterColumn colId="2"><filters><filter val="B"/></filters></filterColumn></autoFilter>`;
  const SORT = `<sortState ref="A2:C9"><sortCondition descending="1" ref="C2:C9"/></sortState>`;
  const MERGES = `<mergeCells count="1"><mergeCell ref="D1:E1"/></mergeCells>`;
  const excel = (...tail: string[]) =>
    `<worksheet ${MAIN} ${R} ${XR}><sheetData/>${tail.join("")}<pageMargins/></worksheet>`;
  const exceljs = (...tail: string[]) =>
    `<worksheet ${MAIN} ${R}><sheetData/>${tail.join("")}<pageMargins/></worksheet>`;

  test("the filter's criteria in place of ExcelJS's bare range, the sort after it, both before the merged areas (the schema's order), the xr prefix declared", () => {
    expect(
      withFilter(excel(FILTER, SORT, MERGES), exceljs(`<autoFilter ref="A1:C9"/>`, MERGES))
    ).toBe(exceljs(FILTER.replace(`xr:uid="{1}"`, `xr:uid="{1}" ${XR}`), SORT, MERGES));
  });

  test("a sheet without a filter: the part as ExcelJS wrote it", () => {
    const written = exceljs(MERGES);
    expect(withFilter(excel(MERGES), written)).toBe(written);
  });

  test("from a part whose elements carry a prefix: written in ExcelJS's default namespace", () => {
    const prefixed = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/><x:autoFilter ref="A1:C9"><x:filterColumn colId="0"><x:filters blank="1"/></x:filterColumn></x:autoFilter></x:worksheet>`;
    expect(withFilter(prefixed, exceljs(`<autoFilter ref="A1:C9"/>`))).toBe(
      exceljs(
        `<autoFilter ref="A1:C9"><filterColumn colId="0"><filters blank="1"/></filterColumn></autoFilter>`
      )
    );
  });
});
