import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, SAMPLE_XLSX, tempDir } from "../helpers/workbooks";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  // The test's own npm environment (npm_config_* from `npm test`) must not steer the install.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    env: { ...clean, ...env },
    timeout: 240_000,
  });
}

describe("the packed command, installed as a user would", () => {
  test("npm pack, then npm install -g in a fresh prefix without dev dependencies: achv runs", () => {
    const dir = tempDir();
    const pack = run(NPM, ["pack", "--pack-destination", dir, "--json"], ROOT);
    expect(pack.status).toBe(0);
    const [{ filename, files }] = JSON.parse(pack.stdout) as {
      filename: string;
      files: { path: string }[];
    }[];
    const paths = files.map((f) => f.path);
    // The command and its docs, nothing of the tests, the add-in's pages or the sources.
    expect(paths).toEqual(
      expect.arrayContaining([
        "bin/achv.js",
        "dist/cli/achv.js",
        "docs/json-report.md",
        "package.json",
        "README.md",
      ])
    );
    expect(
      paths.filter(
        (p) => p.startsWith("test/") || p.startsWith("src/") || p.startsWith("dist/web/")
      )
    ).toEqual([]);

    const prefix = join(dir, "prefix");
    const install = run(
      NPM,
      [
        "install",
        "-g",
        "--prefix",
        prefix,
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        join(dir, filename),
      ],
      dir
    );
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.status).toBe(0);
    const modules = join(prefix, "lib", "node_modules");
    // Only the runtime dependencies came along.
    expect(existsSync(join(modules, "achievement-check", "node_modules", "typescript"))).toBe(
      false
    );
    expect(readdirSync(modules)).toEqual(["achievement-check"]);

    const achv = join(prefix, "bin", "achv");
    const version = run(achv, ["--version"], dir);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const check = run(achv, ["validate", SAMPLE_XLSX, "--lang", "en"], dir, { LANG: "C" });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("4 goals, 19 measures, 59 items, 128 entries");
  }, 300_000);
});
