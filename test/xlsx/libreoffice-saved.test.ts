import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { ValidationResult } from "../../src/core/validate";
import { type PlanColumn } from "../../scripts/samples/plan-sheet";
import { SOFFICE, requireSoffice } from "../helpers/recalc";
import { validateFile } from "../helpers/findings";
import {
  OTHER_CITY_COLUMNS,
  SAMPLE_XLSX,
  SEED_COLUMNS,
  SEED_LEGEND,
  seedRows,
  tempDir,
  writeWorkbook,
} from "../helpers/workbooks";

/**
 * The sample and a few layouts from the fixture generator, opened and saved again by
 * LibreOffice Calc: its own shared-string table, styles and cell types instead of ExcelJS's.
 * A workbook a city passes around has often been through such a program.
 */
const dir = tempDir();
const ours = join(dir, "ours");
const theirs = join(dir, "libreoffice");
mkdirSync(ours);

/** Two header rows: group headings merged over the field words. */
const TWO_ROW_COLUMNS: PlanColumn[] = SEED_COLUMNS.map((c) =>
  c.field === "goal" || c.field === "measure" || c.field === "item"
    ? { ...c, group: "計画の体系" }
    : c.field === "rating" || c.field === "narrative"
      ? { ...c, group: "令和5年度の実施状況" }
      : c
);

const rows = seedRows();

async function writeFixtures(): Promise<string[]> {
  const sample = join(ours, "plan-r5.xlsx");
  copyFileSync(SAMPLE_XLSX, sample);
  return [
    sample,
    await writeWorkbook(join(ours, "other-city.xlsx"), rows, {
      sheetName: "R6",
      title: "第3次計画 進捗状況",
      documentLabel: "別紙1",
      columns: OTHER_CITY_COLUMNS,
      legend: SEED_LEGEND,
      fill: "merge",
    }),
    await writeWorkbook(join(ours, "two-row-header.xlsx"), rows, {
      sheetName: "R5",
      columns: TWO_ROW_COLUMNS,
      legend: SEED_LEGEND,
      fill: "first",
      pageRows: 40,
    }),
    await writeWorkbook(join(ours, "legend-below.xlsx"), rows, {
      sheetName: "一覧",
      columns: SEED_COLUMNS,
      legend: SEED_LEGEND,
      legendAt: "below",
      total: true,
      notes: ["※ 達成度は担当課の自己評価による。"],
      fill: "every",
      repeatHeader: false,
    }),
  ];
}

/** Open each file in LibreOffice Calc and save it as .xlsx again (one soffice run for all). */
function saveWithLibreOffice(paths: string[]): void {
  requireSoffice();
  execFileSync(
    SOFFICE,
    [
      "--headless",
      `-env:UserInstallation=file://${dir}/profile`,
      "--calc",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      theirs,
      ...paths,
    ],
    { stdio: "ignore", timeout: 240_000 }
  );
}

/** Everything a user sees of a sheet's check: the plan as read, and each issue by code and cell. */
function reading(r: ValidationResult) {
  return {
    sheet: r.sheet,
    header: r.header,
    scale: r.scale,
    counts: r.counts,
    items: r.plan!.items.map((i) => [i.cell, i.numeral, i.title, i.narrativeCell, i.narrative]),
    entries: r.plan!.entries.map((e) => [
      e.departmentCell,
      e.department,
      e.ratingCell,
      e.rating,
      e.state,
    ]),
    issues: r.issues
      .map((i) => `${i.severity} ${i.code} ${i.cell} ${(i.related ?? []).join(",")}`)
      .sort(),
  };
}

let originals: string[] = [];

beforeAll(async () => {
  originals = await writeFixtures();
  saveWithLibreOffice(originals);
}, 300_000);

describe("workbooks saved again by LibreOffice Calc read the same as the originals", () => {
  test.each(["plan-r5.xlsx", "other-city.xlsx", "two-row-header.xlsx", "legend-below.xlsx"])(
    "%s",
    (name) => {
      const saved = join(theirs, name);
      // What makes this another program's file: its name in the properties, its own string table.
      const parts = unzipSync(new Uint8Array(readFileSync(saved)));
      expect(strFromU8(parts["docProps/app.xml"])).toMatch(
        /<Application>LibreOffice\/[^<]*<\/Application>/
      );
      expect(parts["xl/sharedStrings.xml"]).toBeDefined();

      const original = validateFile(originals.find((p) => basename(p) === name)!);
      const again = validateFile(saved);
      expect(original.counts.entries).toBeGreaterThan(100);
      expect(original.issues.length).toBeGreaterThan(0);
      expect(reading(again)).toEqual(reading(original));
    }
  );

  test("the sample still shows its ten seed defects", () => {
    const r = validateFile(join(theirs, "plan-r5.xlsx"));
    expect(r.counts).toEqual({ goals: 4, measures: 19, items: 59, entries: 128 });
    expect(
      r.issues
        .filter((i) => i.severity !== "info")
        .map((i) => i.code)
        .sort()
    ).toEqual(
      [
        "department-duplicate",
        "department-duplicate",
        "multiple-values",
        "narrative-duplicate",
        "narrative-missing",
        "narrative-missing",
        "narrative-missing",
        "narrative-missing",
        "numbering-gap",
        "numbering-gap",
      ].sort()
    );
  });
});
