import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { openPreview, watch, type Preview } from "../helpers/browser";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { parseAddress } from "../../src/core/snapshot";
import {
  ROOT,
  SEED_COLUMNS,
  SEED_LEGEND,
  seedRows,
  tempDir,
  writeWorkbook,
} from "../helpers/workbooks";

let preview: Preview | undefined;
let browser: Browser;
let base: string;

beforeAll(async () => {
  preview = await openPreview();
  ({ browser, base } = preview);
});
afterAll(async () => {
  await preview?.close();
});

async function newPage(
  locale = "ja-JP",
  width = 1400
): Promise<{ page: Page; seen: ReturnType<typeof watch> }> {
  const page = await browser.newPage({ locale, viewport: { width, height: 900 } });
  const seen = watch(page, base);
  await page.goto(`${base}/preview.html`);
  await page.waitForSelector("body[data-ready=true]");
  return { page, seen };
}

async function validateSample(page: Page) {
  await page.click("[data-testid=sample]");
  await page.click("[data-testid=validate]");
  await page.waitForSelector("[data-testid=issue]");
}

describe("the task pane in a plain browser, on the bundled sample", () => {
  test("validate shows the seed's findings, grouped by code; nothing leaves localhost", async () => {
    const { page, seen } = await newPage();
    await validateSample(page);
    // The offline page works without Office.js, which would only reach for Microsoft's servers.
    expect(
      await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)
    ).toBe("undefined");
    expect(await page.textContent("[data-testid=counts]")).toBe("✕エラー 4▲警告 6ｉ情報 0");
    const cells = await page.$$eval("[data-code=narrative-missing] [data-testid=issue]", (els) =>
      els.map((e) => e.getAttribute("data-cell"))
    );
    expect(cells).toEqual(["F52", "F65", "F98", "F99"]);
    expect(await page.locator("[data-code=numbering-gap] [data-testid=issue]").count()).toBe(2);
    expect(await page.locator("[data-code=department-duplicate] [data-testid=issue]").count()).toBe(
      2
    );
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "test-output", "preview-sample.png") });
    expect(seen.outside).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test("clicking an issue selects its cell in the grid and scrolls to it", async () => {
    const { page } = await newPage();
    await validateSample(page);
    await page.click("[data-testid=issue][data-cell=F99]");
    await page.waitForSelector("td.selected");
    expect(await page.getAttribute("td.selected", "data-cell")).toBe("F99");
    const box = await page.locator("td.selected").boundingBox();
    const view = await page.locator(".grid-box").boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(view!.y - 1);
    expect(box!.y).toBeLessThan(view!.y + view!.height);
    await page.close();
  });

  test("a duplicate's other copy is one click away", async () => {
    const { page } = await newPage();
    await validateSample(page);
    await page.click("[data-code=department-duplicate] [data-testid=related][data-cell=D23]");
    await page.waitForSelector("td.selected[data-cell=D23]");
    await page.close();
  });

  test("validate colours the cells with findings, clear puts every cell back", async () => {
    const { page } = await newPage();
    await page.click("[data-testid=sample]");
    await page.waitForSelector("td[data-cell=F52]");
    const before = await page.$$eval("td", (tds) =>
      tds.map((td) => `${td.getAttribute("data-cell")}|${td.className}|${td.textContent}`)
    );
    await page.click("[data-testid=validate]");
    await page.waitForSelector("td.mark-error");
    expect(
      await page.$$eval("td.mark-error", (tds) => tds.map((t) => t.getAttribute("data-cell")))
    ).toEqual(["F52", "F65", "F98", "F99"]);
    expect(await page.locator("td.mark-warning").count()).toBe(6);
    await page.click("[data-testid=clear]");
    await page.waitForFunction(
      () => document.querySelectorAll("td.mark-error, td.mark-warning").length === 0
    );
    const after = await page.$$eval("td", (tds) =>
      tds.map((td) => `${td.getAttribute("data-cell")}|${td.className}|${td.textContent}`)
    );
    expect(after).toEqual(before);
    await page.close();
  });

  test("switching the language redraws the pane", async () => {
    const { page } = await newPage("ja-JP");
    await validateSample(page);
    expect(await page.textContent("[data-testid=validate]")).toBe("点検");
    await page.selectOption("[data-testid=lang]", "en");
    expect(await page.textContent("[data-testid=validate]")).toBe("Validate");
    expect(await page.textContent("[data-testid=counts]")).toBe("✕Error 4▲Warning 6ｉNote 0");
    expect(await page.textContent("[data-code=narrative-missing] .message >> nth=0")).toBe(
      "Item 22 has no narrative."
    );
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.close();
  });

  test("filters by severity and by department", async () => {
    const { page } = await newPage();
    await validateSample(page);
    await page.selectOption("[data-testid=filter-severity]", "error");
    expect(await page.locator("[data-testid=issue]").count()).toBe(4);
    await page.selectOption("[data-testid=filter-severity]", "all");
    await page.selectOption("[data-testid=filter-department]", "保健センター");
    const shown = await page.$$eval("[data-testid=issue]", (els) =>
      els.map((e) => e.getAttribute("data-cell"))
    );
    expect(shown).toEqual(["D128"]);
    await page.close();
  });

  test("usable by keyboard and at 320 px wide", async () => {
    const { page } = await newPage("en-US", 320);
    await page.click("[data-testid=sample]");
    await page.focus("[data-testid=validate]");
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-testid=issue]");
    const pane = page.locator("[data-testid=pane]");
    const overflow = await pane.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.focus("[data-testid=issue] >> nth=0");
    await page.keyboard.press("Enter");
    await page.waitForSelector("td.selected");
    const outline = await page.$eval(
      "[data-testid=issue]",
      (el) => getComputedStyle(el).outlineStyle
    );
    expect(outline).not.toBe("none");
    await page.close();
  });
});

