import { checkRequirements, createExcelHost } from "../../src/excel/excel-host";
import { insertSummaries, marksFor, validateAndMark, validateOnHost } from "../../src/taskpane/workflow";
import { MARK_COLORS } from "../../src/excel/marks";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { PAYLOAD_CAP, PROFILES, createSim, fillOf, isSetSupported, liveSheets, type Sim } from "../helpers/excel-sim";
import { SAMPLE_XLSX } from "../helpers/workbooks";
import { benchSnapshot } from "../../scripts/bench/sheets";

function sample() {
  const book = loadWorkbookFile(SAMPLE_XLSX);
  return book.readSheet(book.sheetNames[0]);
}

function hostOn(sim: Sim) {
  return createExcelHost(sim.run, checkRequirements((n, v) => isSetSupported(sim.profile, n, v)), "ja-JP", sim.profile.platform, sim.office.context.document.settings);
}

describe("the ribbon's one-click validate", () => {
  test("checks the active sheet, marks its cells, keeps the result and selects the first finding", async () => {
    const sim = createSim([sample()], "web");
    const host = hostOn(sim);
    const { stored } = await validateAndMark(host);
    expect(stored.counts).toEqual({ goals: 4, measures: 19, items: 59, entries: 128 });
    expect(stored.issues.filter((i) => i.severity === "error").map((i) => i.cell)).toEqual(["F52", "F65", "F98", "F99"]);
    expect(fillOf(sim.book.sheets[0], "F52").color).toBe(MARK_COLORS.error);
    expect(fillOf(sim.book.sheets[0], "D24").color).toBe(MARK_COLORS.warning);
    expect(sim.book.selection).toEqual({ sheet: "R5達成状況", address: "F52" });
    expect(await host.loadResult()).toEqual(stored);
    // settings 1, active 1, read 1 + blocks, mark 2, store 1, select 2
    expect(sim.stats.syncs).toBeLessThanOrEqual(10);
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

/** Every flow on every host: validate, mark, clear, fix, insert and re-insert — or the feature named as missing. */
describe.each(PROFILES.map((p) => [p.id]))("every flow on %s", (profileId) => {
  test.each([100, 10_000])("%i entries", async (n) => {
    const snap = benchSnapshot(n);
    snap.values[9][4] = "ｂ";
    const sim = createSim([snap], profileId);
    const host = hostOn(sim);
    const lacks = new Set(host.missing!().map((m) => m.feature));
    const { result } = await validateOnHost(host, snap.name, await host.loadSettings());
    expect(result.counts.entries).toBe(n);
    const fix = result.issues.find((i) => i.fix)!;
    await host.applyFix(snap.name, fix.fix!.cell, fix.fix!.value, "ｂ");
    expect((await validateOnHost(host, snap.name, {})).result.issues.some((i) => i.fix)).toBe(false);
    const marks = marksFor(result.issues.length ? result.issues : [{ code: "rating-missing", severity: "error", sheet: snap.name, cell: "E10" }]);
    if (lacks.has("marks")) {
      await expect(Promise.resolve().then(() => host.markCells(snap.name, marks))).rejects.toMatchObject({ kind: "unsupported", detail: "marks" });
    } else {
      await host.markCells(snap.name, marks);
      await host.clearMarks();
      expect(sim.book.sheets[0].fills.size).toBe(0);
    }
    if (lacks.has("summaries")) {
      await expect(Promise.resolve().then(() => insertSummaries(host, snap.name, {}, "ja", ["data", "goal", "department"]))).rejects.toMatchObject({ kind: "unsupported" });
    } else {
      for (let round = 0; round < 2; round++) await insertSummaries(host, snap.name, {}, "ja", ["data", "goal", "department"]);
      expect(liveSheets(sim.book).map((s) => s.name)).toEqual([snap.name, "達成状況データ", "基本目標別集計", "担当課別集計"]);
    }
    if (sim.profile.payloadCap) expect(Math.max(...sim.stats.requests, ...sim.stats.responses)).toBeLessThanOrEqual(PAYLOAD_CAP);
  }, 120_000);
});

test("100,000 entries on Excel on the web: validate, mark the first 10,000 findings and insert the summaries", async () => {
  const snap = benchSnapshot(100_000);
  const sim = createSim([snap], "web");
  const host = hostOn(sim);
  const { result } = await validateOnHost(host, snap.name, {});
  expect(result.counts.entries).toBe(100_000);
  await host.markCells(snap.name, result.plan!.entries.slice(0, 10_000).map((e) => ({ cell: e.ratingCell, severity: "warning" })));
  await insertSummaries(host, snap.name, {}, "ja", ["data", "goal", "department"]);
  expect(liveSheets(sim.book)).toHaveLength(4);
  expect(Math.max(...sim.stats.requests, ...sim.stats.responses)).toBeLessThanOrEqual(PAYLOAD_CAP);
}, 300_000);
