import { readSheetSnapshot } from "../../src/excel/read-sheet";
import { validateSheet } from "../../src/core/validate";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { PAYLOAD_CAP, createSim, setCell } from "../helpers/excel-sim";
import { SAMPLE_XLSX } from "../helpers/workbooks";
import { benchSnapshot } from "../../scripts/bench/sheets";

function sample(): SheetSnapshot {
  const book = loadWorkbookFile(SAMPLE_XLSX);
  return book.readSheet(book.sheetNames[0]);
}

const ALL = { merges: true, usedRangeOrNull: true };
const MB = 1_000_000;

async function read(snap: SheetSnapshot, profile = "web", options = ALL) {
  const sim = createSim([snap], profile);
  const result = await sim.run((context) => readSheetSnapshot(context, snap.name, options));
  return { sim, result };
}

const key = (m: { top: number; left: number; bottom: number; right: number }) =>
  `${m.top}:${m.left}:${m.bottom}:${m.right}`;
const sameMerges = (a: SheetSnapshot["merges"], b: SheetSnapshot["merges"]) =>
  expect(new Set(a.map(key))).toEqual(new Set(b.map(key)));

describe("readSheetSnapshot on the strict simulator", () => {
  test("reads the sample's values and merged areas so the core finds the same issues as from the file", async () => {
    const snap = sample();
    const { result } = await read(snap);
    expect(validateSheet(result).issues).toEqual(validateSheet(snap).issues);
    sameMerges(result.merges, snap.merges);
  });

  test("Excel errors come back as {error} through valueTypes", async () => {
    const snap: SheetSnapshot = {
      name: "e",
      top: 0,
      left: 0,
      values: [
        ["#N/A", 1],
        [{ error: "#REF!" }, true],
      ],
      merges: [],
    };
    const { result } = await read(snap);
    expect(result.values).toEqual([
      ["#N/A", 1],
      [{ error: "#REF!" }, true],
    ]);
  });

  test("on Excel 2016 (ExcelApi 1.1 only) the sheet is read by address, without merged areas, to the same issues", async () => {
    const snap = sample();
    const { result } = await read(snap, "excel-2016", { merges: false, usedRangeOrNull: false });
    expect(result.merges).toEqual([]);
    expect(validateSheet(result).counts).toEqual({
      goals: 4,
      measures: 19,
      items: 59,
      entries: 128,
    });
  });

  test("a block of rows holding more than 512 merged areas is read whole (defect 2)", async () => {
    // 1,500 rows, a two-row merged area in each of three columns: 2,250 areas.
    const values = Array.from({ length: 1500 }, (_, r) =>
      r % 2 === 0
        ? ["I 目標", `${r} 施策`, `${r} 項目`, "総務課", "B", "報告"]
        : [null, null, null, "総務課", "B", null]
    );
    const merges = Array.from({ length: 750 }, (_, k) =>
      [0, 1, 2].map((c) => ({ top: 2 * k, left: c, bottom: 2 * k + 1, right: c }))
    ).flat();
    const snap: SheetSnapshot = { name: "merged", top: 0, left: 0, values, merges };
    const { result } = await read(snap);
    sameMerges(result.merges, merges);
  });

  test("a sheet name with a comma (and what looks like cells) does not confuse the merged areas", async () => {
    const snap = { ...sample(), name: "計画 A1,B2" };
    const { result } = await read(snap);
    sameMerges(result.merges, snap.merges);
  });

  test("several long text columns: no response passes 5 MB, two syncs a block at most (defect 7)", async () => {
    const long = "達成状況の説明".repeat(300); // 2,100 characters
    const values = Array.from({ length: 3000 }, (_, r) => [
      `${r + 1} 項目`,
      "総務課",
      "B",
      long,
      long,
      long,
    ]);
    const snap: SheetSnapshot = { name: "long", top: 0, left: 0, values, merges: [] };
    const { sim, result } = await read(snap);
    expect(result.values.length).toBe(3000);
    expect(result.values[2999][5]).toBe(long);
    expect(Math.max(...sim.stats.responses)).toBeLessThanOrEqual(PAYLOAD_CAP);
    const read_ = sim.stats.responses.reduce((a, b) => a + b);
    // Every block but the last carries at least 1 MB; a refused one is followed by two that pass.
    expect(sim.stats.syncs).toBeLessThanOrEqual(1 + 2 * Math.ceil(read_ / MB));
  });

  test("a stray cell near the last row costs a few syncs, not one per empty block (defect 7)", async () => {
    const snap = sample();
    const sim = createSim([snap], "web");
    setCell(sim.book.sheets[0], 1_048_000, 0, { value: "x" });
    const result = await sim.run((context) => readSheetSnapshot(context, snap.name, ALL));
    expect(result.values[1_048_000][0]).toBe("x");
    expect(validateSheet(result).counts.entries).toBe(128);
    expect(sim.stats.syncs).toBeLessThanOrEqual(4);
  });

  test.each([100, 10_000, 100_000])(
    "%i entries in the seed's layout: every response under 5 MB, at most two syncs per block",
    async (n) => {
      const snap = benchSnapshot(n);
      const { sim, result } = await read(snap);
      expect(result.values.length).toBe(snap.values.length);
      sameMerges(result.merges, snap.merges);
      expect(Math.max(...sim.stats.responses)).toBeLessThanOrEqual(PAYLOAD_CAP);
      const total = sim.stats.responses.reduce((a, b) => a + b);
      expect(sim.stats.syncs).toBeLessThanOrEqual(1 + 2 * Math.ceil(total / MB));
    },
    240_000
  );
});
