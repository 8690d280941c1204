import { join } from "node:path";
import type { Page } from "playwright-core";
import { axeViolations, openPreview, type Preview } from "../helpers/browser";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { addPlanSheet } from "../../scripts/samples/plan-sheet";
import type { PlanRow } from "../../scripts/samples/plan-rows";
import { SEED_COLUMNS, SEED_LEGEND, seedRows, tempDir, writeCsv } from "../helpers/workbooks";
import { benchSnapshot, snapshotToXlsx } from "../../scripts/bench/sheets";
import { cellAddress } from "../../src/core/snapshot";

let preview: Preview | undefined;

beforeAll(async () => {
  preview = await openPreview();
});
afterAll(async () => {
  await preview?.close();
});

const newPage = (locale: string, height?: number) => preview!.openPage({ locale, height });

/** One sheet per goal (the legend on the first only) after a cover sheet, as some cities keep their plan. */
async function perGoalWorkbook(dir: string): Promise<{ path: string; sheets: string[] }> {
  const parts: PlanRow[][] = [];
  let numeral = "";
  for (const row of seedRows()) {
    const lead = /^(IV|III|II|I|Ⅳ|Ⅲ|Ⅱ|Ⅰ)\s/.exec(row.goal)?.[1];
    if (lead && lead !== numeral) {
      numeral = lead;
      parts.push([]);
    }
    parts[parts.length - 1].push(row);
  }
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("表紙").addRow(["令和5年度 男女共同参画計画 達成状況"]);
  parts.forEach((part, i) =>
    addPlanSheet(wb, part, {
      sheetName: `目標${i + 1}`,
      columns: SEED_COLUMNS,
      legend: i === 0 ? SEED_LEGEND : null,
      fill: "merge",
    })
  );
  const path = join(dir, "per-goal.xlsx");
  await wb.xlsx.writeFile(path);
  return { path, sheets: parts.map((_p, i) => `目標${i + 1}`) };
}

const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => e.textContent ?? ""));

