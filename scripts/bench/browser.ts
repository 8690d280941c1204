/// <reference lib="dom" />
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { startPreviewServer } from "../serve-preview";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { benchSnapshot, snapshotToXlsx } from "./sheets";

/** The bench sheets' rating column (達成度: A–D, the legend's codes). */
const RATING_COLUMN = 4;

/** What one size measured in the browser page. */
export interface PageMeasure {
  entries: number;
  /** Findings listed by the pane. */
  findings: number;
  /** From choosing the file to the pane being ready, and from then (点検 clicked at once) to the findings painted (ms). */
  openMs: number;
  checkMs: number;
  /** From choosing the file to the findings painted: openMs + checkMs. */
  shownMs: number;
  /** The longest task on the page's main thread, and how many took over 100 ms (PerformanceObserver "longtask"). */
  longestTaskMs: number;
  tasksOver100: number;
  /** Whether the progress label was on screen before the work ended. */
  progressShown: boolean;
}

/** Every 20th rating written full-width (Ｂ for B), as staff type them: a findings list to draw, each with its fix. */
export function withFindings(snapshot: SheetSnapshot): SheetSnapshot {
  let ratings = 0;
  const values = snapshot.values.map((row) =>
    row.map((v, c) =>
      c === RATING_COLUMN && typeof v === "string" && /^[A-D]$/.test(v) && ratings++ % 20 === 0
        ? String.fromCharCode(v.charCodeAt(0) + 0xfee0)
        : v
    )
  );
  return { ...snapshot, values };
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
  const dir = mkdtempSync(join(tmpdir(), "achv-bench-page-"));
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
      // Chosen by path, as a person picks a file: the page gets it as the browser reads it, not through the harness.
      const file = join(dir, `bench-${entries}.xlsx`);
      writeFileSync(file, snapshotToXlsx(withFindings(benchSnapshot(entries))));
      // Waits look once every 50 ms with one query, so the harness adds no long task of its own.
      const until = (selector: string) =>
        page.waitForFunction((s) => document.querySelector(s) !== null, selector, {
          polling: 50,
          timeout: 600_000,
        });
      const start = Date.now();
      await page.setInputFiles("[data-testid=file]", file);
      await until("[data-testid=validate]:not([disabled])");
      const openMs = Date.now() - start;
      await page.click("[data-testid=validate]");
      await until("[data-testid=read-info]");
      // Painted: the frame after the list went into the page has been drawn.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      );
      const shownMs = Date.now() - start;
      // Long tasks are reported after they end; the grid's first window is part of the run too.
      await until("[data-testid=grid] td");
      await page.waitForTimeout(300);
      const { longTasks, progressSeen } = await page.evaluate(() => {
        const w = globalThis as unknown as { longTasks: number[]; progressSeen: boolean };
        return { longTasks: w.longTasks, progressSeen: w.progressSeen };
      });
      const findings = await page.locator("[data-testid=issue]").count();
      measures.push({
        entries,
        findings,
        openMs,
        checkMs: shownMs - openMs,
        shownMs,
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
