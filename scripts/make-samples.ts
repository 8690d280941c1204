import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { parsePlanTsv } from "./samples/plan-rows";
import { SEED_COLUMNS, SEED_LEGEND, addPlanSheet } from "./samples/plan-sheet";

/** The date every sample carries, inside the workbook and on each zip entry. */
const SAMPLE_DATE = new Date(Date.UTC(2024, 5, 1));

/**
 * The workbook's .xlsx bytes, the same on every run: ExcelJS stamps each zip entry with
 * the time of writing, so the entries are zipped again, in the same order, with one date.
 */
export async function sampleBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const entries = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  return zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([name, data]) => [name, [data, { mtime: SAMPLE_DATE }]])
    ),
    { level: 6 }
  );
}

/** Builds samples/plan-r5.xlsx from samples/plan-r5.tsv in the seed sheet's printed layout. */
export async function buildSeedWorkbook(tsvPath: string): Promise<ExcelJS.Workbook> {
  const rows = parsePlanTsv(readFileSync(tsvPath, "utf8"));
  const wb = new ExcelJS.Workbook();
  wb.creator = "achievement-check samples";
  wb.created = SAMPLE_DATE;
  wb.modified = wb.created;
  addPlanSheet(wb, rows, {
    sheetName: "R5達成状況",
    documentLabel: "資料2",
    title: "つるがしま男女共同参画推進プラン（第6次）達成状況一覧",
    legend: SEED_LEGEND,
    columns: SEED_COLUMNS,
    fill: "merge",
    repeatHeader: true,
  });
  return wb;
}

async function main(): Promise<void> {
  const root = join(__dirname, "..", "..");
  const wb = await buildSeedWorkbook(join(root, "samples", "plan-r5.tsv"));
  const out = join(root, "samples", "plan-r5.xlsx");
  writeFileSync(out, await sampleBytes(wb));
  process.stdout.write(`wrote ${out}\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
