import { readFileSync } from "node:fs";
import { changedSinceRead, mergeAnswers } from "../../src/excel/merge-answers";
import { MARK_COLORS, clearMarks } from "../../src/excel/marks";
import type { CellWrite } from "../../src/core/roundtrip/merge";
import type { Mark } from "../../src/app/host";
import { cellText, type SheetSnapshot } from "../../src/core/snapshot";
import { planTable } from "../../src/core/roundtrip/plan-table";
import { validateSheet } from "../../src/core/validate";
import { openXlsx } from "../../src/xlsx/read-xlsx";
import { WEB_IO } from "../../src/xlsx/web-io";
import {
  PAYLOAD_CAP,
  cellValue,
  createSim,
  fillOf,
  setCell,
  type SimFill,
} from "../helpers/excel-sim";
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

describe("answers written cell by cell, as the office would check them", () => {
  const r5 = (): SheetSnapshot => ({
    name: "R5",
    top: 0,
    left: 0,
    values: [
      ["取組項目", "担当課", "達成度", "取組状況"],
      ["1 項目", "総務課", "B", "報告"],
      ["2 項目", "総務課", 1, "報告"],
      ["3 項目", "総務課", { error: "#N/A" }, null],
      ["4 項目", "総務課", null, "報告"],
      ["5 項目", "総務課", "A", "報告"],
    ],
    merges: [],
  });
  const r4 = (): SheetSnapshot => ({ ...r5(), name: "R4" });
  const write = (sheet: string, cell: string, value: string | number, before = ""): CellWrite => ({
    sheet,
    cell,
    field: cell.startsWith("D") ? "narrative" : "rating",
    value,
    before,
    departments: ["総務課"],
  });
  // Given out of order, across two sheets and two columns, with a gap (C5) in a column.
  const writes = [
    write("R5", "C4", "A"),
    write("R5", "D2", "=1+1 回開催", "報告"),
    write("R4", "C2", "C", "B"),
    write("R5", "C2", "D", "B"),
    write("R5", "C3", 3, "1"),
    write("R5", "C6", "B", "A"),
    write("R4", "C3", "TRUE", "1"),
  ];

  test("each answer lands in its own cell, text as text and numbers as numbers; the cells between keep what they held", async () => {
    const sim = createSim([r5(), r4()], "m365-windows");
    const outcome = await sim.run((context) => mergeAnswers(context, writes));
    const [s5, s4] = sim.book.sheets;
    expect(["C2", "C3", "C4", "C5", "C6", "D2"].map((c) => cellValue(s5, c))).toEqual([
      "D",
      3,
      "A",
      "",
      "B",
      "=1+1 回開催",
    ]);
    expect(["C2", "C3", "C4"].map((c) => cellValue(s4, c))).toEqual(["C", "TRUE", "#N/A"]);
    expect(s5.rows.get(1)!.get(3)!.formula).toBeUndefined();
    expect(outcome).toEqual({ written: 7, marked: 7, unmarked: 0 });
    // One sync for the values, two for each sheet's marks.
    expect(sim.stats.syncs).toBe(5);
    expect([...s5.fills.keys()].sort()).toEqual(["C2", "C3", "C4", "C6", "D2"]);
    expect([...s4.fills.keys()].sort()).toEqual(["C2", "C3"]);
    for (const f of [...s5.fills.values(), ...s4.fills.values()])
      expect(f.color).toBe(MARK_COLORS.info);
  });

  test("where this Excel cannot mark, the answers are written unmarked in one sync", async () => {
    const sim = createSim([r5(), r4()], "m365-windows");
    const outcome = await sim.run((context) => mergeAnswers(context, writes, { mark: false }));
    expect(outcome).toEqual({ written: 7, marked: 0, unmarked: 0 });
    expect(cellValue(sim.book.sheets[0], "C2")).toBe("D");
    expect(sim.book.sheets.map((s) => s.fills.size)).toEqual([0, 0]);
    expect(sim.stats.syncs).toBe(1);
  });

  test("no answers: nothing is sent to Excel", async () => {
    const sim = createSim([r5()], "web");
    const outcome = await sim.run((context) => mergeAnswers(context, [], { requestBytes: 1000 }));
    expect(outcome).toEqual({ written: 0, marked: 0, unmarked: 0 });
    expect(sim.stats.syncs).toBe(0);
  });

  test("under a request cap smaller than any range, each range of answers goes in its own sync, none of them empty", async () => {
    const sim = createSim([r5(), r4()], "web");
    // Four ranges: R4!C2:C3, R5!C2:C4, R5!C6 and R5!D2.
    await sim.run((context) => mergeAnswers(context, writes, { requestBytes: 1, mark: false }));
    expect(sim.stats.syncs).toBe(4);
    expect(cellValue(sim.book.sheets[0], "C6")).toBe("B");
    const wide = createSim([r5(), r4()], "web");
    await wide.run((context) =>
      mergeAnswers(context, writes, { requestBytes: 4_500_000, mark: false })
    );
    expect(wide.stats.syncs).toBe(1);
  });

  test("a written cell with a finding shown keeps the finding's colour when it is worse; a finding on a sheet without answers is left alone", async () => {
    const sim = createSim([r5(), r4()], "web");
    await sim.run((context) =>
      mergeAnswers(context, writes.slice(0, 2), {
        shown: {
          R5: [
            { cell: "C4", severity: "warning" },
            { cell: "D2", severity: "info" },
            { cell: "A2", severity: "error" },
          ],
          R4: [{ cell: "A2", severity: "error" }],
        },
      })
    );
    const [s5, s4] = sim.book.sheets;
    expect(["C4", "D2", "A2"].map((c) => fillOf(s5, c).color)).toEqual([
      MARK_COLORS.warning,
      MARK_COLORS.info,
      MARK_COLORS.error,
    ]);
    expect(s4.fills.size).toBe(0);
  });

  test("cells someone typed in since the plan was read are named, sheet and cell; a number, an error or an empty cell read as the text the plan held", async () => {
    const sim = createSim([r5(), r4()], "web");
    const check = (ws: CellWrite[]) => sim.run((context) => changedSinceRead(context, ws));
    const same = [
      write("R5", "C2", "A", "B"),
      write("R5", "C3", "A", "1"),
      write("R5", "C4", "A", ""),
      write("R5", "C5", "A", ""),
      write("R4", "C6", "B", "A"),
    ];
    expect(await check(same)).toEqual([]);
    setCell(sim.book.sheets[0], 2, 2, { value: 2 });
    setCell(sim.book.sheets[1], 5, 2, { value: "B" });
    setCell(sim.book.sheets[0], 4, 2, { value: "C" });
    expect(await check(same)).toEqual(["R4!C6", "R5!C3", "R5!C5"]);
    expect(sim.stats.syncs).toBe(2);
  });
});