describe("the pane on a plan over several sheets", () => {
  test("checks every plan sheet as the CLI does, goes to each finding's sheet, keeps its commands in reach, saves one honest copy", async () => {
    const dir = tempDir();
    const { path, sheets } = await perGoalWorkbook(dir);
    const { page, seen } = await newPage("ja-JP", 700);
    expect(await page.locator("[data-testid=intro]").textContent()).toContain("送りません");
    expect(await axeViolations(page)).toEqual([]);

    await page.setInputFiles("[data-testid=file]", path);
    await page.waitForSelector("[data-testid=validate]");
    expect(await texts(page, "[data-testid=sheet] option")).toEqual([
      "計画のすべてのシート（自動）",
      "表紙",
      ...sheets,
    ]);
    expect(await axeViolations(page)).toEqual([]);

    await page.click("[data-testid=validate]");
    await page.waitForSelector("[data-testid=issue]");
    const info = await texts(page, "[data-testid=read-info] li");
    expect(info[0]).toBe(`読んだシート: ${sheets.join("、")}`);
    expect(info[1]).toMatch(/^凡例: [A-Z]+\d+ から読みました$/);
    // The grid shows the plan's first sheet, not the cover.
    expect(await page.getAttribute("[data-testid=tabs] [aria-selected=true]", "data-sheet")).toBe(
      "目標1"
    );
    const missing = await page.$$eval("[data-code=narrative-missing] [data-testid=issue]", (els) =>
      els.map((e) => `${e.getAttribute("data-sheet")}!${e.getAttribute("data-cell")}`)
    );
    expect(missing.map((m) => m.split("!")[0])).toEqual(["目標2", "目標2", "目標3", "目標3"]);
    await page.click(`[data-code=narrative-missing] [data-testid=issue] >> nth=2`);
    await page.waitForSelector("[data-testid=tabs] [aria-selected=true][data-sheet=目標3]");
    expect(await page.getAttribute("td.selected", "data-cell")).toBe(missing[2].split("!")[1]);
    expect(await axeViolations(page)).toEqual([]);

    // Severity in words and shapes, not colour alone; marks that keep apart in forced colours.
    expect(await page.textContent("#achv-sev-error")).toBe("✕エラー (4)");
    expect(
      await page.textContent("[data-code=narrative-missing] [data-testid=issue] >> nth=0")
    ).toMatch(/^✕エラー: /);
    await page.emulateMedia({ forcedColors: "active" });
    const outline = (sel: string) => page.$eval(sel, (td) => getComputedStyle(td).outlineStyle);
    expect(await outline("td.mark-error:not(.selected)")).toBe("double");
    await page.click(`[data-code=department-duplicate] [data-testid=issue] >> nth=0`);
    await page.waitForSelector("td.mark-warning");
    expect(await outline("td.mark-warning:not(.selected)")).toBe("dashed");
    await page.emulateMedia({ forcedColors: "none" });

    // A group folds away; the command bar stays at the top of the pane however far the list scrolls.
    await page.click("[data-code=narrative-missing] > summary");
    expect(
      await page.locator("[data-code=narrative-missing] [data-testid=issue] >> nth=0").isVisible()
    ).toBe(false);
    const pane = page.locator("[data-testid=pane]");
    await pane.evaluate((el) => (el.scrollTop = el.scrollHeight));
    expect(await pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    const bar = await page.locator("[data-testid=commandbar]").boundingBox();
    expect(Math.abs(bar!.y - (await pane.boundingBox())!.y)).toBeLessThan(2);

    // Summaries: new tabs, never offered as a sheet to check, never read as part of the plan.
    await page.click("[data-testid=insert-summaries]");
    await page.waitForSelector("[data-sheet=基本目標別集計]");
    expect(await texts(page, "[data-testid=sheet] option")).toEqual([
      "計画のすべてのシート（自動）",
      "表紙",
      ...sheets,
    ]);
    await page.click("[data-testid=validate]");
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=status]")?.textContent?.startsWith("点検しました")
    );
    expect((await texts(page, "[data-testid=read-info] li"))[0]).toBe(
      `読んだシート: ${sheets.join("、")}`
    );

    // Save: one copy with the summary sheets; the user's sheets read back as they were.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=save-copy]"),
    ]);
    expect(download.suggestedFilename()).toBe("per-goal（点検済み）.xlsx");
    const saved = join(dir, "saved.xlsx");
    await download.saveAs(saved);
    const copy = loadWorkbookFile(saved);
    expect(copy.sheetNames).toEqual([
      "表紙",
      ...sheets,
      "達成状況データ",
      "基本目標別集計",
      "担当課別集計",
    ]);
    const original = loadWorkbookFile(path);
    for (const s of sheets) expect(copy.readSheet(s).values).toEqual(original.readSheet(s).values);
    expect(await page.textContent("[data-testid=status]")).toBe(
      "「per-goal（点検済み）.xlsx」として保存しました。元のファイルは変わりません。"
    );
    expect(seen.errors).toEqual([]);
    expect(seen.outside).toEqual([]);
    await page.close();
  });
});

