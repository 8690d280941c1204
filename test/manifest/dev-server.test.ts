import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { ROOT } from "../helpers/workbooks";

/** A machine like a root container: a fresh home, and no sudo on PATH. */
function freshMachine(extra: Record<string, string> = {}) {
  const home = mkdtempSync(join(tmpdir(), "achv-home-"));
  const path = (process.env.PATH ?? "")
    .split(delimiter)
    .filter((dir) => !existsSync(join(dir, "sudo")))
    .join(delimiter);
  return { home, env: { ...process.env, HOME: home, USERPROFILE: home, PATH: path, ...extra } };
}

const lines = (text: string) => text.split("\n").filter((l) => l.trim());

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

const unix = process.platform === "win32" ? test.skip : test;
const linux = process.platform === "linux" ? test : test.skip;

describe("dev server (npm run dev-server)", () => {
  test("listens on localhost only and, without sudo, serves its certificate anyway and says how to trust it by hand", () => {
    const { home, env } = freshMachine();
    const run = spawnSync(
      process.execPath,
      [
        "-e",
        "require('./webpack.config.js')({ WEBPACK_SERVE: true }, { mode: 'development' }).then((cs) => [].concat(cs).find((c) => c.devServer)).then((c) => console.log(JSON.stringify({ host: c.devServer.host, type: c.devServer.server.type, cert: String(c.devServer.server.options.cert).slice(0, 27) })))",
      ],
      { cwd: ROOT, encoding: "utf8", env }
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(lines(run.stdout).pop()!)).toEqual({
      host: "localhost",
      type: "https",
      cert: "-----BEGIN CERTIFICATE-----",
    });
    const ca = join(home, ".office-addin-dev-certs", "ca.crt");
    expect(existsSync(ca)).toBe(true);
    expect(run.stderr).toContain("not trusted on this machine (sudo is not available");
    expect(run.stderr).toContain(`Trust its CA by hand`);
    expect(run.stderr).toContain(ca);
    expect(run.stderr).toMatch(/update-ca-certificates/);
    expect(run.stderr).toMatch(/certutil -user -addstore Root/);
  });

  test("keeps a certificate the user may have trusted by hand instead of making a new one each start", () => {
    const { home, env } = freshMachine();
    const config = [
      "-e",
      "require('./webpack.config.js')({ WEBPACK_SERVE: true }, { mode: 'development' })",
    ];
    spawnSync(process.execPath, config, { cwd: ROOT, env });
    const first = readFileSync(join(home, ".office-addin-dev-certs", "ca.crt"), "utf8");
    spawnSync(process.execPath, config, { cwd: ROOT, env });
    expect(readFileSync(join(home, ".office-addin-dev-certs", "ca.crt"), "utf8")).toBe(first);
  });
});

describe("npm start / npm stop", () => {
  linux(
    "npm start on Linux says in one line that it needs Excel on Windows or Mac, exits 1, and starts nothing",
    () => {
      const { home, env } = freshMachine();
      const state = join(home, "state.json");
      const t0 = Date.now();
      const run = spawnSync(process.execPath, [join(ROOT, "scripts/start.js")], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...env, ACHV_DEV_SERVER_STATE: state },
        timeout: 30000,
      });
      expect(Date.now() - t0).toBeLessThan(10000);
      expect(run.status).toBe(1);
      expect(lines(run.stderr)).toEqual([
        expect.stringMatching(
          /needs Excel on Windows or Mac .*npm run dev-server .*Upload My Add-in/
        ),
      ]);
      expect(existsSync(state)).toBe(false);
    }
  );

  unix(
    "when the dev server cannot start, start says why in one line, exits 1 and leaves nothing running",
    async () => {
      const blocker: Server = createServer(() => undefined);
      await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
      const port = (blocker.address() as { port: number }).port;
      const { home, env } = freshMachine();
      const state = join(home, "state.json");
      try {
        const run = spawnSync(
          process.execPath,
          [
            "-e",
            "require('./scripts/start.js').startDevServer().then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); })",
          ],
          {
            cwd: ROOT,
            encoding: "utf8",
            env: {
              ...env,
              ACHV_DEV_SERVER_STATE: state,
              npm_package_config_dev_server_port: String(port),
            },
            timeout: 120000,
          }
        );
        expect(run.status).toBe(1);
        expect(lines(run.stderr).pop()).toMatch(
          new RegExp(
            `^The dev server did not start on https://localhost:${port}: Error: listen EADDRINUSE.*\\(log: `
          )
        );
        expect(existsSync(state)).toBe(false);
      } finally {
        blocker.close();
      }
    }
  );

  unix("npm stop ends the dev server's whole process group, not just the wrapper", async () => {
    const { home, env } = freshMachine();
    const state = join(home, "state.json");
    // A wrapper shell with a long-running child, as `npm run dev-server` is to webpack.
    const wrapper = spawn("sh", ["-c", "sleep 300 & sleep 300 & wait"], {
      detached: true,
      stdio: "ignore",
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(groupAlive(wrapper.pid!)).toBe(true);
    writeFileSync(state, JSON.stringify({ pid: wrapper.pid, port: 3000 }));
    const run = spawnSync(process.execPath, [join(ROOT, "scripts/start.js"), "stop"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...env, ACHV_DEV_SERVER_STATE: state },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Stopped the dev server (pid ${wrapper.pid}).`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(groupAlive(wrapper.pid!)).toBe(false);
    expect(existsSync(state)).toBe(false);
  });

  test("npm stop with nothing started says so and succeeds", () => {
    const { home, env } = freshMachine();
    const run = spawnSync(process.execPath, [join(ROOT, "scripts/start.js"), "stop"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...env, ACHV_DEV_SERVER_STATE: join(home, "state.json") },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("No dev server started by npm start is running.");
  });
});
