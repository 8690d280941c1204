import { join } from "node:path";
import type { ValidationResult } from "../../src/core/validate";
import {
  SAMPLE_XLSX,
  OTHER_CITY_COLUMNS,
  SEED_COLUMNS,
  SEED_LEGEND,
  seedRows,
  tempDir,
  writeCsv,
  writeWorkbook,
} from "../helpers/workbooks";
import { SEED_COUNTS, findings, validateFile } from "../helpers/findings";

const dir = tempDir();
let seed: ValidationResult;

beforeAll(() => {
  seed = validateFile(SAMPLE_XLSX);
});

describe("the bundled sample workbook", () => {
  test("reads as 4 goals, 19 measures, 59 items, 128 entries", () => {
    expect(seed.counts).toEqual(SEED_COUNTS);
    expect(seed.header?.columns).toEqual({
      goal: "A",
      measure: "B",
      item: "C",
      department: "D",
      rating: "E",
      narrative: "F",
    });
    expect(seed.header!.rows.length).toBe(9);
  });

  test("finds exactly the seed README's defects", () => {
    const got = seed.issues.map((i) => `${i.code}:${i.item ?? ""}:${i.measure ?? ""}`).sort();
    expect(got).toEqual(
      [
        "narrative-missing:22:8",
        "narrative-missing:27:10",
        "narrative-missing:36:14",
        "narrative-missing:37:14",
        "numbering-gap:49:",
        "numbering-gap::18",
        "department-duplicate:5:2",
        "department-duplicate:47:16",
        "narrative-duplicate:7:2",
        "multiple-values:29:11",
      ].sort()
    );
  });
});

describe("the same plan in other layouts reads the same", () => {
  const rows = seedRows();

  test("no merges, labels on the first row only, a header every 40 rows", async () => {
    const path = await writeWorkbook(join(dir, "first.xlsx"), rows, {
      sheetName: "一覧",
      columns: SEED_COLUMNS,
      legend: SEED_LEGEND,
      fill: "first",
      pageRows: 40,
    });
    const r = validateFile(path);
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(r.header!.rows.length).toBe(Math.ceil(rows.length / 40));
    expect(findings(r)).toEqual(findings(seed));
  });

  test("every cell filled on every row, one header, no title", async () => {
    const path = await writeWorkbook(join(dir, "every.xlsx"), rows, {
      sheetName: "data",
      columns: SEED_COLUMNS,
      legend: null,
      fill: "every",
      repeatHeader: false,
    });
    const r = validateFile(path);
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(findings(r)).toEqual(findings(seed));
    expect(r.issues.some((i) => i.code === "scale-default")).toBe(true);
  });

  test("another city's header words and column order, extra columns, merged, title and legend above", async () => {
    const path = await writeWorkbook(join(dir, "other.xlsx"), rows, {
      sheetName: "R6",
      title: "第3次計画 進捗状況",
      documentLabel: "別紙1",
      columns: OTHER_CITY_COLUMNS,
      legend: SEED_LEGEND,
      fill: "merge",
    });
    const r = validateFile(path);
    expect(r.header?.columns).toEqual({
      department: "B",
      goal: "C",
      measure: "D",
      item: "E",
      rating: "F",
      narrative: "G",
    });
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(findings(r)).toEqual(findings(seed));
  });

  test("a legend with another scale, and ratings spread over it", async () => {
    const codes = ["S", "A", "B", "C", "－"];
    const mixed = rows.map((row, i) => ({
      ...row,
      rating: row.rating.includes("\n") ? row.rating : codes[i % codes.length],
    }));
    const legend = {
      heading: ["評価", "内容"] as [string, string],
      codes: [
        ["S", "計画以上に進んだ"],
        ["A", "計画どおり"],
        ["B", "やや遅れ"],
        ["C", "遅れ"],
        ["－", "評価対象外"],
      ] as [string, string][],
    };
    const path = await writeWorkbook(join(dir, "scale.xlsx"), mixed, {
      sheetName: "評価",
      columns: SEED_COLUMNS,
      legend,
      fill: "merge",
    });
    const r = validateFile(path);
    expect(r.scale).toMatchObject({
      codes: ["S", "A", "B", "C", "－"],
      notEvaluable: ["－"],
      achieved: ["S", "A"],
    });
    // Oracle: count the rows' codes directly (the two-rating cell holds "B\nB": two B entries).
    const count = (c: string) =>
      mixed.reduce((n, row) => n + row.rating.split("\n").filter((x) => x === c).length, 0);
    const total = r.summary!.total;
    expect(total.ratings).toEqual({
      S: count("S"),
      A: count("A"),
      B: count("B"),
      C: count("C"),
      "－": count("－"),
    });
    const rated = count("S") + count("A") + count("B") + count("C");
    expect(total.achievementRate).toBeCloseTo((count("S") + count("A")) / rated, 10);
    expect(r.issues.filter((i) => i.code.startsWith("rating-"))).toEqual([]);
  });

  test.each(["shift_jis", "utf8-bom", "utf8"] as const)("a flat CSV in %s", (encoding) => {
    const path = writeCsv(join(dir, `plan-${encoding}.csv`), rows, encoding);
    const r = validateFile(path);
    expect(r.counts).toEqual(SEED_COUNTS);
    expect(findings(r)).toEqual(findings(seed));
    expect(r.plan!.items[0].title).toBe("人権尊重の理念に基づいた意識の啓発");
  });
});

describe("cells as other workbooks hold them", () => {
  test("rich text, formulas with cached results, hyperlinks and numbers read as their text", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("R6");
    ws.addRow(["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"]);
    ws.addRow([
      "I 目標",
      "1 施策",
      { richText: [{ text: "1 " }, { font: { bold: true }, text: "啓発" }, { text: "の推進" }] },
      { text: "総務課", hyperlink: "https://example.invalid/soumu" },
      { formula: 'IF(TRUE,"B","")', result: "B" },
      {
        richText: [
          { text: "講座を" },
          { font: { color: { argb: "FFFF0000" } }, text: "3回" },
          { text: "開催した。" },
        ],
      },
    ]);
    ws.addRow([null, null, 2, "企画課", { formula: "1+1", result: 2 }, "冊子を配布した。"]);
    const path = join(dir, "cells.xlsx");
    await wb.xlsx.writeFile(path);
    const r = validateFile(path);
    expect(r.plan!.items.map((i) => [i.number, i.title, i.narrative])).toEqual([
      [1, "啓発の推進", "講座を3回開催した。"],
      [2, "", "冊子を配布した。"],
    ]);
    expect(r.plan!.entries.map((e) => [e.department, e.rating, e.state])).toEqual([
      ["総務課", "B", "valid"],
      ["企画課", "2", "invalid"],
    ]);
  });
});
