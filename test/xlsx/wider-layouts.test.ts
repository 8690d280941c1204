import { join } from "node:path";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { ValidationResult, validateSheet, validateWorkbook } from "../../src/core/validate";
import { type PlanColumn, addPlanSheet, writeLegend } from "../../scripts/samples/plan-sheet";
import type { PlanRow } from "../../scripts/samples/plan-rows";
import {
  SAMPLE_XLSX,
  SEED_COLUMNS,
  SEED_LEGEND,
  seedRows,
  tempDir,
  writeWorkbook,
} from "../helpers/workbooks";
import { SEED_COUNTS, findings, validateFile } from "../helpers/findings";

const dir = tempDir();
const rows = seedRows();
let seed: ValidationResult;

beforeAll(() => {
  seed = validateFile(SAMPLE_XLSX);
});

/** The seed's columns without goal and measure: those stand as heading rows. */
const ITEM_COLUMNS: PlanColumn[] = SEED_COLUMNS.filter(
  (c) => c.field !== "goal" && c.field !== "measure"
);

describe("rows that are not entries", () => {
  test.each(["plain", "worded"] as const)(
    "goal and measure as %s heading rows, the header under each measure, notes and a total row",
    async (headings) => {
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
      expect(r.summary!.byGoal.map((g) => [g.goal, g.items])).toEqual([
        ["I", 7],
        ["II", 20],
        ["III", 21],
        ["IV", 11],
      ]);
      // Title, blank, legend (rows 3-7), blank: the first goal heading is row 9, its measure row 10.
      const notes = r.issues
        .filter((i) => i.code === "heading-row")
        .map((i) => [i.cell, i.args?.level, i.args?.count]);
      expect(notes).toEqual([
        ["A9", "goal", 4],
        ["A10", "measure", 19],
      ]);
    }
  );
});

