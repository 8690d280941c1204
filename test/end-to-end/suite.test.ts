import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/workbooks";
import { refusal, writeLargeWorkbook } from "./excel";

/*
 * What of the real-Excel suite (npm run test:excel, docs/real-excel.md) can be checked without Excel:
 * its test pane builds, its manifest is valid, its large workbook holds 10,000 entries, and off
 * Windows and Mac it refuses at once.
 */
const lines = (text: string) => text.split("\n").filter((l) => l.trim());

describe("real-Excel suite", () => {
  test("the test task pane builds on its own webpack config, with office.js and the sample", () => {
    const run = spawnSync(
      process.execPath,
      [
        require.resolve("webpack-cli/bin/cli.js"),
        "--mode",
        "development",
        "--config",
        "test/end-to-end/webpack.config.js",
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, ADDIN_BASE_URL: "" },
      }
    );
    expect(run.stdout).toContain("compiled successfully");
    const out = join(ROOT, "dist/e2e-web");
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    expect(html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    expect(html).toContain('src="test-taskpane.js"');
    expect(readFileSync(join(out, "test-taskpane.js"), "utf8")).toContain(
      "insertWorksheetsFromBase64"
    );
    expect(existsSync(join(out, "samples/plan-r5.xlsx"))).toBe(true);
  }, 180000);

  test("its manifest passes the schemas and opens the test pane", () => {
    const manifest = join(ROOT, "test/end-to-end/test-manifest.xml");
    const xmllint = spawnSync(
      "xmllint",
      ["--noout", "--schema", join(ROOT, "manifest-schemas/OfficeAppManifestV1_1.xsd"), manifest],
      { encoding: "utf8" }
    );
    expect(xmllint.stderr).toContain("validates");
    expect(readFileSync(manifest, "utf8")).toContain(
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>'
    );
  });

  test("the large workbook it loads into Excel holds 10,000 entries", async () => {
    const file = await writeLargeWorkbook();
    const run = spawnSync(
      process.execPath,
      [join(ROOT, "bin/achv.js"), "validate", file, "--json"],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 256 << 20 }
    );
    expect(JSON.parse(run.stdout).counts.entries).toBe(10000);
  }, 120000);

  test("refuses every platform but Windows and Mac", () => {
    expect(refusal("win32")).toBeNull();
    expect(refusal("darwin")).toBeNull();
    expect(refusal("linux")).toMatch(/needs Excel on Windows or Mac/);
  });

  (process.platform === "linux" ? test : test.skip)(
    "npm run test:excel on Linux prints one line and exits non-zero without hanging",
    () => {
      const t0 = Date.now();
      const run = spawnSync("npm", ["run", "--silent", "test:excel"], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 90000,
      });
      expect(run.status).not.toBe(0);
      expect(run.signal).toBeNull();
      expect(lines(run.stderr)).toEqual([
        "npm run test:excel needs Excel on Windows or Mac to sideload into (this is linux); see docs/real-excel.md",
      ]);
      expect(Date.now() - t0).toBeLessThan(60000);
    },
    90000
  );
});
