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
