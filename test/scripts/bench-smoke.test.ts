import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../helpers/workbooks";

/** Keeps `npm run bench` working: tiny sizes, one run, no timing asserted. */
test("the benchmark runs end to end and prints its table and every ratio", () => {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "dist", "scripts", "bench", "run.js"), "--smoke"],
    { encoding: "utf8", timeout: 240_000 }
  );
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(
    /\| core: layout \+ hierarchy \+ rules \+ summaries \(median ms\) \| [\d.]+ \| [\d.]+ \| [\d.]+ \|/
  );
  // Sync counts do not depend on the machine: the simulator counts them. 100 entries: one block after the used range.
  expect(r.stdout).toMatch(
    /\| Office\.js on the web: read syncs \/ blocks \(sheet rows; largest response MB\) \| 2 \/ 1 \(111 rows; [\d.]+\) \|/
  );
  expect(r.stdout).toMatch(
    /\| Office\.js on the web: mark \/ clear syncs \(cells; largest request MB\) \| 2 \/ 2 \(100; [\d.]+\) \|/
  );
  expect(r.stdout).toMatch(
    /\| Office\.js syncs: insert summaries, Windows or Mac \/ web \(web lower bound\) \| 3 \/ 3 \(3\) \| 3 \/ 3 \(3\) \| 3 \/ 3 \(3\) \|/
  );
  expect(r.stdout).toMatch(
    /\| (unclosed tags|one-row merges|sparse far cells) \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+x \| \d+ \|/
  );
  // The compare table carries the host's floor beside the command: both files read, nothing else.
  expect(r.stdout).toMatch(
    /\| both files read by the same reader, nothing else \(Node's start included\) \| \d+ \|/
  );
  expect(r.stdout).toMatch(
    /Excel on the web takes the summaries in 3 syncs (up to about [\d,]+ entries|at every size measured), in 4 /
  );
  for (const name of [
    "core t(400) ms",
    "core t(400) / t(200)",
    "achv validate / bare load",
    "hostile files: time growth",
    "hostile files: peak RSS",
    "peak RSS on 400 entries",
    "Office.js read on the web: syncs per block of rows",
    "Office.js read on the web: largest response",
    "Office.js mark / clear on the web: syncs",
    "Office.js mark / clear on the web: largest request",
    "Office.js summaries on the web: syncs over the 5 MB lower bound",
    "achv compare on two 400-entry plans (ms)",
    "achv compare / achv validate of one of the files",
    "achv split, 400 entries, 20 departments (ms)",
    "achv merge, 400 entries, 20 forms (ms)",
  ]) {
    expect(r.stdout).toMatch(
      new RegExp(
        `\\| ${name.replace(/[()/.]/g, "\\$&")}[^|]* \\| [\\d.]+ \\| [^|]+ \\| (PASS|FAIL) \\|`
      )
    );
  }
}, 300_000);