describe("the ribbon's failure dialog", () => {
  test.each([
    [
      "protected",
      "ja-JP",
      "シートまたはブックが保護されているため変更できません。保護を解除してからやり直してください。",
    ],
    ["cell-edit-mode", "en-US", "A cell is being edited: press Enter or Esc, then try again."],
    ["<img src=x onerror=alert(1)>", "en-US", "That could not be done."],
  ])("kind %s in %s", async (kind, lang, text) => {
    const page = await browser.newPage();
    const seen = watch(page, base);
    await page.goto(`${base}/message.html?kind=${encodeURIComponent(kind)}&lang=${lang}`);
    await page.waitForFunction(
      () => document.querySelector("[data-testid=message]")?.textContent !== ""
    );
    expect(await page.textContent("[data-testid=message]")).toBe(text);
    expect(seen.dialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll("img").length)).toBe(0);
    await page.close();
  });
});

describe("summary sheets in the preview", () => {
  test("insert shows the new sheets as tabs with the counts; inserting again replaces them", async () => {
    const { page, seen } = await newPage();
    await page.click("[data-testid=sample]");
    await page.waitForSelector("[data-testid=insert-summaries]");
    await page.click("[data-testid=insert-summaries]");
    await page.waitForSelector("[data-sheet=基本目標別集計]");
    expect(
      await page.$$eval("[data-testid=tabs] button", (b) => b.map((x) => x.textContent))
    ).toEqual(["R5達成状況", "達成状況データ", "基本目標別集計", "担当課別集計"]);
    await page.click("[data-sheet=基本目標別集計]");
    await page.waitForSelector("table.grid[aria-label=基本目標別集計]");
    const row = await page.$$eval("tr:has(td[data-cell=A5]) td", (tds) =>
      tds.map((t) => t.textContent)
    );
    expect(row).toEqual([
      "I",
      "男女共同参画の意識づくり",
      "19",
      "7",
      "0",
      "19",
      "0",
      "0",
      "0",
      "0",
      "100.0%",
    ]);
    await page.click("[data-testid=insert-summaries]");
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=status]")?.textContent?.startsWith("挿入しました")
    );
    expect(await page.locator("[data-testid=tabs] button").count()).toBe(4);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});

