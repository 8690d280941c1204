import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { startPreviewServer } from "../../scripts/serve-preview";
import { ROOT } from "./workbooks";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Preview {
  browser: Browser;
  server: Server;
  base: string;
  /** Closes the browser and the server (with its open connections), whatever state they are in. */
  close(): Promise<void>;
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
  const close = async () => {
    await browser.close().catch(() => undefined);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { browser, server, base, close };
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
