import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { axeViolations, openPreview, type Preview } from "../helpers/browser";
import { addPlanSheet, type PlanColumn } from "../../scripts/samples/plan-sheet";
import type { PlanRow } from "../../scripts/samples/plan-rows";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { SEED_COLUMNS, SEED_LEGEND, seedRows, tempDir, writeWorkbook } from "../helpers/workbooks";
import { LAST_YEAR, lastYearRows, writeYears } from "../core/compare/fixtures";

let preview: Preview | undefined;
const dir = tempDir();

beforeAll(async () => {
  preview = await openPreview();
});
afterAll(async () => {
  await preview?.close();
});

async function openFile(path: string, locale: string) {
  const { page, seen } = await preview!.openPage({ locale });
  await page.setInputFiles("[data-testid=file]", path);
  await page.waitForSelector("[data-testid=validate]");
  await idle(page);
  return { page, seen };
}

/** The pane is done with what it was doing (it says so to assistive technology with aria-busy). */
const idle = (page: Page) =>
  page.waitForFunction(() => !document.querySelector(".achv-pane[aria-busy]"));

const CMP = "[data-testid=compare]";
/** Each test opens a workbook, compares, inserts and saves a copy through ExcelJS in the page: minutes on a busy machine. */
const SLOW = 300_000;
const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => e.textContent ?? ""));
const tabs = (page: Page) =>
  page.$$eval("[data-testid=tabs] [data-sheet]", (els) =>
    els.map((e) => e.getAttribute("data-sheet"))
  );
const activeTab = (page: Page) =>
  page.getAttribute("[data-testid=tabs] [aria-selected=true]", "data-sheet");
/** The selected cell's text, spaces and line breaks aside. */
const selectedText = async (page: Page) =>
  ((await page.textContent("td.selected")) ?? "").replace(/\s+/g, "");
const bare = (s: string) => s.replace(/\s+/g, "");
/**
 * Clicks a finding (or its related button) and waits until the grid shows the sheet with the
 * button's cell selected: the grid asks the page's worker for the rows, so this takes a moment.
 */
async function goTo(page: Page, selector: string, sheet: string) {
  const cell = ((await page.getAttribute(selector, "data-cell")) ?? "").split("!").pop();
  await page.click(selector);
  await page.waitForFunction(
    ([sheet, cell]) =>
      document
        .querySelector("[data-testid=tabs] [aria-selected=true]")
        ?.getAttribute("data-sheet") === sheet &&
      document.querySelector("td.selected")?.getAttribute("data-cell") === cell,
    [sheet, cell]
  );
  return [await activeTab(page), await selectedText(page)];
}

const itemRow = (rows: PlanRow[], n: number, department?: string) =>
  rows.find(
    (r) => new RegExp(`^${n}\\s`).test(r.item) && (!department || r.department === department)
  )!;

async function openSection(page: Page) {
  await page.click(`${CMP} > summary`);
  await idle(page);
}

async function compare(page: Page) {
  await page.click(`${CMP} [data-testid=compare-run]`);
  await idle(page);
}

const layout = (sheetName: string, title: string) => ({
  sheetName,
  title,
  columns: SEED_COLUMNS,
  legend: SEED_LEGEND,
  fill: "merge" as const,
});

