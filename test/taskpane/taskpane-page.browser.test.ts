import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { openPreview, watch, type Preview } from "../helpers/browser";

const OFFICE_JS = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
let preview: Preview | undefined;

beforeAll(async () => {
  preview = await openPreview();
});
afterAll(async () => {
  await preview?.close();
});

describe("taskpane.html", () => {
  test("loads Office.js under its CSP with no console error (Office.js frames its telemetry proxy)", async () => {
    const { browser, base } = preview!;
    const context = await browser.newContext();
    let telemetry: () => void = () => undefined;
    const telemetryAsked = new Promise<void>((resolve) => (telemetry = resolve));
    // Office.js from its npm package in place of Microsoft's CDN; every other request off the machine refused.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.includes("telemetry")) telemetry();
      if (url.startsWith(base)) return route.continue();
      if (url.startsWith(CDN))
        return route.fulfill({
          body: readFileSync(join(OFFICE_JS, url.slice(CDN.length))),
          contentType: "text/javascript",
        });
      return route.abort();
    });
    const page = await context.newPage();
    const seen = watch(page, base);
    page.on("console", (m) => m.type() === "error" && telemetry());
    await page.goto(`${base}/taskpane.html`);
    await page.waitForFunction(() => (document.getElementById("app")?.textContent ?? "") !== "");
    // Office.js asks for its telemetry frame a while after it has started: wait for the request, or the refusal.
    await telemetryAsked;
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
