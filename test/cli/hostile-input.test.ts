import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { basename, join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { ROOT, SAMPLE_XLSX, tempDir } from "../helpers/workbooks";
import { declareSize } from "../helpers/bad-zips";

/** The built command, as a user runs it, with a bound on its time: a hang shows as a kill, not a pass. */
function achv(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; shell?: string } = {}
) {
  const bin = join(ROOT, "bin", "achv.js");
  const r = options.shell
    ? spawnSync(
        "/bin/bash",
        ["-c", options.shell.replace("ACHV", `"${process.execPath}" "${bin}"`)],
        { encoding: "utf8", cwd: options.cwd, timeout: 60_000 }
      )
    : spawnSync(process.execPath, [bin, ...args], {
        encoding: "utf8",
        cwd: options.cwd,
        env: { PATH: process.env.PATH ?? "", LANG: "C", ...options.env },
        timeout: 60_000,
      });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

const dir = tempDir();
const CSV_HEADER = "基本目標,施策,取組項目,担当課,達成度,取組状況";

describe("inputs that never end or never answer", () => {
  test("--departments /dev/zero is refused at its size limit, with one line", () => {
    const r = achv(["validate", SAMPLE_XLSX, "--departments", "/dev/zero"]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.err).toBe("achv: The file is too large to read: /dev/zero (4 MB)\n");
  });

  test("a FIFO nobody writes to is given up on after a silence, with one line", () => {
    const fifo = join(dir, "never.csv");
    execFileSync("mkfifo", [fifo]);
    const r = achv(["validate", fifo]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.err).toBe(`achv: Nothing came from the input (a pipe nobody writes to?): ${fifo}\n`);
  });

  test("a CSV given through a pipe, <(cat plan.csv), is read", () => {
    const csv = join(dir, "piped.csv");
    writeFileSync(csv, `${CSV_HEADER}\nI 目標,1 施策,1 項目,総務課,Z,講座を開いた。\n`);
    const r = achv([], { shell: `ACHV validate <(cat "${csv}") --lang en` });
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    expect(r.out).toContain('Rating "Z" is not a code of the legend');
  });
});

describe("--out that would overwrite the input, or is not a file", () => {
  const input = join(dir, "in", "plan.xlsx");
  mkdirSync(join(dir, "in"), { recursive: true });
  writeFileSync(input, readFileSync(SAMPLE_XLSX));
  const original = readFileSync(input);

  test("through a symlinked folder: refused, the input unchanged", () => {
    symlinkSync(join(dir, "in"), join(dir, "link"));
    const r = achv(["summarize", input, "--out", join(dir, "link", "plan.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^achv: will not write over the input/);
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  test("through /proc/self/cwd: refused, the input unchanged", () => {
    const r = achv(["summarize", "plan.xlsx", "--out", "/proc/self/cwd/plan.xlsx"], {
      cwd: join(dir, "in"),
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^achv: will not write over the input/);
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  test("a FIFO or a device: refused, the node left as it was", () => {
    const fifo = join(dir, "out.fifo");
    execFileSync("mkfifo", [fifo]);
    const r = achv(["summarize", input, "--out", fifo]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`achv: --out is not a regular file (a folder, pipe or device): ${fifo}\n`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(achv(["summarize", input, "--out", "/dev/null"]).err).toMatch(/not a regular file/);
  });

  test("in a folder that does not exist: the message names that folder, not the input", () => {
    const out = join(dir, "missing", "out.xlsx");
    const r = achv(["summarize", input, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`achv: --out names a folder that does not exist: ${join(dir, "missing")}\n`);
  });
});

describe("summarize never hands an unchecked workbook to ExcelJS", () => {
  const sampleParts = () => unzipSync(new Uint8Array(readFileSync(SAMPLE_XLSX)));

  test("a part validate never reads (docProps/custom.xml) declaring 1.9 GB: validate works, summarize refuses, nothing written", () => {
    const parts = sampleParts();
    parts["docProps/custom.xml"] = strToU8("<Properties/>");
    const file = join(dir, "custom-bomb.xlsx");
    writeFileSync(file, declareSize(zipSync(parts), "docProps/custom.xml", 1_900_000_000));
    expect(achv(["validate", file]).code).toBe(1);
    const out = join(dir, "never1.xlsx");
    const r = achv(["summarize", file, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^achv: The workbook is too large/);
    expect(existsSync(out)).toBe(false);
  });

  test("a second sheet of 260,000 rows: summarize refuses it with the row limit", () => {
    const parts = sampleParts();
    const rows: string[] = [];
    for (let r = 1; r <= 260_000; r++)
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    parts["xl/worksheets/sheet2.xml"] = strToU8(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`
    );
    const decode = (n: string) => new TextDecoder().decode(parts[n]);
    parts["xl/workbook.xml"] = strToU8(
      decode("xl/workbook.xml").replace(
        "</sheets>",
        '<sheet name="big" sheetId="99" r:id="rIdBig"/></sheets>'
      )
    );
    parts["xl/_rels/workbook.xml.rels"] = strToU8(
      decode("xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        '<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>'
      )
    );
    const file = join(dir, "big-second.xlsx");
    writeFileSync(file, zipSync(parts));
    const r = achv(["summarize", file, "--out", join(dir, "never2.xlsx")]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Too many rows to read \(the limit is 250,000\)/);
  });

  test("a merge over A30:XFD1048576 outside the data: refused with a message, not an abort", () => {
    const parts = sampleParts();
    const sheet = "xl/worksheets/sheet1.xml";
    const xml = new TextDecoder().decode(parts[sheet]);
    parts[sheet] = strToU8(
      xml.replace(
        /<mergeCells count="(\d+)">/,
        (_m, n) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="H30:XFD1048576"/>`
      )
    );
    const file = join(dir, "huge-merge.xlsx");
    writeFileSync(file, zipSync(parts));
    const r = achv(["summarize", file, "--out", join(dir, "never3.xlsx")]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^achv: Too many merged areas/);
  });

  test("overlapping merged areas: validate reads the sheet; summarize says why it cannot copy it", () => {
    const parts = sampleParts();
    const sheet = "xl/worksheets/sheet1.xml";
    const xml = new TextDecoder().decode(parts[sheet]);
    parts[sheet] = strToU8(
      xml.replace(
        /<mergeCells count="(\d+)">/,
        (_m, n) =>
          `<mergeCells count="${Number(n) + 2}"><mergeCell ref="H1:J3"/><mergeCell ref="I2:K4"/>`
      )
    );
    const file = join(dir, "overlap.xlsx");
    writeFileSync(file, zipSync(parts));
    expect(achv(["validate", file]).code).toBe(1);
    const r = achv(["summarize", file, "--out", join(dir, "never4.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'achv: Merged areas overlap on sheet "R5達成状況", so a copy cannot be written (checking works): open and save the workbook in Excel first.\n'
    );
  });

  test("CSV files named History.csv or plan[1].csv summarize under a sheet name Excel accepts", () => {
    for (const name of ["History.csv", "plan[1].csv"]) {
      const csv = join(dir, name);
      writeFileSync(csv, `${CSV_HEADER}\nI 目標,1 施策,1 項目,総務課,A,講座を開いた。\n`);
      const r = achv(["summarize", csv, "--out", join(dir, `${basename(name, ".csv")}-out.xlsx`)]);
      expect({ name, code: r.code, err: r.err }).toEqual({ name, code: 0, err: "" });
    }
  });
});

describe("what the terminal is shown", () => {
  test("control and bidi characters in sheet names and cells are shown as \\u{…}, never sent raw", () => {
    const csv = join(dir, "esc\u001b]0;owned\u0007.csv");
    writeFileSync(
      csv,
      `${CSV_HEADER}\nI 目標\u202e,1 施策,1 項目,総務課,\u001b[31mZ,講座を開いた。\n`
    );
    const r = achv(["validate", csv, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(r.out).toContain("esc\\u{1B}]0;owned\\u{7}.csv");
    expect(r.out).toContain("\\u{1B}[31mZ");
  });
});