/** This year's sheet and, hidden behind it, last year's copy: as many cities keep last year's list. */
async function twoSheetBook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  addPlanSheet(wb, seedRows(), layout("R5達成状況", "令和5年度 達成状況一覧"));
  addPlanSheet(wb, lastYearRows(), layout("R4達成状況", "令和4年度 達成状況一覧")).state = "hidden";
  const path = join(dir, "two-sheets.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}

/** The columns of a table on the saved 前年度比較 sheet, by header word, for the row whose first cell is `key`. */
function compareRow(path: string, sheet: string, key: string): Record<string, unknown> {
  const values = loadWorkbookFile(path).readSheet(sheet).values;
  const header = values.find((r) => r?.includes("上がった") || r?.includes("Up"))!;
  const row = values.find((r) => r?.[0] === key)!;
  return Object.fromEntries(header.map((h, i) => [String(h), row[i]]));
}

describe("comparing with last year in the pane", () => {
  test(
    "with last year's sheet of this workbook: copied narratives and ratings up / down, each a click from its cell; 前年度比較 inserted beside the summaries, replaced, saved",
    async () => {
      const { page, seen } = await openFile(await twoSheetBook(), "ja-JP");
      await openSection(page);
      // Last year's sheet is hidden, and offered; this sheet holds one year, so no year's column is.
      expect(await page.isChecked(`${CMP} [data-testid=compare-sheet]`)).toBe(true);
      expect(await texts(page, `${CMP} [data-testid=compare-sheet-name] option`)).toEqual([
        "R4達成状況",
      ]);
      expect(await page.$(`${CMP} [data-testid=compare-year]`)).toBeNull();
      expect(await axeViolations(page)).toEqual([]);

      await compare(page);
      // Warnings: the rating down, the item dropped, the copies; notes: every other change the fixture made.
      const warnings = LAST_YEAR.down.length + 1 + LAST_YEAR.stale.length;
      const notes =
        LAST_YEAR.up.length +
        LAST_YEAR.newlyRated.length +
        1 + // the item added
        LAST_YEAR.renumbered.length +
        1 + // the pairing to confirm
        1 + // the department renamed
        LAST_YEAR.moved.length +
        LAST_YEAR.similar.length;
      expect(await page.textContent("[data-testid=status]")).toBe(
        `前年度と比べました。警告 ${warnings} 件、情報 ${notes} 件。`
      );
      expect(await page.textContent(`${CMP} [data-testid=compare-ratings]`)).toBe(
        "達成度: 上がった 1、同じ 123、下がった 1、新たに評価 1、未評価 0、比較できない 0"
      );
      expect(await page.textContent(`${CMP} [data-testid=compare-read]`)).toBe(
        "前年度: R4達成状況　今年度: R5達成状況"
      );

      // The three narratives copied word for word, by item; a click shows this year's text, the related button last year's.
      const stale = `${CMP} [data-code=narrative-stale] [data-testid=issue]`;
      expect((await texts(page, `${stale} .where`)).map((w) => w.split(" · ")[1])).toEqual(
        LAST_YEAR.stale.map((n) => `取組項目 ${n}`)
      );
      expect(await goTo(page, `${stale} >> nth=0`, "R5達成状況")).toEqual([
        "R5達成状況",
        bare(itemRow(seedRows(), 1).narrative),
      ]);
      const staleRelated = `${CMP} [data-code=narrative-stale] li >> nth=0 >> [data-testid=related]`;
      expect(await goTo(page, staleRelated, "R4達成状況")).toEqual([
        "R4達成状況",
        bare(itemRow(lastYearRows(), 1).narrative),
      ]);

      // Rating down: item 4's 総務人権推進課, A last year (as 人権推進課), B now.
      const [down] = LAST_YEAR.down;
      const downButton = `${CMP} [data-code=rating-down] [data-testid=issue]`;
      expect(await texts(page, `${downButton} .message`)).toEqual([
        "取組項目 4「性的少数者への理解の促進」（総務人権推進課）の達成度が A から B に下がりました。",
      ]);
      expect(await goTo(page, downButton, "R5達成状況")).toEqual(["R5達成状況", down.to]);
      const downRelated = `${CMP} [data-code=rating-down] [data-testid=related]`;
      expect(await goTo(page, downRelated, "R4達成状況")).toEqual(["R4達成状況", down.from]);

      // The item dropped stands on last year's sheet, and is reached there.
      const [tab, dropped] = await goTo(
        page,
        `${CMP} [data-code=item-dropped] [data-testid=issue]`,
        "R4達成状況"
      );
      expect(tab).toBe("R4達成状況");
      expect(dropped).toContain(LAST_YEAR.dropped);
      expect(await axeViolations(page)).toEqual([]);

      // The summaries, then 前年度比較 twice: one 前年度比較, the summaries kept.
      await page.click("[data-testid=insert-summaries]");
      await idle(page);
      await page.click(`${CMP} [data-testid=compare-insert]`);
      await idle(page);
      expect(await page.textContent("[data-testid=status]")).toBe("挿入しました: 前年度比較");
      await page.click(`${CMP} [data-testid=compare-insert]`);
      await idle(page);
      const sheets = [
        "R5達成状況",
        "R4達成状況",
        "達成状況データ",
        "基本目標別集計",
        "担当課別集計",
        "前年度比較",
      ];
      expect(await tabs(page)).toEqual(sheets);
      expect(await axeViolations(page)).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click("[data-testid=save-copy]"),
      ]);
      const saved = join(dir, "two-sheets-saved.xlsx");
      await download.saveAs(saved);
      expect(loadWorkbookFile(saved).sheetNames).toEqual(sheets);
      expect(compareRow(saved, "前年度比較", "合計")).toMatchObject({
        上がった: 1,
        同じ: 123,
        下がった: 1,
        新たに評価: 1,
      });
      expect(seen.errors).toEqual([]);
      expect(seen.outside).toEqual([]);
      await page.close();
    },
    SLOW
  );

  test(
    "with a file chosen from the computer (in English): a file that is no workbook is one message and changes nothing; last year's file compared, its cells named as Excel names another workbook's",
    async () => {
      const files = await writeYears(dir);
      const { page, seen } = await openFile(files.current, "en-US");
      await openSection(page);
      // One sheet, one year: only a file can be last year's.
      expect(await page.$(`${CMP} [data-testid=compare-sheet]`)).toBeNull();
      expect(await page.$(`${CMP} [data-testid=compare-year]`)).toBeNull();
      expect(await page.isChecked(`${CMP} [data-testid=compare-file]`)).toBe(true);

      const bad = join(dir, "not-a-plan.xlsx");
      writeFileSync(bad, "this is not a workbook");
      await page.setInputFiles(`${CMP} [data-testid=compare-file-input]`, bad);
      await page.waitForSelector(`${CMP} [data-testid=compare-file-name]`);
      await compare(page);
      expect(await page.textContent("[data-testid=status]")).toMatch(
        /^Last year's file cannot be read\. Nothing was changed\. .*not-a-plan\.xlsx$/
      );
      expect(await page.$(`${CMP} [data-testid=compare-title]`)).toBeNull();
      expect(await tabs(page)).toEqual(["R5達成状況"]);
      expect(await axeViolations(page)).toEqual([]);

      await page.setInputFiles(`${CMP} [data-testid=compare-file-input]`, files.last);
      await page.waitForSelector(`${CMP} [data-testid=compare-file-name]:text("plan-r4.xlsx")`);
      await compare(page);
      expect(await page.textContent(`${CMP} [data-testid=compare-ratings]`)).toBe(
        "Ratings: 1 up, 123 same, 1 down, 1 newly rated, 0 unrated, 0 not comparable"
      );
      expect(await texts(page, `${CMP} [data-code=narrative-stale] [data-testid=related]`)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^→ \[plan-r4\.xlsx\]R4達成状況!F\d+$/)])
      );
      expect(await page.$$(`${CMP} [data-code=narrative-stale] [data-testid=issue]`)).toHaveLength(
        3
      );
      expect(
        await goTo(
          page,
          `${CMP} [data-code=narrative-stale] [data-testid=issue] >> nth=1`,
          "R5達成状況"
        )
      ).toEqual(["R5達成状況", bare(itemRow(seedRows(), 8).narrative)]);
      // Last year's cell is in another file: the pane says so instead of going nowhere.
      const related = (
        await texts(page, `${CMP} [data-code=narrative-stale] [data-testid=related]`)
      )[1];
      await page.click(`${CMP} [data-code=narrative-stale] [data-testid=related] >> nth=1`);
      expect(await page.textContent("[data-testid=status]")).toBe(
        `${related.slice(2)} is a cell of last year's file, not of this workbook: there is no going to it.`
      );
      expect(await axeViolations(page)).toEqual([]);

      await page.click(`${CMP} [data-testid=compare-insert]`);
      await idle(page);
      expect(await tabs(page)).toEqual(["R5達成状況", "Compared with last year"]);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click("[data-testid=save-copy]"),
      ]);
      const saved = join(dir, "file-saved.xlsx");
      await download.saveAs(saved);
      expect(loadWorkbookFile(saved).sheetNames).toEqual(["R5達成状況", "Compared with last year"]);
      expect(compareRow(saved, "Compared with last year", "Total")).toMatchObject({
        Up: 1,
        Down: 1,
      });
      expect(seen.errors).toEqual([]);
      expect(seen.outside).toEqual([]);
      await page.close();
    },
    SLOW
  );

  test(
    "with last year's column of this sheet, offered where the sheet holds two years: item 2's ratings went up, no narrative is a copy of itself",
    async () => {
      /** 令和4年度 and 令和5年度 under one 評価, one narrative column; 令和4年度 rated item 2 C. */
      const columns: PlanColumn[] = SEED_COLUMNS.flatMap((c): PlanColumn[] =>
        c.field === "rating"
          ? [
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
      const path = await writeWorkbook(join(dir, "two-years.xlsx"), seedRows(), {
        ...layout("一覧", "達成状況一覧"),
        columns,
      });
      const { page, seen } = await openFile(path, "ja-JP");
      await openSection(page);
      expect(await page.textContent(`${CMP} label[for=achv-cmp-year]`)).toBe(
        "このシートの前年度の列（令和4年度）"
      );
      expect(await page.isChecked(`${CMP} [data-testid=compare-year]`)).toBe(true);
      await compare(page);
      expect(await page.textContent(`${CMP} [data-testid=compare-ratings]`)).toBe(
        "達成度: 上がった 3、同じ 125、下がった 0、新たに評価 0、未評価 0、比較できない 0"
      );
      expect(await page.$(`${CMP} [data-code=narrative-stale]`)).toBeNull();
      const up = `${CMP} [data-code=rating-up] [data-testid=issue]`;
      const departments = seedRows()
        .filter((r) => /^2 /.test(r.item))
        .map((r) => r.department);
      expect((await texts(page, `${up} .where`)).map((w) => w.split(" · ").slice(1))).toEqual(
        departments.map((d) => ["取組項目 2", d])
      );
      expect(await goTo(page, `${up} >> nth=0`, "一覧")).toEqual([
        "一覧",
        itemRow(seedRows(), 2, departments[0]).rating,
      ]);
      expect(
        await goTo(page, `${CMP} [data-code=rating-up] [data-testid=related] >> nth=0`, "一覧")
      ).toEqual(["一覧", "C"]);
      expect(await axeViolations(page)).toEqual([]);
      expect(seen.errors).toEqual([]);
      await page.close();
    },
    SLOW
  );
});
