import { KEYS, settingBytes, settingsStore, type DocumentSettings } from "../../src/excel/settings";
import { HostFailure } from "../../src/app/failures";
import type { StoredResult } from "../../src/app/host";
import type { Issue } from "../../src/core/issues";
import { createSim, hostOn } from "../helpers/excel-sim";

const plan = () =>
  createSim(
    [{ name: "R5", top: 0, left: 0, values: [["達成度"], ["B"]], merges: [] }],
    "m365-windows"
  );

describe("what the pane kept in a workbook, read back from one saved by an older version or edited by hand", () => {
  test("settings of the wrong shape fall back part by part: what is right is kept, the rest is as if never set", async () => {
    const sim = plan();
    sim.book.settings.set(
      KEYS.settings,
      JSON.stringify({
        sheet: 5,
        departments: ["総務課", 3, null, "企画課"],
        columns: {
          R5: { row: 2, columns: { item: 2, rating: "E", nonsense: 1 } },
          旧: { row: "x" },
        },
        summaryKinds: "goal",
      })
    );
    expect(await hostOn(sim).loadSettings()).toEqual({
      departments: ["総務課", "企画課"],
      columns: { R5: { row: 2, columns: { item: 2 } } },
    });
  });

  test.each([
    ["a number", "42"],
    ["not JSON", "{broken"],
    ["a list", "[1,2]"],
    ["null", "null"],
  ])("settings that are %s read as none", async (_what, text) => {
    const sim = plan();
    sim.book.settings.set(KEYS.settings, text);
    expect(await hostOn(sim).loadSettings()).toEqual({});
  });

  test("a stored result: issues that are not issues (unknown code, no cell) are counted as left out; a result without counts is none", async () => {
    const sim = plan();
    const issue = {
      code: "rating-invalid",
      severity: "error",
      sheet: "R5",
      cell: "A2",
      item: 1,
      args: { value: "Ｅ", bad: { x: 1 } },
    };
    sim.book.settings.set(
      KEYS.result,
      JSON.stringify({
        sheet: "R5",
        at: "2026-06-01T00:00:00Z",
        omitted: 2,
        counts: { goals: 1, measures: 1, items: 1, entries: 1 },
        issues: [
          issue,
          { code: "from-a-newer-version", severity: "error", sheet: "R5", cell: "A3" },
          { code: "rating-missing", severity: "error", sheet: "R5" },
        ],
        sheets: ["R5", 7],
      })
    );
    const read = await hostOn(sim).loadResult();
    expect(read).toEqual({
      sheet: "R5",
      at: "2026-06-01T00:00:00Z",
      omitted: 4,
      counts: { goals: 1, measures: 1, items: 1, entries: 1 },
      issues: [
        {
          code: "rating-invalid",
          severity: "error",
          sheet: "R5",
          cell: "A2",
          item: 1,
          args: { value: "Ｅ" },
        },
      ],
      sheets: ["R5"],
    });
    sim.book.settings.set(KEYS.result, JSON.stringify({ sheet: "R5", at: "x", issues: [] }));
    expect(await hostOn(sim).loadResult()).toBeNull();
  });
});

