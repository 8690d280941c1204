#!/usr/bin/env node
"use strict";
// A reader that stops early (`achv validate x --json | head`) closes the pipe: end quietly, not with a stack trace.
process.stdout.on("error", (e) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const built = join(__dirname, "..", "dist", "cli", "achv.js");
if (!existsSync(built)) {
  // A checkout installed without dev dependencies has nothing compiled: say how to get a working command.
  process.stderr.write(
    "achv: not built: run `npm ci` (with dev dependencies) in the project, or install the packed tarball (`npm pack`)\n"
  );
  process.exit(2);
}
const { runAchv } = require(built);
runAchv(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
