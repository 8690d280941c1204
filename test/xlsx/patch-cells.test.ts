import { readFileSync } from "node:fs";
import { patchCells } from "../../src/xlsx/patch-cells";
import { WEB_IO } from "../../src/xlsx/web-io";
import { openXlsx } from "../../src/xlsx/read-xlsx";
import { SAMPLE_XLSX } from "../helpers/workbooks";

describe("writing fixed cells back into an .xlsx", () => {
  test("the cell gets its new text and every other value and merged area stays", () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE_XLSX));
    const before = openXlsx(bytes, "before.xlsx", WEB_IO);
    const name = before.sheetNames[0];
    const patched = patchCells(
      bytes,
      before.sheetPart!(name)!,
      new Map([
        ["E12", "A"],
        ["F52", "<実施した>"],
      ])
    );
    const a = before.readSheet(name);
    const b = openXlsx(patched, "after.xlsx", WEB_IO).readSheet(name);
    expect(b.values[11][4]).toBe("A");
    expect(b.values[51][5]).toBe("<実施した>");
    // Rows are sparse (a row ends at its last value): compare every cell either side holds.
    const changed: string[] = [];
    for (let r = 0; r < Math.max(a.values.length, b.values.length); r++) {
      for (let c = 0; c < Math.max(a.values[r]?.length ?? 0, b.values[r]?.length ?? 0); c++) {
        if (JSON.stringify(a.values[r]?.[c] ?? null) !== JSON.stringify(b.values[r]?.[c] ?? null))
          changed.push(`${r},${c}`);
      }
    }
    expect(changed).toEqual(["11,4", "51,5"]);
    expect(b.merges).toEqual(a.merges);
  });

  test("a cell that is not in the sheet is refused, not invented", () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE_XLSX));
    const book = openXlsx(bytes, "x.xlsx", WEB_IO);
    expect(() =>
      patchCells(bytes, book.sheetPart!(book.sheetNames[0])!, new Map([["Z999", "B"]]))
    ).toThrow(expect.objectContaining({ name: "HostFailure", kind: "cell-changed" }));
  });
});
