/// <reference lib="dom" />
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { startPreviewServer } from "../serve-preview";
import { benchSnapshot, snapshotToXlsx } from "./sheets";

/** What one size measured in the browser page. */
export interface PageMeasure {
  entries: number;
  /** From choosing the file to the pane being ready, and from 点検 to the findings shown (ms). */
  openMs: number;
  checkMs: number;
  /** The longest task on the page's main thread, and how many took over 100 ms (PerformanceObserver "longtask"). */
  longestTaskMs: number;
  tasksOver100: number;
  /** Whether the progress label was on screen before the work ended. */
  progressShown: boolean;
}

/**
 * The preview page in headless Chromium on a plan of each size: how long opening and checking take,
 * and how long the page's main thread is held (long tasks freeze scrolling and clicks). Returns null
 * with a reason when the page is not built or Chromium is missing.
 */
export async function measurePage(sizes: number[]): Promise<PageMeasure[] | string> {
  const web = join(__dirname, "..", "..", "web");
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(join(web, "preview.html"))) return "dist/web is not built (npm run build)";
  if (!existsSync(chromiumPath)) return `no Chromium at ${chromiumPath} (set CHROMIUM_PATH)`;
  // A dev dependency: loaded only when the browser part runs.
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  const server = await startPreviewServer(0, web);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const measures: PageMeasure[] = [];
  try {
    for (const entries of sizes) {
      const page = await browser.newPage({
        locale: "ja-JP",
        viewport: { width: 1400, height: 900 },
      });
      await page.goto(`${base}/preview.html`);
      await page.waitForSelector("body[data-ready=true]");
      await page.evaluate(() => {
        const w = globalThis as unknown as { longTasks: number[]; progressSeen: boolean };
        w.longTasks = [];
        w.progressSeen = false;
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => w.longTasks.push(e.duration))
        ).observe({ type: "longtask" });
        // The progress is seen if it is on screen at any frame while the page works.
        const look = () => {
          const p = document.querySelector("[data-testid=progress]") as HTMLElement | null;
          if (p && !p.hidden) w.progressSeen = true;
          requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      const bytes = Buffer.from(snapshotToXlsx(benchSnapshot(entries)));
      let t = Date.now();
      await page.setInputFiles("[data-testid=file]", {
        name: `bench-${entries}.xlsx`,
        mimeType: "application/octet-stream",
        buffer: bytes,
      });
      await page.waitForSelector("[data-testid=validate]:not([disabled])", { timeout: 600_000 });
      const openMs = Date.now() - t;
      t = Date.now();
      await page.click("[data-testid=validate]");
      await page.waitForSelector("[data-testid=read-info]", { timeout: 600_000 });
      const checkMs = Date.now() - t;
      // Long tasks are reported after they end.
      await page.waitForTimeout(200);
      const { longTasks, progressSeen } = await page.evaluate(() => {
        const w = globalThis as unknown as { longTasks: number[]; progressSeen: boolean };
        return { longTasks: w.longTasks, progressSeen: w.progressSeen };
      });
      measures.push({
        entries,
        openMs,
        checkMs,
        longestTaskMs: Math.max(0, ...longTasks),
        tasksOver100: longTasks.filter((d) => d > 100).length,
        progressShown: progressSeen,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
  return measures;
}
