import { MARK_COLORS, chunkAddresses, clearMarks, markCells } from "../../src/excel/marks";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { cellAddress } from "../../src/core/snapshot";
import type { Mark } from "../../src/app/host";
import {
  PAYLOAD_CAP,
  SETTINGS_LIMIT,
  createSim,
  fillOf,
  sheetNamed,
  type Sim,
  type SimFill,
} from "../helpers/excel-sim";

const sheet: SheetSnapshot = { name: "R5", top: 0, left: 0, values: [["a", "b", "c"]], merges: [] };
const YELLOW: SimFill = {
  color: "#FFFF00",
  pattern: "Solid",
  patternColor: "#000000",
  tintAndShade: 0,
  patternTintAndShade: 0,
};
/** A patterned, tinted fill: every property Office.js exposes differs from the default. */
const HATCHED: SimFill = {
  color: "#4472C4",
  pattern: "LightDown",
  patternColor: "#ED7D31",
  tintAndShade: 0.4,
  patternTintAndShade: -0.25,
};

const fills = (sim: Sim) =>
  new Map(
    sim.book.sheets.flatMap((s) => [...s.fills].map(([k, v]) => [`${s.id}!${k}`, v] as const))
  );
const mark = (sim: Sim, name: string, marks: Mark[]) =>
  sim.run((context) => markCells(context, name, marks));
const clear = (sim: Sim) => sim.run((context) => clearMarks(context));

function column(n: number, col = 0, every = 1): Mark[] {
  return Array.from({ length: n }, (_, i) => ({
    cell: cellAddress(i * every, col),
    severity: i % 2 ? "error" : "warning",
  }));
}

