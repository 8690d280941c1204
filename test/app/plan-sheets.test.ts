import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { addPlanSheet } from "../../scripts/samples/plan-sheet";
import { createFileHost } from "../../src/xlsx/file-host";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import {
  WHOLE_PLAN,
  applyFixes,
  checkableSheets,
  insertSummaries,
  validateOnHost,
} from "../../src/app/workflow";
import type { WorkbookHost } from "../../src/app/host";
import { parseAddress } from "../../src/core/snapshot";
import {
  SEED_COLUMNS,
  SEED_LEGEND,
  saveWithSheetDeleted,
  seedRows,
  tempDir,
} from "../helpers/workbooks";

/** The seed split into two sheets after a cover, with last year's copy hidden: the pane must read what the CLI reads. */
async function workbook(rename?: (wb: ExcelJS.Workbook) => void) {
  const rows = seedRows();
  const half = rows.findIndex((r) => /^(III|Ⅲ)\s/.test(r.goal));
  expect(half).toBeGreaterThan(0);
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("表紙").addRow(["令和5年度 達成状況"]);
  addPlanSheet(wb, rows.slice(0, half), {
    sheetName: "前半",
    columns: SEED_COLUMNS,
    legend: SEED_LEGEND,
    fill: "merge",
  });
  addPlanSheet(wb, rows.slice(half), {
    sheetName: "後半",
    columns: SEED_COLUMNS,
    legend: SEED_LEGEND,
    fill: "merge",
  });
  rename?.(wb);
  const path = join(tempDir(), "plan.xlsx");
  await wb.xlsx.writeFile(path);
  return {
    path,
    host: createFileHost(loadWorkbookFile(path), "ja-JP", new Uint8Array(readFileSync(path))),
  };
}

describe("the pane's choice of sheets", () => {
  test("the whole plan: every sheet with the plan's header, the cover passed over; one sheet when named", async () => {
    const { host } = await workbook();
    const whole = await validateOnHost(host, WHOLE_PLAN, {});
    expect(whole.result.sheets).toEqual(["前半", "後半"]);
    expect(whole.result.counts).toEqual({ goals: 4, measures: 19, items: 59, entries: 128 });
    expect(new Set(whole.result.issues.map((i) => i.sheet))).toEqual(new Set(["前半", "後半"]));
    const one = await validateOnHost(host, "後半", {});
    expect(one.result.sheets).toEqual(["後半"]);
    expect(one.result.counts.goals).toBe(2);
  });

  test("summary sheets the pane inserted, or an earlier run left in the file, are never offered nor read", async () => {
    const { host, path } = await workbook();
    await insertSummaries(host, WHOLE_PLAN, {}, "ja", ["data", "goal", "department"]);
    expect(await host.listSheets()).toEqual([
      "表紙",
      "前半",
      "後半",
      "達成状況データ",
      "基本目標別集計",
      "担当課別集計",
    ]);
    expect((await checkableSheets(host)).sheets).toEqual(["表紙", "前半", "後半"]);
    expect((await validateOnHost(host, WHOLE_PLAN, {})).result.sheets).toEqual(["前半", "後半"]);

    // The copy saved with them, opened again: its marked sheets are known as the add-in's.
    const saved = join(tempDir(), "saved.xlsx");
    writeFileSync(saved, (await host.savedCopy())!);
    const again = createFileHost(
      loadWorkbookFile(saved),
      "ja-JP",
      new Uint8Array(readFileSync(saved))
    );
    expect((await checkableSheets(again)).sheets).toEqual(["表紙", "前半", "後半"]);
    expect(loadWorkbookFile(path).sheetNames).toEqual(["表紙", "前半", "後半"]);
  });

  test("a summary sheet the user deleted in Excel leaves its name at #REF!: the user's own sheet named #REF is offered, and kept when the summaries are inserted again", async () => {
    const { host } = await workbook((wb) => {
      wb.addWorksheet("#REF").getCell("A1").value = "私のメモ";
    });
    await insertSummaries(host, WHOLE_PLAN, {}, "ja", ["data", "goal", "department"]);
    const saved = join(tempDir(), "saved.xlsx");
    writeFileSync(saved, (await host.savedCopy())!);
    const deleted = await saveWithSheetDeleted(saved, "基本目標別集計", join(tempDir(), "d.xlsx"));
    const again = createFileHost(
      loadWorkbookFile(deleted),
      "ja-JP",
      new Uint8Array(readFileSync(deleted))
    );
    expect((await checkableSheets(again)).sheets).toEqual(["表紙", "前半", "後半", "#REF"]);

    await insertSummaries(again, WHOLE_PLAN, {}, "ja", ["data", "goal", "department"]);
    const resaved = join(tempDir(), "resaved.xlsx");
    writeFileSync(resaved, (await again.savedCopy())!);
    const back = loadWorkbookFile(resaved);
    expect(back.sheetNames).toEqual([
      "表紙",
      "前半",
      "後半",
      "#REF",
      "達成状況データ",
      "基本目標別集計",
      "担当課別集計",
    ]);
    expect(back.readSheet("#REF").values).toEqual([["私のメモ"]]);
  });

  test("fix all on a host with no batch write: each fix where the cell is as checked, the changed ones named", async () => {
    const { host } = await workbook();
    const { result } = await validateOnHost(host, WHOLE_PLAN, {});
    const cell = result.plan!.entries[3].ratingCell;
    const sheet = result.plan!.entries[3].sheet!;
    const before = host.sheet(sheet);
    const { row, col } = parseAddress(cell)!;
    const written = String(before.values[row - before.top][col - before.left]);
    const oneByOne: WorkbookHost = { ...host, applyFixes: undefined };
    const changed = await applyFixes(oneByOne, [
      { sheet, cell, value: written.toLowerCase(), expected: written },
      {
        sheet,
        cell: result.plan!.entries[4].ratingCell,
        value: "A",
        expected: "not what the cell holds",
      },
    ]);
    expect(changed).toEqual([result.plan!.entries[4].ratingCell]);
    expect(host.sheet(sheet).values[row - before.top][col - before.left]).toBe(
      written.toLowerCase()
    );
  });
});
