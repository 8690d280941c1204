import { loadWorkbookFile } from "../../src/xlsx/load-file";
import {
  PAYLOAD_CAP,
  PROFILES,
  createSim,
  hasRibbon,
  isSetSupported,
  liveSheets,
  type Sim,
} from "../helpers/excel-sim";
import { SAMPLE_XLSX } from "../helpers/workbooks";
import { benchSnapshot } from "../../scripts/bench/sheets";

function sample() {
  const book = loadWorkbookFile(SAMPLE_XLSX);
  return book.readSheet(book.sheetNames[0]);
}

/** Load src/commands/commands.ts under the simulated Office global and run one ribbon button. */
async function press(sim: Sim, name: string) {
  const restore = sim.install();
  try {
    await jest.isolateModulesAsync(async () => {
      await import("../../src/commands/commands");
    });
    await new Promise((r) => setTimeout(r, 0));
    const e = sim.newEvent();
    const done = Promise.resolve(sim.command(name)(e.event));
    // The user reads the dialog, if one opened, then closes it (however long the command runs: Jest's timeout is the limit).
    while (!e.completed) {
      await new Promise((r) => setTimeout(r, 5));
      for (const d of sim.dialogs) if (d.open) d.closeByUser();
    }
    await done;
    return e;
  } finally {
    restore();
  }
}

const query = (sim: Sim) => sim.dialogs.map((d) => Object.fromEntries(new URL(d.url).searchParams));

describe.each(PROFILES.filter(hasRibbon).map((p) => [p.id]))(
  "the ribbon buttons on %s",
  (profileId) => {
    test("validate: checks, marks where it can, says so where it cannot; the dialog stays open until the user closes it", async () => {
      const sim = createSim([sample()], profileId, { displayLanguage: "en-US" });
      const e = await press(sim, "validateActiveSheet");
      expect(e.completed).toBe(true);
      expect(e.closedByCompletion).toEqual([]);
      expect(sim.book.selection?.address).toBe("F52");
      if (isSetSupported(sim.profile, "ExcelApi", "1.9")) {
        expect(sim.book.sheets[0].fills.size).toBeGreaterThan(0);
        expect(sim.dialogs).toHaveLength(0);
      } else {
        expect(query(sim)).toEqual([{ kind: "no-marks", detail: "", lang: "en-US" }]);
      }
    });

    test("insert summaries: the sheets are added, or the dialog names what this Excel lacks", async () => {
      const sim = createSim([sample()], profileId, { displayLanguage: "ja-JP" });
      const e = await press(sim, "insertSummarySheets");
      expect(e.completed).toBe(true);
      expect(e.closedByCompletion).toEqual([]);
      expect(liveSheets(sim.book)).toHaveLength(4);
      const pivots = liveSheets(sim.book).some((s) => s.pivots.length > 0);
      if (pivots) expect(sim.dialogs).toHaveLength(0);
      else expect(query(sim)).toEqual([{ kind: "unsupported", detail: "pivots", lang: "ja-JP" }]);
    });
  }
);

describe.each(PROFILES.filter(hasRibbon).map((p) => [p.id]))(
  "both ribbon buttons on %s at scale",
  (profileId) => {
    test.each([100, 10_000, 100_000])(
      "%i entries: validate selects the finding and marks it where Excel can; insert adds the three sheets",
      async (n) => {
        const snap = benchSnapshot(n);
        snap.values[9][4] = "ｂ";
        const sim = createSim([snap], profileId, { displayLanguage: "ja-JP" });
        await press(sim, "validateActiveSheet");
        expect(sim.book.selection).toEqual({ sheet: snap.name, address: "E10" });
        const marks = isSetSupported(sim.profile, "ExcelApi", "1.9");
        expect(sim.book.sheets[0].fills.has("E10")).toBe(marks);
        expect(query(sim)).toEqual(marks ? [] : [{ kind: "no-marks", detail: "", lang: "ja-JP" }]);
        await press(sim, "insertSummarySheets");
        expect(liveSheets(sim.book).map((s) => s.name)).toEqual([
          snap.name,
          "達成状況データ",
          "基本目標別集計",
          "担当課別集計",
        ]);
        if (sim.profile.payloadCap)
          expect(Math.max(...sim.stats.requests, ...sim.stats.responses)).toBeLessThanOrEqual(
            PAYLOAD_CAP
          );
      },
      300_000
    );
  }
);

test("a failure dialog is not closed by event.completed() before the user has read it (defect 10)", async () => {
  const sim = createSim([sample()], "web");
  sim.book.sheets[0].deleted = true;
  sim.book.sheets.push({
    ...sim.book.sheets[0],
    id: "x",
    name: "空",
    deleted: false,
    rows: new Map(),
  });
  sim.book.active = sim.book.sheets[1];
  const e = await press(sim, "insertSummarySheets");
  expect(query(sim)).toEqual([{ kind: "nothing-to-summarize", detail: "", lang: "ja-JP" }]);
  expect(e.closedByCompletion).toEqual([]);
});
