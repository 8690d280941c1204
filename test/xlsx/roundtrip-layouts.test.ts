import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { validateWorkbook } from "../../src/core/validate";
import { FORM_MARK } from "../../src/core/roundtrip/keys";
import { openXlsx } from "../../src/xlsx/read-xlsx";
import { WEB_IO } from "../../src/xlsx/web-io";
import {
  type PlanColumn,
  type PlanSheetLayout,
  addPlanSheet,
} from "../../scripts/samples/plan-sheet";
import {
  OTHER_CITY_COLUMNS,
  SEED_COLUMNS,
  SEED_LEGEND,
  seedRows,
  tempDir,
  writeWorkbook,
} from "../helpers/workbooks";
import { changedCells, editForm, formsOf, mergeFiles, readPlanFile } from "../helpers/roundtrip";

const dir = tempDir();
const rows = seedRows();
const ITEM_COLUMNS: PlanColumn[] = SEED_COLUMNS.filter(
  (c) => c.field !== "goal" && c.field !== "measure"
);
const GROUPED: PlanColumn[] = SEED_COLUMNS.map((c) =>
  c.field === "goal" || c.field === "measure" || c.field === "item"
    ? { ...c, group: "計画の体系" }
    : c.field === "rating" || c.field === "narrative"
      ? { ...c, group: "令和5年度の実施状況" }
      : c
);
const YEARS: PlanColumn[] = SEED_COLUMNS.flatMap((c) =>
  c.field === "rating"
    ? [
        { field: "extra" as const, header: "令和3年度", group: "評価", extra: () => "A" },
        { field: "extra" as const, header: "令和4年度", group: "評価", extra: () => "C" },
        { ...c, header: "令和5年度", group: "評価" },
      ]
    : [c]
);

/** The layout fixtures (the same seed, laid out as other cities do) and the header word of the rating column a department types in. */
const LAYOUTS: [string, Omit<PlanSheetLayout, "sheetName">, string][] = [
  [
    "headings",
    {
      title: "令和5年度 達成状況一覧",
      columns: ITEM_COLUMNS,
      legend: SEED_LEGEND,
      fill: "merge",
      headings: "worded",
      total: true,
    },
    "達成度",
  ],
  ["two-row header", { columns: GROUPED, legend: SEED_LEGEND, fill: "merge" }, "達成度"],
  [
    "another city's words, extra columns",
    { title: "R5 実施状況", columns: OTHER_CITY_COLUMNS, legend: SEED_LEGEND, fill: "merge" },
    "自己評価",
  ],
  ["three years under 評価", { columns: YEARS, legend: SEED_LEGEND, fill: "merge" }, "令和5年度"],
  [
    "labels on the first row only, legend below",
    { columns: SEED_COLUMNS, legend: SEED_LEGEND, legendAt: "below", fill: "first", pageRows: 30 },
    "達成度",
  ],
];

/** A department rates every one of its rows C, finding the rating column by its header word under the key column's header row. */
function rateAll(ws: ExcelJS.Worksheet, word: string): number {
  let markRow = 0;
  ws.eachRow((row) =>
    row.eachCell((cell) => void (cell.value === FORM_MARK && (markRow = row.number)))
  );
  let ratingCol = 0;
  for (const r of [markRow, markRow + 1])
    ws.getRow(r).eachCell(
      (cell, col) => void (String(cell.value ?? "").startsWith(word) && (ratingCol = col))
    );
  let rated = 0;
  const keyCol = ws.getRow(markRow).cellCount;
  ws.eachRow((row) => {
    if (
      row.number > markRow &&
      String(row.getCell(keyCol).value ?? "").startsWith(`["${FORM_MARK}"`)
    ) {
      row.getCell(ratingCol).value = "C";
      rated++;
    }
  });
  return rated;
}

