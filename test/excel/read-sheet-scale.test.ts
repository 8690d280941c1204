import { readSheetSnapshot } from "../../src/excel/read-sheet";
import { validateSheet } from "../../src/core/validate";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { PAYLOAD_CAP, createSim, setCell } from "../helpers/excel-sim";
import { SAMPLE_XLSX } from "../helpers/workbooks";
import { benchSnapshot } from "../../scripts/bench/sheets";

/**
 * readSheetSnapshot at the sizes of a whole sheet: kept apart from read-sheet.test.ts so that a
 * mutation run of read-sheet.ts (which runs the test file named for it for every mutant) stays short.
 */

function sample(): SheetSnapshot {
  const book = loadWorkbookFile(SAMPLE_XLSX);
  return book.readSheet(book.sheetNames[0]);
}

const ALL = { merges: true, usedRangeOrNull: true };
const MB = 1_000_000;

const key = (m: { top: number; left: number; bottom: number; right: number }) =>
  `${m.top}:${m.left}:${m.bottom}:${m.right}`;

describe("readSheetSnapshot on the strict simulator, whole-sheet sizes", () => {
  test("a stray cell near the last row costs a few syncs, not one per empty block (defect 7)", async () => {
    const snap = sample();
    const sim = createSim([snap], "web");
    setCell(sim.book.sheets[0], 1_048_000, 0, { value: "x" });
    const result = await sim.run((context) => readSheetSnapshot(context, snap.name, ALL));
    expect(result.values[1_048_000][0]).toBe("x");
    expect(validateSheet(result).counts.entries).toBe(128);
    expect(sim.stats.syncs).toBeLessThanOrEqual(4);
  });

  test("100,000 entries in the seed's layout: every response under 5 MB, at most two syncs per block", async () => {
    const snap = benchSnapshot(100_000);
    const sim = createSim([snap], "web");
    const result = await sim.run((context) => readSheetSnapshot(context, snap.name, ALL));
    expect(result.values.length).toBe(snap.values.length);
    expect(new Set(result.merges.map(key))).toEqual(new Set(snap.merges.map(key)));
    expect(Math.max(...sim.stats.responses)).toBeLessThanOrEqual(PAYLOAD_CAP);
    const total = sim.stats.responses.reduce((a, b) => a + b);
    expect(sim.stats.syncs).toBeLessThanOrEqual(1 + 2 * Math.ceil(total / MB));
  }, 240_000);
});