describe("answers at the edges of a sheet, a column and the marks' store", () => {
  const plan = (name: string): SheetSnapshot => ({
    name,
    top: 0,
    left: 0,
    values: [
      ["取組項目", "担当課", "達成度", "取組状況"],
      ...Array.from({ length: 5 }, (_, i) => [`${i + 1} 項目`, "総務課", "B", "報告"]),
    ],
    merges: [],
  });
  const write = (sheet: string, cell: string, value: string): CellWrite => ({
    sheet,
    cell,
    field: cell.startsWith("D") ? "narrative" : "rating",
    value,
    before: cell.startsWith("D") ? "報告" : "B",
    departments: ["総務課"],
  });

  test("answers that go on from where the last one stopped, but on the next sheet or in the next column, land in their own cells", async () => {
    const sim = createSim([plan("R4"), plan("R5")], "m365-windows");
    await sim.run((context) =>
      mergeAnswers(
        context,
        [
          write("R4", "C2", "A"),
          write("R4", "C3", "C"),
          write("R5", "C4", "D"),
          write("R5", "D5", "新しい報告"),
        ],
        { mark: false }
      )
    );
    const [r4, r5] = sim.book.sheets;
    expect(["C2", "C3", "C4", "D5"].map((c) => cellValue(r4, c))).toEqual(["A", "C", "B", "報告"]);
    expect(["C3", "C4", "C5", "D5"].map((c) => cellValue(r5, c))).toEqual([
      "B",
      "D",
      "B",
      "新しい報告",
    ]);
  });

  test("a cell with two findings shown keeps the worse one's colour, whichever comes first", async () => {
    const sim = createSim([plan("R5")], "web");
    await sim.run((context) =>
      mergeAnswers(context, [write("R5", "C2", "A")], {
        shown: {
          R5: [
            { cell: "C3", severity: "error" },
            { cell: "C3", severity: "info" },
            { cell: "C4", severity: "info" },
            { cell: "C4", severity: "warning" },
          ],
        },
      })
    );
    const sheet = sim.book.sheets[0];
    expect(["C2", "C3", "C4"].map((c) => fillOf(sheet, c).color)).toEqual([
      MARK_COLORS.info,
      MARK_COLORS.error,
      MARK_COLORS.warning,
    ]);
  });

  test("when a sheet's marks pass what the workbook keeps, every answer is still written and the cells left unmarked are counted", async () => {
    // 31,000 findings at 7-character addresses fill the 500,000 bytes of marks (16 bytes each, 4,000 for the fills):
    // the answer, an info mark, is the one left unmarked.
    const shown: Mark[] = Array.from({ length: 31_000 }, (_, i) => ({
      cell: `E${100_000 + i}`,
      severity: "error",
    }));
    const sim = createSim([plan("R5")], "m365-windows");
    const outcome = await sim.run((context) =>
      mergeAnswers(context, [write("R5", "C2", "A")], { shown: { R5: shown } })
    );
    expect(outcome).toEqual({ written: 1, marked: 31_000, unmarked: 1 });
    expect(cellValue(sim.book.sheets[0], "C2")).toBe("A");
    expect(sim.book.sheets[0].fills.has("C2")).toBe(false);
  }, 120_000);
});
