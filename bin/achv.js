#!/usr/bin/env node
"use strict";
// A reader that stops early (`achv validate x --json | head`) closes the pipe: end quietly, not with a stack trace.
process.stdout.on("error", (e) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});
const { runAchv } = require("../dist/src/cli/achv.js");
runAchv(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
