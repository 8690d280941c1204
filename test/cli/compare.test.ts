import { spawnSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PlanColumn } from "../../scripts/samples/plan-sheet";
import {
  ROOT,
  SAMPLE_XLSX,
  SEED_COLUMNS,
  SEED_LEGEND,
  seedRows,
  tempDir,
  writeWorkbook,
} from "../helpers/workbooks";
import { LAST_YEAR, writeYears } from "../core/compare/fixtures";

/** The built command, as a user runs it. */
function achv(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "achv.js"), ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: "C", ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = tempDir();
let files: { last: string; current: string };

beforeAll(async () => {
  files = await writeYears(dir);
});

describe("achv compare LAST THIS", () => {
  test("text report in Japanese: what each year was read from, the counts, the findings with their cells; exit 0", () => {
    const r = achv(["compare", files.last, files.current, "--lang", "ja"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`前年度: ${files.last} — シート「R4達成状況」`);
    expect(r.out).toContain(`今年度: ${files.current} — シート「R5達成状況」`);
    expect(r.out).toContain("取組項目: 対応 58、新規 1、削除 1、番号変更 12（対応の確認が必要 1）");
    expect(r.out).toContain(
      "達成度: 上がった 1、同じ 123、下がった 1、新たに評価 1、未評価 0、比較できない 0、新しい評価 2、なくなった評価 3"
    );
    // Down 1, dropped 1, stale 3.
    expect(r.out).toMatch(/警告 \(5\)/);
    expect(r.out).toContain(
      "取組項目 4「性的少数者への理解の促進」（総務人権推進課）の達成度が A から B に下がりました。"
    );
    expect(r.out).toMatch(
      /前年度 C\d+ +前年度の取組項目 14「男女共同参画に関する意識調査の実施」が今年度の一覧にありません/
    );
    expect(r.out).toContain(
      "担当課「人権推進課」は今年度「総務人権推進課」になったものとして比べました（4 項目）。"
    );
  });

  test("--json prints the documented object; every stale narrative names last year's cell", () => {
    const r = achv(["compare", files.last, files.current, "--json", "--lang", "en"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    // Last year: item 26 not yet, item 14 still there, item 24 with a fourth department.
    expect(j.last).toMatchObject({
      file: files.last,
      sheet: "R4達成状況",
      year: null,
      counts: { items: 59, entries: 129 },
    });
    expect(j.this).toMatchObject({
      file: files.current,
      sheet: "R5達成状況",
      counts: { items: 59, entries: 128 },
    });
    expect(j.counts).toEqual({
      items: { paired: 58, added: 1, dropped: 1, renumbered: 12, unsure: 1 },
      entries: {
        up: 1,
        same: 123,
        down: 1,
        newlyRated: 1,
        unrated: 0,
        changed: 0,
        added: 2,
        dropped: 3,
      },
    });
    const stale = j.issues.filter((i: { code: string }) => i.code === "narrative-stale");
    expect(stale.map((i: { item: number }) => i.item)).toEqual(LAST_YEAR.stale);
    for (const i of stale) expect(i.related[0]).toMatch(/^\[plan-r4\.xlsx\]R4達成状況!F\d+$/);
    expect(stale[0].message).toBe(
      `Item 1「人権尊重の理念に基づいた意識の啓発」's narrative is word for word last year's (${stale[0].related[0]}): write this year's.`
    );
  });

  test("the same file twice compares its years' columns: this year the latest (or --year), last year the one before", async () => {
    const columns: PlanColumn[] = SEED_COLUMNS.flatMap((c): PlanColumn[] =>
      c.field === "rating"
        ? [
            { field: "extra", header: "令和3年度", group: "評価", extra: () => "A" },
            {
              field: "extra",
              header: "令和4年度",
              group: "評価",
              extra: (r) => (/^2 /.test(r.item) ? "C" : r.rating),
            },
            { ...c, header: "令和5年度", group: "評価" },
          ]
        : [c]
    );
    const path = await writeWorkbook(join(dir, "years.xlsx"), seedRows(), {
      sheetName: "一覧",
      title: "達成状況一覧",
      columns,
      legend: SEED_LEGEND,
      fill: "merge",
    });
    const latest = JSON.parse(achv(["compare", path, path, "--json"]).out);
    expect([latest.last.year.label, latest.this.year.label]).toEqual(["令和4年度", "令和5年度"]);
    expect(latest.issues.map((i: { code: string; item: number }) => `${i.code} ${i.item}`)).toEqual(
      ["rating-up 2", "rating-up 2", "rating-up 2"]
    );
    const r4 = JSON.parse(achv(["compare", path, path, "--json", "--year", "R4"]).out);
    expect([r4.last.year.label, r4.this.year.label]).toEqual(["令和3年度", "令和4年度"]);
    // 令和3年度 rated every entry A: all down to B, except item 2's three, down to C.
    expect(r4.counts.entries).toMatchObject({ down: 128, same: 0 });
    const oldest = achv(["compare", path, path, "--year", "R3", "--lang", "en"]);
    expect(oldest.code).toBe(2);
    expect(oldest.err).toBe(
      `achv: this sheet has no year's column before this year's; give last year's file, or two sheets with --sheet: ${path}\n`
    );
  });

  test("--sheet twice compares two sheets of one workbook", async () => {
    const both = join(dir, "both.xlsx");
    copyFileSync(files.current, both);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.current);
    const lastBook = new ExcelJS.Workbook();
    await lastBook.xlsx.readFile(files.last);
    const src = lastBook.getWorksheet("R4達成状況")!;
    const ws = wb.addWorksheet("R4達成状況");
    src.eachRow({ includeEmpty: true }, (row, n) =>
      row.eachCell({ includeEmpty: false }, (cell, col) => (ws.getCell(n, col).value = cell.value))
    );
    for (const m of Object.keys((src as unknown as { _merges: Record<string, unknown> })._merges))
      ws.mergeCells(
        (src as unknown as { _merges: Record<string, { range: string }> })._merges[m].range
      );
    await wb.xlsx.writeFile(both);
    const j = JSON.parse(
      achv(["compare", both, both, "--sheet", "R4達成状況", "--sheet", "R5達成状況", "--json"]).out
    );
    expect(j.counts.entries).toMatchObject({ up: 1, down: 1, newlyRated: 1 });
    // One workbook: last year's cells are named by sheet, no file.
    expect(j.issues.find((i: { code: string }) => i.code === "narrative-stale").related[0]).toMatch(
      /^R4達成状況!F\d+$/
    );
  });

  test("wrong calls and unreadable input exit 2 with one line; a file without the table exits 1", () => {
    expect(achv(["compare", files.last])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^achv: name the file to read: achv compare LAST THIS.*\n$/),
    });
    expect(achv(["compare", files.last, files.current, files.current]).code).toBe(2);
    expect(achv(["compare", files.last, files.current, "--out", "x.xlsx"])).toMatchObject({
      code: 2,
      err: "achv: --out does not apply to compare (achv compare --help)\n",
    });
    expect(achv(["compare", files.last, join(dir, "missing.xlsx")])).toMatchObject({
      code: 2,
      out: "",
    });
    const notes = join(dir, "notes.csv");
    writeFileSync(notes, "メモ\n会議の記録\n");
    const r = achv(["compare", notes, SAMPLE_XLSX, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^achv: .*notes\.csv: /);
  });

  test("achv compare --help names the command, its options and an example", () => {
    const r = achv(["compare", "--help", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "achv compare LAST THIS [--sheet NAME [--sheet NAME]] [--year Y] [--json] [--lang ja|en]"
    );
    expect(r.out).toContain("achv compare plan-r4.xlsx plan-r5.xlsx");
    expect(r.out).not.toContain("--departments");
  });
});
