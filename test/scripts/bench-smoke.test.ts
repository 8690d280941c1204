import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../helpers/workbooks";

/** Keeps `npm run bench` working: tiny sizes, one run, no timing asserted. */
test("the benchmark runs end to end and prints its table and every ratio", () => {
  const r = spawnSync(process.execPath, [join(ROOT, "dist", "scripts", "bench", "run.js"), "--smoke"], { encoding: "utf8", timeout: 120_000 });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/\| core: layout \+ hierarchy \+ rules \+ summaries \(median ms\) \| [\d.]+ \| [\d.]+ \| [\d.]+ \|/);
  expect(r.stdout).toMatch(/\| Office\.js syncs: mark \/ clear \/ insert summaries \(Excel on Windows or Mac\) \| 2 \/ 3 \/ 3 \|/);
  expect(r.stdout).toMatch(/\| Office\.js syncs: insert summaries on Excel on the web \(5 MB requests\) \| 3 \| 3 \| 3 \|/);
  expect(r.stdout).toMatch(/Excel on the web takes the summaries in 3 syncs (up to about [\d,]+ entries|at every size measured), in 4 /);
  for (const name of ["core t(400) ms", "core t(400) / t(200)", "achv validate / bare load", "peak RSS on 400 entries", "Office.js read: syncs per block", "Office.js mark / summaries: syncs, Windows or Mac", "Office.js mark / summaries: syncs, on the web"]) {
    expect(r.stdout).toMatch(new RegExp(`\\| ${name.replace(/[()/.]/g, "\\$&")}[^|]* \\| [\\d.]+ \\| [^|]+ \\| (PASS|FAIL) \\|`));
  }
}, 180_000);
