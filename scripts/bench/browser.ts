/// <reference lib="dom" />
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
  /**
   * Timed in the page (performance.now() in its own event listeners and frames), so that the
   * harness's round trips to the browser are not counted: from the file input's change to the
   * first frame with 点検 enabled, and from the click on 点検 to the first frame with the findings.
   */
  openMs: number;
  checkMs: number;
  /** What a user waits for, their own click aside: openMs + checkMs. */
  shownMs: number;
  /** The longest task on the page's main thread, and how many took over 100 ms (PerformanceObserver "longtask"). */
  longestTaskMs: number;
  tasksOver100: number;
  /** Whether the progress label was on screen before the work ended. */
  progressShown: boolean;
}

/** What the page records of itself while the bench drives it. */
interface Timing {
  longTasks: number[];
  progressSeen: boolean;
  at: { chosen?: number; ready?: number; clicked?: number; shown?: number };
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
        const w = globalThis as unknown as Timing;
        w.longTasks = [];
        w.progressSeen = false;
        w.at = {};
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => w.longTasks.push(e.duration))
        ).observe({ type: "longtask" });
        const at = w.at;
        const on = (type: string, selector: string, mark: keyof Timing["at"]) =>
          document.addEventListener(
            type,
            (e) => {
              if ((e.target as Element).closest(selector)) at[mark] ??= performance.now();
            },
            true
          );
        on("change", "[data-testid=file]", "chosen");
        on("click", "[data-testid=validate]", "clicked");
        // Each frame: whether the progress is on screen, and the first frame after each step.
        const look = () => {
          const p = document.querySelector("[data-testid=progress]") as HTMLElement | null;
          if (p && !p.hidden) w.progressSeen = true;
          const validate = document.querySelector(
            "[data-testid=validate]"
          ) as HTMLButtonElement | null;
          if (at.chosen !== undefined && validate && !validate.disabled)
            at.ready ??= performance.now();
          if (at.clicked !== undefined && document.querySelector("[data-testid=read-info]"))
            at.shown ??= performance.now();
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
      await page.setInputFiles("[data-testid=file]", file);
      await until("[data-testid=validate]:not([disabled])");
      await page.click("[data-testid=validate]");
      await until("[data-testid=read-info]");
      // Long tasks are reported after they end; the grid's first window is part of the run too.
      await until("[data-testid=grid] td");
      await page.waitForTimeout(300);
      const { longTasks, progressSeen, at } = await page.evaluate(() => {
        const w = globalThis as unknown as Timing;
        return { longTasks: w.longTasks, progressSeen: w.progressSeen, at: w.at };
      });
      const openMs = at.ready! - at.chosen!;
      const checkMs = at.shown! - at.clicked!;
      const findings = await page.locator("[data-testid=issue]").count();
      measures.push({
        entries,
        findings,
        openMs: Math.round(openMs),
        checkMs: Math.round(checkMs),
        shownMs: Math.round(openMs + checkMs),
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
    rmSync(dir, { recursive: true, force: true });
  }
  return measures;
}
