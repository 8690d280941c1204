// @ts-nocheck
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSeedWorkbook, sampleBytes } from "../../scripts/make-samples";
import { ROOT, SAMPLE_XLSX } from "../helpers/workbooks";

test("the committed sample is byte for byte what `npm run samples` builds from the seed TSV, run after run", async () => {
  const tsv = join(ROOT, "samples", "plan-r5.tsv");
  const first = Buffer.from(await sampleBytes(await buildSeedWorkbook(tsv)));
  // Zip entries carry a time to the second: a second run in a later second must still match.
  await new Promise((r) => setTimeout(r, 1100));
  const second = Buffer.from(await sampleBytes(await buildSeedWorkbook(tsv)));
  expect(second.equals(first)).toBe(true);
  expect(first.equals(readFileSync(SAMPLE_XLSX))).toBe(true);
});
