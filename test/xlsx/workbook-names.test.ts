import { withUserNames } from "../../src/xlsx/workbook-names";

describe("the user's workbook names put back into the workbook part ExcelJS wrote", () => {
  test("a workbook part in a prefixed namespace: its names written in the default one ExcelJS writes", () => {
    const original = `<x:workbook xmlns:x="m"><x:sheets><x:sheet name="表" sheetId="1"/><x:sheet name="集計" sheetId="2"/></x:sheets><x:definedNames><x:definedName name="範囲" localSheetId="0">表!$A$1</x:definedName></x:definedNames></x:workbook>`;
    const written = `<workbook xmlns="m"><sheets><sheet name="表" sheetId="1"/></sheets><definedNames><definedName name="範囲">&apos;表&apos;!$A$1</definedName></definedNames><calcPr/></workbook>`;
    expect(withUserNames(original, written, new Set())).toBe(
      `<workbook xmlns="m"><sheets><sheet name="表" sheetId="1"/></sheets><definedNames><definedName name="範囲" localSheetId="0">表!$A$1</definedName></definedNames><calcPr/></workbook>`
    );
  });

  test("a name into another workbook goes once the links to other workbooks are dropped; a table column named 1 stays", () => {
    const original = `<workbook><sheets><sheet name="表"/></sheets><externalReferences><externalReference r:id="rId9"/></externalReferences><definedNames><definedName name="昨年">[1]R4!$E$5</definedName><definedName name="昨年表">'[1]R4 一覧'!$E$5</definedName><definedName name="列">担当課表[1]</definedName></definedNames></workbook>`;
    const written = `<workbook><sheets><sheet name="表"/></sheets><calcPr/></workbook>`;
    expect(withUserNames(original, written, new Set())).toBe(
      `<workbook><sheets><sheet name="表"/></sheets><definedNames><definedName name="列">担当課表[1]</definedName></definedNames><calcPr/></workbook>`
    );
  });
});
