/**
 * The summary writer at 70,000 entries: kept apart from write-summary.test.ts so that a mutation
 * run of write-summary.ts (which runs the test file named for it for every mutant) stays short.
 */
import { buildSummaryPlan } from "../../src/core/plan/summary-plan";
import { validateSheet } from "../../src/core/validate";
import {
  requestBytesFor,
  writeSummarySheets,
  type SummaryWriteOptions,
} from "../../src/excel/write-summary";
import type { SheetSnapshot } from "../../src/core/snapshot";
import {
  PAYLOAD_CAP,
  cellValue,
  createSim,
  liveSheets,
  sheetNamed,
  type Sim,
} from "../helpers/excel-sim";

/** Excel on Windows or Mac: no request cap. */
const FULL: SummaryWriteOptions = { pivots: true, suspendScreen: true, pageLayout: true };
/** Excel on the web: requests capped at 5 MB. */
const WEB: SummaryWriteOptions = { ...FULL, requestBytes: requestBytesFor("OfficeOnline") };

function planFor(snapshot: SheetSnapshot) {
  const r = validateSheet(snapshot);
  return (tableName: string) =>
    buildSummaryPlan(r.plan!, r.summary!, { lang: "ja", date: "2026-11-25", tableName });
}

/** A sheet in the seed's layout with n entries (items of four departments). */
function sized(n: number): SheetSnapshot {
  const values: (string | null)[][] = [
    ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
  ];
  for (let i = 0; i < n; i++)
    values.push([
      `${["I", "II", "III"][Math.floor((3 * i) / n)]} 目標`,
      `${Math.floor(i / 40) + 1} 施策`,
      `${Math.floor(i / 4) + 1} 項目`,
      `課${i % 4}`,
      "ABCD"[i % 4],
      "報告の本文です。",
    ]);
  return { name: "big", top: 0, left: 0, values, merges: [] };
}

const write = (sim: Sim, snap: SheetSnapshot, options: SummaryWriteOptions) =>
  sim.run((context) => writeSummarySheets(context, planFor(snap), options));
const names = (sim: Sim) => liveSheets(sim.book).map((s) => s.name);
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
