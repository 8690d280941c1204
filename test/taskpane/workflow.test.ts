import { checkRequirements, createExcelHost } from "../../src/excel/excel-host";
import { marksFor, validateAndMark } from "../../src/taskpane/workflow";
import { MARK_COLORS } from "../../src/excel/marks";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { ExcelMock } from "../helpers/excel-mock";
import { SAMPLE_XLSX } from "../helpers/workbooks";

describe("the ribbon's one-click validate", () => {
  test("checks the active sheet, marks its cells, keeps the result and selects the first finding", async () => {
    const book = loadWorkbookFile(SAMPLE_XLSX);
    const snap = book.readSheet(book.sheetNames[0]);
    const excel = new ExcelMock([snap]);
    const host = createExcelHost((batch) => batch(excel.context), checkRequirements(() => true), "ja-JP");
    const stored = await validateAndMark(host);
    expect(stored.counts).toEqual({ goals: 4, measures: 19, items: 59, entries: 128 });
    expect(stored.issues.filter((i) => i.severity === "error").map((i) => i.cell)).toEqual(["F52", "F65", "F98", "F99"]);
    expect(excel.fillOf("F52").color).toBe(MARK_COLORS.error);
    expect(excel.fillOf("D24").color).toBe(MARK_COLORS.warning);
    expect(excel.calls).toContain("select R5達成状況!F52");
    expect(await host.loadResult()).toEqual(stored);
    // settings 1, active 1, read 1 + blocks, mark 2, store 1, select 2
    expect(excel.syncs).toBeLessThanOrEqual(10);
  });

  test("one mark per cell, coloured by its worst finding", () => {
    const marks = marksFor([
      { code: "rating-unnormalized", severity: "warning", sheet: "s", cell: "E9" },
      { code: "rating-invalid", severity: "error", sheet: "s", cell: "E9" },
      { code: "scale-default", severity: "info", sheet: "s", cell: "E8" },
    ]);
    expect(marks).toEqual([{ cell: "E9", severity: "error" }]);
  });
});
