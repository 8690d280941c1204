import { readSheetSnapshot, toCellValue } from "../../src/excel/read-sheet";
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

  test("a stray cell far below the table costs a few syncs, not one per empty block (defect 7)", async () => {
    const snap = sample();
    const sim = createSim([snap], "web");
    setCell(sim.book.sheets[0], 100_000, 0, { value: "x" });
    const result = await sim.run((context) => readSheetSnapshot(context, snap.name, ALL));
    expect(result.values[100_000][0]).toBe("x");
    expect(result.values[50_000]).toEqual([]);
    expect(validateSheet(result).counts.entries).toBe(128);
    expect(sim.stats.syncs).toBeLessThanOrEqual(4);
  });

  test.each([100, 10_000])(
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

describe("what the pane reads from a sheet, cell by cell", () => {
  test("values as Excel reports them with their types: an empty cell is nothing, an error its code, zero and FALSE themselves, anything else its text", () => {
    expect(toCellValue("", "Empty")).toBeNull();
    expect(toCellValue("", "String")).toBeNull();
    expect(toCellValue(null, "String")).toBeNull();
    expect(toCellValue(undefined, undefined)).toBeNull();
    expect(toCellValue("x", "Empty")).toBeNull();
    expect(toCellValue("#DIV/0!", "Error")).toEqual({ error: "#DIV/0!" });
    expect(toCellValue(0, "Double")).toBe(0);
    expect(toCellValue(false, "Boolean")).toBe(false);
    expect(toCellValue("Ｂ", "String")).toBe("Ｂ");
    expect(toCellValue(45000n, "Double")).toBe("45000");
  });

  test("an empty sheet reads as no rows, in one sync", async () => {
    const { sim, result } = await read({ name: "空", top: 0, left: 0, values: [], merges: [] });
    expect(result).toEqual({ name: "空", top: 0, left: 0, values: [], merges: [] });
    expect(sim.stats.syncs).toBe(1);
  });

  test("a table lower down and to the right: the rows above are empty, each row read from column A", async () => {
    const snap: SheetSnapshot = {
      name: "R5",
      top: 2,
      left: 1,
      values: [
        ["項目", "達成度"],
        ["1 項目", "B"],
      ],
      merges: [],
    };
    for (const [profile, options] of [
      ["web", ALL],
      ["excel-2016", { merges: false, usedRangeOrNull: false }],
    ] as const) {
      const { result } = await read(snap, profile, options);
      expect(result.values).toEqual([[], [], [null, "項目", "達成度"], [null, "1 項目", "B"]]);
    }
  });

  test("progress is reported after each block of rows, up to every row", async () => {
    const snap = benchSnapshot(2000);
    const rows = snap.values.length;
    const sim = createSim([snap], "web");
    const seen: [number, number][] = [];
    await sim.run((context) =>
      readSheetSnapshot(context, snap.name, { ...ALL, onProgress: (d, t) => seen.push([d, t]) })
    );
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.length).toBe(sim.stats.syncs - 1);
    expect(seen[seen.length - 1]).toEqual([rows, rows]);
    expect(seen.every(([d, t], i) => t === rows && d > (i ? seen[i - 1][0] : 0))).toBe(true);
    // The first block is small (at most 200 rows): the rest are sized from it.
    expect(seen[0][0]).toBeLessThanOrEqual(200);
  });

  test("a single row larger than Excel on the web can send is refused as too large, not read in halves forever", async () => {
    const cell = "あ".repeat(30_000);
    const snap: SheetSnapshot = {
      name: "R5",
      top: 0,
      left: 0,
      values: [Array.from({ length: 70 }, () => cell)],
      merges: [],
    };
    const sim = createSim([snap], "web");
    await expect(
      sim.run((context) => readSheetSnapshot(context, snap.name, ALL))
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(sim.stats.syncs).toBe(2);
  });

  test("a failure other than size is not retried", async () => {
    const sim = createSim([sample()], "web");
    sim.stats.failSync = (n) =>
      n === 2 ? Object.assign(new Error("gone"), { code: "ItemNotFound" }) : undefined;
    await expect(
      sim.run((context) => readSheetSnapshot(context, "R5達成状況", ALL))
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(sim.stats.syncs).toBe(2);
  });
});

describe("sheets the first guess of a block's size does not fit", () => {
  test("texts far longer than usual in the first rows: a block Excel on the web refuses is read again in halves, and the sheet comes back whole", async () => {
    const long = "達".repeat(30_000);
    const values = Array.from({ length: 300 }, (_, r) => [`${r + 1} 項目`, long]);
    const snap: SheetSnapshot = { name: "long", top: 0, left: 0, values, merges: [] };
    const { sim, result } = await read(snap);
    expect(result.values).toEqual(values);
    // Some responses were refused (over 5 MB) and read again: every row still came back once.
    expect(sim.stats.responses.some((b) => b > PAYLOAD_CAP)).toBe(true);
  });

  test("cells formatted but empty below the table are not read on Excel with ExcelApi 1.4", async () => {
    const snap = sample();
    const sim = createSim([snap], "web");
    sim.book.sheets[0].fills.set("A5000", {
      color: "#FFFF00",
      pattern: "Solid",
      patternColor: "#000000",
      tintAndShade: 0,
      patternTintAndShade: 0,
    });
    sim.book.sheets[0].fills.set("C200", {
      color: "#FFFF00",
      pattern: "Solid",
      patternColor: "#000000",
      tintAndShade: 0,
      patternTintAndShade: 0,
    });
    const result = await sim.run((context) => readSheetSnapshot(context, snap.name, ALL));
    expect(result.values.length).toBe(snap.values.length);
  });

  test("on Excel 2016 a plan longer than one block is read block by block with ExcelApi 1.1 alone", async () => {
    const snap = benchSnapshot(1000);
    const { result } = await read(snap, "excel-2016", { merges: false, usedRangeOrNull: false });
    expect(result.values.length).toBe(snap.values.length);
    expect(result.values[snap.values.length - 1]).toEqual(
      snap.values[snap.values.length - 1].map((v) => (v === "" ? null : v))
    );
  });

  test("a merged pair of cells on every one of 1,200 rows (more than 512 down one column) is read whole", async () => {
    const values = Array.from({ length: 1200 }, (_, r) => [`${r + 1} 項目`, null, "B"]);
    const merges = values.map((_, r) => ({ top: r, left: 0, bottom: r, right: 1 }));
    const snap: SheetSnapshot = { name: "wide", top: 0, left: 0, values, merges };
    const { result } = await read(snap);
    sameMerges(result.merges, merges);
  });
});
