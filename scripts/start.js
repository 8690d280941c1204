#!/usr/bin/env node
/*
 * `npm start`: start the dev server and sideload manifest.xml into desktop Excel (Windows or Mac).
 * `npm stop`:  unregister the add-in and stop the dev server `npm start` started.
 *
 * office-addin-debugging's own CLI logs its failures and exits 0, and its stop kills only the shell
 * that wrapped webpack. Here every failure is one line and a non-zero exit, the dev server is webpack
 * itself in a process group of its own (its pid kept in dist/dev-server.json), and stop ends that group.
 */
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");
const { devServerHttps } = require("./start-certs");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const STATE = process.env.ACHV_DEV_SERVER_STATE || path.join(ROOT, "dist", "dev-server.json");
const LOG = path.join(path.dirname(STATE), "dev-server.log");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
/** webpack's first compile of the pane and preview; a slow laptop needs a while. */
const START_TIMEOUT_MS = 180000;

class StartError extends Error {}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** office-addin-debugging, or one line saying why it cannot load. */
function debugging() {
  try {
    return require("office-addin-debugging");
  } catch (e) {
    const missing = /Cannot find module '([^']+)'/.exec(e.message);
    throw new StartError(
      missing
        ? `office-addin-debugging cannot load: the package ${missing[1]} is not installed (npm install --no-save ${missing[1]} puts it in)`
        : `office-addin-debugging cannot load: ${e.message.split("\n")[0]}`
    );
  }
}

/** True when something answers https on localhost:port. */
function answering(port) {
  return new Promise((resolve) => {
    const req = https.get(
      { host: "localhost", port, path: "/", rejectUnauthorized: false, timeout: 5000 },
      (res) => {
        res.resume();
        resolve(true);
      }
    );
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
  });
}

function readState() {
  try {
    return JSON.parse(fs.readFileSync(STATE, "utf8"));
  } catch {
    return null;
  }
}

/** The dev server's own error line from its log, else its last line. */
function lastLogLine() {
  try {
    const lines = fs
      .readFileSync(LOG, "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    return (
      lines.find((l) => /^\w*Error\b|^\[webpack-cli\]|^ERROR\b/.test(l)) ||
      lines[lines.length - 1] ||
      "no output"
    );
  } catch {
    return "no output";
  }
}

function groupAlive(pid) {
  try {
    process.kill(process.platform === "win32" ? pid : -pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** End the dev server and everything it started (webpack, its workers). */
async function killGroup(pid) {
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/t", "/f"], { stdio: "ignore" });
    return;
  }
  for (const signal of ["SIGTERM", "SIGKILL"]) {
    try {
      process.kill(-pid, signal);
    } catch {
      return;
    }
    for (let i = 0; i < 50 && groupAlive(pid); i++) await sleep(100);
    if (!groupAlive(pid)) return;
  }
}

/**
 * Start webpack's dev server in its own process group and wait until it answers, or say why it did not.
 * `webpackArgs`: more arguments for webpack serve (the real-Excel suite passes its own --config).
 */
async function startDevServer(webpackArgs = []) {
  // Certificates first, in this terminal: macOS and sudo may ask for a password, which a detached process cannot.
  await devServerHttps();
  fs.mkdirSync(path.dirname(STATE), { recursive: true });
  const out = fs.openSync(LOG, "w");
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const child = spawn(
    process.execPath,
    [webpackCli, "serve", "--mode", "development", ...webpackArgs],
    {
      cwd: ROOT,
      detached: true,
      windowsHide: true,
      stdio: ["ignore", out, out],
      env: { ...process.env, npm_package_config_dev_server_port: String(PORT) },
    }
  );
  fs.closeSync(out);
  let exited = null;
  child.on("exit", (code) => (exited = code ?? "signal"));
  fs.writeFileSync(STATE, JSON.stringify({ pid: child.pid, port: PORT, log: LOG }));
  child.unref();
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== null) break;
    if (await answering(PORT)) return child.pid;
    await sleep(1000);
  }
  await stopDevServer();
  const why = exited !== null ? lastLogLine() : `no answer within ${START_TIMEOUT_MS / 1000} s`;
  throw new StartError(
    `The dev server did not start on https://localhost:${PORT}: ${why} (log: ${LOG})`
  );
}

/** Stop the dev server recorded in the state file; false when there was none. */
async function stopDevServer() {
  const state = readState();
  if (!state || !Number.isInteger(state.pid)) return false;
  await killGroup(state.pid);
  fs.rmSync(STATE, { force: true });
  return true;
}

async function start() {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    throw new StartError(
      `npm start needs Excel on Windows or Mac to sideload into (this is ${process.platform}); here run npm run dev-server and upload manifest.xml in Excel on the web (Home > Add-ins > More Add-ins > Upload My Add-in)`
    );
  }
  const { startDebugging } = debugging();
  let pid = null;
  if (await answering(PORT))
    console.log(
      `A server already answers on https://localhost:${PORT}; using it (npm stop will not stop it).`
    );
  else pid = await startDevServer();
  try {
    await startDebugging(MANIFEST, { appType: "desktop", app: "excel" });
  } catch (e) {
    if (pid !== null) await stopDevServer();
    throw new StartError(
      `Cannot sideload the add-in into Excel: ${String(e.message || e)
        .split("\n")
        .filter(Boolean)
        .join(" ")}`
    );
  }
  console.log(
    `Excel opens with the add-in${pid !== null ? `; the dev server runs at https://localhost:${PORT} (pid ${pid}, log ${LOG})` : ""}. npm stop ends both.`
  );
}

async function stop() {
  let failure = null;
  // Nothing is sideloaded where npm start refuses to run.
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      await debugging().stopDebugging(MANIFEST);
    } catch (e) {
      failure =
        e instanceof StartError
          ? e
          : new StartError(
              `Cannot unregister the add-in: ${String(e.message || e).split("\n")[0]}`
            );
    }
  }
  const state = readState();
  if (await stopDevServer()) console.log(`Stopped the dev server (pid ${state.pid}).`);
  else console.log("No dev server started by npm start is running.");
  if (failure) throw failure;
}

if (require.main === module) {
  const command = process.argv[2] === "stop" ? stop : start;
  command().then(
    () => process.exit(0),
    (e) => {
      console.error(
        e instanceof StartError
          ? e.message
          : `npm ${command === stop ? "stop" : "start"} failed: ${e.message}`
      );
      process.exit(1);
    }
  );
}

module.exports = { startDevServer, stopDevServer };