describe("marks on the strict simulator", () => {
  test("mark then clear leaves every fill exactly as it was: colour, pattern, pattern colour and both tints (defect 5)", async () => {
    const sim = createSim([sheet], "web");
    const s = sim.book.sheets[0];
    s.fills.set("B1", YELLOW);
    s.fills.set("C1", HATCHED);
    const before = fills(sim);
    await mark(sim, "R5", [
      { cell: "A1", severity: "error" },
      { cell: "B1", severity: "warning" },
      { cell: "C1", severity: "info" },
    ]);
    expect(fillOf(s, "A1").color).toBe(MARK_COLORS.error);
    expect(fillOf(s, "B1").color).toBe(MARK_COLORS.warning);
    expect(fillOf(s, "C1").color).toBe(MARK_COLORS.info);
    await clear(sim);
    expect(fills(sim)).toEqual(before);
  });

  test("marking again keeps the original fills, and unmarks cells no longer found", async () => {
    const sim = createSim([sheet], "m365-windows");
    const s = sim.book.sheets[0];
    s.fills.set("B1", HATCHED);
    await mark(sim, "R5", [
      { cell: "A1", severity: "error" },
      { cell: "B1", severity: "error" },
    ]);
    await mark(sim, "R5", [{ cell: "B1", severity: "warning" }]);
    expect(s.fills.has("A1")).toBe(false);
    expect(fillOf(s, "B1").color).toBe(MARK_COLORS.warning);
    await clear(sim);
    expect(fillOf(s, "B1")).toEqual(HATCHED);
  });

  test("a sheet renamed after marking is still cleared, and its marks are forgotten (defect 5)", async () => {
    const sim = createSim([sheet, { ...sheet, name: "other" }], "web");
    sim.book.sheets[0].fills.set("B1", YELLOW);
    await mark(sim, "R5", [
      { cell: "A1", severity: "error" },
      { cell: "B1", severity: "error" },
    ]);
    sim.book.sheets[0].name = "R5 (old)";
    await clear(sim);
    expect(fillOf(sim.book.sheets[0], "A1").pattern).toBe("None");
    expect(fillOf(sim.book.sheets[0], "B1")).toEqual(YELLOW);
    expect([...sim.book.settings.keys()].filter((k) => k.includes("mark"))).toEqual([]);
  });

  test("the pane and a ribbon button marking two sheets at once keep both sheets' original fills (defect 5)", async () => {
    const sim = createSim([sheet, { ...sheet, name: "other" }], "web");
    sim.book.sheets[0].fills.set("B1", YELLOW);
    sim.book.sheets[1].fills.set("B1", HATCHED);
    // Two runtimes, two contexts, their syncs interleaved.
    await Promise.all([
      mark(sim, "R5", [{ cell: "B1", severity: "error" }]),
      mark(sim, "other", [{ cell: "B1", severity: "error" }]),
    ]);
    await clear(sim);
    expect(fillOf(sim.book.sheets[0], "B1")).toEqual(YELLOW);
    expect(fillOf(sim.book.sheets[1], "B1")).toEqual(HATCHED);
  });

  test("what was marked lives in the workbook, so clearing works after reopening", async () => {
    const first = createSim([sheet], "web");
    await mark(first, "R5", [{ cell: "A1", severity: "error" }]);
    const reopened = createSim(first.book, "m365-mac");
    await clear(reopened);
    expect(reopened.book.sheets[0].fills.size).toBe(0);
  });

  test.each([
    [10_000, 1],
    [15_000, 1],
    [10_000, 7],
  ])(
    "%i cells (one every %i rows) on Excel on the web: every request under 5 MB, at most 3 syncs to mark and 2 to clear",
    async (n, every) => {
      const big: SheetSnapshot = { name: "R5", top: 0, left: 0, values: [["x"]], merges: [] };
      const sim = createSim([big], "web");
      await mark(sim, "R5", column(n, 4, every));
      expect(Math.max(...sim.stats.requests)).toBeLessThanOrEqual(PAYLOAD_CAP);
      expect(sim.stats.syncs).toBeLessThanOrEqual(3);
      expect(sim.book.sheets[0].fills.size).toBe(n);
      const markSyncs = sim.stats.syncs;
      await clear(sim);
      expect(sim.stats.syncs - markSyncs).toBeLessThanOrEqual(2);
      expect(Math.max(...sim.stats.requests)).toBeLessThanOrEqual(PAYLOAD_CAP);
      expect(sim.book.sheets[0].fills.size).toBe(0);
    },
    120_000
  );

  test("100,000 marks: the workbook's settings stay under Excel's limit; the worst are marked and the rest counted (defect 6)", async () => {
    const sim = createSim(
      [{ name: "R5", top: 0, left: 0, values: [["x"]], merges: [] }],
      "m365-windows"
    );
    const marks = column(100_000, 4);
    const outcome = await mark(sim, "R5", marks);
    expect(outcome.marked + outcome.unmarked).toBe(100_000);
    expect(outcome.unmarked).toBeGreaterThan(0);
    const s = sim.book.sheets[0];
    expect(s.fills.size).toBe(outcome.marked);
    // The most severe first: every error is marked before any warning.
    const colours = [...s.fills.values()].map((f) => f.color);
    expect(colours.filter((c) => c === MARK_COLORS.error).length).toBe(
      Math.min(50_000, outcome.marked)
    );
    expect(Buffer.byteLength(JSON.stringify(Object.fromEntries(sim.book.settings)))).toBeLessThan(
      SETTINGS_LIMIT / 2
    );
    await clear(sim);
    expect(s.fills.size).toBe(0);
  }, 120_000);

  test("four sheets of 100,000 marks each: the settings of all of them together stay under Excel's limit; what does not fit is counted, and clearing restores every sheet", async () => {
    const sheets = ["R3", "R4", "R5", "R6"].map((name) => ({
      name,
      top: 0,
      left: 0,
      values: [["x"]],
      merges: [],
    }));
    const sim = createSim(sheets, "web");
    sim.book.sheets.forEach((s) => s.fills.set("E1", HATCHED));
    const outcomes = [];
    for (const s of sheets) outcomes.push(await mark(sim, s.name, column(100_000, 4)));
    for (const o of outcomes) expect(o.marked + o.unmarked).toBe(100_000);
    expect(outcomes[3].unmarked).toBeGreaterThan(outcomes[0].unmarked);
    await clear(sim);
    expect(sim.book.sheets.map((s) => [...s.fills.entries()])).toEqual(
      sheets.map(() => [["E1", HATCHED]])
    );
  }, 240_000);

  test("address lists are chunked under 2,000 characters", () => {
    const chunks = chunkAddresses(Array.from({ length: 3000 }, (_, i) => `F${i + 1}`));
    expect(chunks.every((c) => c.length <= 2000)).toBe(true);
    expect(chunks.join(",").split(",").length).toBe(3000);
  });
});

