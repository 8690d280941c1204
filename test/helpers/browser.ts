import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { startPreviewServer } from "../../scripts/serve-preview";
import { ROOT } from "./workbooks";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Preview {
  browser: Browser;
  server: Server;
  base: string;
  /** Opens the preview page in a context of its own, closed (and awaited) by `close`. */
  openPage(options: PageOptions): Promise<{ page: Page; seen: ReturnType<typeof watch> }>;
  /** Closes the pages' contexts, then the browser and the server (with its open connections). */
  close(): Promise<void>;
}

export interface PageOptions {
  locale: string;
  width?: number;
  height?: number;
}

/**
 * The built preview served on loopback, and Debian's chromium driven headless. The browser is
 * launched first, so a missing chromium leaves no server behind to keep the test run alive.
 */
export async function openPreview(): Promise<Preview> {
  if (!existsSync(join(ROOT, "dist", "web", "preview.html")))
    throw new Error("dist/web is not built: run `npm run build` (npm test does it first)");
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH to a Chromium or Chrome binary`
    );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
  let server: Server;
  try {
    server = await startPreviewServer(0, join(ROOT, "dist", "web"));
  } catch (e) {
    await browser.close();
    throw e;
  }
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A context closed while the browser closes rejects with "Target closed", and jest pins that
  // rejection on every test of the file: contexts are closed here, awaited, before the browser.
  const contexts = new Set<BrowserContext>();
  const openPage = async ({ locale, width = 1400, height = 900 }: PageOptions) => {
    const context = await browser.newContext({
      locale,
      viewport: { width, height },
      acceptDownloads: true,
    });
    contexts.add(context);
    const page = await context.newPage();
    const seen = watch(page, base);
    await page.goto(`${base}/preview.html`);
    await page.waitForSelector("body[data-ready=true]");
    return { page, seen };
  };
  const close = async () => {
    await Promise.all([...contexts].map((c) => c.close().catch(() => undefined)));
    await browser.close().catch(() => undefined);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { browser, server, base, openPage, close };
}

/** Everything a page does that a user would not want: requests off the machine, errors, dialogs. */
export function watch(page: Page, base: string) {
  const outside: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:") && !r.url().startsWith("blob:"))
      outside.push(r.url());
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { outside, errors, dialogs };
}

/** WCAG 2.1 A and AA: what the pane and the page promise, checked in the state they are in now. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
