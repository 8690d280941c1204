import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../helpers/workbooks";

/** Run one test file as `npm test` would, with a tool pointed at a path that does not exist. */
function jestWithout(file: string, env: Record<string, string>) {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules", "jest", "bin", "jest.js"), file],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ...env },
      // A hang would show as a kill at this limit, not as a finished run.
      timeout: 150_000,
    }
  );
  return { status: r.status, signal: r.signal, output: r.stdout + r.stderr };
}

describe("tests that need a browser or LibreOffice, on a machine without them", () => {
  test("without Chromium: the browser tests fail at once with one line saying what to install, and the run ends", () => {
    const r = jestWithout("test/preview/preview.browser.test.ts", {
      CHROMIUM_PATH: "/nonexistent/chromium",
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.output).toContain(
      "Chromium not found at /nonexistent/chromium: apt-get install -y chromium, or set CHROMIUM_PATH"
    );
  }, 180_000);

  test("without LibreOffice: the recalculation test says what to install, not spawn ENOENT", () => {
    const r = jestWithout("test/xlsx/write-summary.test.ts", {
      SOFFICE_PATH: "/nonexistent/soffice",
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.output).toContain(
      "LibreOffice not found (/nonexistent/soffice): apt-get install -y libreoffice-calc-nogui"
    );
    expect(r.output).not.toContain("ENOENT");
  }, 180_000);
});
