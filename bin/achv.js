#!/usr/bin/env node
"use strict";
const { runAchv } = require("../dist/src/cli/achv.js");
runAchv(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
