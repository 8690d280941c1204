/**
 * The summary writer at 70,000 entries: kept apart from write-summary.test.ts so that a mutation
 * run of write-summary.ts (which runs the test file named for it for every mutant) stays short.
 */
import { PAYLOAD_CAP, cellValue, createSim, sheetNamed } from "../helpers/excel-sim";
import { FULL, WEB, names, sized, write } from "./summary-fixtures";

const SUMMARIES = ["達成状況データ", "基本目標別集計", "担当課別集計"];

describe("the Office.js summary writer on the strict simulator, 70,000 entries", () => {
  test("on the web a data table past the 5 MB request cap goes in blocks of rows, under the cap, with screen updating off throughout (defect 11)", async () => {
    const n = 70_000;
    const sim = createSim([sized(n)], "web");
    await write(sim, sized(n), WEB);
    expect(Math.max(...sim.stats.requests)).toBeLessThanOrEqual(PAYLOAD_CAP);
    const sent = sim.stats.requests.reduce((a, b) => a + b);
    expect(sent).toBeGreaterThan(PAYLOAD_CAP);
    // Within two syncs of the least the cap allows: read the lists, then as few full requests as the bytes need.
    expect(sim.stats.syncs).toBeLessThanOrEqual(2 + Math.ceil(sent / PAYLOAD_CAP) + 2);
    expect(cellValue(sheetNamed(sim.book, "達成状況データ")!, `G${n + 1}`)).toBe("課3");
    expect(sim.stats.writesWithScreenOn).toBe(0);
  }, 120_000);

  test("a host thought uncapped that refuses the one large write gets the same sheets written in blocks", async () => {
    const n = 70_000;
    const sim = createSim([sized(n)], "web");
    const written = await write(sim, sized(n), FULL);
    expect(sim.stats.requests.filter((b) => b > PAYLOAD_CAP)).toHaveLength(1);
    expect(written.map((w) => w.name)).toEqual(SUMMARIES);
    expect(names(sim)).toEqual(["big", ...SUMMARIES]);
    expect(sim.book.tables).toHaveLength(1);
  }, 120_000);
});