describe("settings and results read back part by part: each wrong part left out, the rest kept as saved", () => {
  const load = async (key: string, value: unknown) => {
    const sim = plan();
    sim.book.settings.set(key, JSON.stringify(value));
    const host = hostOn(sim);
    return key === KEYS.settings ? host.loadSettings() : host.loadResult();
  };

  test("settings with only a sheet read as only that sheet", async () => {
    expect(await load(KEYS.settings, { sheet: "R5" })).toStrictEqual({ sheet: "R5" });
  });

  test("the summaries chosen are kept; a kind this version does not know is left out", async () => {
    expect(
      await load(KEYS.settings, { summaryKinds: ["goal", "status", 3, "department"] })
    ).toStrictEqual({ summaryKinds: ["goal", "department"] });
  });

  test("a column map is kept only with a header row at 0 or below and a columns list; columns at 0 or right of it, whole numbers", async () => {
    const read = await load(KEYS.settings, {
      columns: {
        kept: {
          row: 0,
          columns: { item: 0, rating: 4, narrative: 2.5, department: "3", goal: -1 },
        },
        negativeRow: { row: -1, columns: { item: 1 } },
        fractionRow: { row: 1.5, columns: { item: 1 } },
        textRow: { row: "2", columns: { item: 1 } },
        noColumns: { row: 2 },
        columnsNotAMap: { row: 2, columns: [1, 2] },
        notAMap: "A",
      },
    });
    expect(read).toStrictEqual({
      columns: { kept: { row: 0, columns: { item: 0, rating: 4 } } },
    });
  });

  const counts = { goals: 2, measures: 3, items: 4, entries: 5 };
  const base = { sheet: "R5", at: "2026-06-01T00:00:00Z", counts, issues: [] };

  test("an issue with every part saved comes back with every part", async () => {
    const issue = {
      code: "rating-unnormalized",
      severity: "warning",
      sheet: "R5",
      cell: "E7",
      goal: "Ⅰ",
      measure: 0,
      item: 12,
      department: "総務課",
      related: ["E8", "E9"],
      args: { value: "ｂ", count: 2 },
      fix: { cell: "E7", value: "B", expected: "Ｂ" },
    };
    const read = await load(KEYS.result, {
      ...base,
      issues: [issue],
      sheets: ["R5", "R4"],
      year: "令和5年度",
      legend: "評価基準!A3",
      departments: ["総務課", "企画課"],
    });
    expect(read).toStrictEqual({
      ...base,
      issues: [issue],
      omitted: 0,
      sheets: ["R5", "R4"],
      year: "令和5年度",
      legend: "評価基準!A3",
      departments: ["総務課", "企画課"],
    });
  });

  test("an issue's parts of the wrong type are left out, the issue kept; a fix saved before fixes carried what the cell held reads it from the message's value", async () => {
    const read = await load(KEYS.result, {
      ...base,
      issues: [
        {
          code: "rating-invalid",
          severity: "error",
          sheet: "R5",
          cell: "E7",
          goal: 1,
          measure: -1,
          item: "12",
          department: ["総務課"],
          related: ["E8", 9, null],
          args: { value: "Ｅ", row: 7, bad: true },
          fix: { cell: "E7", value: "E" },
        },
        {
          code: "rating-missing",
          severity: "error",
          sheet: "R5",
          cell: "E8",
          measure: 1.5,
          related: "E9",
          args: ["Ｅ"],
          fix: { cell: 8, value: "E" },
        },
        {
          code: "narrative-missing",
          severity: "info",
          sheet: "R5",
          cell: "F8",
          fix: { cell: "F8", value: 5 },
        },
        {
          code: "rating-invalid",
          severity: "error",
          sheet: "R5",
          cell: "E9",
          fix: { cell: "E9", value: "A" },
        },
      ],
    });
    expect(read).toStrictEqual({
      ...base,
      omitted: 0,
      issues: [
        {
          code: "rating-invalid",
          severity: "error",
          sheet: "R5",
          cell: "E7",
          related: ["E8"],
          args: { value: "Ｅ", row: 7 },
          fix: { cell: "E7", value: "E", expected: "Ｅ" },
        },
        { code: "rating-missing", severity: "error", sheet: "R5", cell: "E8" },
        { code: "narrative-missing", severity: "info", sheet: "R5", cell: "F8" },
        {
          code: "rating-invalid",
          severity: "error",
          sheet: "R5",
          cell: "E9",
          fix: { cell: "E9", value: "A", expected: "" },
        },
      ],
    });
  });

  test("entries that are not issues (not an object, no sheet, no cell, a severity this version does not know) are counted as left out", async () => {
    const ok = { code: "rating-missing", severity: "error", sheet: "R5", cell: "E2" };
    const read = await load(KEYS.result, {
      ...base,
      omitted: 1,
      issues: [
        null,
        "rating-missing",
        ["rating-missing"],
        { ...ok, code: 5 },
        { ...ok, severity: "fatal" },
        { ...ok, sheet: undefined },
        { ...ok, sheet: 5 },
        { ...ok, cell: undefined },
        ok,
      ],
    });
    expect(read).toStrictEqual({ ...base, issues: [ok], omitted: 9 });
  });

  test("a legend saved as null (the default A–D) stays null; a year, legend, sheets or departments of the wrong type are left out", async () => {
    expect(await load(KEYS.result, { ...base, legend: null })).toStrictEqual({
      ...base,
      omitted: 0,
      legend: null,
    });
    expect(
      await load(KEYS.result, { ...base, legend: 3, year: 5, sheets: "R5", departments: "総務課" })
    ).toStrictEqual({ ...base, omitted: 0 });
  });

  test.each([
    ["not an object", "R5"],
    ["a list", [base]],
    ["no sheet", { ...base, sheet: undefined }],
    ["a sheet that is not text", { ...base, sheet: 5 }],
    ["no time", { ...base, at: undefined }],
    ["a time that is not text", { ...base, at: 20260601 }],
    ["issues that are not a list", { ...base, issues: {} }],
    ["counts that are not counts", { ...base, counts: { ...counts, entries: -1 } }],
    ["a count that is not whole", { ...base, counts: { ...counts, goals: 1.5 } }],
  ])("a stored result with %s is no result", async (_what, value) => {
    expect(await load(KEYS.result, value)).toBeNull();
  });
});

