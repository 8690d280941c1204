import { checkRequirements, createExcelHost } from "../../src/excel/excel-host";
import { KEYS } from "../../src/excel/settings";
import { createSim, isSetSupported, type Sim } from "../helpers/excel-sim";

function hostOn(sim: Sim) {
  return createExcelHost(
    sim.run,
    checkRequirements((n, v) => isSetSupported(sim.profile, n, v)),
    "ja-JP",
    sim.profile.platform,
    sim.office.context.document.settings
  );
}

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