describe("the preview on a user's file", () => {
  test("a full-width rating is fixed in that one cell only", async () => {
    const rows = seedRows()
      .slice(0, 6)
      .map((r, i) => (i === 1 ? { ...r, rating: "Ｂ" } : r));
    const path = await writeWorkbook(join(tempDir(), "fix.xlsx"), rows, {
      sheetName: "修正",
      columns: SEED_COLUMNS,
      legend: SEED_LEGEND,
      fill: "merge",
    });
    const { page } = await newPage();
    await page.setInputFiles("[data-testid=file]", path);
    await page.click("[data-testid=validate]");
    await page.waitForSelector("[data-code=rating-unnormalized]");
    const cell = await page.getAttribute(
      "[data-code=rating-unnormalized] [data-testid=issue]",
      "data-cell"
    );
    const before = await page.$$eval("td", (tds) =>
      tds.map((td) => `${td.getAttribute("data-cell")}=${td.textContent}`)
    );
    expect(before).toContain(`${cell}=Ｂ`);
    await page.click("[data-testid=fix]");
    await page.waitForFunction(() => !document.querySelector("[data-code=rating-unnormalized]"));
    const after = await page.$$eval("td", (tds) =>
      tds.map((td) => `${td.getAttribute("data-cell")}=${td.textContent}`)
    );
    expect(after.filter((x, i) => x !== before[i])).toEqual([`${cell}=B`]);
    // The fix is saved into a copy of the file: that cell changed, every other value and merge as it was.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=save-copy]"),
    ]);
    expect(download.suggestedFilename()).toBe("fix（点検済み）.xlsx");
    const saved = join(tempDir(), "saved.xlsx");
    await download.saveAs(saved);
    const original = loadWorkbookFile(path).readSheet("修正");
    const copy = loadWorkbookFile(saved).readSheet("修正");
    const at = parseAddress(cell!)!;
    expect(copy.values[at.row][at.col]).toBe("B");
    copy.values[at.row][at.col] = original.values[at.row][at.col];
    expect(copy.values).toEqual(original.values);
    expect(copy.merges).toEqual(original.merges);
    await page.close();
  });

  test("cell text and sheet names are shown as text: no markup, no script, no dialog", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("<img src=x onerror=alert(1)>");
    ws.addRow(["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"]);
    ws.addRow([
      "I <b>目標</b>",
      "1 {{constructor.constructor('alert(2)')()}}",
      "1 <script>alert(3)</script>",
      "<img src=x onerror=alert(4)>",
      "<marquee>B",
      "javascript:alert(6)",
    ]);
    ws.addRow([null, null, null, "総務課", "B", null]);
    const path = join(tempDir(), "xss.xlsx");
    await wb.xlsx.writeFile(path);
    const { page, seen } = await newPage("en-US");
    const before = await page.evaluate(() => document.querySelectorAll("script").length);
    await page.setInputFiles("[data-testid=file]", path);
    await page.click("[data-testid=validate]");
    await page.waitForSelector("[data-code=rating-invalid]");
    await page.click("[data-testid=issue] >> nth=0");
    const messages = await page.$$eval("[data-testid=issue] .message", (els) =>
      els.map((e) => e.textContent).join("\n")
    );
    expect(messages).toContain('Rating "<marquee>B" is not a code of the legend');
    expect(await page.textContent("[data-testid=tabs] button")).toBe(
      "<img src=x onerror=alert(1)>"
    );
    expect(await page.textContent("td[data-cell=C2]")).toBe("1 <script>alert(3)</script>");
    expect(await page.textContent("td[data-cell=F2]")).toBe("javascript:alert(6)");
    const injected = await page.evaluate(() => ({
      img: document.querySelectorAll("img").length,
      marquee: document.querySelectorAll("marquee").length,
      b: document.querySelectorAll("b").length,
      links: document.querySelectorAll("a").length,
      scripts: document.querySelectorAll("script").length,
    }));
    expect(injected).toEqual({ img: 0, marquee: 0, b: 0, links: 0, scripts: before });
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.outside).toEqual([]);
    await page.close();
  });

  test("a sheet whose header words are unknown can be mapped by hand, and is then checked", async () => {
    const csv = [
      "列1,列2,列3,列4,列5,列6",
      "I 目標,1 施策,1 項目,総務課,B,講座を開いた。",
      ",,2 項目,企画課,Z,",
    ].join("\n");
    const { page } = await newPage("en-US");
    await page.setInputFiles("[data-testid=file]", {
      name: "unknown.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    await page.click("[data-testid=validate]");
    await page.waitForSelector("[data-code=header-not-found]");
    await page.waitForSelector("[data-testid=columns]");
    await page.fill("#achv-header-row", "1");
    for (const [field, col] of [
      ["goal", "0"],
      ["measure", "1"],
      ["item", "2"],
      ["department", "3"],
      ["rating", "4"],
      ["narrative", "5"],
    ]) {
      await page.selectOption(`#achv-col-${field}`, col);
    }
    await page.click("[data-testid=save-columns]");
    await page.waitForSelector("[data-code=rating-invalid]");
    expect(
      await page.$$eval("[data-testid=issue]", (els) =>
        els.map((e) => `${e.getAttribute("data-code")} ${e.getAttribute("data-cell")}`)
      )
    ).toEqual(["rating-invalid E3", "narrative-missing F3", "scale-default E1"]);
    await page.close();
  });

  test("a file that is not a workbook gets one clear message", async () => {
    const { page } = await newPage("en-US");
    await page.setInputFiles("[data-testid=file]", {
      name: "notes.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("hello"),
    });
    await page.waitForSelector("#message.error");
    expect(await page.textContent("#message")).toBe(
      "Not an Excel workbook (.xlsx) or a CSV file: notes.xlsx"
    );
    await page.close();
  });
  test("a sample with stray cells at XFD1 and A100000 opens, checks and draws a bounded grid", async () => {
    const { unzipSync, zipSync, strToU8 } = await import("fflate");
    const parts = unzipSync(new Uint8Array(readFileSync(join(ROOT, "samples", "plan-r5.xlsx"))));
    const sheet = "xl/worksheets/sheet1.xml";
    const xml = new TextDecoder()
      .decode(parts[sheet])
      .replace("</row>", '<c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>')
      .replace(
        "</sheetData>",
        '<row r="100000"><c r="A100000" t="inlineStr"><is><t>y</t></is></c></row></sheetData>'
      );
    parts[sheet] = strToU8(xml);
    const { page, seen } = await newPage("en-US");
    await page.setInputFiles("[data-testid=file]", {
      name: "stray.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(zipSync(parts)),
    });
    await page.click("[data-testid=validate]");
    await page.waitForSelector("[data-code=narrative-missing]");
    // 256 columns and the corner; every row of the plan is drawn.
    expect(await page.locator("[data-testid=grid] thead th").count()).toBe(257);
    expect(await page.locator("td[data-cell=F99]").count()).toBe(1);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
  /** The sample's parts, unzipped, to be changed and zipped again. */
  async function sampleParts() {
    const { unzipSync } = await import("fflate");
    return unzipSync(new Uint8Array(readFileSync(join(ROOT, "samples", "plan-r5.xlsx"))));
  }

  /** The sample with its sheet's declared size moved by `by` bytes from what it inflates to. */
  async function sheetDeclaring(by: number) {
    const { zipSync } = await import("fflate");
    const { declareSize } = await import("../helpers/bad-zips");
    const parts = await sampleParts();
    const sheet = "xl/worksheets/sheet1.xml";
    return Buffer.from(declareSize(zipSync(parts), sheet, parts[sheet].length + by));
  }

  /** The sample's findings as the page lists them, for the file given (the sample itself when none). */
  async function findingsOf(page: Page, file?: { name: string; buffer: Buffer }) {
    if (file)
      await page.setInputFiles("[data-testid=file]", {
        ...file,
        mimeType: "application/octet-stream",
      });
    else await page.click("[data-testid=sample]");
    await page.click("[data-testid=validate]");
    await page.waitForSelector("[data-testid=issue]");
    return page.locator("[data-testid=issue]").allTextContents();
  }

  test("parts written in UTF-16 (as XML allows) are read in the page as in UTF-8: the same findings", async () => {
    const { zipSync } = await import("fflate");
    const parts = await sampleParts();
    for (const name of ["xl/workbook.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"]) {
      const xml = Buffer.from(parts[name])
        .toString("utf8")
        .replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
      parts[name] = new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, "utf16le")]);
    }
    const { page, seen } = await newPage("en-US");
    const sample = await findingsOf(page);
    // The seed's 4 errors and 6 warnings (the first test above), then the same from UTF-16.
    expect(sample).toHaveLength(10);
    const utf16 = await findingsOf(page, {
      name: "utf16.xlsx",
      buffer: Buffer.from(zipSync(parts)),
    });
    expect(utf16).toEqual(sample);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test("a sheet that inflates to more than its zip directory declares is refused as too large", async () => {
    const lying = await sheetDeclaring(-1000);
    const { page, seen } = await newPage("en-US");
    await page.setInputFiles("[data-testid=file]", {
      name: "lying.xlsx",
      mimeType: "application/octet-stream",
      buffer: lying,
    });
    await page.waitForSelector("#message.error");
    expect(await page.textContent("#message")).toBe(
      "The workbook is too large (over the limit once uncompressed): lying.xlsx"
    );
    expect(await page.locator("[data-testid=grid]").count()).toBe(0);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test("a damaged sheet after a good workbook: the reason is shown and the old workbook is put away", async () => {
    // The sheet part inflates to less than it declares: damaged, found only when the sheet is read.
    const damaged = await sheetDeclaring(1000);
    const { page, seen } = await newPage("en-US");
    await validateSample(page);
    await page.setInputFiles("[data-testid=file]", {
      name: "damaged.xlsx",
      mimeType: "application/octet-stream",
      buffer: damaged,
    });
    await page.waitForSelector("#message.error");
    expect(await page.textContent("#message")).toBe(
      "The workbook is damaged or cut short: damaged.xlsx"
    );
    expect(await page.locator("[data-testid=grid]").count()).toBe(0);
    expect(await page.locator("[data-testid=issue]").count()).toBe(0);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
