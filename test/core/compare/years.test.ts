import { join } from "node:path";
import { loadWorkbookFile } from "../../../src/xlsx/load-file";
import { validateSheet } from "../../../src/core/validate";
import { compareYears } from "../../../src/core/compare/compare";
import { previousYear } from "../../../src/core/compare/years";
import type { PlanColumn } from "../../../scripts/samples/plan-sheet";
import {
  SEED_COLUMNS,
  SEED_LEGEND,
  seedRows,
  tempDir,
  writeWorkbook,
} from "../../helpers/workbooks";

/** 令和4年度 and 令和5年度 ratings side by side under one 評価, one narrative column: 令和4年度 rated item 2 C, the rest as this year. */
const columns: PlanColumn[] = SEED_COLUMNS.flatMap((c): PlanColumn[] =>
  c.field === "rating"
    ? [
        {
          field: "extra",
          header: "令和4年度",
          group: "評価",
          extra: (r) => (/^2 /.test(r.item) ? "C" : r.rating),
        },
        { ...c, header: "令和5年度", group: "評価" },
      ]
    : [c]
);

test("a sheet holding two years' ratings is read once per year and compared: only item 2's ratings went up", async () => {
  const path = await writeWorkbook(join(tempDir(), "two-years.xlsx"), seedRows(), {
    sheetName: "一覧",
    title: "達成状況一覧",
    columns,
    legend: SEED_LEGEND,
    fill: "merge",
  });
  const sheet = loadWorkbookFile(path).readSheet("一覧");
  const current = validateSheet(sheet);
  expect(current.header?.year).toMatchObject({ year: 2023, label: "令和5年度" });
  expect(previousYear(current)).toBe(2022);
  const last = validateSheet(sheet, { year: previousYear(current) });
  expect(last.header?.year).toMatchObject({ year: 2022, label: "令和4年度", reason: "asked" });
  const c = compareYears(last.plan!, current.plan!, { sameWorkbook: true });
  // Item 2 has three departments; the one narrative column is read both times, so no narrative is a copy.
  expect(c.issues.map((i) => [i.code, i.item, i.department, i.cell, i.related])).toEqual(
    ["女性センター", "市民センター", "生涯学習スポーツ課"].map((d) => {
      const e = current.plan!.entries.find(
        (x) => x.department === d && current.plan!.items[x.item].numeral === "2"
      )!;
      return ["rating-up", 2, d, e.ratingCell, [e.ratingCell.replace(/^F/, "E")]];
    })
  );
  expect(c.total).toMatchObject({ up: 3, down: 0, same: 125, rateLast: 125 / 128, rateThis: 1 });
});

test("the year before the one read: the latest older column; none before the oldest, on a sheet of one year or with no header", () => {
  const header = [
    "基本目標",
    "施策",
    "取組項目",
    "担当課",
    "R3評価",
    "R5評価",
    "R4評価",
    "取組状況",
  ];
  const result = validateSheet({
    name: "一覧",
    top: 0,
    left: 0,
    values: [header, ["I 目標", "1 施策", "1 講座", "総務課", "A", "B", "C", "x"]],
    merges: [],
  });
  expect(previousYear(result)).toBe(2022);
  expect(previousYear(result, 2022)).toBe(2021);
  expect(previousYear(result, 2021)).toBeUndefined();
  const oneYear = validateSheet({
    name: "一覧",
    top: 0,
    left: 0,
    values: [
      ["基本目標", "施策", "取組項目", "担当課", "R5評価", "取組状況"],
      ["I 目標", "1 施策", "1 講座", "総務課", "A", "x"],
    ],
    merges: [],
  });
  expect(previousYear(oneYear)).toBeUndefined();
  expect(previousYear(oneYear, 2023)).toBeUndefined();
  const noHeader = validateSheet({
    name: "メモ",
    top: 0,
    left: 0,
    values: [["連絡事項"]],
    merges: [],
  });
  expect(previousYear(noHeader)).toBeUndefined();
  expect(previousYear(noHeader, 2023)).toBeUndefined();
});
