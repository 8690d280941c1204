import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/workbooks";

const page = (name: string) => readFileSync(join(ROOT, "dist", "web", name), "utf8");

describe("the built pages", () => {
  test.each(["taskpane.html", "commands.html", "preview.html", "message.html"])(
    "%s: a Content-Security-Policy with no inline script and no eval",
    (name) => {
      const html = page(name);
      const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1];
      expect(csp).toBeDefined();
      const scriptSrc = /script-src ([^;]+)/.exec(csp!)?.[1] ?? "";
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toMatch(/object-src 'none'/);
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)];
      expect(inline).toEqual([]);
    }
  );

  test("the preview loads nothing from outside; the pane only Office.js from Microsoft's CDN", () => {
    const outside = (html: string) =>
      [...html.matchAll(/(?:src|href)=["']?(https?:[^"' >]+)/g)].map((m) => m[1]);
    expect(outside(page("preview.html"))).toEqual([]);
    expect(page("preview.html")).not.toMatch(/office\.js/);
    expect(outside(page("taskpane.html"))).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
    expect(page("preview.html")).toMatch(/connect-src 'self'/);
  });
});