describe("marks when Excel fails part-way", () => {
  const cells: Mark[] = ["A1", "B1", "C1"].map((cell) => ({ cell, severity: "error" }));
  const setup = () => {
    const sim = createSim([sheet], "web");
    sim.book.sheets[0].fills.set("B1", HATCHED);
    return { sim, before: fills(sim) };
  };
  const failure = () => Object.assign(new Error("fail"), { code: "GeneralException" });

  test.each([1, 2])(
    "a failure at sync %i of marking leaves every fill as it was",
    async (failAt) => {
      const { sim, before } = setup();
      sim.stats.failSync = (n) => (n === failAt ? failure() : undefined);
      await expect(mark(sim, "R5", cells)).rejects.toThrow("fail");
      expect(fills(sim)).toEqual(before);
      sim.stats.failSync = undefined;
      await clear(sim);
      expect(fills(sim)).toEqual(before);
    }
  );

  test("a clear that fails can be run again and then restores everything", async () => {
    const { sim, before } = setup();
    await mark(sim, "R5", cells);
    const syncs = sim.stats.syncs;
    sim.stats.failSync = (n) => (n === syncs + 2 ? failure() : undefined);
    await expect(clear(sim)).rejects.toThrow("fail");
    sim.stats.failSync = undefined;
    await clear(sim);
    expect(fills(sim)).toEqual(before);
  });

  test("marking a sheet deleted meanwhile fails as ItemNotFound and changes nothing", async () => {
    const sim = createSim([sheet, { ...sheet, name: "other" }], "web");
    sheetNamed(sim.book, "R5")!.deleted = true;
    await expect(mark(sim, "R5", cells)).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(sim.book.settings.size).toBe(0);
  });
});