describe("where the pane keeps its settings and last result, and how much of it", () => {
  test("a setting's size is counted as Excel may count it: ASCII twice, Japanese three bytes a character", () => {
    expect(settingBytes("R5!A1")).toBe(10);
    expect(settingBytes("達成度")).toBe(9);
    expect(settingBytes("A達")).toBe(4);
    expect(settingBytes("")).toBe(0);
  });

  test.each(["web", "excel-2016"])(
    "settings an older version kept as an object rather than as text are read the same (%s)",
    async (profile) => {
      const sim = plan();
      const kept = { sheet: "R5", departments: ["総務課"] };
      if (profile === "web") sim.book.settings.set(KEYS.settings, kept);
      else sim.book.documentSettings.set(KEYS.settings, kept);
      const reopened = createSim(sim.book, profile);
      expect(await hostOn(reopened).loadSettings()).toEqual(kept);
    }
  );

  test("text that is not JSON loads as nothing (null), from either store", async () => {
    const sim = plan();
    sim.book.settings.set(KEYS.settings, "{broken");
    expect(await settingsStore(sim.run, true).load(KEYS.settings)).toBeNull();
    const document: DocumentSettings = {
      get: () => "{broken",
      set: () => undefined,
      saveAsync: () => undefined,
    };
    expect(await settingsStore(sim.run, false, document).load(KEYS.settings)).toBeNull();
  });

  test("with neither Workbook.settings nor the common Settings API, nothing loads and a save is refused as unsupported", async () => {
    const sim = plan();
    const store = settingsStore(sim.run, false);
    expect(await store.load(KEYS.settings)).toBeNull();
    const refused = await store.save(KEYS.settings, { sheet: "R5" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HostFailure);
    expect(refused).toMatchObject({ kind: "unsupported", detail: "settings" });
    expect(sim.stats.syncs).toBe(0);
  });

  test("on Excel 2016 a save Excel refuses (settings past its limit) fails with Excel's reason, and nothing is kept", async () => {
    const sim = createSim(
      [{ name: "R5", top: 0, left: 0, values: [["達成度"], ["B"]], merges: [] }],
      "excel-2016"
    );
    const departments = Array.from({ length: 40_000 }, (_, i) => `課${i}の名前がとても長い部署`);
    const refused = await hostOn(sim)
      .saveSettings({ departments })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HostFailure);
    expect(refused).toMatchObject({ kind: "other" });
    expect((refused as HostFailure).detail).toMatch(/over the limit/);
    expect(sim.book.documentSettings.size).toBe(0);
  });

  test("a save that fails without Office giving a reason is still a failure, named 'settings'", async () => {
    const sim = plan();
    const document: DocumentSettings = {
      get: () => null,
      set: () => undefined,
      saveAsync: (callback) =>
        callback?.({ status: "failed" } as unknown as Office.AsyncResult<void>),
    };
    await expect(
      settingsStore(sim.run, false, document).save(KEYS.settings, {})
    ).rejects.toMatchObject({ kind: "other", detail: "settings" });
  });

  /** A result of `n` issues of the same size, all ASCII (two bytes a character as counted). */
  function resultOf(n: number, at: string): StoredResult {
    const issues: Issue[] = Array.from({ length: n }, (_, i) => ({
      code: "narrative-missing",
      severity: "error",
      sheet: "R5",
      cell: `F${100 + i}`,
      item: 100 + i,
      args: { item: "x".repeat(600) },
    }));
    return {
      sheet: "R5",
      at,
      issues,
      omitted: 0,
      counts: { goals: 1, measures: 1, items: n, entries: n },
    };
  }

  test("a small result is stored whole, as it was", async () => {
    const sim = plan();
    const result = resultOf(3, "2026-06-01T00:00:00Z");
    await hostOn(sim).saveResult(result);
    expect(await hostOn(createSim(sim.book, "web")).loadResult()).toEqual(result);
  });

  test("a result cut to fit keeps every issue that fits to the byte, and no more: exactly 200,000 bytes is in", async () => {
    // 200 issues of 705 characters: 141 of them with the rest of the result come to 489 characters
    // under 100,000 (200,000 bytes counted); the date is padded to make it exactly that.
    const keep = 141;
    const n = 200;
    const json = (r: StoredResult, k: number) =>
      JSON.stringify({ ...r, issues: r.issues.slice(0, k), omitted: n - k });
    const pad = 100_000 - json(resultOf(n, ""), keep).length;
    expect(pad).toBe(489);
    const result = resultOf(n, "x".repeat(pad));
    expect(2 * json(result, keep).length).toBe(200_000);
    const sim = plan();
    await hostOn(sim).saveResult(result);
    const stored = await hostOn(createSim(sim.book, "web")).loadResult();
    expect(stored!.issues).toEqual(result.issues.slice(0, keep));
    expect(stored!.omitted).toBe(n - keep);
  });
});
