#!/usr/bin/env node
"use strict";
/**
 * Builds what is out of date, and only that: `node scripts/build-if-stale.js node web`.
 * - node: tsc -p tsconfig.node.json -> dist/src, dist/scripts (samples, bench), then webpack
 *   --config webpack.cli.js -> dist/cli/achv.js (the `achv` command in one file)
 * - web:  webpack --mode production -> dist/web (task pane, ribbon commands, preview)
 * Each target keeps a hash of its inputs in dist/; the same sources are never built twice.
 * --force builds regardless; --optional (for `prepare`) skips with one line when the
 * dev dependencies that build are not installed (`npm ci --omit=dev`).
 * Plain JavaScript, because it runs before anything is compiled.
 */
const { createHash } = require("node:crypto");
const { spawnSync } = require("node:child_process");
const {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} = require("node:fs");
const { join, relative } = require("node:path");

const ROOT = join(__dirname, "..");
const SHARED = ["package.json", "package-lock.json", "tsconfig.json"];
const TARGETS = {
  node: {
    inputs: [
      ...SHARED,
      "tsconfig.node.json",
      "webpack.cli.js",
      "src/core",
      "src/xlsx",
      "src/cli",
      "scripts",
    ],
    output: "dist/cli/achv.js",
    steps: [
      ["typescript/bin/tsc", ["-p", "tsconfig.node.json"]],
      ["webpack-cli/bin/cli.js", ["--config", "webpack.cli.js"]],
    ],
  },
  web: {
    inputs: [
      ...SHARED,
      "tsconfig.web.json",
      "webpack.config.js",
      "src",
      "assets",
      "samples",
      "test/end-to-end",
    ],
    // The manifest and help page are written for the base URL the build is told.
    env: ["ADDIN_BASE_URL"],
    output: "dist/web/taskpane.html",
    steps: [["webpack-cli/bin/cli.js", ["--mode", "production"]]],
  },
};

function filesUnder(path, out) {
  const full = join(ROOT, path);
  if (!existsSync(full)) return out;
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort())
      if (name !== "node_modules") filesUnder(join(path, name), out);
  } else out.push(path);
  return out;
}

function inputsHash(target) {
  const hash = createHash("sha256");
  for (const file of target.inputs.flatMap((p) => filesUnder(p, []))) {
    hash.update(`${relative(ROOT, join(ROOT, file))}\0`);
    hash.update(readFileSync(join(ROOT, file)));
  }
  for (const name of target.env ?? []) hash.update(`${name}=${process.env[name] ?? ""}\0`);
  return hash.digest("hex");
}

function resolveTool(path) {
  try {
    return require.resolve(path, { paths: [ROOT] });
  } catch {
    return undefined;
  }
}

function main(argv) {
  const force = argv.includes("--force");
  const optional = argv.includes("--optional");
  const names = argv.filter((a) => !a.startsWith("--"));
  const unknown = names.filter((n) => !TARGETS[n]);
  if (names.length === 0 || unknown.length > 0) {
    process.stderr.write(
      `build-if-stale: name targets from ${Object.keys(TARGETS).join(", ")}${unknown.length ? ` (not ${unknown.join(", ")})` : ""}\n`
    );
    return 2;
  }
  for (const name of names) {
    const target = TARGETS[name];
    const stamp = join(ROOT, "dist", `.inputs-${name}`);
    const hash = inputsHash(target);
    if (
      !force &&
      existsSync(join(ROOT, target.output)) &&
      existsSync(stamp) &&
      readFileSync(stamp, "utf8") === hash
    ) {
      process.stderr.write(`${name}: up to date\n`);
      continue;
    }
    for (const [tool, args] of target.steps) {
      const bin = resolveTool(tool);
      if (!bin) {
        if (optional) {
          process.stderr.write(
            `${name}: not built (${tool.split("/")[0]} is a dev dependency; install with \`npm ci\`, or use the packed tarball)\n`
          );
          return 0;
        }
        process.stderr.write(
          `build-if-stale: ${tool.split("/")[0]} is not installed: run \`npm ci\` first\n`
        );
        return 2;
      }
      const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, stdio: "inherit" });
      if (r.status !== 0) return r.status ?? 1;
    }
    mkdirSync(join(ROOT, "dist"), { recursive: true });
    writeFileSync(stamp, hash);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