describe("a header on two rows", () => {
  test("group headings merged over the field words, the rest merged down both rows, repeated per page", async () => {
    const columns: PlanColumn[] = SEED_COLUMNS.map((c) =>
      c.field === "goal" || c.field === "measure" || c.field === "item"
        ? { ...c, group: "計画の体系" }
        : c.field === "rating" || c.field === "narrative"
          ? { ...c, group: "令和5年度の実施状況" }
          : c
    );
    const path = await writeWorkbook(join(dir, "two-rows.xlsx"), rows, {
      sheetName: "R5",
      columns,
      legend: SEED_LEGEND,
      fill: "merge",
    });
    const r = validateFile(path);
    expect(r.header?.columns).toEqual({
      goal: "A",
      measure: "B",
      item: "C",
      department: "D",
      rating: "E",
      narrative: "F",
    });
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
        : [c]
    );

  test("under one merged 評価, no year in the title: the latest year is read, and a note says so", async () => {
    const path = await writeWorkbook(join(dir, "years.xlsx"), rows, {
      sheetName: "一覧",
      title: "達成状況一覧",
      columns: yearColumns(),
      legend: SEED_LEGEND,
      fill: "merge",
    });
    const r = validateFile(path);
    expect(r.header?.columns).toEqual({
      goal: "A",
      measure: "B",
      item: "C",
      department: "D",
      rating: "G",
      narrative: "H",
    });
    expect(r.header?.year).toMatchObject({ year: 2023, label: "令和5年度", reason: "latest" });
    expect(r.header?.year?.columns.map((c) => c.column)).toEqual(["E", "F", "G"]);
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(findings(r)).toEqual(findings(seed));
    expect(r.plan!.goals.map((g) => g.title)).not.toContain("基本目標");
    const note = r.issues.find((i) => i.code === "rating-year");
    expect(note).toMatchObject({
      severity: "info",
      cell: `G${r.header!.rows[1]}`,
      args: { label: "令和5年度" },
    });
  });

  test("the year named in the title is read; --year reads another", async () => {
    const path = await writeWorkbook(join(dir, "years-r4.xlsx"), rows, {
      sheetName: "一覧",
      title: "令和4年度 達成状況一覧",
      columns: yearColumns(),
      legend: SEED_LEGEND,
      fill: "merge",
    });
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

describe("rating legends of other kinds and places", () => {
  const countOf = (written: PlanRow[], code: string) =>
    written.reduce((n, row) => n + row.rating.split("\n").filter((x) => x === code).length, 0);
  const recode = (map: Record<string, string>, spread?: string[]): PlanRow[] =>
    rows.map((row, i) => ({
      ...row,
      rating: row.rating.includes("\n")
        ? row.rating
            .split("\n")
            .map((x) => map[x] ?? x)
            .join("\n")
        : row.rating && spread
          ? spread[i % spread.length]
          : (map[row.rating] ?? row.rating),
    }));

  test("words as codes (順調 / 概ね順調 / やや遅れ / 遅れ): every on-plan meaning counts as achieved", async () => {
    const words = recode({ A: "順調", B: "概ね順調", C: "やや遅れ", D: "遅れ" });
    const legend = {
      heading: ["評価", "内容"] as [string, string],
      codes: [
        ["順調", "計画どおり進んでいる"],
        ["概ね順調", "おおむね計画どおり進んでいる"],
        ["やや遅れ", "計画より遅れている"],
        ["遅れ", "大幅に遅れている"],
      ] as [string, string][],
    };
    const path = await writeWorkbook(join(dir, "words.xlsx"), words, {
      sheetName: "一覧",
      columns: SEED_COLUMNS,
      legend,
      fill: "merge",
    });
    const r = validateFile(path);
    expect(r.scale).toMatchObject({
      codes: ["順調", "概ね順調", "やや遅れ", "遅れ"],
      achieved: ["順調", "概ね順調"],
    });
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(findings(r)).toEqual(findings(seed));
    expect(r.summary!.total.ratings["概ね順調"]).toBe(countOf(words, "概ね順調"));
  });

  test("優 / 良 / 可 / 不可 spread over the entries: counted per code, 優 and 良 achieved", async () => {
    const spread = recode({ B: "良" }, ["優", "良", "可", "不可"]);
    const legend = {
      heading: ["区分", "評価の基準"] as [string, string],
      codes: [
        ["優", "計画以上に達成した"],
        ["良", "計画どおり達成した"],
        ["可", "一部が未達成"],
        ["不可", "未達成"],
      ] as [string, string][],
    };
    const path = await writeWorkbook(join(dir, "grades.xlsx"), spread, {
      sheetName: "一覧",
      columns: SEED_COLUMNS,
      legend,
      fill: "merge",
    });
    const r = validateFile(path);
    expect(r.scale.achieved).toEqual(["優", "良"]);
    expect(r.summary!.total.ratings).toEqual({
      優: countOf(spread, "優"),
      良: countOf(spread, "良"),
      可: countOf(spread, "可"),
      不可: countOf(spread, "不可"),
    });
    expect(r.issues.filter((i) => i.code.startsWith("rating-"))).toEqual([]);
  });

  test("◎○△× with the legend below the table, after a total row and notes", async () => {
    const symbols = recode({ A: "◎", B: "○", C: "△", D: "×" });
    const legend = {
      heading: ["記号", "達成度"] as [string, string],
      codes: [
        ["◎", "計画以上"],
        ["○", "計画どおり"],
        ["△", "計画以下"],
        ["×", "未着手"],
      ] as [string, string][],
    };
    const path = await writeWorkbook(join(dir, "below.xlsx"), symbols, {
      sheetName: "一覧",
      columns: SEED_COLUMNS,
      legend,
      legendAt: "below",
      total: true,
      notes: ["※ 達成度は担当課の自己評価による。"],
      fill: "merge",
    });
    const r = validateFile(path);
    expect(r.scale).toMatchObject({
      codes: ["◎", "○", "△", "×"],
      achieved: ["◎", "○"],
      sourceSheet: "一覧",
    });
    expect(Number(r.scale.source!.slice(1))).toBeGreaterThan(
      r.header!.rows[r.header!.rows.length - 1]
    );
    expect(
      r.issues.filter((i) => i.code === "scale-source").map((i) => [i.severity, i.cell])
    ).toEqual([["info", r.scale.source]]);
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(findings(r)).toEqual(findings(seed));
  });

  test("the legend on a sheet of its own (評価基準)", async () => {
    const symbols = recode({ A: "◎", B: "○", C: "△", D: "×" });
    const legend = {
      heading: ["記号", "達成度"] as [string, string],
      codes: [
        ["◎", "計画以上"],
        ["○", "計画どおり"],
        ["△", "計画以下"],
        ["×", "未着手"],
      ] as [string, string][],
    };
    const path = await writeWorkbook(
      join(dir, "legend-sheet.xlsx"),
      symbols,
      { sheetName: "一覧", columns: SEED_COLUMNS, legend: null, fill: "merge" },
      (wb) => {
        writeLegend(wb.addWorksheet("評価基準"), legend, 2);
      }
    );
    const book = loadWorkbookFile(path);
    const r = validateSheet(book.readSheet("一覧"), {
      otherSheets: book.sheetNames.map((n) => book.readSheet(n)),
    });
    expect(r.scale).toMatchObject({
      codes: ["◎", "○", "△", "×"],
      source: "A3",
      sourceSheet: "評価基準",
    });
    expect(r.issues.find((i) => i.code === "scale-source")).toMatchObject({
      sheet: "一覧",
      cell: `E${r.header!.rows[0]}`,
      args: { where: "評価基準!A3" },
    });
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(findings(r)).toEqual(findings(seed));
  });
});

describe("a plan split over several sheets", () => {
  /** One sheet per goal, the legend on the first only; a cover sheet before them. */
  async function perGoal(name: string) {
    // A goal starts where its label leads with its numeral (a continued label carries none).
    const parts: PlanRow[][] = [];
    let numeral = "";
    for (const row of rows) {
      const lead = /^(IV|III|II|I|Ⅳ|Ⅲ|Ⅱ|Ⅰ)\s/.exec(row.goal)?.[1];
      if (lead && lead !== numeral) {
        numeral = lead;
        parts.push([]);
      }
      parts[parts.length - 1].push(row);
    }
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("表紙").addRow(["令和5年度 男女共同参画計画 達成状況"]);
    parts.forEach((part, i) =>
      addPlanSheet(wb, part, {
        sheetName: `目標${i + 1}`,
        columns: SEED_COLUMNS,
        legend: i === 0 ? SEED_LEGEND : null,
        fill: "merge",
      })
    );
    const path = join(dir, name);
    await wb.xlsx.writeFile(path);
    return { path, sheets: parts.map((_p, i) => `目標${i + 1}`) };
  }

  test("one sheet per goal: checked together, the summaries cover them all, each issue names its sheet", async () => {
    const { path, sheets } = await perGoal("per-goal.xlsx");
    const book = loadWorkbookFile(path);
    const r = validateWorkbook(book.sheetNames.map((n) => book.readSheet(n)));
    expect(r.sheets).toEqual(sheets);
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(r.summary!.total.entries).toBe(128);
    expect(r.summary!.byGoal.map((g) => g.goal)).toEqual(["I", "II", "III", "IV"]);
    expect(r.scale.codes).toEqual(["A", "B", "C", "D"]);
    expect(r.issues.some((i) => i.code === "scale-default")).toBe(false);
    const missing = r.issues.filter((i) => i.code === "narrative-missing");
    expect(missing.map((i) => [i.item, i.sheet])).toEqual([
      [22, "目標2"],
      [27, "目標2"],
      [36, "目標3"],
      [37, "目標3"],
    ]);
    expect(findings(r)).toEqual(findings(seed));
    expect(r.issues.filter((i) => !/^[A-Z]+\d+$/.test(i.cell))).toEqual([]);
    expect(r.issues.find((i) => i.code === "numbering-gap" && i.measure === 18)?.sheet).toBe(
      "目標4"
    );
  });
});

describe("several rating columns: whose evaluation, and which holds ratings at all", () => {
  /** The seed's own ratings under `own`, every entry rated A under `outside`: which one was read shows in the counts. */
  const evaluators = (own: PlanColumn, outside: PlanColumn, outsideFirst: boolean): PlanColumn[] =>
    SEED_COLUMNS.flatMap((c): PlanColumn[] =>
      c.field === "rating"
        ? outsideFirst
          ? [outside, { ...c, ...own }]
          : [{ ...c, ...own }, outside]
        : [c]
    );
  const seedRatingA = () =>
    rows.reduce((n, row) => n + row.rating.split("\n").filter((x) => x === "A").length, 0);

  test.each([false, true])(
    "担当課評価 beside 審議会評価 (審議会 first: %s): the department's own is checked, a note names both",
    async (outsideFirst) => {
      const columns = evaluators(
        { field: "rating", header: "担当課評価" },
        { field: "extra", header: "審議会評価", extra: () => "A" },
        outsideFirst
      );
      const path = await writeWorkbook(join(dir, `evaluators-${outsideFirst}.xlsx`), rows, {
        sheetName: "一覧",
        columns,
        legend: SEED_LEGEND,
        fill: "merge",
      });
      const r = validateFile(path);
      const own = outsideFirst ? "F" : "E";
      expect(r.header?.columns).toMatchObject({ department: "D", rating: own, narrative: "G" });
      expect(r.counts).toEqual(SEED_COUNTS);
      expect(findings(r)).toEqual(findings(seed));
      expect(r.summary!.total.ratings.A).toBe(seedRatingA());
      expect(r.header?.rating).toMatchObject({ column: own, reason: "evaluator" });
      expect(
        r.issues.filter((i) => i.code === "rating-column").map((i) => [i.severity, i.cell])
      ).toEqual([["info", `${own}${r.header!.rows[0]}`]]);
    }
  );

  test("審議会 and 担当課 under one merged 評価 (a two-row header): the 担当課 sub-column is the rating, not the department", async () => {
    const columns = evaluators(
      { field: "rating", header: "担当課", group: "評価" },
      { field: "extra", header: "審議会", group: "評価", extra: () => "A" },
      true
    );
    const path = await writeWorkbook(join(dir, "evaluators-merged.xlsx"), rows, {
      sheetName: "一覧",
      columns,
      legend: SEED_LEGEND,
      fill: "merge",
    });
    const r = validateFile(path);
    expect(r.header?.columns).toEqual({
      goal: "A",
      measure: "B",
      item: "C",
      department: "D",
      rating: "F",
      narrative: "G",
    });
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(findings(r)).toEqual(findings(seed));
    expect(r.header?.rating?.columns.map((c) => [c.column, c.evaluator])).toEqual([
      ["E", "outside"],
      ["F", "own"],
    ]);
  });

  test("a column headed 評価 that holds directions (拡充 / 継続 / 縮小) beside the ratings: the ratings are read", async () => {
    const directions = ["継続", "拡充", "継続", "縮小"];
    const columns = SEED_COLUMNS.flatMap((c): PlanColumn[] =>
      c.field === "rating"
        ? [
            {
              field: "extra",
              header: "評価",
              extra: (_row, i) => directions[i % directions.length],
            },
            { ...c, header: "進捗" },
          ]
        : [c]
    );
    const path = await writeWorkbook(join(dir, "directions.xlsx"), rows, {
      sheetName: "一覧",
      columns,
      legend: SEED_LEGEND,
      fill: "merge",
    });
    const r = validateFile(path);
    expect(r.header?.columns).toMatchObject({ rating: "F", narrative: "G" });
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(findings(r)).toEqual(findings(seed));
    expect(r.header?.rating).toMatchObject({ column: "F", reason: "values" });
    expect(
      r.issues.some((i) => i.code === "rating-invalid" && /継続|拡充/.test(String(i.args?.value)))
    ).toBe(false);
  });
});

describe("four levels (基本目標 / 施策の方向 / 具体的施策 / 事業)", () => {
  test("a 施策の方向 column between goal and measure: the measure is the level above the items; the seed's counts and findings", async () => {
    const columns = SEED_COLUMNS.flatMap((c): PlanColumn[] =>
      c.field === "measure"
        ? [
            {
              field: "extra",
              header: "施策の方向",
              extra: (row) => (/^(IV|III|Ⅳ|Ⅲ)/.test(row.goal) ? "(2) 地域で" : "(1) 家庭で"),
            },
            { ...c, header: "具体的施策" },
          ]
        : c.field === "item"
          ? [{ ...c, header: "事業" }]
          : [c]
    );
    const path = await writeWorkbook(join(dir, "four-levels.xlsx"), rows, {
      sheetName: "一覧",
      columns,
      legend: SEED_LEGEND,
      fill: "merge",
    });
    const r = validateFile(path);
    expect(r.header?.columns).toEqual({
      goal: "A",
      measure: "C",
      item: "D",
      department: "E",
      rating: "F",
      narrative: "G",
    });
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(findings(r)).toEqual(findings(seed));
  });
});

describe("formulas", () => {
  test("No. as =ROW()-n and a narrative that is =another item's narrative: the shown values are read, the copy is a duplicate", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("一覧");
    ws.addRow(["達成状況一覧"]);
    ws.addRow(["基本目標", "施策", "No.", "取組項目", "担当課", "達成度", "取組状況"]);
    ws.addRow([
      "I 目標",
      "1 施策",
      { formula: "ROW()-2", result: 1 },
      "講座の開催",
      "総務課",
      "A",
      "市民向けの講座を三回開いた。",
    ]);
    ws.addRow([
      null,
      null,
      { formula: "ROW()-2", result: 2 },
      "研修の実施",
      "企画課",
      "B",
      { formula: "G3", result: "市民向けの講座を三回開いた。" },
    ]);
    ws.addRow([
      null,
      null,
      { formula: "ROW()-2", result: 3 },
      "相談の充実",
      "財政課",
      "B",
      "相談を受けた。",
    ]);
    const path = join(dir, "formulas.xlsx");
    await wb.xlsx.writeFile(path);
    const r = validateFile(path);
    expect(r.plan!.items.map((i) => [i.numeral, i.title])).toEqual([
      ["1", "講座の開催"],
      ["2", "研修の実施"],
      ["3", "相談の充実"],
    ]);
    expect(
      r.issues.filter((i) => i.code === "narrative-duplicate").map((i) => [i.cell, i.related])
    ).toEqual([["G4", ["G3"]]]);
    expect(r.issues.filter((i) => i.code.startsWith("numbering-"))).toEqual([]);
  });
});
