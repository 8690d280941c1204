import { freeSheetName, freeTableName, sheetOfReference } from "../../../src/core/plan/sheet-names";

describe("a sheet name no other sheet has", () => {
  test("the preferred name when it is free", () => {
    expect(freeSheetName("基本目標別集計", () => false)).toBe("基本目標別集計");
  });

  test("else the first free numbered one", () => {
    const taken = new Set(["基本目標別集計", "基本目標別集計 (2)"]);
    expect(freeSheetName("基本目標別集計", (n) => taken.has(n))).toBe("基本目標別集計 (3)");
  });

  test("within Excel's 31 characters, the number kept whole", () => {
    const long = "あ".repeat(40);
    expect(freeSheetName(long, () => false)).toBe("あ".repeat(31));
    const taken = new Set(["あ".repeat(31)]);
    expect(freeSheetName(long, (n) => taken.has(n))).toBe(`${"あ".repeat(27)} (2)`);
  });
});

describe("a table name no table or workbook name has", () => {
  test("the preferred name when it is free", () => {
    expect(freeTableName("AchvData", () => false)).toBe("AchvData");
  });

  test("else the first free one numbered after an underscore (a table name holds no space), names compared in lower case", () => {
    const asked: string[] = [];
    const taken = new Set(["achvdata", "achvdata_2"]);
    expect(
      freeTableName("AchvData", (n) => {
        asked.push(n);
        return taken.has(n);
      })
    ).toBe("AchvData_3");
    expect(asked).toEqual(["achvdata", "achvdata_2", "achvdata_3"]);
  });
});

describe("the sheet a defined name refers to", () => {
  test.each([
    ["=Data!$A$1", "Data"],
    ["Data!$A$1", "Data"],
    ["='基本目標別集計 (2)'!$A$1", "基本目標別集計 (2)"],
    ["='R5''s data'!$A$1", "R5's data"],
    ["='#REF'!$A$1", "#REF"],
    ["=#REF!$A$1", null],
    // As a file's workbook part writes a name's reference: with no "=".
    ["'#REF'!$A$1", "#REF"],
    ["#REF!$A$1", null],
    ["=$A$1", null],
  ])("%s names %j", (reference, sheet) => {
    expect(sheetOfReference(reference)).toBe(sheet);
  });
});
