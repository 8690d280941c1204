import { readSheetSnapshot, blockRows, parseAreas } from "../../src/excel/read-sheet";
import { validateSheet } from "../../src/core/validate";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { ExcelMock } from "../helpers/excel-mock";
import { SAMPLE_XLSX } from "../helpers/workbooks";

function sample(): SheetSnapshot {
  const book = loadWorkbookFile(SAMPLE_XLSX);
  return book.readSheet(book.sheetNames[0]);
}

/** A sheet of n rows in six columns, a merged narrative every 4 rows. */
function bigSheet(rows: number): SheetSnapshot {
  const values = Array.from({ length: rows }, (_, r) => [`I 目標`, `1 施策`, `${Math.floor(r / 4) + 1} 項目`, "総務課", "B", r % 4 === 0 ? "報告" : null]);
  const merges = Array.from({ length: Math.floor(rows / 4) }, (_, k) => ({ top: 4 * k, left: 5, bottom: 4 * k + 3, right: 5 }));
  return { name: "big", top: 0, left: 0, values, merges };
}

describe("readSheetSnapshot (Office.js adapter)", () => {
  test("reads the sample's values and merged areas so the core finds the same issues as from the file", async () => {
    const snap = sample();
    const excel = new ExcelMock([snap]);
    const read = await readSheetSnapshot(excel.context, snap.name, { merges: true });
    const fromFile = validateSheet(snap).issues;
    expect(validateSheet(read).issues).toEqual(fromFile);
    expect(read.merges.length).toBe(snap.merges.length);
    expect(excel.calls).toContain("getMergedAreasOrNullObject");
  });

  test("Excel errors come back as {error} through valueTypes", async () => {
    const snap: SheetSnapshot = { name: "e", top: 0, left: 0, values: [["#N/A", 1], [{ error: "#REF!" }, true]], merges: [] };
    const read = await readSheetSnapshot(new ExcelMock([snap]).context, "e", { merges: true });
    expect(read.values).toEqual([["#N/A", 1], [{ error: "#REF!" }, true]]);
  });

  test("without ExcelApi 1.13 no merged areas are asked for", async () => {
    const snap = sample();
    const excel = new ExcelMock([snap]);
    const read = await readSheetSnapshot(excel.context, snap.name, { merges: false });
    expect(read.merges).toEqual([]);
    expect(excel.calls).not.toContain("getMergedAreasOrNullObject");
  });

  test.each([100, 10_000, 100_000])("%i rows: one sync for the used range, then one per block", async (rows) => {
    const excel = new ExcelMock([bigSheet(rows)]);
    const read = await readSheetSnapshot(excel.context, "big", { merges: true });
    const blocks = Math.ceil(rows / blockRows(6));
    expect(excel.syncs).toBe(1 + blocks);
    expect(read.values.length).toBe(rows);
    // Merges spanning two blocks are reported by the block holding their top-left.
    expect(read.merges.length).toBe(Math.floor(rows / 4));
  }, 120_000);

  test("a block of the worst rows (a 600-character Japanese narrative each) stays under half the 5 MB cap", () => {
    for (const cols of [1, 6, 30, 200]) {
      const worstRow = new TextEncoder().encode("達".repeat(600)).length + 60 * cols;
      expect(blockRows(cols) * worstRow).toBeLessThanOrEqual(2.5 * 1024 * 1024);
      expect(blockRows(cols)).toBeGreaterThan(100);
    }
  });

  test("parseAreas reads RangeAreas addresses, quoted sheet names included", () => {
    expect(parseAreas("Sheet1!A1:B4, 'R5 一覧'!D1:D4, Sheet1!$F$6")).toEqual([
      { top: 0, left: 0, bottom: 3, right: 1 },
      { top: 0, left: 3, bottom: 3, right: 3 },
      { top: 5, left: 5, bottom: 5, right: 5 },
    ]);
  });
});