describe("marks restored exactly, whatever else the workbook holds", () => {
  const tall: SheetSnapshot = { name: "R5", top: 0, left: 0, values: [["x"]], merges: [] };

  test("cells marked down one column, near and far apart, each get their own fill back", async () => {
    const sim = createSim([tall, { ...tall, name: "other" }], "web");
    const s = sim.book.sheets[0];
    s.fills.set("A1", YELLOW);
    s.fills.set("A3", HATCHED);
    s.fills.set("A6", YELLOW);
    s.fills.set("A12", HATCHED);
    s.fills.set("B2", HATCHED);
    const before = fills(sim);
    const cells = ["A1", "A2", "A3", "A6", "A12", "A13", "B2"];
    const outcome = await mark(
      sim,
      "R5",
      cells.map((cell) => ({ cell, severity: "warning" }))
    );
    expect(outcome).toEqual({ marked: 7, unmarked: 0 });
    expect(cells.map((c) => fillOf(s, c).color)).toEqual(cells.map(() => MARK_COLORS.warning));
    await clear(sim);
    expect(fills(sim)).toEqual(before);
  });

  test("15,000 cells down a column are read in a few ranges, not one a cell: two syncs to mark them", async () => {
    const sim = createSim([tall], "web");
    await mark(sim, "R5", column(15_000, 4));
    expect(sim.stats.syncs).toBe(2);
    expect(sim.book.sheets[0].fills.size).toBe(15_000);
  }, 120_000);

  test("the marks kept fill their 500,000 bytes exactly; marking the same sheet again keeps as many, and other entries take their share", async () => {
    // Each 7-character address and its comma count 16 bytes, the fills' JSON 4,000: 31,000 marks are 500,000 bytes.
    const marks: Mark[] = Array.from({ length: 31_001 }, (_, i) => ({
      cell: `E${100_000 + i}`,
      severity: "warning",
    }));
    const sim = createSim([tall], "m365-windows");
    expect(await mark(sim, "R5", marks)).toEqual({ marked: 31_000, unmarked: 1 });
    const s = sim.book.sheets[0];
    expect(s.fills.size).toBe(31_000);
    expect(s.fills.has("E130999")).toBe(true);
    expect(s.fills.has("E131000")).toBe(false);
    expect(await mark(sim, "R5", marks)).toEqual({ marked: 31_000, unmarked: 1 });
    // A damaged entry of another sheet still takes its 16 bytes ("{damaged", two a character): one mark fewer fits.
    sim.book.settings.set("achv.marks.gone", "{damaged");
    expect(await mark(sim, "R5", marks)).toEqual({ marked: 30_999, unmarked: 2 });
    await clear(sim);
    expect(s.fills.size).toBe(0);
  }, 120_000);

  test("clearing marks keeps the pane's own settings (its choices and last result)", async () => {
    const sim = createSim([sheet], "web");
    sim.book.settings.set("achv.settings", JSON.stringify({ sheet: "R5" }));
    sim.book.settings.set("achv.result", JSON.stringify({ sheet: "R5", issues: [] }));
    await mark(sim, "R5", [{ cell: "A1", severity: "error" }]);
    await clear(sim);
    expect(sim.book.settings).toEqual(
      new Map([
        ["achv.settings", JSON.stringify({ sheet: "R5" })],
        ["achv.result", JSON.stringify({ sheet: "R5", issues: [] })],
      ])
    );
    expect(sim.book.sheets[0].fills.size).toBe(0);
  });

  test("a sheet deleted after it was marked: clearing restores the other sheets and forgets both sheets' marks", async () => {
    const sim = createSim([sheet, { ...sheet, name: "other" }], "web");
    sim.book.sheets[0].fills.set("B1", YELLOW);
    await mark(sim, "R5", [{ cell: "B1", severity: "error" }]);
    await mark(sim, "other", [{ cell: "A1", severity: "error" }]);
    sheetNamed(sim.book, "other")!.deleted = true;
    await clear(sim);
    expect(fillOf(sim.book.sheets[0], "B1")).toEqual(YELLOW);
    expect([...sim.book.settings.keys()]).toEqual([]);
  });

  test("marks damaged in the workbook (not JSON, or an empty cell in a list) are dropped on clear, and the sound ones restored", async () => {
    const sim = createSim([sheet, { ...sheet, name: "other" }], "web");
    const [r5, other] = sim.book.sheets;
    r5.fills.set("B1", YELLOW);
    await mark(sim, "R5", [
      { cell: "A1", severity: "error" },
      { cell: "B1", severity: "error" },
    ]);
    sim.book.settings.set(`achv.marks.${other.id}`, "{damaged");
    const key = `achv.marks.${r5.id}`;
    const kept = JSON.parse(sim.book.settings.get(key) as string) as {
      fills: [unknown, string][];
    };
    kept.fills = kept.fills.map(([fill, cells]) => [fill, `,${cells},,`]);
    sim.book.settings.set(key, JSON.stringify(kept));
    await clear(sim);
    expect(fillOf(r5, "A1").pattern).toBe("None");
    expect(fillOf(r5, "B1")).toEqual(YELLOW);
    expect([...sim.book.settings.keys()]).toEqual([]);
  });

  test("Excel refusing the marks' setting (the workbook's settings full) leaves every cell as it was", async () => {
    const sim = createSim([sheet], "web");
    const s = sim.book.sheets[0];
    s.fills.set("B1", HATCHED);
    const before = fills(sim);
    // Some 999,800 bytes of another setting: no room for the list of marks.
    sim.book.settings.set("other.addin.data", "x".repeat(499_900));
    await expect(
      mark(sim, "R5", [
        { cell: "A1", severity: "error" },
        { cell: "B1", severity: "error" },
        { cell: "C1", severity: "error" },
      ])
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fills(sim)).toEqual(before);
  });

  test("address lists: exactly 2,000 characters is one list; none for no cells", () => {
    const cells = [...Array.from({ length: 399 }, (_, i) => `F${100 + i}`), "F1000"];
    expect(cells.join(",").length).toBe(2000);
    expect(chunkAddresses(cells)).toEqual([cells.join(",")]);
    expect(chunkAddresses([...cells, "F1001"])).toEqual([cells.join(","), "F1001"]);
    expect(chunkAddresses([])).toEqual([]);
  });
});
