import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { WEB_IO } from "../../src/xlsx/web-io";
import { openXlsx, type WorkbookReader } from "../../src/xlsx/read-xlsx";

/**
 * Have LibreOffice (Debian's libreoffice-calc-nogui) compute every formula of a
 * workbook from scratch: cached results are dropped first, so what comes back is
 * what a spreadsheet engine makes of our formulas, not what we wrote.
 */
export async function recalculate(path: string): Promise<WorkbookReader> {
  const dir = mkdtempSync(join(tmpdir(), "achv-recalc-"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  for (const ws of wb.worksheets) ws.eachRow((r) => r.eachCell((c) => void (c.formula && (c.value = { formula: c.formula } as ExcelJS.CellFormulaValue))));
  const bare = join(dir, "in", basename(path));
  execFileSync("mkdir", ["-p", join(dir, "in"), join(dir, "out")]);
  await wb.xlsx.writeFile(bare);
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--calc", "--convert-to", "xlsx", "--outdir", join(dir, "out"), bare], {
    stdio: "ignore",
    timeout: 120_000,
  });
  const out = join(dir, "out", basename(path));
  return openXlsx(new Uint8Array(readFileSync(out)), out, WEB_IO);
}
