import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadWorkbookFile } from "../../../src/xlsx/load-file";
import { validateSheet } from "../../../src/core/validate";
import { compareYears } from "../../../src/core/compare/compare";
import { COMPARE_MARKER, buildComparePlan } from "../../../src/core/compare/compare-plan";
import { addSummarySheets, summaryMarkers } from "../../../src/xlsx/write-summary";
import { recalculate } from "../../helpers/recalc";
import { tempDir } from "../../helpers/workbooks";
import { writeYears } from "./fixtures";

const dir = tempDir();
let files: { last: string; current: string };

beforeAll(async () => {
  files = await writeYears(dir);
});

function comparison() {
  const read = (path: string) => {
    const book = loadWorkbookFile(path);
    return validateSheet(book.readSheet(book.sheetNames[0])).plan!;
  };
  return compareYears(read(files.last), read(files.current), { lastBook: "plan-r4.xlsx" });
}

async function insert(input: string, out: string) {
  const plan = buildComparePlan(comparison(), {
    lang: "ja",
    date: "2026-11-26",
    last: "plan-r4.xlsx",
    current: "plan-r5.xlsx",
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const placed = addSummarySheets(wb, plan, summaryMarkers(readFileSync(input)));
  await wb.xlsx.writeFile(out);
  return placed;
}

test("前年度比較: by goal and by department, up / same / down and both years' rates, as the file writer writes it", async () => {
  const out = join(dir, "compared.xlsx");
  expect((await insert(files.current, out)).map((p) => p.name)).toEqual(["前年度比較"]);
  const sheet = loadWorkbookFile(out).readSheet("前年度比較");
  const rows = sheet.values;
  expect(rows[0][0]).toBe("前年度との比較");
  expect(rows[3]).toEqual([
    "基本目標",
    "名称",
    "上がった",
    "同じ",
    "下がった",
    "新たに評価",
    "未評価",
    "比較できない",
    "新しい評価",
    "なくなった評価",
    "前年度達成率",
    "今年度達成率",
    "増減",
  ]);
  // Goal I: item 2 up, item 4 down, the other 17 entries the same; last year 18 of 19 entries achieved (item 2's C), this year all.
  expect(rows[4].slice(0, 10)).toEqual(["I", "男女共同参画の意識づくり", 1, 17, 1, 0, 0, 0, 0, 0]);
  expect(rows[4][10]).toBeCloseTo(18 / 19);
  expect(rows[4][11]).toBe(1);
  // Goal II (items 8–27, 33 entries): item 10 newly rated; item 26 and item 15's new department added; last year's
  // item 14, item 15's former department and item 24's fourth one gone; the other 30 the same.
  expect(rows[5].slice(0, 10)).toEqual(["II", expect.any(String), 0, 30, 0, 1, 0, 0, 2, 3]);
  const total = rows.findIndex((r) => r[0] === "合計");
  expect(rows[total].slice(2, 10)).toEqual([1, 123, 1, 1, 0, 0, 2, 3]);
  const departments = rows.findIndex((r, i) => i > total && r[0] === "担当課");
  expect(
    rows
      .slice(departments)
      .find((r) => r[0] === "総務人権推進課")
      ?.slice(2, 5)
  ).toEqual([0, 3, 1]);
  // The change column is a formula a spreadsheet engine computes to the same values.
  const recomputed = (await recalculate(out)).readSheet("前年度比較").values;
  for (const r of [4, 5, total]) expect(recomputed[r][12]).toBeCloseTo(rows[r][12] as number);
  expect(rows[4][12]).toBeCloseTo(1 - 18 / 19);
});

test("inserting again replaces only the comparison sheet; a user's sheet of that name is never touched", async () => {
  const first = join(dir, "user.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(files.current);
  wb.addWorksheet("前年度比較").getCell("A1").value = "私のメモ";
  await wb.xlsx.writeFile(first);
  const second = join(dir, "user-2.xlsx");
  expect((await insert(first, second)).map((p) => p.name)).toEqual(["前年度比較 (2)"]);
  const third = join(dir, "user-3.xlsx");
  expect((await insert(second, third)).map((p) => p.name)).toEqual(["前年度比較 (2)"]);
  const back = loadWorkbookFile(third);
  expect(back.sheetNames).toEqual(["R5達成状況", "前年度比較", "前年度比較 (2)"]);
  expect(back.readSheet("前年度比較").values).toEqual([["私のメモ"]]);
  const names = new ExcelJS.Workbook();
  await names.xlsx.readFile(third);
  expect(names.definedNames.getRanges(COMPARE_MARKER).ranges).toEqual(["'前年度比較 (2)'!$A$1"]);
});
