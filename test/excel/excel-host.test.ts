import { checkRequirements, createExcelHost, missingFeatures } from "../../src/excel/excel-host";
import { HostFailure } from "../../src/app/failures";
import { failureMessage } from "../../src/taskpane/strings";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { cellValue, createSim, hostOn, isSetSupported } from "../helpers/excel-sim";
import { buildSummaryPlan } from "../../src/core/plan/summary-plan";
import { validateSheet } from "../../src/core/validate";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { SAMPLE_XLSX } from "../helpers/workbooks";

const sheet = (): SheetSnapshot => ({
  name: "R5",
  top: 0,
  left: 0,
  values: [["達成度"], ["Ｂ"]],
  merges: [],
});

describe("the Office.js WorkbookHost on the strict simulator", () => {
  test("selecting an issue activates its sheet and selects its cell", async () => {
    const sim = createSim([sheet(), { ...sheet(), name: "other" }], "excel-2016");
    sim.book.active = sim.book.sheets[1];
    await hostOn(sim).selectCell("R5", "A2");
    expect(sim.book.active.name).toBe("R5");
    expect(sim.book.selection).toEqual({ sheet: "R5", address: "A2" });
    // The sheet list, then activate and select together.
    expect(sim.stats.syncs).toBe(2);
  });

  test("a sheet deleted or renamed since validating gives sheet-gone", async () => {
    const sim = createSim([sheet()], "web");
    await expect(hostOn(sim).selectCell("消えた", "A1")).rejects.toMatchObject({
      kind: "sheet-gone",
    });
    await expect(hostOn(sim).readSheet("消えた")).rejects.toMatchObject({ kind: "sheet-gone" });
  });

  test.each(["web", "m365-windows"])(
    "on %s, a sheet the user deletes while it is being read gives sheet-gone",
    async (profileId) => {
      const values = [["達成度"], ...Array.from({ length: 3000 }, () => ["Ｂ"])];
      const sim = createSim(
        [
          { ...sheet(), values },
          { ...sheet(), name: "other" },
        ],
        profileId
      );
      // The user deletes the sheet between the first block of rows and the next.
      sim.stats.failSync = (n) => void (n === 3 && (sim.book.sheets[0].deleted = true));
      const err = await hostOn(sim)
        .readSheet("R5")
        .catch((e) => e);
      expect(err).toMatchObject({ kind: "sheet-gone" });
      expect(failureMessage("ja", err.kind)).toBe(
        "シートが見つかりません。名前が変わったか削除された可能性があります。もう一度点検してください。"
      );
    }
  );

  test("a fix writes that one cell, and only if it still holds what was validated; a code like 1 stays text", async () => {
    const sim = createSim([{ ...sheet(), values: [["達成度"], ["Ｂ"], ["１"]] }], "excel-2016");
    const host = hostOn(sim);
    await expect(host.applyFix("R5", "A2", "B", "b")).rejects.toMatchObject({
      kind: "cell-changed",
    });
    expect(cellValue(sim.book.sheets[0], "A2")).toBe("Ｂ");
    const before = sim.stats.syncs;
    await host.applyFix("R5", "A2", "B", "Ｂ");
    // Read the cell, then write it.
    expect(sim.stats.syncs - before).toBe(2);
    await host.applyFix("R5", "A3", "1", "１");
    expect([cellValue(sim.book.sheets[0], "A2"), cellValue(sim.book.sheets[0], "A3")]).toEqual([
      "B",
      "1",
    ]);
  });

  test.each([
    ["InvalidOperationInCellEditMode", "cell-edit-mode"],
    ["AccessDenied", "protected"],
    ["ResponsePayloadSizeLimitExceeded", "payload-too-large"],
    ["ItemNotFound", "sheet-gone"],
  ])("an Office error %s becomes %s", async (code, kind) => {
    const sim = createSim([sheet()], "web");
    sim.stats.failSync = () => Object.assign(new Error(code), { code });
    const err = await hostOn(sim)
      .readSheet("R5")
      .catch((e) => e);
    expect(err).toBeInstanceOf(HostFailure);
    expect(err.kind).toBe(kind);
  });

  test.each(["web", "excel-2016"])(
    "settings are kept in the workbook and read back after reopening (%s)",
    async (profile) => {
      const sim = createSim([sheet()], profile);
      await hostOn(sim).saveSettings({ departments: ["総務課"], sheet: "R5" });
      const reopened = createSim(sim.book, profile);
      expect(await hostOn(reopened).loadSettings()).toEqual({
        departments: ["総務課"],
        sheet: "R5",
      });
      // Workbook.settings: one sync to save, one to load; the common Settings API (Excel 2016): none.
      expect([sim.stats.syncs, reopened.stats.syncs]).toEqual(profile === "web" ? [1, 1] : [0, 0]);
    }
  );

  test("a result with very many issues is stored cut to fit Excel's settings limit, the rest counted", async () => {
    const sim = createSim([sheet()], "web");
    const issues = Array.from({ length: 2000 }, (_, i) => ({
      code: "narrative-missing" as const,
      severity: "error" as const,
      sheet: "R5",
      cell: `F${i + 1}`,
      item: i,
      args: { item: "説明".repeat(100) },
    }));
    await hostOn(sim).saveResult({
      sheet: "R5",
      at: "2026-01-01",
      issues,
      omitted: 5,
      counts: { goals: 1, measures: 1, items: 2000, entries: 2000 },
    });
    const stored = await hostOn(sim).loadResult();
    expect(stored!.issues.length).toBeLessThan(2000);
    expect(stored!.issues.length + stored!.omitted).toBe(2005);
  });

  test("on Excel 2016 (ExcelApi 1.1) marking and summaries are refused with a reason naming what is missing and what still works", async () => {
    const sim = createSim([sheet()], "excel-2016");
    const host = hostOn(sim);
    expect(host.missing!().map((m) => m.feature)).toEqual(["merges", "marks", "summaries"]);
    const refused = await Promise.resolve()
      .then(() => host.markCells("R5", [{ cell: "A1", severity: "error" }]))
      .catch((e) => e);
    expect(refused).toMatchObject({ kind: "unsupported", detail: "marks" });
    expect(failureMessage("ja", refused.kind, refused.detail)).toBe(
      "この Excel では次の機能を使えません: セルの色付け・色消し（ExcelApi 1.9 が必要）。点検、問題の一覧、セルへの移動、修正は使えます。"
    );
    expect(failureMessage("en", refused.kind, refused.detail)).toContain(
      "marking and clearing cells (needs ExcelApi 1.9)"
    );
    expect(sim.stats.syncs).toBe(0);
  });

  test("requirements are checked per set", () => {
    const seen: string[] = [];
    const r = checkRequirements(
      (name, version) => (seen.push(`${name} ${version}`), version !== "1.13")
    );
    expect(r).toEqual({
      read: true,
      v14: true,
      summaries: true,
      pivots: true,
      marks: true,
      merges: false,
    });
    expect(seen).toEqual([
      "ExcelApi 1.1",
      "ExcelApi 1.4",
      "ExcelApi 1.7",
      "ExcelApi 1.8",
      "ExcelApi 1.9",
      "ExcelApi 1.13",
    ]);
  });
});