describe("fixes, languages and filters", () => {
  test("a fix keeps the place and the focus; fix all; a CSV is saved as .xlsx; the language holds across files", async () => {
    const dir = tempDir();
    const rows = seedRows().map((r, i) =>
      i === 30 || i === 40 || i === 50 ? { ...r, rating: "Ｂ" } : r
    );
    const csv = writeCsv(join(dir, "plan.csv"), rows, "utf8");
    const { page, seen } = await newPage("ja-JP", 600);
    // Reading and checking happen in a Web Worker, off the page's main thread: the workers started
    // are counted from the page's first script on (the page starts one as it loads, for the first file).
    await page.context().addInitScript(() => {
      const Original = window.Worker;
      const w = window as unknown as { workersStarted: number };
      w.workersStarted = 0;
      window.Worker = class extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          w.workersStarted++;
        }
      };
    });
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    await page.setInputFiles("[data-testid=file]", csv);
    await page.click("[data-testid=validate]");
    await page.waitForSelector("[data-code=rating-unnormalized]");
    expect(
      await page.evaluate(() => (window as unknown as { workersStarted: number }).workersStarted)
    ).toBe(1);
    const fixes = page.locator("[data-code=rating-unnormalized] [data-testid=fix]");
    expect(await fixes.count()).toBe(3);
    const cells = await page.$$eval("[data-code=rating-unnormalized] [data-testid=issue]", (els) =>
      els.map((e) => e.getAttribute("data-cell")!)
    );

    const pane = page.locator("[data-testid=pane]");
    await fixes.nth(1).scrollIntoViewIfNeeded();
    const before = await pane.evaluate((el) => el.scrollTop);
    expect(before).toBeGreaterThan(0);
    const clickedTop = await fixes.nth(1).evaluate((el) => el.getBoundingClientRect().top);
    await fixes.nth(1).click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll("[data-code=rating-unnormalized] [data-testid=issue]").length ===
        2
    );
    // The list did not jump to the top, and the keyboard is where the user was: on the next finding of the group.
    await page.waitForFunction(() => !document.querySelector(".achv-pane[aria-busy]"));
    expect(Math.abs((await pane.evaluate((el) => el.scrollTop)) - before)).toBeLessThan(80);
    const focusedTop = await page.evaluate(
      () => document.activeElement!.getBoundingClientRect().top
    );
    expect(Math.abs(focusedTop - clickedTop)).toBeLessThan(20);
    expect(
      await page.evaluate(
        () =>
          `${document.activeElement?.getAttribute("data-code")} ${document.activeElement?.getAttribute("data-cell")}`
      )
    ).toBe(`rating-unnormalized ${cells[2]}`);

    await page.click("[data-code=rating-unnormalized] [data-testid=fix-all]");
    await page.waitForFunction(() => !document.querySelector("[data-code=rating-unnormalized]"));
    expect(await page.textContent("[data-testid=status]")).toBe("2 個のセルを修正しました。");
    expect(await page.textContent(`td[data-cell=${cells[0]}]`)).toBe("B");

    // Switching the language redraws the page around the pane and the status line too.
    await page.selectOption("[data-testid=lang]", "en");
    expect(await page.textContent("#page-title")).toBe("Achievement check (browser)");
    expect(await page.textContent("#file-label")).toBe("Open a file");
    expect(await page.textContent("[data-testid=sample]")).toBe("Open the sample");
    expect(await page.textContent("[data-testid=status]")).toBe("Fixed 2 cells.");
    expect(await page.getAttribute("html", "lang")).toBe("en");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=save-copy]"),
    ]);
    expect(download.suggestedFilename()).toBe("plan（点検済み）.xlsx");
    const saved = join(dir, "saved.xlsx");
    await download.saveAs(saved);
    const copy = loadWorkbookFile(saved);
    const sheet = copy.readSheet(copy.sheetNames[0]);
    const original = loadWorkbookFile(csv);
    // A CSV row keeps its empty last cells; a workbook row ends at its last value.
    const trimmed = (rows: unknown[][]) =>
      rows.map((row) => {
        const end = [...row].reverse().findIndex((v) => v !== null);
        return end < 0 ? [] : row.slice(0, row.length - end);
      });
    const expected = original
      .readSheet(original.sheetNames[0])
      .values.map((row) => row.map((v) => (v === "Ｂ" ? "B" : v)));
    expect(trimmed(sheet.values)).toEqual(trimmed(expected));

    // The next file keeps English.
    await page.click("[data-testid=sample]");
    await page.waitForSelector("[data-testid=tabs] [data-sheet=R5達成状況]");
    expect(await page.inputValue("[data-testid=lang]")).toBe("en");
    await page.click("[data-testid=validate]");
    await page.waitForSelector("[data-testid=issue]");
    expect(await page.textContent("[data-testid=status]")).toBe("Validated: 4 errors, 6 warnings.");
    expect(await page.textContent("[data-code=numbering-gap] .message >> nth=0")).toMatch(
      /^Item numbers skip/
    );

    // Every department of the plan can be chosen, and one with no finding says so.
    const departments = await texts(page, "[data-testid=filter-department] option");
    expect(departments.length).toBeGreaterThan(10);
    let emptyShown = false;
    for (const d of departments.slice(1)) {
      await page.selectOption("[data-testid=filter-department]", d);
      if ((await page.locator("[data-testid=issue]").count()) === 0) {
        expect(await page.textContent("[data-testid=empty]")).toBe("No matching findings.");
        emptyShown = true;
        break;
      }
    }
    expect(emptyShown).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test("a sheet with no header: a short message, the mapping form under it; an empty sheet says it is empty; settings said kept in the page", async () => {
    const csv = ["列1,列2,列3,列4,列5,列6", "I 目標,1 施策,1 項目,総務課,B,講座を開いた。"].join(
      "\n"
    );
    const { page } = await newPage("en-US");
    await page.setInputFiles("[data-testid=file]", {
      name: "unknown.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    await page.click("[data-testid=validate]");
    await page.waitForSelector("[data-code=header-not-found] [data-testid=columns]");
    const message = await page.textContent("[data-code=header-not-found] .message");
    // The core's own message, as \`achv validate\` prints it: one text, not the pane's second one.
    expect(message).toBe(
      "No header row found: looked for a row naming at least 4 of the fields (Goal / Basic goal; Measure / Policy; Action item / Item; Department / Dept; Rating / Grade; Narrative / Status). Map the columns to check it."
    );
    expect(await texts(page, "#achv-col-goal option")).toEqual([
      "(none)",
      "A（列1）",
      "B（列2）",
      "C（列3）",
      "D（列4）",
      "E（列5）",
      "F（列6）",
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.click("details.settings > summary");
    await page.fill("[data-testid=departments]", "総務課");
    await page.click("[data-testid=save-settings]");
    expect(await page.textContent("[data-testid=status]")).toBe(
      "Settings are used until this page is closed (they are not saved in the file)."
    );

    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Empty");
    const path = join(tempDir(), "empty.xlsx");
    await wb.xlsx.writeFile(path);
    await page.setInputFiles("[data-testid=file]", path);
    await page.click("[data-testid=validate]");
    await page.waitForSelector("[data-code=header-not-found]");
    expect(await page.textContent("[data-code=header-not-found] .message")).toBe(
      "This sheet is empty. Choose the sheet that holds the achievement table."
    );
    expect(await page.locator("[data-testid=columns]").count()).toBe(0);

    // A bad file: the message, and nothing of the last workbook left to check.
    await page.setInputFiles("[data-testid=file]", {
      name: "notes.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("hello"),
    });
    await page.waitForSelector("#message.error");
    expect(await page.locator("[data-testid=validate]").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test("a finding on row 9,000 of a 10,000-entry plan is one click away in the grid", async () => {
    const snap = benchSnapshot(10_000);
    // A rating no legend has, near the end of the sheet: the cell the user must reach.
    const row = snap.values.length - 20;
    const col = snap.values[row].findIndex((v) => v === "A" || v === "B" || v === "C" || v === "D");
    expect(col).toBeGreaterThanOrEqual(0);
    snap.values[row][col] = "Z";
    const cell = cellAddress(snap.top + row, snap.left + col);
    const { page, seen } = await newPage("en-US");
    await page.setInputFiles("[data-testid=file]", {
      name: "large.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(snapshotToXlsx(snap)),
    });
    await page.click("[data-testid=validate]");
    await page.waitForSelector(
      `[data-code=rating-invalid] [data-testid=issue][data-cell=${cell}]`,
      { timeout: 60_000 }
    );
    expect(await page.locator(`td[data-cell=${cell}]`).count()).toBe(0);
    await page.click(`[data-code=rating-invalid] [data-testid=issue][data-cell=${cell}]`);
    await page.waitForSelector(`td.selected[data-cell=${cell}]`);
    expect(await page.textContent(`td.selected[data-cell=${cell}]`)).toBe("Z");
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
