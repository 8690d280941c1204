import fc from "fast-check";
import { PROPERTIES } from "../test/helpers/properties";

/** The long tier of the core's property tests: at least 10,000 cases each; prints counts and time. */
const runs = Math.max(10_000, Number(process.argv[2] ?? 10_000));
let failed = 0;
for (const { name, property } of PROPERTIES) {
  const t = process.hrtime.bigint();
  const result = fc.check(property, { numRuns: runs });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (result.failed) failed++;
  process.stdout.write(
    `${result.failed ? "FAIL" : "ok  "} ${result.numRuns} cases in ${seconds.toFixed(1)} s: ${name}\n`
  );
  if (result.failed) process.stdout.write(`${fc.defaultReportMessage(result)}\n`);
}
process.stdout.write(`${PROPERTIES.length - failed} passed, ${failed} failed\n`);
process.exitCode = failed ? 1 : 0;
