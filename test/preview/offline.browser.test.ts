import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM } from "../helpers/browser";
import { ROOT, SAMPLE_XLSX } from "../helpers/workbooks";

const PAGE = join(ROOT, "dist", "offline", "達成状況チェック.html");
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(PAGE))
    throw new Error("dist/offline is not built: run `npm run build` (npm test does it first)");
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
    ],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe("the offline page (dist/offline), opened from a folder", () => {
  test("works from file:// with every network request refused: same checks, same save", async () => {
    const context = await browser!.newContext({
      locale: "ja-JP",
      offline: true,
      acceptDownloads: true,
    });
    const requests: string[] = [];
    // Anything but the page's own files is refused, and noted.
    await context.route("**/*", (route) => {
      if (route.request().url().startsWith("file:")) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(pathToFileURL(PAGE).href);
    await page.waitForSelector("body[data-ready=true]");
    expect(await page.textContent("[data-testid=intro]")).toContain(
      "ネットワークにつながっていなくても使えます"
    );
    await page.setInputFiles("[data-testid=file]", SAMPLE_XLSX);
    await page.click("[data-testid=validate]");
    await page.waitForSelector("[data-testid=issue]");
    expect(
      await page.$$eval("[data-code=narrative-missing] [data-testid=issue]", (els) =>
        els.map((e) => e.getAttribute("data-cell"))
      )
    ).toEqual(["F52", "F65", "F98", "F99"]);
    await page.click("[data-testid=insert-summaries]");
    await page.waitForSelector("[data-sheet=基本目標別集計]");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=save-copy]"),
    ]);
    expect(download.suggestedFilename()).toBe("plan-r5（点検済み）.xlsx");
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
