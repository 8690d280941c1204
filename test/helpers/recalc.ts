import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { WEB_IO } from "../../src/xlsx/web-io";
import { openXlsx, type WorkbookReader } from "../../src/xlsx/read-xlsx";

/** LibreOffice's command; SOFFICE_PATH points at another one. */
export const SOFFICE = process.env.SOFFICE_PATH ?? "soffice";

/** One line that says what to install, instead of a bare spawn ENOENT. */
export function requireSoffice(): void {
  if (spawnSync(SOFFICE, ["--version"], { stdio: "ignore", timeout: 60_000 }).error) {
    throw new Error(
      `LibreOffice not found (${SOFFICE}): apt-get install -y libreoffice-calc-nogui, or set SOFFICE_PATH to its soffice`
    );
  }
}

/**
 * Have LibreOffice (Debian's libreoffice-calc-nogui) compute every formula of a
 * workbook from scratch: cached results are dropped first, so what comes back is
 * what a spreadsheet engine makes of our formulas, not what we wrote.
 */
export async function recalculate(path: string): Promise<WorkbookReader> {
  requireSoffice();
  const dir = mkdtempSync(join(tmpdir(), "achv-recalc-"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  for (const ws of wb.worksheets)
    ws.eachRow((r) =>
      r.eachCell(
        (c) => void (c.formula && (c.value = { formula: c.formula } as ExcelJS.CellFormulaValue))
      )
    );
  const bare = join(dir, "in", basename(path));
  mkdirSync(join(dir, "in"));
  mkdirSync(join(dir, "out"));
  await wb.xlsx.writeFile(bare);
  execFileSync(
    SOFFICE,
    [
      "--headless",
      `-env:UserInstallation=file://${dir}/profile`,
      "--calc",
      "--convert-to",
      "xlsx",
      "--outdir",
      join(dir, "out"),
      bare,
    ],
    {
      stdio: "ignore",
      timeout: 120_000,
    }
  );
  const out = join(dir, "out", basename(path));
  return openXlsx(new Uint8Array(readFileSync(out)), out, WEB_IO);
}

/** What LibreOffice reads from a workbook: the content.xml of the ODS it converts the bytes to. */
export function libreOfficeContent(bytes: Uint8Array): string {
  requireSoffice();
  const dir = mkdtempSync(join(tmpdir(), "achv-ods-"));
  mkdirSync(join(dir, "out"));
  const path = join(dir, "saved.xlsx");
  writeFileSync(path, bytes);
  execFileSync(
    SOFFICE,
    [
      "--headless",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      "ods",
      "--outdir",
      join(dir, "out"),
      path,
    ],
    { stdio: "ignore", timeout: 120_000 }
  );
  return strFromU8(unzipSync(readFileSync(join(dir, "out", "saved.ods")))["content.xml"]);
}
