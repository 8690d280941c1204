import { buildSummaryPlan } from "../../src/core/plan/summary-plan";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { validateSheet } from "../../src/core/validate";
import {
  requestBytesFor,
  writeSummarySheets,
  type SummaryWriteOptions,
} from "../../src/excel/write-summary";
import { liveSheets, type Sim } from "../helpers/excel-sim";

/** What the summary writer's tests share (write-summary.test.ts and its 70,000-entry cases). */

/** Excel on Windows or Mac: no request cap. */
export const FULL: SummaryWriteOptions = { pivots: true, suspendScreen: true, pageLayout: true };
/** Excel on the web: requests capped at 5 MB. */
export const WEB: SummaryWriteOptions = { ...FULL, requestBytes: requestBytesFor("OfficeOnline") };

export function planFor(snapshot: SheetSnapshot) {
  const r = validateSheet(snapshot);
  return (tableName: string) =>
    buildSummaryPlan(r.plan!, r.summary!, { lang: "ja", date: "2026-11-25", tableName });
}

/** A sheet in the seed's layout with n entries (items of four departments). */
export function sized(n: number): SheetSnapshot {
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

export const write = (sim: Sim, snap: SheetSnapshot, options: SummaryWriteOptions) =>
  sim.run((context) => writeSummarySheets(context, planFor(snap), options));
export const names = (sim: Sim) => liveSheets(sim.book).map((s) => s.name);
