import { join } from "node:path";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { ValidationResult, validateSheet } from "../../src/core/validate";
import type { PlanColumn } from "../../scripts/samples/plan-sheet";
import { SAMPLE_XLSX, SEED_COLUMNS, SEED_LEGEND, seedRows, tempDir, writeWorkbook } from "../helpers/workbooks";

function validateFile(path: string, sheet?: string): ValidationResult {
  const book = loadWorkbookFile(path);
  return validateSheet(book.readSheet(sheet ?? book.sheetNames[0]));
}

/** What a checker would write down: each finding by code and the item/measure it is about. */
function findings(r: ValidationResult): string[] {
  return r.issues
    .filter((i) => i.severity !== "info")
    .map((i) => `${i.code} ${i.goal ?? ""}/${i.measure ?? ""}/${i.item ?? ""} ${i.department ?? ""}`)
    .sort();
}

const SEED_COUNTS = { goals: 4, measures: 19, items: 59, entries: 128 };
const dir = tempDir();
const rows = seedRows();
let seed: ValidationResult;

beforeAll(() => {
  seed = validateFile(SAMPLE_XLSX);
});

/** The seed's columns without goal and measure: those stand as heading rows. */
const ITEM_COLUMNS: PlanColumn[] = SEED_COLUMNS.filter((c) => c.field !== "goal" && c.field !== "measure");

describe("rows that are not entries", () => {
  test.each(["plain", "worded"] as const)("goal and measure as %s heading rows, the header under each measure, notes and a total row", async (headings) => {
    const path = await writeWorkbook(join(dir, `headings-${headings}.xlsx`), rows, {
      sheetName: "一覧",
      title: "令和5年度 達成状況一覧",
      columns: ITEM_COLUMNS,
      legend: SEED_LEGEND,
      fill: "merge",
      headings,
      total: true,
      notes: ["※ 達成度は担当課の自己評価による。", "※ 担当課は令和5年4月1日現在の名称。"],
    });
    const r = validateFile(path);
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(findings(r)).toEqual(findings(seed));
    expect(r.summary!.byGoal.map((g) => [g.goal, g.items])).toEqual([["I", 7], ["II", 20], ["III", 21], ["IV", 11]]);
  });
});

describe("a header on two rows", () => {
  test("group headings merged over the field words, the rest merged down both rows, repeated per page", async () => {
    const columns: PlanColumn[] = SEED_COLUMNS.map((c) =>
      c.field === "goal" || c.field === "measure" || c.field === "item" ? { ...c, group: "計画の体系" } : c.field === "rating" || c.field === "narrative" ? { ...c, group: "令和5年度の実施状況" } : c,
    );
    const path = await writeWorkbook(join(dir, "two-rows.xlsx"), rows, { sheetName: "R5", columns, legend: SEED_LEGEND, fill: "merge" });
    const r = validateFile(path);
    expect(r.header?.columns).toEqual({ goal: "A", measure: "B", item: "C", department: "D", rating: "E", narrative: "F" });
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(findings(r)).toEqual(findings(seed));
    expect(r.plan!.goals.map((g) => g.title)).not.toContain("基本目標");
  });
});

describe("several years' ratings side by side", () => {
  /** 令和3年度 rated A everywhere, 令和4年度 C, 令和5年度 the seed's own ratings: which one was read shows in the counts. */
  const yearColumns = (): PlanColumn[] =>
    SEED_COLUMNS.flatMap((c): PlanColumn[] =>
      c.field === "rating"
        ? [
            { field: "extra", header: "令和3年度", group: "評価", extra: () => "A" },
            { field: "extra", header: "令和4年度", group: "評価", extra: () => "C" },
            { ...c, header: "令和5年度", group: "評価" },
          ]
        : [c],
    );

  test("under one merged 評価, no year in the title: the latest year is read, and a note says so", async () => {
    const path = await writeWorkbook(join(dir, "years.xlsx"), rows, { sheetName: "一覧", title: "達成状況一覧", columns: yearColumns(), legend: SEED_LEGEND, fill: "merge" });
    const r = validateFile(path);
    expect(r.header?.columns).toEqual({ goal: "A", measure: "B", item: "C", department: "D", rating: "G", narrative: "H" });
    expect(r.header?.year).toMatchObject({ year: 2023, label: "令和5年度", reason: "latest" });
    expect(r.header?.year?.columns.map((c) => c.column)).toEqual(["E", "F", "G"]);
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(findings(r)).toEqual(findings(seed));
    expect(r.plan!.goals.map((g) => g.title)).not.toContain("基本目標");
    const note = r.issues.find((i) => i.code === "rating-year");
    expect(note).toMatchObject({ severity: "info", cell: `G${r.header!.rows[1]}`, args: { label: "令和5年度" } });
  });

  test("the year named in the title is read; --year reads another", async () => {
    const path = await writeWorkbook(join(dir, "years-r4.xlsx"), rows, { sheetName: "一覧", title: "令和4年度 達成状況一覧", columns: yearColumns(), legend: SEED_LEGEND, fill: "merge" });
    const book = loadWorkbookFile(path);
    const r4 = validateSheet(book.readSheet("一覧"));
    expect(r4.header?.year).toMatchObject({ year: 2022, reason: "title" });
    // Every row of 令和4年度 is rated C, so all 128 entries are.
    expect(r4.summary!.total.ratings.C).toBe(128);
    const r3 = validateSheet(book.readSheet("一覧"), { year: 2021 });
    expect(r3.header?.year).toMatchObject({ year: 2021, reason: "asked", label: "令和3年度" });
    expect(r3.summary!.total.ratings.A).toBe(128);
  });
});
