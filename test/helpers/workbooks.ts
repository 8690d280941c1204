import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import iconv from "iconv-lite";
import { PlanRow, parsePlanTsv } from "../../scripts/samples/plan-rows";
import {
  PlanColumn,
  PlanSheetLayout,
  SEED_COLUMNS,
  SEED_LEGEND,
  addPlanSheet,
} from "../../scripts/samples/plan-sheet";

export const ROOT = join(__dirname, "..", "..");
export const SAMPLE_XLSX = join(ROOT, "samples", "plan-r5.xlsx");

export function seedRows(): PlanRow[] {
  return parsePlanTsv(readFileSync(join(ROOT, "samples", "plan-r5.tsv"), "utf8"));
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "achv-test-"));
}

export async function writeWorkbook(
  path: string,
  rows: PlanRow[],
  layout: PlanSheetLayout,
  before?: (wb: ExcelJS.Workbook) => void
) {
  const wb = new ExcelJS.Workbook();
  before?.(wb);
  addPlanSheet(wb, rows, layout);
  await wb.xlsx.writeFile(path);
  return path;
}

/**
 * A workbook file as Excel saves it once the user deleted `sheet`: the sheet gone, and the workbook
 * names that referred to it at #REF!, unquoted (ExcelJS alone would write them '#REF'!).
 */
export async function saveWithSheetDeleted(input: string, sheet: string, out: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  wb.removeWorksheet(wb.getWorksheet(sheet)!.id);
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const before = strFromU8(parts["xl/workbook.xml"]);
  const after = before.replaceAll(`>&apos;${sheet}&apos;!`, ">#REF!");
  if (after === before) throw new Error(`no workbook name refers to ${sheet}`);
  writeFileSync(out, zipSync({ ...parts, "xl/workbook.xml": strToU8(after) }));
  return out;
}

/** Another city's words and order, with columns the reader must ignore. */
export const OTHER_CITY_COLUMNS: PlanColumn[] = [
  { field: "extra", header: "No.", extra: (_r, i) => i + 1 },
  { field: "department", header: "所管課" },
  { field: "goal", header: "基本方針" },
  { field: "measure", header: "施策の方向" },
  { field: "item", header: "具体的取組" },
  { field: "rating", header: "自己評価" },
  { field: "narrative", header: "実施内容" },
  {
    field: "extra",
    header: "備考",
    extra: (r) => (r.department.includes("センター") ? "施設" : null),
  },
];

/** A flat CSV of the rows (every cell written), in the given encoding. */
export function writeCsv(
  path: string,
  rows: PlanRow[],
  encoding: "shift_jis" | "utf8-bom" | "utf8"
): string {
  const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"].join(",")];
  for (const r of rows)
    lines.push([r.goal, r.measure, r.item, r.department, r.rating, r.narrative].map(q).join(","));
  const text = lines.join("\r\n") + "\r\n";
  const bytes =
    encoding === "shift_jis"
      ? iconv.encode(text, "Shift_JIS")
      : Buffer.concat([
          encoding === "utf8-bom" ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
          Buffer.from(text, "utf8"),
        ]);
  writeFileSync(path, bytes);
  return path;
}

export { SEED_COLUMNS, SEED_LEGEND };
