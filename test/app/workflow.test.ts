import { insertSummaries, marksFor, validateAndMark, validateOnHost } from "../../src/app/workflow";
import { MARK_COLORS } from "../../src/excel/marks";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { failureMessage } from "../../src/taskpane/strings";
import type { Mark } from "../../src/app/host";
import {
  PAYLOAD_CAP,
  PROFILES,
  cellValue,
  createSim,
  fillOf,
  hostOn,
  liveSheets,
} from "../helpers/excel-sim";
import { SAMPLE_XLSX } from "../helpers/workbooks";
import { benchSnapshot } from "../../scripts/bench/sheets";

function sample() {
  const book = loadWorkbookFile(SAMPLE_XLSX);
  return book.readSheet(book.sheetNames[0]);
}

describe("the ribbon's one-click validate", () => {
  test("checks the active sheet, marks its cells, keeps the result and selects the first finding", async () => {
    const sim = createSim([sample()], "web");
    const host = hostOn(sim);
    const { stored } = await validateAndMark(host);
    expect(stored.counts).toEqual({ goals: 4, measures: 19, items: 59, entries: 128 });
    expect(stored.issues.filter((i) => i.severity === "error").map((i) => i.cell)).toEqual([
      "F52",
      "F65",
      "F98",
      "F99",
    ]);
    expect(fillOf(sim.book.sheets[0], "F52").color).toBe(MARK_COLORS.error);
    expect(fillOf(sim.book.sheets[0], "D24").color).toBe(MARK_COLORS.warning);
    expect(sim.book.selection).toEqual({ sheet: "R5達成状況", address: "F52" });
    expect(await host.loadResult()).toEqual(stored);
    // settings 1, active 1, read 1 + blocks, mark 2, store 1, select 2
    expect(sim.stats.syncs).toBeLessThanOrEqual(10);
  });

  test("one mark per cell, coloured by its worst finding", () => {
    const marks = marksFor([
      {
        code: "rating-unnormalized",
        severity: "warning",
        sheet: "s",
        cell: "E9",
        args: { value: "ｂ", code: "B" },
      },
      {
        code: "rating-invalid",
        severity: "error",
        sheet: "s",
        cell: "E9",
        args: { value: "E", codes: "A, B, C, D", item: "1" },
      },
      { code: "scale-default", severity: "info", sheet: "s", cell: "E8" },
    ]);
    expect(marks).toEqual([{ cell: "E9", severity: "error" }]);
  });
});

/**
 * Every flow on every host: validate, fix, mark (every entry's rating cell, as a sheet full of findings would
 * be) and clear, insert and re-insert — or the pane's words for the feature this Excel lacks and what still works.
 */
describe.each(PROFILES.map((p) => [p.id]))("every flow on %s", (profileId) => {
  test.each([100, 10_000, 100_000])(
    "%i entries",
    async (n) => {
      const snap = benchSnapshot(n);
      snap.values[9][4] = "ｂ";
      const sim = createSim([snap], profileId);
      const host = hostOn(sim);
      const lacks = new Set(host.missing!().map((m) => m.feature));
      const { result } = await validateOnHost(host, snap.name, await host.loadSettings());
      expect(result.counts.entries).toBe(n);
      const fix = result.issues.find((i) => i.fix)!;
      await host.applyFix(snap.name, fix.fix!.cell, fix.fix!.value, "ｂ");
      expect((await validateOnHost(host, snap.name, {})).result.issues.some((i) => i.fix)).toBe(
        false
      );
      const marks: Mark[] = result.plan!.entries.map((e) => ({
        cell: e.ratingCell,
        severity: "warning",
      }));
      if (lacks.has("marks")) {
        const refused = await Promise.resolve()
          .then(() => host.markCells(snap.name, marks))
          .catch((e) => e);
        expect(refused).toMatchObject({ kind: "unsupported", detail: "marks" });
        expect(failureMessage("en", refused.kind, refused.detail)).toBe(
          "This Excel cannot do: marking and clearing cells (needs ExcelApi 1.9). Validating, the list of issues, going to a cell and fixes all work."
        );
      } else {
        const outcome = await host.markCells(snap.name, marks);
        expect(outcome!.marked + outcome!.unmarked).toBe(marks.length);
        expect(fillOf(sim.book.sheets[0], result.plan!.entries[0].ratingCell).color).toBe(
          MARK_COLORS.warning
        );
        await host.clearMarks();
        expect(sim.book.sheets[0].fills.size).toBe(0);
      }
      if (lacks.has("summaries")) {
        const refused = await Promise.resolve()
          .then(() => insertSummaries(host, snap.name, {}, "ja", ["data", "goal", "department"]))
          .catch((e) => e);
        expect(refused).toMatchObject({ kind: "unsupported", detail: "summaries" });
        expect(failureMessage("ja", refused.kind, refused.detail)).toBe(
          "この Excel では次の機能を使えません: 集計シートの挿入（ExcelApi 1.7 が必要）。点検、問題の一覧、セルへの移動、修正は使えます。"
        );
      } else {
        for (let round = 0; round < 2; round++)
          await insertSummaries(host, snap.name, {}, "ja", ["data", "goal", "department"]);
        expect(liveSheets(sim.book).map((s) => s.name)).toEqual([
          snap.name,
          "達成状況データ",
          "基本目標別集計",
          "担当課別集計",
        ]);
        expect(cellValue(liveSheets(sim.book)[1], `A${n + 1}`)).not.toBe("");
      }
      if (sim.profile.payloadCap)
        expect(Math.max(...sim.stats.requests, ...sim.stats.responses)).toBeLessThanOrEqual(
          PAYLOAD_CAP
        );
    },
    300_000
  );
});
