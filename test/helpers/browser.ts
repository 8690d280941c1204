import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startPreviewServer } from "../../scripts/serve-preview";
import { ROOT } from "./workbooks";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The built preview served on loopback, and Debian's chromium driven headless. */
export async function openPreview(): Promise<{ browser: Browser; server: Server; base: string }> {
  if (!existsSync(join(ROOT, "dist", "web", "preview.html"))) throw new Error("dist/web is not built: run `npm run build` (npm test does it first)");
  const server = await startPreviewServer(0, join(ROOT, "dist", "web"));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  return { browser, server, base };
}

/** Everything a page does that a user would not want: requests off the machine, errors, dialogs. */
export function watch(page: Page, base: string) {
  const outside: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) outside.push(r.url());
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