describe("which sheets the pane offers for checking", () => {
  test("hidden sheets and the add-in's own summary sheets are told apart, in one sync; on Excel 2016 (no NamedItem.formula) no summaries are listed", async () => {
    const plan = (name: string): SheetSnapshot => ({
      name,
      top: 0,
      left: 0,
      values: [["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"]],
      merges: [],
    });
    const sim = createSim([plan("R5"), plan("R4"), plan("集計")], "m365-windows");
    sim.book.sheets[1].visibility = "Hidden";
    sim.book.names.push({
      name: "ACHV_SUMMARY_GOAL",
      sheet: sim.book.sheets[2],
      address: "$A$1",
      deleted: false,
    });
    const before = sim.stats.syncs;
    expect(await hostOn(sim).sheetRoles!()).toEqual({ hidden: ["R4"], summaries: ["集計"] });
    expect(sim.stats.syncs - before).toBe(1);
    const old = createSim([plan("R5"), plan("R4")], "excel-2016");
    old.book.sheets[1].visibility = "VeryHidden";
    expect(await hostOn(old).sheetRoles!()).toEqual({ hidden: ["R4"], summaries: [] });
  });
});

describe("what each Excel offers, and the host's other calls", () => {
  const plan = (name: string): SheetSnapshot => ({ ...sheet(), name });

  test("the features an Excel lacks are named with the set each needs; settings are missing only without the common Settings API too", () => {
    const all = checkRequirements(() => true);
    expect(missingFeatures(all, false)).toEqual([]);
    expect(
      missingFeatures(
        { read: true, v14: true, summaries: true, pivots: false, marks: false, merges: false },
        true
      )
    ).toEqual([
      { feature: "merges", needs: "ExcelApi 1.13" },
      { feature: "marks", needs: "ExcelApi 1.9" },
      { feature: "pivots", needs: "ExcelApi 1.8" },
    ]);
    const excel2016 = {
      read: true,
      v14: false,
      summaries: false,
      pivots: false,
      marks: false,
      merges: false,
    };
    expect(missingFeatures(excel2016, true).map((m) => m.feature)).toEqual([
      "merges",
      "marks",
      "summaries",
    ]);
    expect(missingFeatures(excel2016, false)).toEqual([
      { feature: "merges", needs: "ExcelApi 1.13" },
      { feature: "marks", needs: "ExcelApi 1.9" },
      { feature: "summaries", needs: "ExcelApi 1.7" },
      { feature: "settings", needs: "ExcelApi 1.4" },
    ]);
    expect(missingFeatures({ ...all, v14: false }, false)).toEqual([
      { feature: "settings", needs: "ExcelApi 1.4" },
    ]);
  });

  test("Excel 2019 (ExcelApi 1.7) lacks merges, marks and PivotTables, and says so", () => {
    const sim = createSim([sheet()], "excel-2019");
    expect(hostOn(sim).missing!()).toEqual([
      { feature: "merges", needs: "ExcelApi 1.13" },
      { feature: "marks", needs: "ExcelApi 1.9" },
      { feature: "pivots", needs: "ExcelApi 1.8" },
    ]);
  });

  test("the sheet list, the active sheet and showing a sheet: one sync each", async () => {
    const sim = createSim([plan("R5"), plan("R4"), plan("集計")], "excel-2016");
    const host = hostOn(sim);
    expect(host.kind).toBe("excel");
    expect(host.displayLanguage()).toBe("ja-JP");
    expect(await host.listSheets()).toEqual(["R5", "R4", "集計"]);
    sim.book.active = sim.book.sheets[1];
    expect(await host.activeSheet()).toBe("R4");
    await host.showSheet!("集計");
    expect(sim.book.active.name).toBe("集計");
    expect(sim.stats.syncs).toBe(3);
    await expect(host.showSheet!("消えた")).rejects.toMatchObject({ kind: "sheet-gone" });
  });

  test("on Excel 2019 (ExcelApi 1.7) the add-in's summary sheets are found by their names", async () => {
    const sim = createSim([plan("R5"), plan("集計")], "excel-2019");
    sim.book.names.push(
      { name: "ACHV_SUMMARY_GOAL", sheet: sim.book.sheets[1], address: "$A$1", deleted: false },
      { name: "MY_NAME", sheet: sim.book.sheets[0], address: "$A$1", deleted: false }
    );
    expect(await hostOn(sim).sheetRoles!()).toEqual({ hidden: [], summaries: ["集計"] });
  });

  test("a summary sheet the user deleted leaves its name pointing at #REF!: the user's own sheet named #REF stays a sheet to check", async () => {
    const sim = createSim([plan("R5"), plan("#REF"), plan("集計")], "m365-windows");
    const gone = { ...sim.book.sheets[2], name: "集計 (2)", deleted: true };
    sim.book.names.push(
      { name: "ACHV_SUMMARY_GOAL", sheet: sim.book.sheets[2], address: "$A$1", deleted: false },
      { name: "ACHV_SUMMARY_DEPARTMENT", sheet: gone, address: "$A$1", deleted: false }
    );
    expect(await hostOn(sim).sheetRoles!()).toEqual({ hidden: [], summaries: ["集計"] });
  });

  test("a form larger than 32 KB opens in Excel as exactly its bytes; bytes Excel cannot open give 'other'", async () => {
    const sim = createSim([sheet()], "m365-windows");
    const restore = sim.install();
    try {
      const bytes = new Uint8Array(100_000);
      bytes.set([0x50, 0x4b, 0x03, 0x04]);
      for (let i = 4; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
      await hostOn(sim).openWorkbook!(bytes);
      expect(sim.opened).toHaveLength(1);
      expect(Buffer.from(sim.opened[0]).equals(Buffer.from(bytes))).toBe(true);
      const refused = await hostOn(sim).openWorkbook!(new Uint8Array([1, 2, 3])).catch(
        (e: unknown) => e
      );
      expect(refused).toBeInstanceOf(HostFailure);
      expect(refused).toMatchObject({ kind: "other" });
    } finally {
      restore();
    }
    expect(hostOn(createSim([sheet()], "excel-2019")).openWorkbook).toBeUndefined();
  });

  test("answers to cells someone changed since the plan was read are refused, naming the cells, and nothing is written", async () => {
    const sim = createSim([{ ...sheet(), values: [["達成度"], ["Ｂ"], ["C"]] }], "web");
    const refused = await hostOn(sim).writeAnswers!(
      [
        {
          sheet: "R5",
          cell: "A2",
          field: "rating",
          value: "A",
          before: "B",
          departments: ["総務課"],
        },
        {
          sheet: "R5",
          cell: "A3",
          field: "rating",
          value: "A",
          before: "Ｃ",
          departments: ["総務課"],
        },
      ],
      {}
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HostFailure);
    expect(refused).toMatchObject({ kind: "cell-changed", detail: "R5!A2, R5!A3" });
    expect([cellValue(sim.book.sheets[0], "A2"), cellValue(sim.book.sheets[0], "A3")]).toEqual([
      "Ｂ",
      "C",
    ]);
  });

  test("answers on Excel 2019 (no marks) are written unmarked; on the web they are marked", async () => {
    const write = [
      {
        sheet: "R5",
        cell: "A2",
        field: "rating" as const,
        value: "A",
        before: "Ｂ",
        departments: [],
      },
    ];
    const old = createSim([sheet()], "excel-2019");
    expect(await hostOn(old).writeAnswers!(write, {})).toEqual({
      written: 1,
      marked: 0,
      unmarked: 0,
    });
    expect(cellValue(old.book.sheets[0], "A2")).toBe("A");
    expect(old.book.sheets[0].fills.size).toBe(0);
    const web = createSim([sheet()], "web");
    expect(await hostOn(web).writeAnswers!(write, {})).toEqual({
      written: 1,
      marked: 1,
      unmarked: 0,
    });
    expect(web.book.sheets[0].fills.size).toBe(1);
  });

  test("without anywhere to keep settings, saving the result is skipped quietly and saving settings is refused", async () => {
    const sim = createSim([sheet()], "excel-2016");
    const host = createExcelHost(
      sim.run,
      checkRequirements((n, v) => isSetSupported(sim.profile, n, v)),
      "en-US"
    );
    await expect(
      host.saveResult({
        sheet: "R5",
        at: "2026-01-01",
        issues: [],
        omitted: 0,
        counts: { goals: 0, measures: 0, items: 0, entries: 0 },
      })
    ).resolves.toBeUndefined();
    await expect(Promise.resolve().then(() => host.saveSettings({}))).rejects.toMatchObject({
      kind: "unsupported",
      detail: "settings",
    });
    expect(await host.loadSettings()).toEqual({});
    expect(await host.loadResult()).toBeNull();
    expect(sim.book.settings.size + sim.book.documentSettings.size).toBe(0);
  });

  test("clearing marks is refused on Excel 2016, and summaries too, before Excel is asked anything", async () => {
    const sim = createSim([sheet()], "excel-2016");
    const host = hostOn(sim);
    await expect(Promise.resolve().then(() => host.clearMarks())).rejects.toMatchObject({
      kind: "unsupported",
      detail: "marks",
    });
    await expect(
      Promise.resolve().then(() => host.insertSummaries(() => ({ sheets: [] }) as never))
    ).rejects.toMatchObject({ kind: "unsupported", detail: "summaries" });
    expect(sim.stats.syncs).toBe(0);
  });
});

describe("the host's marks, summaries and reads where Excel has them", () => {
  test("on the web the host marks cells, clears them back, and keeps the last result; on Excel 2016 the result is kept through the common Settings API", async () => {
    const sim = createSim([sheet()], "web");
    const host = hostOn(sim);
    expect(await host.markCells("R5", [{ cell: "A2", severity: "error" }])).toEqual({
      marked: 1,
      unmarked: 0,
    });
    expect(sim.book.sheets[0].fills.get("A2")!.color).toBe("#FDE7E9");
    await host.clearMarks();
    expect(sim.book.sheets[0].fills.size).toBe(0);
    const result = {
      sheet: "R5",
      at: "2026-06-01",
      issues: [],
      omitted: 0,
      counts: { goals: 1, measures: 1, items: 1, entries: 1 },
    };
    const old = createSim([sheet()], "excel-2016");
    await hostOn(old).saveResult(result);
    expect(await hostOn(createSim(old.book, "excel-2016")).loadResult()).toEqual(result);
  });

  test("reading a sheet through the host on the web reads its merged areas and reports progress", async () => {
    const sim = createSim(
      [
        {
          name: "R5",
          top: 0,
          left: 0,
          values: [
            ["基本目標", "達成度"],
            ["I 目標", "B"],
            [null, "C"],
          ],
          merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
        },
      ],
      "web"
    );
    const progress: number[][] = [];
    const read = await hostOn(sim).readSheet("R5", (done, total) => progress.push([done, total]));
    expect(read.mergesRead).toBe(true);
    expect(read.snapshot.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
    expect(progress).toEqual([[3, 3]]);
  });

  test("summaries inserted through the host on Microsoft 365: PivotTables, printed landscape, the screen not redrawn meanwhile", async () => {
    const book = loadWorkbookFile(SAMPLE_XLSX);
    const snap = book.readSheet(book.sheetNames[0]);
    const r = validateSheet(snap);
    const sim = createSim([snap], "m365-windows");
    const inserted = await hostOn(sim).insertSummaries((tableName) =>
      buildSummaryPlan(r.plan!, r.summary!, { lang: "ja", date: "2026-11-25", tableName })
    );
    expect(inserted.pivots).toBe(true);
    expect(inserted.sheets.map((s) => s.name)).toEqual([
      "達成状況データ",
      "基本目標別集計",
      "担当課別集計",
    ]);
    const goal = sim.book.sheets.find((s) => s.name === "基本目標別集計")!;
    expect(goal.pivots).toHaveLength(1);
    expect(goal.pageLayout.orientation).toBe("Landscape");
    expect(sim.stats.writesWithScreenOn).toBe(0);
  });
});
