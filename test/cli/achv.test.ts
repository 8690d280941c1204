import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import ExcelJS from "exceljs";
import {
  ROOT,
  SAMPLE_XLSX,
  USER_NAMES,
  USER_TABLES,
  tempDir,
  workbookWithNames,
  workbookWithTableNamed,
  workbookWithTables,
} from "../helpers/workbooks";

/** The built command, as a user runs it (`npm ci` builds dist/ through `prepare`). */
function achv(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "achv.js"), ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: "C", ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = tempDir();

describe("achv validate on the bundled sample", () => {
  test("text report in Japanese: the seed's findings with their cells, exit 1", () => {
    const r = achv(["validate", SAMPLE_XLSX, "--lang", "ja"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    expect(r.out).toContain("基本目標 4、施策 19、取組項目 59、担当課別の評価 128");
    expect(r.out).toMatch(/エラー \(4\)/);
    expect(r.out).toMatch(/警告 \(6\)/);
    for (const item of [22, 27, 36, 37])
      expect(r.out).toContain(`取組項目 ${item} の取組計画と達成状況が記入されていません`);
    expect(r.out).toContain("48 がありません");
    expect(r.out).toContain("17 がありません");
    expect(r.out).toContain("「女性センター」が2回");
    expect(r.out).toContain("「保健センター」が2回");
  });

  test("a reader that stops early (| head) ends the command quietly, with no stack trace", () => {
    // Far more than a pipe holds, so the command is still writing when head has gone.
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `1 目標,${i + 1} 施策,1 項目,総務課,A,取組を実施した。`
    );
    const file = join(dir, "many-measures.csv");
    writeFileSync(file, ["基本目標,施策,取組項目,担当課,達成度,取組状況", ...rows].join("\n"));
    const r = spawnSync(
      "/bin/sh",
      [
        "-c",
        `"${process.execPath}" "${join(ROOT, "bin", "achv.js")}" validate "${file}" --json | head -c 10`,
      ],
      { encoding: "utf8" }
    );
    expect(r.stdout).toBe('{\n  "file"');
    expect(r.stderr).toBe("");
  });

  test("the language follows the environment when --lang is not given", () => {
    expect(achv(["validate", SAMPLE_XLSX], { LANG: "ja_JP.UTF-8" }).out).toContain("エラー");
    expect(achv(["validate", SAMPLE_XLSX], { LANG: "en_US.UTF-8" }).out).toContain("Errors (4)");
  });

  test("--json prints the report object (docs/json-report.md)", () => {
    const r = achv(["validate", SAMPLE_XLSX, "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.sheet).toBe("R5達成状況");
    expect(j.counts).toEqual({ goals: 4, measures: 19, items: 59, entries: 128 });
    expect(j.header.columns).toEqual({
      goal: "A",
      measure: "B",
      item: "C",
      department: "D",
      rating: "E",
      narrative: "F",
    });
    expect(j.header.rows[0]).toBe(10);
    expect(j.scale).toMatchObject({ codes: ["A", "B", "C", "D"], notEvaluable: [] });
    const missing = j.issues.filter((i: { code: string }) => i.code === "narrative-missing");
    expect(missing.map((i: { item: number }) => i.item)).toEqual([22, 27, 36, 37]);
    expect(missing[0]).toMatchObject({
      severity: "error",
      sheet: "R5達成状況",
      message: "Item 22 has no narrative.",
    });
    expect(j.summary.byGoal[0]).toMatchObject({
      goal: "I",
      entries: 19,
      items: 7,
      ratings: { A: 0, B: 19, C: 0, D: 0 },
      achievementRate: 1,
    });
    expect(
      j.summary.byDepartment.reduce((n: number, d: { entries: number }) => n + d.entries, 0)
    ).toBe(128);
  });

  test("--departments: unknown names get the closest known one", () => {
    const list = join(dir, "departments.txt");
    writeFileSync(list, "女性センター\n学校教育課\n保健センター\n");
    const j = JSON.parse(achv(["validate", SAMPLE_XLSX, "--json", "--departments", list]).out);
    const unknown = j.issues.filter((i: { code: string }) => i.code === "department-unknown");
    expect(unknown.length).toBeGreaterThan(0);
    expect(
      unknown.every(
        (i: { department: string }) =>
          !["女性センター", "学校教育課", "保健センター"].includes(i.department)
      )
    ).toBe(true);
  });

  test("a clean sheet exits 0", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("ok");
    ws.addRow(["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"]);
    ws.addRow([
      "I 目標",
      "1 施策",
      "1 項目",
      "総務課",
      "A",
      "講座を3回開催し、延べ90人が参加した。",
    ]);
    const path = join(dir, "clean.xlsx");
    await wb.xlsx.writeFile(path);
    const r = achv(["validate", path]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("0 errors");
  });

  test("a hidden sheet with a header (a template) comes after the visible ones", async () => {
    const wb = new ExcelJS.Workbook();
    const template = wb.addWorksheet("ひな形", { state: "hidden" });
    template.addRow(["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"]);
    const ws = wb.addWorksheet("R6");
    ws.addRow(["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"]);
    ws.addRow([
      "I 目標",
      "1 施策",
      "1 項目",
      "総務課",
      "A",
      "講座を3回開催し、延べ90人が参加した。",
    ]);
    const path = join(dir, "hidden.xlsx");
    await wb.xlsx.writeFile(path);
    expect(JSON.parse(achv(["validate", path, "--json"]).out).sheet).toBe("R6");
  });

  test("--year reads another year's ratings; the report says which column it read", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("R5");
    ws.addRow(["基本目標", "施策", "取組項目", "担当課", "R4評価", "R5評価", "取組状況"]);
    ws.addRow([
      "I 目標",
      "1 施策",
      "1 項目",
      "総務課",
      "Z",
      "A",
      "講座を3回開催し、延べ90人が参加した。",
    ]);
    const path = join(dir, "years.xlsx");
    await wb.xlsx.writeFile(path);
    const r5 = achv(["validate", path, "--json", "--lang", "en"]);
    expect(r5.code).toBe(0);
    const j5 = JSON.parse(r5.out);
    expect(j5.header.columns.rating).toBe("F");
    expect(j5.header.year).toMatchObject({ year: 2023, label: "R5評価", reason: "sheet-name" });
    expect(j5.issues.find((i: { code: string }) => i.code === "rating-year")).toMatchObject({
      severity: "info",
      cell: "F1",
    });
    const r4 = achv(["validate", path, "--year", "R4", "--lang", "en"]);
    expect(r4.code).toBe(1);
    expect(r4.out).toContain("Year checked: R4評価 (column E)");
    expect(r4.out).toContain('Rating "Z"');
    const bad = achv(["validate", path, "--year", "someday"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("someday");
  });

  test("a plan on two sheets with the same header is checked as one; --sheet reads one of them", async () => {
    const wb = new ExcelJS.Workbook();
    const header = ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"];
    const one = wb.addWorksheet("目標1");
    one.addRow(header);
    one.addRow([
      "I 目標",
      "1 施策",
      "1 項目",
      "総務課",
      "A",
      "講座を3回開催し、延べ90人が参加した。",
    ]);
    const two = wb.addWorksheet("目標2");
    two.addRow(header);
    two.addRow(["II 目標", "2 施策", "2 項目", "企画課", "Z", "冊子を作成し、全戸に配布した。"]);
    const path = join(dir, "per-goal.xlsx");
    await wb.xlsx.writeFile(path);
    const both = achv(["validate", path, "--json", "--lang", "en"]);
    const j = JSON.parse(both.out);
    expect(j.sheets).toEqual(["目標1", "目標2"]);
    expect(j.counts).toEqual({ goals: 2, measures: 2, items: 2, entries: 2 });
    expect(j.summary.total.entries).toBe(2);
    expect(j.issues.find((i: { code: string }) => i.code === "rating-invalid")).toMatchObject({
      sheet: "目標2",
      cell: "E2",
    });
    expect(achv(["validate", path, "--lang", "en"]).out).toContain("目標2!E2");
    const first = JSON.parse(achv(["validate", path, "--json", "--sheet", "目標1"]).out);
    expect(first.sheets).toEqual(["目標1"]);
    expect(first.counts.entries).toBe(1);
  });

  test("--sheet picks a sheet; without it the first sheet with a header is used", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("表紙").addRow(["令和5年度 達成状況"]);
    const ws = wb.addWorksheet("本表");
    ws.addRow(["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"]);
    ws.addRow([
      "I 目標",
      "1 施策",
      "1 項目",
      "総務課",
      "Z",
      "講座を3回開催し、延べ90人が参加した。",
    ]);
    const path = join(dir, "two sheets 日本語.xlsx");
    await wb.xlsx.writeFile(path);
    expect(JSON.parse(achv(["validate", path, "--json"]).out).sheet).toBe("本表");
    const cover = achv(["validate", path, "--sheet", "表紙", "--json"]);
    expect(cover.code).toBe(1);
    expect(JSON.parse(cover.out).issues[0].code).toBe("header-not-found");
    const none = achv(["validate", path, "--sheet", "ない"]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("ない");
  });
});

describe("bad input: one clear line on stderr, exit 2, no stack trace", () => {
  const cfb = (extra: string) =>
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from(extra, "utf16le"),
      Buffer.alloc(64),
    ]);
  const cases: [string, () => Promise<string> | string, RegExp][] = [
    ["a missing file", () => join(dir, "nope.xlsx"), /File not found/],
    ["a directory", () => dir, /folder/],
    [
      "an empty file",
      () => (writeFileSync(join(dir, "empty.xlsx"), ""), join(dir, "empty.xlsx")),
      /empty/,
    ],
    [
      "a text file named .xlsx",
      () => (writeFileSync(join(dir, "text.xlsx"), "hello"), join(dir, "text.xlsx")),
      /Not an Excel workbook/,
    ],
    [
      "a truncated .xlsx",
      () => {
        const bytes = readFileSync(SAMPLE_XLSX);
        writeFileSync(join(dir, "cut.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
        return join(dir, "cut.xlsx");
      },
      /damaged or cut short/,
    ],
    [
      "a zip that is not a workbook",
      () => (
        writeFileSync(join(dir, "z.xlsx"), zipSync({ "a.txt": strToU8("hi") })),
        join(dir, "z.xlsx")
      ),
      /Not an Excel workbook/,
    ],
    [
      "an .xlsb",
      () => (
        writeFileSync(join(dir, "b.xlsb"), zipSync({ "xl/workbook.bin": new Uint8Array(8) })),
        join(dir, "b.xlsb")
      ),
      /\.xlsb/,
    ],
    [
      "an old .xls",
      () => (writeFileSync(join(dir, "old.xls"), cfb("Workbook")), join(dir, "old.xls")),
      /old-format \(\.xls\)/,
    ],
    [
      "a password-protected .xlsx",
      () => (
        writeFileSync(join(dir, "locked.xlsx"), cfb("EncryptionInfo")),
        join(dir, "locked.xlsx")
      ),
      /password-protected/,
    ],
    [
      "a workbook with no sheets",
      async () => {
        const path = join(dir, "nosheets.xlsx");
        await new ExcelJS.Workbook().xlsx.writeFile(path);
        return path;
      },
      /no sheets/,
    ],
    [
      "a CSV in no known encoding",
      () => (
        writeFileSync(
          join(dir, "bin.csv"),
          Buffer.from([0x82, 0xff, 0xfe, 0x81, 0x00, 0xff, 0xfd, 0x80])
        ),
        join(dir, "bin.csv")
      ),
      /encoding/,
    ],
  ];
  test.each(cases)("%s", async (_name, make, message) => {
    const path = await make();
    const r = achv(["validate", path, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\bat .*\.js:\d+/);
  });

  test("messages are Japanese under a Japanese locale", () => {
    const r = achv(["validate", join(dir, "nope.xlsx")], { LANG: "ja_JP.UTF-8" });
    expect(r.code).toBe(2);
    expect(r.err).toContain("ファイルが見つかりません");
  });

  test("a wrong call is named in one line on stderr, exit 2, nothing on stdout", () => {
    const cases: [string[], RegExp][] = [
      [[], /^achv: name a command: validate \/ summarize/],
      [["check", SAMPLE_XLSX], /^achv: unknown command: check/],
      [["validate"], /^achv: name the file to read: achv validate FILE/],
      [["validate", SAMPLE_XLSX, "--lang", "fr"], /^achv: --lang takes ja or en: fr/],
      [["validate", SAMPLE_XLSX, "--bogus"], /^achv: unknown option: --bogus/],
      [["validate", SAMPLE_XLSX, "--sheet"], /^achv: --sheet needs a value/],
      [["validate", SAMPLE_XLSX, "other.xlsx"], /^achv: unexpected argument: other.xlsx/],
      [["validate", SAMPLE_XLSX, "--out", "x.xlsx"], /^achv: --out does not apply to validate/],
      [["summarize", SAMPLE_XLSX], /^achv: name the file to write with --out/],
    ];
    for (const [args, message] of cases) {
      const r = achv(args);
      expect({ args, code: r.code, out: r.out }).toEqual({ args, code: 2, out: "" });
      expect(r.err).toMatch(message);
      expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    }
    expect(achv(["validate"], { LANG: "ja_JP.UTF-8" }).err).toMatch(
      /^achv: 点検するファイルを指定してください/
    );
  });

  test("--help lists every option, the exit codes and an example per command, in the user's language", () => {
    const en = achv(["--help"]);
    expect(en.code).toBe(0);
    for (const option of [
      "--sheet",
      "--json",
      "--departments",
      "--out",
      "--lang",
      "--help",
      "--version",
    ])
      expect(en.out).toContain(option);
    expect(en.out).toMatch(/Exit codes:\n  0  no errors.*\n  1  errors found\n  2  /);
    expect(en.out).toContain("achv validate samples/plan-r5.xlsx");
    expect(en.out).toContain("achv summarize samples/plan-r5.xlsx --out");
    const ja = achv(["-h"], { LANG: "ja_JP.UTF-8" });
    expect(ja.out).toContain("終了コード:");
    expect(ja.out).toContain("担当課の一覧");
    // One command's help: its own options only.
    const summarize = achv(["summarize", "--help"]);
    expect(summarize.out).toContain("--out OUT.xlsx");
    expect(summarize.out).not.toContain("--departments");
  });

  test("--version prints the package's version", () => {
    const r = achv(["--version"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `${(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version}\n`
    );
    expect(achv(["-V"]).out).toBe(r.out);
  });

  test("a file name with spaces and Japanese reads fine", () => {
    const sub = join(dir, "令和5年度 資料");
    mkdirSync(sub, { recursive: true });
    const path = join(sub, "達成状況 一覧.xlsx");
    writeFileSync(path, readFileSync(SAMPLE_XLSX));
    expect(achv(["validate", path, "--json"]).code).toBe(1);
  });
});

describe("achv summarize", () => {
  test("writes a copy with the summary sheets and leaves the input as it was", async () => {
    const out = join(dir, "summary out.xlsx");
    const before = readFileSync(SAMPLE_XLSX);
    const r = achv(["summarize", SAMPLE_XLSX, "--out", out, "--lang", "ja"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("達成状況データ、基本目標別集計、担当課別集計");
    expect(readFileSync(SAMPLE_XLSX).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "R5達成状況",
      "達成状況データ",
      "基本目標別集計",
      "担当課別集計",
    ]);
    expect(wb.getWorksheet("基本目標別集計")!.getCell("C9").result).toBe(128);
    // The summary's data sheet names the same fields in other columns: it is not a part of the plan.
    const again = JSON.parse(achv(["validate", out, "--json"]).out);
    expect(again.sheets).toEqual(["R5達成状況"]);
    expect(again.counts).toEqual({ goals: 4, measures: 19, items: 59, entries: 128 });
  });

  test("from a CSV: a new workbook holding the rows and the summaries", async () => {
    const csv = join(dir, "flat.csv");
    writeFileSync(
      csv,
      "基本目標,施策,取組項目,担当課,達成度,取組状況\nI 目標,1 施策,1 項目,総務課,A,講座を開いた。\n"
    );
    const out = join(dir, "flat.xlsx");
    expect(achv(["summarize", csv, "--out", out]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "flat",
      "Achievement data",
      "By goal",
      "By department",
    ]);
  });

  test("the copy keeps the user's workbook names as the input has them, the add-in's after them", () => {
    const input = join(dir, "names.xlsx");
    writeFileSync(input, workbookWithNames());
    const out = join(dir, "names-summary.xlsx");
    expect(achv(["summarize", input, "--out", out, "--lang", "ja"]).code).toBe(0);
    const workbookXml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))["xl/workbook.xml"]);
    const names = [...workbookXml.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map(
      (m) => m[0]
    );
    expect(names).toEqual([
      ...USER_NAMES,
      `<definedName name="ACHV_SUMMARY_DATA">&apos;達成状況データ&apos;!$A$1</definedName>`,
      `<definedName name="ACHV_SUMMARY_GOAL">&apos;基本目標別集計&apos;!$A$1</definedName>`,
      `<definedName name="ACHV_SUMMARY_DEPARTMENT">&apos;担当課別集計&apos;!$A$1</definedName>`,
      `<definedName name="_xlnm.Print_Area" localSheetId="3">&apos;達成状況データ&apos;!$A$1:$J$129</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="3">&apos;達成状況データ&apos;!$1:$1</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="4">&apos;基本目標別集計&apos;!$4:$4</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="5">&apos;担当課別集計&apos;!$4:$4</definedName>`,
    ]);
  });

  test("the copy keeps the user's Excel tables as the input has them (header row, filter, totals row, calculated column)", () => {
    const input = join(dir, "tables.xlsx");
    writeFileSync(input, workbookWithTables());
    const out = join(dir, "tables-summary.xlsx");
    expect(achv(["summarize", input, "--out", out, "--lang", "ja"]).code).toBe(0);
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    const tables = Object.keys(parts)
      .filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))
      .map((p) => strFromU8(parts[p]));
    expect(tables.filter((t) => !t.includes(' name="AchvData"'))).toEqual([
      USER_TABLES["xl/tables/table3.xml"],
      USER_TABLES["xl/tables/table5.xml"],
    ]);
  });

  test("a table of the user's named AchvData: the copy's data table is AchvData_2, every table name once, the summaries counting from it", () => {
    const input = join(dir, "named-table.xlsx");
    writeFileSync(input, workbookWithTableNamed("AchvData"));
    const out = join(dir, "named-table-summary.xlsx");
    expect(achv(["summarize", input, "--out", out, "--lang", "ja"]).code).toBe(0);
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    const names = Object.keys(parts)
      .filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))
      .map((p) => / name="([^"]*)"/.exec(strFromU8(parts[p]))![1])
      .sort();
    expect(names).toEqual(["AchvData", "AchvData_2"]);
    // ExcelJS writes sheet N's part as sheetN.xml, in the workbook's order.
    const sheets = [
      ...strFromU8(parts["xl/workbook.xml"]).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g),
    ];
    const goal = sheets.findIndex((m) => m[1] === "基本目標別集計") + 1;
    expect(goal).toBeGreaterThan(0);
    expect(strFromU8(parts[`xl/worksheets/sheet${goal}.xml`])).toMatch(/AchvData_2\[/);
  });

  test("refuses to write over its input, and writes nothing for a sheet without a header", () => {
    const same = achv(["summarize", SAMPLE_XLSX, "--out", SAMPLE_XLSX]);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/will not write over the input/);
    const csv = join(dir, "noheader.csv");
    writeFileSync(csv, "a,b,c\n1,2,3\n");
    const out = join(dir, "never.xlsx");
    const r = achv(["summarize", csv, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/No header row found/);
    expect(existsSync(out)).toBe(false);
  });

  test("--out is required", () => {
    expect(achv(["summarize", SAMPLE_XLSX]).code).toBe(2);
  });
});
