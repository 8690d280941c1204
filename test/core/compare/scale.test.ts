import { join } from "node:path";
import { loadWorkbookFile } from "../../../src/xlsx/load-file";
import { validateSheet } from "../../../src/core/validate";
import { compareYears } from "../../../src/core/compare/compare";
import {
  SEED_COLUMNS,
  SEED_LEGEND,
  seedRows,
  tempDir,
  writeWorkbook,
} from "../../helpers/workbooks";

const dir = tempDir();

async function planWith(name: string, legend: [string, string][], recode: Record<string, string>) {
  const rows = seedRows().map((r) => ({
    ...r,
    rating: r.rating
      .split("\n")
      .map((x) => recode[x] ?? x)
      .join("\n"),
  }));
  const path = await writeWorkbook(join(dir, `${name}.xlsx`), rows, {
    sheetName: name,
    columns: SEED_COLUMNS,
    legend: { heading: ["区分", "達成度"], codes: legend },
    fill: "merge",
  });
  return validateSheet(loadWorkbookFile(path).readSheet(name)).plan!;
}

test("last year's legend S/A/B/C against this year's A–D: a warning, and ratings ranked by their place in each legend", async () => {
  // Every seed rating is B, the second code of A–D; last year wrote the second code of S/A/B/C, A.
  const last = await planWith(
    "R4",
    [
      ["S", "計画以上"],
      ["A", "計画どおり"],
      ["B", "やや遅れ"],
      ["C", "遅れ"],
    ],
    { B: "A" }
  );
  const current = await planWith("R5", SEED_LEGEND!.codes, {});
  const c = compareYears(last, current);
  expect(c.issues.filter((i) => i.code === "scale-changed")).toMatchObject([
    { severity: "warning", cell: "E7", args: { from: "S, A, B, C", to: "A, B, C, D", ranked: 1 } },
  ]);
  expect(new Set(c.entries.map((e) => e.status))).toEqual(new Set(["same"]));
});

test("legends of different lengths: no rating is called up or down, only the same code is the same", async () => {
  const last = await planWith(
    "R4",
    [
      ["A", "計画どおり"],
      ["B", "やや遅れ"],
      ["C", "遅れ"],
    ],
    { B: "A" }
  );
  const current = await planWith("R5", SEED_LEGEND!.codes, {});
  const c = compareYears(last, current);
  expect(c.issues.find((i) => i.code === "scale-changed")?.args).toMatchObject({
    from: "A, B, C",
    to: "A, B, C, D",
    ranked: 0,
  });
  expect(new Set(c.entries.map((e) => e.status))).toEqual(new Set(["changed"]));
  expect(c.issues.filter((i) => i.code === "rating-up" || i.code === "rating-down")).toEqual([]);
});

test("a legend written worst first (1 未着手 … 4 計画以上): 3 last year and 4 this year is up, not down", async () => {
  const legend: [string, string][] = [
    ["1", "未着手"],
    ["2", "遅れている"],
    ["3", "計画どおり"],
    ["4", "計画以上"],
  ];
  // Every seed rating is B: written 3 last year, 4 this year.
  const last = await planWith("R4", legend, { A: "4", B: "3", C: "2", D: "1" });
  const current = await planWith("R5", legend, { A: "4", B: "4", C: "2", D: "1" });
  const c = compareYears(last, current, { lastBook: "R4.xlsx" });
  const ups = c.issues.filter((i) => i.code === "rating-up").length;
  expect(ups).toBeGreaterThan(100);
  expect(c.issues.filter((i) => i.code === "rating-down")).toEqual([]);
});
