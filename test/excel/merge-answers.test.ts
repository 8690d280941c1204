import { readFileSync } from "node:fs";
import { mergeAnswers } from "../../src/excel/merge-answers";
import { MARK_COLORS, clearMarks } from "../../src/excel/marks";
import type { CellWrite } from "../../src/core/roundtrip/merge";
import { cellText } from "../../src/core/snapshot";
import { planTable } from "../../src/core/roundtrip/plan-table";
import { validateSheet } from "../../src/core/validate";
import { openXlsx } from "../../src/xlsx/read-xlsx";
import { WEB_IO } from "../../src/xlsx/web-io";
import { PAYLOAD_CAP, cellValue, createSim, fillOf, type SimFill } from "../helpers/excel-sim";
import { SAMPLE_XLSX } from "../helpers/workbooks";
import { editForm, formsOf, mergeFiles, readPlanFile, rowsOfItem } from "../helpers/roundtrip";
import { benchSnapshot } from "../../scripts/bench/sheets";

const YELLOW: SimFill = {
  color: "#FFFF00",
  pattern: "Solid",
  patternColor: "#000000",
  tintAndShade: 0,
  patternTintAndShade: 0,
};

describe("merging answers inside Excel (strict simulator)", () => {
  test("the answers go into the plan's cells as the file merge writes them, in 3 syncs on the web; the written cells are marked and clear back to their own fill", async () => {
    const plan = readPlanFile(new Uint8Array(readFileSync(SAMPLE_XLSX)));
    const forms = await formsOf(plan);
    const answered = await editForm(forms.get("女性センター")!, (ws) => {
      rowsOfItem(ws, 3, 4)[0].getCell(5).value = "A";
      // Text a department writes is data: "=…" is not a formula, "1" not a number.
      rowsOfItem(ws, 3, 2)[0].getCell(6).value = "=1+1 回開催";
      rowsOfItem(ws, 3, 29)[0].getCell(5).value = "C";
    });
    const { merged, bytes } = mergeFiles(plan, [{ file: "女性センター.xlsx", bytes: answered }]);
    expect(merged.writes).toHaveLength(3);
    const name = plan.sheets[0].name;
    const sim = createSim(plan.sheets, "web");
    const sheet = sim.book.sheets[0];
    const yellowCell = merged.writes[0].cell;
    sheet.fills.set(yellowCell, YELLOW);
    const issue = plan.result.issues.find((i) => i.severity === "error")!;

    const outcome = await sim.run((context) =>
      mergeAnswers(context, merged.writes, {
        shown: { [name]: [{ cell: issue.cell, severity: "error" }] },
        requestBytes: 4_500_000,
      })
    );

    expect(sim.stats.syncs).toBe(3);
    expect(Math.max(...sim.stats.requests)).toBeLessThan(PAYLOAD_CAP);
    expect(outcome).toEqual({ written: 3, marked: 4, unmarked: 0 });
    // Each written cell holds what the file merge wrote into the same cell.
    const file = openXlsx(bytes, "merged.xlsx", WEB_IO).readSheet(name);
    for (const w of merged.writes) {
      const at = /^([A-Z]+)(\d+)$/.exec(w.cell)!;
      const col = at[1].charCodeAt(0) - 65;
      expect([w.cell, cellValue(sheet, w.cell)]).toEqual([
        w.cell,
        cellText(file.values[Number(at[2]) - 1][col]),
      ]);
      expect(sheet.rows.get(Number(at[2]) - 1)!.get(col)!.formula).toBeUndefined();
      expect(fillOf(sheet, w.cell).color).toBe(MARK_COLORS.info);
    }
    expect(merged.writes.map((w) => cellValue(sheet, w.cell))).toEqual(
      expect.arrayContaining(["A", "=1+1 回開催", "C\nB"])
    );
    expect(fillOf(sheet, issue.cell).color).toBe(MARK_COLORS.error);

    await sim.run((context) => clearMarks(context));
    expect(fillOf(sheet, yellowCell)).toEqual(YELLOW);
    for (const w of merged.writes.slice(1)) expect(fillOf(sheet, w.cell).pattern).toBe("None");
    expect(fillOf(sheet, issue.cell).pattern).toBe("None");
  });

  /** Every entry of a 10,000-entry plan answered: a new rating each, and (with `narratives`) a new text for every narrative. */
  function answersFor(narratives: boolean): {
    snapshot: ReturnType<typeof benchSnapshot>;
    writes: CellWrite[];
  } {
    const snapshot = benchSnapshot(10_000);
    const table = planTable({ sheets: [snapshot], result: validateSheet(snapshot) })!;
    const writes: CellWrite[] = [];
    const seen = new Set<string>();
    for (const t of table.targets) {
      writes.push({
        sheet: t.sheet,
        cell: t.ratingCell,
        field: "rating",
        value: t.entry.rating === "A" ? "B" : "A",
        before: t.entry.rating,
        departments: [t.entry.department],
      });
      if (!narratives || seen.has(t.narrativeCell)) continue;
      seen.add(t.narrativeCell);
      writes.push({
        sheet: t.sheet,
        cell: t.narrativeCell,
        field: "narrative",
        value: `今年度は${t.narrative}`,
        before: t.narrative,
        departments: [t.entry.department],
      });
    }
    return { snapshot, writes };
  }

  test("a 10,000-entry plan, every rating answered: 3 syncs on the web, every request under its 5 MB cap", async () => {
    const { snapshot, writes } = answersFor(false);
    const sim = createSim([snapshot], "web");
    await sim.run((context) => mergeAnswers(context, writes, { requestBytes: 4_500_000 }));
    expect(sim.stats.syncs).toBe(3);
    expect(Math.max(...sim.stats.requests)).toBeLessThan(PAYLOAD_CAP);
    for (const w of writes) expect(cellValue(sim.book.sheets[0], w.cell)).toBe(w.value);
  });

  test("every narrative rewritten too (some 6 MB of text): the values go in blocks under the cap, never one sync per cell", async () => {
    const { snapshot, writes } = answersFor(true);
    const sim = createSim([snapshot], "web");
    await sim.run((context) => mergeAnswers(context, writes, { requestBytes: 4_500_000 }));
    // Two blocks of values, then the marks of 14,000 cells (marks.ts reads their fills in two requests, then writes).
    expect(sim.stats.syncs).toBe(5);
    expect(Math.max(...sim.stats.requests)).toBeLessThan(PAYLOAD_CAP);
    expect(Math.max(...sim.stats.responses)).toBeLessThan(PAYLOAD_CAP);
    for (const w of writes) expect(cellValue(sim.book.sheets[0], w.cell)).toBe(w.value);
  });
});
