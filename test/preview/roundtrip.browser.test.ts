import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { unzipSync } from "fflate";
import { axeViolations, openPreview, type Preview } from "../helpers/browser";
import { SAMPLE_XLSX, seedRows, tempDir } from "../helpers/workbooks";
import { editForm, rowsOfItem } from "../helpers/roundtrip";
import { loadWorkbookFile } from "../../src/xlsx/load-file";

// The sample's columns, as a department sees them in its form: C item, E rating, F narrative.
const ITEM = 3;
const RATING = 5;
const NARRATIVE = 6;

let preview: Preview | undefined;

beforeAll(async () => {
  preview = await openPreview();
});
afterAll(async () => {
  await preview?.close();
});

const newPage = () => preview!.openPage({ locale: "ja-JP" });

const status = (page: Page) => page.textContent("[data-testid=status]");
const statusChange = (page: Page, before: string | null) =>
  page.waitForFunction((was) => {
    const now = document.querySelector("[data-testid=status]")?.textContent ?? "";
    return now !== was && !now.endsWith("…");
  }, before);

describe("the department round trip in the browser page", () => {
  test("makes every department's form as one zip, imports two returned forms: only their answer cells change, marked; the report and status sheet follow; the saved copy holds the answers", async () => {
    const dir = tempDir();
    const { page, seen } = await newPage();
    await page.setInputFiles("[data-testid=file]", SAMPLE_XLSX);
    await page.waitForSelector("[data-testid=roundtrip]");
    await page.click("[data-testid=roundtrip] summary");
    await page.fill("[data-testid=deadline]", "2026-06-30");
    await page.dispatchEvent("[data-testid=deadline]", "change");

    const [zip] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=make-forms]"),
    ]);
    const day = new Date().toISOString().slice(0, 10);
    expect(zip.suggestedFilename()).toBe(`回答票_${day}.zip`);
    const files = unzipSync(new Uint8Array(readFileSync(await zip.path())));
    // The seed names 21 departments; a cell naming two (item 29) puts its row in both forms.
    const departments = new Set(
      seedRows().flatMap((r) => r.department.split("\n").filter(Boolean))
    );
    const formOf = new Map(
      Object.keys(files).map((name) => [name.replace(/^\d+_|\.xlsx$/g, ""), name])
    );
    expect(new Set(formOf.keys())).toEqual(departments);
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=status]")?.textContent?.includes("回答票")
    );
    expect(await status(page)).toBe(
      `${departments.size} 課の回答票を「回答票_${day}.zip」にまとめて保存しました。`
    );

    // 女性センター rates item 4 A (it was D) and rewrites item 2's narrative; 学校教育課 returns its form unchanged.
    const centre = await editForm(files[formOf.get("女性センター")!], (ws) => {
      rowsOfItem(ws, ITEM, 4)[0].getCell(RATING).value = "A";
      rowsOfItem(ws, ITEM, 2)[0].getCell(NARRATIVE).value = "講座を3回開催した。";
    });
    const seed = seedRows();
    const item4 = seed.find((r) => r.item.startsWith("4 ") && r.department === "女性センター")!;
    expect(item4.rating).not.toBe("A");
    const school = files[formOf.get("学校教育課")!];
    const before = await status(page);
    await page.setInputFiles("[data-testid=answer-files]", [
      {
        name: "女性センター.xlsx",
        mimeType: "application/octet-stream",
        buffer: Buffer.from(centre),
      },
      {
        name: "学校教育課.xlsx",
        mimeType: "application/octet-stream",
        buffer: Buffer.from(school),
      },
    ]);
    await statusChange(page, before);
    expect(await status(page)).toBe(
      "2 件の回答票を取り込みました: 達成度 1 セル、取組状況 1 セル。書き込んだセルに印を付けました。"
    );

    // The grid shows the written cells, marked for review.
    const plan = loadWorkbookFile(SAMPLE_XLSX);
    const sheet = plan.readSheet(plan.sheetNames[0]);
    const find = (pred: (text: string) => boolean, col: number) => {
      const r = sheet.values.findIndex((row) => pred(String(row[ITEM - 1 - sheet.left] ?? "")));
      return `${String.fromCharCode(64 + col)}${sheet.top + r + 1}`;
    };
    const narrative2 = find((t) => t.startsWith("2 "), NARRATIVE);
    expect(await page.textContent(`td[data-cell=${narrative2}]`)).toBe("講座を3回開催した。");
    expect(await page.getAttribute(`td[data-cell=${narrative2}]`, "class")).toMatch(/mark-info/);

    // The report: per department, sent / answered / with errors / missing.
    const rows = await page.$$eval("[data-testid=answer-status] tbody tr", (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent))
    );
    expect(rows.map((r) => r[0]).sort()).toEqual([...departments].sort());
    const sent = (d: string) => seed.filter((r) => r.department.split("\n").includes(d)).length;
    const centreRow = rows.find((r) => r[0] === "女性センター")!;
    expect(centreRow[1]).toBe(String(sent("女性センター")));
    const silent = rows.find((r) => r[0] === "健康長寿課")!;
    const n = String(sent("健康長寿課"));
    expect(silent.slice(1)).toEqual([n, "0", "0", n]);
    expect(await axeViolations(page)).toEqual([]);

    // The status sheet is inserted like the summaries, and inserted again replaces it.
    for (let n = 0; n < 2; n++) {
      await page.click("[data-testid=insert-status]");
      await page.waitForFunction(() => !document.querySelector(".achv-pane[aria-busy]"));
    }
    expect(await status(page)).toBe("挿入しました: 回答状況");

    const [copy] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=save-copy]"),
    ]);
    const saved = join(dir, "saved.xlsx");
    await copy.saveAs(saved);
    const book = loadWorkbookFile(saved);
    expect(book.sheetNames).toEqual([...plan.sheetNames, "回答状況"]);
    const after = book.readSheet(plan.sheetNames[0]);
    const changed: string[] = [];
    after.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const was = sheet.values[r]?.[c] ?? null;
        if (JSON.stringify(v) !== JSON.stringify(was))
          changed.push(
            `${String.fromCharCode(65 + c + after.left)}${after.top + r + 1}=${String(v)}`
          );
      })
    );
    const rating4 = find((t) => t.startsWith("4 "), RATING);
    expect(changed.sort()).toEqual([`${narrative2}=講座を3回開催した。`, `${rating4}=A`].sort());
    expect(seen.errors).toEqual([]);
    expect(seen.outside).toEqual([]);
    await page.close();
    // The whole yearly flow in one page: split, two forms edited in ExcelJS, import, status sheet twice, save.
  }, 240_000);

  test("a file that is no form, or no workbook, is refused in one message and nothing is written", async () => {
    const { page, seen } = await newPage();
    await page.setInputFiles("[data-testid=file]", SAMPLE_XLSX);
    await page.waitForSelector("[data-testid=roundtrip]");
    await page.click("[data-testid=roundtrip] summary");
    let before = await status(page);
    await page.setInputFiles("[data-testid=answer-files]", SAMPLE_XLSX);
    await statusChange(page, before);
    expect(await status(page)).toBe(
      "「plan-r5.xlsx」はこの画面で作った回答票ではありません（キーの列がありません）。何も書き込んでいません。"
    );
    before = await status(page);
    await page.setInputFiles("[data-testid=answer-files]", {
      name: "memo.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("not a workbook"),
    });
    await statusChange(page, before);
    expect(await status(page)).toMatch(/memo\.xlsx.*（何も書き込んでいません）$/);
    expect(await page.locator("[data-testid=merge-report]").count()).toBe(0);
    expect(await page.locator("td[class*=mark-info]").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