describe.each(LAYOUTS)("the layout fixture: %s", (name, layout, word) => {
  test("every department's form reads with the plan's header and legend, holds its rows, and its ratings merge back into the plan's rating cells only", async () => {
    const path = await writeWorkbook(join(dir, `${name}.xlsx`), rows, {
      sheetName: "一覧",
      ...layout,
    });
    const plan = readPlanFile(new Uint8Array(readFileSync(path)));
    const forms = await formsOf(plan);
    const perDepartment = new Map<string, number>();
    for (const r of rows)
      for (const d of r.department.split("\n").filter(Boolean))
        perDepartment.set(d, (perDepartment.get(d) ?? 0) + 1);
    expect(new Set(forms.keys())).toEqual(new Set(perDepartment.keys()));
    const answered: { file: string; bytes: Uint8Array }[] = [];
    for (const [department, bytes] of forms) {
      const book = openXlsx(bytes, department, WEB_IO);
      const read = validateWorkbook(
        book.sheetNames.map((n) => book.readSheet(n)),
        { year: plan.result.header?.year?.year }
      );
      expect([department, read.scale.codes]).toEqual([department, ["A", "B", "C", "D"]]);
      expect([
        department,
        read.plan!.entries.filter((e) => e.department === department).length,
      ]).toEqual([department, perDepartment.get(department)]);
      let rated = 0;
      answered.push({
        file: `${department}.xlsx`,
        bytes: await editForm(bytes, (ws) => void (rated = rateAll(ws, word))),
      });
      expect([department, rated]).toEqual([department, perDepartment.get(department)]);
    }
    const { merged, bytes } = mergeFiles(plan, answered);
    expect(merged.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const after = openXlsx(bytes, "merged.xlsx", WEB_IO);
    const result = validateWorkbook(after.sheetNames.map((n) => after.readSheet(n)));
    const ratings = result.plan!.entries.filter((e) => e.department).map((e) => e.rating);
    expect(new Set(ratings)).toEqual(new Set(["C"]));
    expect(ratings).toHaveLength(
      rows.reduce((n, r) => n + r.department.split("\n").filter(Boolean).length, 0)
    );
    // Only rating cells changed: every changed cell is one the reader calls a rating cell.
    const ratingCells = new Set(plan.result.plan!.entries.map((e) => e.ratingCell));
    const changed = [...changedCells(plan.sheets[0], after.readSheet(plan.sheets[0].name)).keys()];
    expect(changed.filter((c) => !ratingCells.has(c))).toEqual([]);
  });
});

test("a plan on two sheets (goal I, then the rest): one form per department across both, ratings merged into each sheet's cells", async () => {
  const wb = new ExcelJS.Workbook();
  const first = rows.filter((r) => r.goal.startsWith("I "));
  addPlanSheet(wb, first, {
    sheetName: "目標I",
    columns: SEED_COLUMNS,
    legend: SEED_LEGEND,
    fill: "merge",
  });
  addPlanSheet(wb, rows.slice(first.length), {
    sheetName: "目標II-IV",
    columns: SEED_COLUMNS,
    legend: SEED_LEGEND,
    fill: "merge",
  });
  const path = join(dir, "two-sheets.xlsx");
  await wb.xlsx.writeFile(path);
  const plan = readPlanFile(new Uint8Array(readFileSync(path)));
  expect(plan.result.sheets).toEqual(["目標I", "目標II-IV"]);
  const forms = await formsOf(plan);
  const answered: { file: string; bytes: Uint8Array }[] = [];
  for (const [department, bytes] of forms)
    answered.push({
      file: `${department}.xlsx`,
      bytes: await editForm(bytes, (ws) => void rateAll(ws, "達成度")),
    });
  const { merged, bytes } = mergeFiles(plan, answered);
  expect(new Set(merged.writes.map((w) => w.sheet))).toEqual(new Set(["目標I", "目標II-IV"]));
  const after = openXlsx(bytes, "merged.xlsx", WEB_IO);
  const result = validateWorkbook(after.sheetNames.map((n) => after.readSheet(n)));
  expect(new Set(result.plan!.entries.filter((e) => e.department).map((e) => e.rating))).toEqual(
    new Set(["C"])
  );
  expect(result.plan!.entries.filter((e) => e.department && e.sheet === "目標I")).toHaveLength(
    first.reduce((n, r) => n + r.department.split("\n").filter(Boolean).length, 0)
  );
});
