import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { openXlsx } from "../../src/xlsx/read-xlsx";
import { WEB_IO } from "../../src/xlsx/web-io";
import { validateSheet } from "../../src/core/validate";
import { ROOT, SAMPLE_XLSX, tempDir } from "../helpers/workbooks";
import { SOFFICE } from "../helpers/recalc";
import { changedCells, rowsOfItem } from "../helpers/roundtrip";

function achv(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "achv.js"), ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: "C" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = tempDir();
const forms = join(dir, "forms");

/** A department's answer, typed into its form in ExcelJS: the item's rating. */
async function rateItem(file: string, item: number, rating: string, out: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  rowsOfItem(wb.worksheets[0], 3, item)[0].getCell(5).value = rating;
  await wb.xlsx.writeFile(out);
  return out;
}

function ratingOf(file: string, item: number, department: string): string {
  const book = openXlsx(new Uint8Array(readFileSync(file)), file, WEB_IO);
  const result = validateSheet(book.readSheet(book.sheetNames[0]));
  const p = result.plan!;
  return p.entries.find((e) => p.items[e.item].number === item && e.department === department)!
    .rating;
}

describe("achv split and achv merge", () => {
  beforeAll(() => {
    const r = achv([
      "split",
      SAMPLE_XLSX,
      "--out-dir",
      forms,
      "--deadline",
      "2026-06-30",
      "--lang",
      "en",
    ]);
    expect(r).toMatchObject({ code: 0, err: "" });
  });

  test("split writes one form per department, numbered in the plan's order, and lists them", () => {
    const files = readdirSync(forms).sort();
    expect(files).toHaveLength(21);
    expect(files[0]).toBe("01_女性センター.xlsx");
    expect(achv(["split", SAMPLE_XLSX, "--out-dir", join(dir, "x"), "--lang", "en"]).out).toContain(
      "Wrote 21 forms"
    );
  });

  test("the forms open with the plan's column widths", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(forms, "01_女性センター.xlsx"));
    // The sample's widths (scripts/samples/plan-sheet.ts, SEED_COLUMNS): 16, 18, 22, 16, 7, 70.
    expect([1, 2, 3, 4, 5, 6].map((c) => wb.worksheets[0].getColumn(c).width)).toEqual([
      16, 18, 22, 16, 7, 70,
    ]);
  });

  test("split never writes over forms already there: it stops before writing anything", () => {
    const r = achv(["split", SAMPLE_XLSX, "--out-dir", forms, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^achv: will not write over a form already there \(give another --out-dir\): .*01_女性センター\.xlsx\n$/
    );
  });

  test("a form filled in ExcelJS and one saved by LibreOffice merge alike; the rest of the plan is unchanged", async () => {
    const filled = await rateItem(
      join(forms, "01_女性センター.xlsx"),
      4,
      "A",
      join(dir, "women.xlsx")
    );
    // 総務人権推進課 answers in LibreOffice: the form is opened, rated, and saved as .xlsx by soffice.
    const typed = await rateItem(
      join(forms, "02_総務人権推進課.xlsx"),
      1,
      "C",
      join(dir, "general-in.xlsx")
    );
    const lo = join(dir, "lo");
    mkdirSync(lo, { recursive: true });
    execFileSync(
      SOFFICE,
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--calc",
        "--convert-to",
        "xlsx",
        "--outdir",
        lo,
        typed,
      ],
      { stdio: "ignore", timeout: 120_000 }
    );
    const saved = join(lo, "general-in.xlsx");
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe("PK");
    const out = join(dir, "merged.xlsx");
    const r = achv(["merge", SAMPLE_XLSX, filled, saved, "--out", out, "--lang", "en"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `Merged 2 forms into ${out}: 2 rating cells, 0 narrative cells written.`
    );
    expect(r.out).toMatch(/No form came back from 健康長寿課 \(8 entries\)\./);
    expect(ratingOf(out, 4, "女性センター")).toBe("A");
    expect(ratingOf(out, 1, "総務人権推進課")).toBe("C");
    const sheet = (file: string) => {
      const book = openXlsx(new Uint8Array(readFileSync(file)), file, WEB_IO);
      return book.readSheet(book.sheetNames[0]);
    };
    expect([...changedCells(sheet(SAMPLE_XLSX), sheet(out)).values()]).toEqual([
      ["B", "C"],
      ["B", "A"],
    ]);
  });

  test("--json prints the merge report (docs/roundtrip.md)", async () => {
    const filled = await rateItem(
      join(forms, "01_女性センター.xlsx"),
      4,
      "S",
      join(dir, "women-s.xlsx")
    );
    const out = join(dir, "merged-json.xlsx");
    const r = achv(["merge", SAMPLE_XLSX, filled, "--out", out, "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ file: SAMPLE_XLSX, out, written: [] });
    expect(j.forms).toEqual([
      expect.objectContaining({
        file: filled,
        department: "女性センター",
        rows: 38,
        samePlan: true,
      }),
    ]);
    const notInList = j.findings.find((f: { code: string }) => f.code === "rating-not-in-list");
    expect(notInList).toMatchObject({
      severity: "error",
      department: "女性センター",
      args: { value: "S", codes: "A, B, C, D" },
    });
    expect(notInList.message).toMatch(
      /rating "S" is not a code of the legend \(A, B, C, D\): not merged/
    );
    expect(j.status.find((s: { department: string }) => s.department === "女性センター")).toEqual({
      department: "女性センター",
      sent: 38,
      answered: 38,
      withErrors: 1,
      missing: 0,
      returned: true,
    });
  });

  test("nothing is written when a form cannot be read, or is not a form", () => {
    const out = join(dir, "never.xlsx");
    const damaged = join(dir, "damaged.xlsx");
    writeFileSync(damaged, readFileSync(join(forms, "03_健康長寿課.xlsx")).subarray(0, 2000));
    let r = achv([
      "merge",
      SAMPLE_XLSX,
      join(forms, "01_女性センター.xlsx"),
      damaged,
      "--out",
      out,
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(2);
    expect(r.err.split("\n").filter(Boolean)).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    r = achv(["merge", SAMPLE_XLSX, SAMPLE_XLSX, "--out", out, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `achv: not a form made by achv split (it has no key column); nothing was written: ${SAMPLE_XLSX}\n`
    );
    expect(existsSync(out)).toBe(false);
  });

  test("wrong calls are named in one line, exit 2", () => {
    expect(achv(["split", SAMPLE_XLSX, "--lang", "en"])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^achv: name the folder for the forms with --out-dir/),
    });
    expect(achv(["merge", SAMPLE_XLSX, "--out", "x.xlsx", "--lang", "en"])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^achv: name the forms to merge/),
    });
    expect(achv(["merge", SAMPLE_XLSX, "f.xlsx", "--lang", "en"])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^achv: name the file to write with --out: achv merge/),
    });
    expect(achv(["split", SAMPLE_XLSX, "--out-dir", dir, "--json", "--lang", "en"])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--json does not apply to split/),
    });
    expect(
      achv(["merge", SAMPLE_XLSX, "f.xlsx", "--out", SAMPLE_XLSX, "--lang", "en"])
    ).toMatchObject({ code: 2, err: expect.stringMatching(/will not write over the input/) });
  });

  test("--help names both commands in ja and en", () => {
    expect(achv(["--help", "--lang", "ja"]).out).toContain("achv split FILE --out-dir DIR");
    const en = achv(["merge", "--help", "--lang", "en"]).out;
    expect(en).toContain("achv merge FILE FORM... --out OUT.xlsx");
    expect(en).toContain("2  the input cannot be read");
  });
});
