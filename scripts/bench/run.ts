import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { validateSheet } from "../../src/core/validate";
import { readSheetSnapshot } from "../../src/excel/read-sheet";
import { clearMarks, markCells } from "../../src/excel/marks";
import { requestBytesFor, writeSummarySheets } from "../../src/excel/write-summary";
import { buildSummaryPlan } from "../../src/core/plan/summary-plan";
import { createSim } from "../../test/helpers/excel-sim";
import { benchSnapshot, snapshotToXlsx } from "./sheets";
import { HOSTILE_KINDS, hostileXlsx } from "./hostile";
import { benchCompare } from "./compare";
import { benchRoundtrip } from "./roundtrip";
import { measurePage } from "./browser";

/**
 * `npm run bench`: sheets in the seed's layout at three sizes, timed as medians
 * after a warm-up, printed as a table and as ratios measured in this one run
 * (ratios hold on a noisy shared machine where absolute times do not).
 * `--smoke` runs tiny sizes once, to keep the script working (part of npm test).
 */
const smoke = process.argv.includes("--smoke");
/** `--only browser` measures the browser page alone (the other parts take minutes). */
const onlyBrowser = process.argv.join(" ").includes("--only browser");
const SIZES = smoke ? [100, 200, 400] : [1_000, 10_000, 100_000];
const RUNS = smoke ? 1 : 5;
const ROOT = join(__dirname, "..", "..", "..");
const BIN = join(ROOT, "bin", "achv.js");
const DIST = join(__dirname);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A full collection between runs, so each run starts from a clean heap as in a fresh process. */
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

function time(f: () => void, runs = RUNS): number {
  f();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t = process.hrtime.bigint();
    f();
    ts.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ts);
}

function run(cmd: string, args: string[]): { ms: number; rssKb: number; ok: boolean } {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = /ACHV_MAX_RSS_KB=(\d+)/.exec(r.stderr ?? "");
  return { ms, rssKb: rss ? Number(rss[1]) : 0, ok: r.status === 0 || r.status === 1 };
}

function timeCommand(
  cmd: string,
  args: string[],
  runs = smoke ? 1 : 3
): { ms: number; rssKb: number } {
  run(cmd, args);
  const rs = Array.from({ length: runs }, () => run(cmd, args));
  if (rs.some((r) => !r.ok)) throw new Error(`failed: ${cmd} ${args.join(" ")}`);
  return { ms: median(rs.map((r) => r.ms)), rssKb: Math.max(...rs.map((r) => r.rssKb)) };
}

const pandasPython = ["/usr/bin/python3", "python3"].find(
  (py) => spawnSync(py, ["-c", "import pandas, openpyxl"], { stdio: "ignore" }).status === 0
);

/** Office.js on the strict simulator, Excel on the web profile (5 MB requests and responses). */
async function syncCounts(n: number) {
  const snap = benchSnapshot(n);
  const read = createSim([snap], "web");
  let blocks = 0;
  const readSnap = await read.run((context) =>
    readSheetSnapshot(context, snap.name, {
      merges: true,
      usedRangeOrNull: true,
      onProgress: () => blocks++,
    })
  );
  const result = validateSheet(readSnap);
  // 10,000 marks: every rating cell of the first 10,000 entries (or all of them on smaller plans).
  const marks = result
    .plan!.entries.slice(0, 10_000)
    .map((e) => ({ cell: e.ratingCell, severity: "warning" as const }));
  const mark = createSim([snap], "web");
  await mark.run((context) => markCells(context, snap.name, marks));
  const markSyncs = mark.stats.syncs;
  const markRequest = Math.max(...mark.stats.requests);
  await mark.run((context) => clearMarks(context));
  const summaries = await summarySyncs(result, snap.name, "PC");
  const web = await summarySyncs(result, snap.name, "OfficeOnline");
  return {
    read: read.stats.syncs,
    blocks,
    readMaxResponse: Math.max(...read.stats.responses),
    marks: marks.length,
    mark: markSyncs,
    markRequest,
    clear: mark.stats.syncs - markSyncs,
    clearRequest: Math.max(...mark.stats.requests.slice(markSyncs)),
    summaries: summaries.syncs,
    summariesWeb: web.syncs,
    webLowerBound: web.lowerBound,
    rows: snap.values.length,
  };
}

/** Syncs to insert the summaries: Windows ("PC") has no request cap, the web caps a request at 5 MB. The lower bound: 2 syncs plus the bytes sent over 5 MB. */
async function summarySyncs(
  result: ReturnType<typeof validateSheet>,
  sheet: string,
  platform: string
): Promise<{ syncs: number; lowerBound: number }> {
  const sim = createSim([benchSnapshot(1)], platform === "PC" ? "m365-windows" : "web");
  sim.book.sheets[0].name = sheet;
  await sim.run((context) =>
    writeSummarySheets(
      context,
      (tableName) =>
        buildSummaryPlan(result.plan!, result.summary!, {
          lang: "ja",
          date: "2026-01-01",
          tableName,
        }),
      {
        pivots: true,
        suspendScreen: true,
        requestBytes: requestBytesFor(platform),
      }
    )
  );
  const sent = sim.stats.requests.reduce((a, b) => a + b, 0);
  return { syncs: sim.stats.syncs, lowerBound: 2 + Math.ceil(sent / 5_000_000) };
}

/** The largest bench plan (to the nearest step) whose summaries Excel on the web takes within `syncs` syncs. */
async function largestOnTheWeb(
  syncs: number,
  from: number,
  to: number,
  step: number
): Promise<number> {
  const fits = async (n: number) =>
    summarySyncs(validateSheet(benchSnapshot(n)), "達成状況", "OfficeOnline").then(
      (k) => k.syncs <= syncs
    );
  if (await fits(to)) return to;
  let lo = from;
  let hi = to;
  while (hi - lo > step) {
    const mid = Math.round((lo + hi) / 2 / step) * step;
    if (await fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

type Check = (name: string, value: number, target: string, ok: boolean) => void;

/** Everything but the browser page: the core, Office.js syncs, the command, hostile files, compare, round trip. */
async function commandParts(
  out: (s?: string) => void,
  checks: [string, number, string, boolean][],
  check: Check
) {
  const dir = mkdtempSync(join(tmpdir(), "achv-bench-"));
  const core: number[] = [];
  const syncs: Awaited<ReturnType<typeof syncCounts>>[] = [];
  const files: string[] = [];
  for (const n of SIZES) {
    const snap = benchSnapshot(n);
    core.push(time(() => validateSheet(snap)));
    syncs.push(await syncCounts(n));
    const file = join(dir, `plan-${n}.xlsx`);
    writeFileSync(file, snapshotToXlsx(snap));
    files.push(file);
  }
  const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const row = (label: string, cells: string[]) => out(`| ${label} | ${cells.join(" | ")} |`);
  row(
    "entries",
    SIZES.map((n) => n.toLocaleString("en"))
  );
  out(`|---|${SIZES.map(() => "---").join("|")}|`);
  row("core: layout + hierarchy + rules + summaries (median ms)", core.map(fmt));
  const mb = (b: number) => (b / 1e6).toFixed(2);
  row(
    "Office.js on the web: read syncs / blocks (sheet rows; largest response MB)",
    syncs.map(
      (s) =>
        `${s.read} / ${s.blocks} (${s.rows.toLocaleString("en")} rows; ${mb(s.readMaxResponse)})`
    )
  );
  row(
    "Office.js on the web: mark / clear syncs (cells; largest request MB)",
    syncs.map(
      (s) =>
        `${s.mark} / ${s.clear} (${s.marks.toLocaleString("en")}; ${mb(Math.max(s.markRequest, s.clearRequest))})`
    )
  );
  row(
    "Office.js syncs: insert summaries, Windows or Mac / web (web lower bound)",
    syncs.map((s) => `${s.summaries} / ${s.summariesWeb} (${s.webLowerBound})`)
  );

  const mid = files[1];
  const big = files[2];
  const command = timeCommand(process.execPath, [
    "-r",
    join(DIST, "rss-probe.js"),
    BIN,
    "validate",
    mid,
    "--json",
  ]);
  const bare = timeCommand(process.execPath, [join(DIST, "bare-load.js"), mid]);
  const exceljs = timeCommand(process.execPath, [join(DIST, "exceljs-load.js"), mid], 1);
  // ExcelJS checks merged areas pairwise (exceljs#2689): its growth from the small file shows whether that bites.
  const exceljsSmall = timeCommand(process.execPath, [join(DIST, "exceljs-load.js"), files[0]], 1);
  const node = timeCommand(process.execPath, ["-e", "0"], 1);
  const bigCommand = timeCommand(
    process.execPath,
    ["-r", join(DIST, "rss-probe.js"), BIN, "validate", big, "--json"],
    1
  );
  const pandas = pandasPython
    ? timeCommand(
        pandasPython,
        [join(ROOT, "scripts", "bench", "pandas_crosstab.py"), mid],
        smoke ? 1 : 3
      )
    : null;
  out();
  out(`| whole process, ${SIZES[1].toLocaleString("en")}-entry .xlsx | median ms |`);
  out("|---|---|");
  out(`| achv validate --json | ${fmt(command.ms)} |`);
  out(`| bare load (same reader, no checks) | ${fmt(bare.ms)} |`);
  out(`| ExcelJS 4.4 readFile, nothing else | ${fmt(exceljs.ms)} |`);
  const growth = (exceljs.ms - node.ms) / (exceljsSmall.ms - node.ms);
  out(
    `| ExcelJS 4.4 readFile on ${SIZES[0].toLocaleString("en")} entries (its time past Node's start grows ${growth.toFixed(1)}x for ${SIZES[1] / SIZES[0]}x the entries) | ${fmt(exceljsSmall.ms)} |`
  );
  out(
    `| pandas read_excel + fill down + two crosstabs | ${pandas ? fmt(pandas.ms) : "n/a (python3-pandas, python3-openpyxl not installed)"} |`
  );
  out(
    `| achv validate --json on ${SIZES[2].toLocaleString("en")} entries: time / peak RSS | ${fmt(bigCommand.ms)} ms / ${Math.round(bigCommand.rssKb / 1024)} MiB |`
  );
  // Hostile files: the whole command on n units of trouble, at two sizes ten times apart.
  const hostileSizes = smoke ? [1_000, 10_000] : [10_000, 100_000];
  const hostile = HOSTILE_KINDS.map((kind) => {
    const [small, large] = hostileSizes.map((n) => {
      const file = join(dir, `hostile-${kind.replace(/ /g, "-")}-${n}.xlsx`);
      writeFileSync(file, hostileXlsx(ROOT, kind, n));
      return timeCommand(
        process.execPath,
        ["-r", join(DIST, "rss-probe.js"), BIN, "validate", file, "--json"],
        1
      );
    });
    return { kind, small, large, growth: (large.ms - node.ms) / Math.max(1, small.ms - node.ms) };
  });
  out();
  out(
    `| hostile .xlsx, achv validate --json | ${hostileSizes.map((n) => n.toLocaleString("en")).join(" | ")} | growth past Node's start | peak RSS (MiB) |`
  );
  out("|---|---|---|---|---|");
  for (const h of hostile)
    out(
      `| ${h.kind} | ${fmt(h.small.ms)} ms | ${fmt(h.large.ms)} ms | ${h.growth.toFixed(1)}x | ${Math.round(h.large.rssKb / 1024)} |`
    );
  const step = SIZES[0];
  const [three, four] = [
    await largestOnTheWeb(3, SIZES[0], SIZES[2], step),
    await largestOnTheWeb(4, SIZES[0], SIZES[2], step),
  ];
  out();
  const upTo = (n: number) =>
    n === SIZES[2] ? `at every size measured` : `up to about ${n.toLocaleString("en")} entries`;
  out(
    `Excel on the web takes the summaries in 3 syncs ${upTo(three)}, in 4 ${upTo(four)} (bench sheets, to the nearest ${step.toLocaleString("en")}).`
  );

  check(`core t(${SIZES[2]}) ms`, core[2], "< 500", core[2] < 500);
  check(
    `core t(${SIZES[2]}) / t(${SIZES[1]})`,
    core[2] / core[1],
    "<= 12",
    core[2] / core[1] <= 12
  );
  check("achv validate / bare load", command.ms / bare.ms, "<= 1.3", command.ms / bare.ms <= 1.3);
  if (pandas)
    check(
      "achv validate / pandas",
      command.ms / pandas.ms,
      "<= 0.5",
      command.ms / pandas.ms <= 0.5
    );
  const worstGrowth = Math.max(...hostile.map((h) => h.growth));
  check(
    `hostile files: time growth for ${hostileSizes[1] / hostileSizes[0]}x the trouble (worst kind)`,
    worstGrowth,
    "<= 15",
    worstGrowth <= 15
  );
  const worstRss = Math.max(...hostile.map((h) => h.large.rssKb / 1024));
  check("hostile files: peak RSS (MiB, worst kind)", worstRss, "< 512", worstRss < 512);
  check(
    `peak RSS on ${SIZES[2]} entries (MiB)`,
    bigCommand.rssKb / 1024,
    "< 1024",
    bigCommand.rssKb / 1024 < 1024
  );
  // Every sync past the first (the used range) reads a block, or retries one refused for its size.
  const perBlock = Math.max(...syncs.map((s) => (s.read - 1) / Math.max(1, s.blocks)));
  check(
    "Office.js read on the web: syncs per block of rows (max over sizes)",
    perBlock,
    "<= 2",
    perBlock <= 2
  );
  const largestRead = Math.max(...syncs.map((s) => s.readMaxResponse)) / 1e6;
  check("Office.js read on the web: largest response (MB)", largestRead, "<= 5", largestRead <= 5);
  const markSyncs = Math.max(...syncs.map((s) => Math.max(s.mark, s.clear)));
  check(
    "Office.js mark / clear on the web: syncs (max over sizes)",
    markSyncs,
    "<= 3",
    markSyncs <= 3
  );
  const markBytes = Math.max(...syncs.map((s) => Math.max(s.markRequest, s.clearRequest))) / 1e6;
  check(
    "Office.js mark / clear on the web: largest request (MB)",
    markBytes,
    "<= 5",
    markBytes <= 5
  );
  const overBound = Math.max(...syncs.map((s) => s.summariesWeb - s.webLowerBound));
  check(
    "Office.js summaries on the web: syncs over the 5 MB lower bound (max over sizes)",
    overBound,
    "<= 2",
    overBound <= 2
  );
  checks.push(...benchCompare(BIN, smoke, out));
  benchRoundtrip(dir, BIN, out, check, smoke);
  // Megabytes of workbooks per run: a machine that runs the bench often would fill its /tmp.
  rmSync(dir, { recursive: true, force: true });
}

async function main() {
  const out = (s = "") => process.stdout.write(s + "\n");
  out(
    `achv benchmark${smoke ? " (smoke)" : ""} — ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`
  );
  out();
  const checks: [string, number, string, boolean][] = [];
  const check: Check = (name, value, target, ok) => checks.push([name, value, target, ok]);
  if (!onlyBrowser) await commandParts(out, checks, check);
  // The browser page (the offline page's code): main-thread long tasks while opening and checking.
  const page = await measurePage(smoke ? [SIZES[0]] : [SIZES[1], SIZES[2]]);
  out();
  if (typeof page === "string") out(`browser page: not measured, ${page}`);
  else {
    out(
      "| browser page, entries (findings) | file chosen → 点検 ready ms | 点検 clicked → findings painted ms | both (the user's own click aside) ms | longest main-thread task ms | tasks over 100 ms | progress shown |"
    );
    out("|---|---|---|---|---|---|---|");
    for (const m of page)
      out(
        `| ${m.entries} (${m.findings}) | ${m.openMs} | ${m.checkMs} | ${m.shownMs} | ${Math.round(m.longestTaskMs)} | ${m.tasksOver100} | ${m.progressShown ? "yes" : "no"} |`
      );
    const at = (n: number) => page.find((m) => m.entries === n);
    const mid = at(SIZES[1]);
    const big = at(SIZES[2]);
    if (mid)
      check(
        `browser page: longest main-thread task at ${SIZES[1]} entries (ms)`,
        mid.longestTaskMs,
        "<= 100",
        mid.longestTaskMs <= 100
      );
    if (mid)
      check(
        `browser page: file chosen to findings painted, the click aside, at ${SIZES[1]} entries (ms)`,
        mid.shownMs,
        "< 1000",
        mid.shownMs < 1000
      );
    if (big)
      check(
        `browser page: file chosen to findings painted, the click aside, at ${SIZES[2]} entries (ms)`,
        big.shownMs,
        "< 4000",
        big.shownMs < 4000
      );
  }
  out();
  out("| ratio or target | measured | target | |");
  out("|---|---|---|---|");
  for (const [name, value, target, ok] of checks)
    out(`| ${name} | ${value.toFixed(2)} | ${target} | ${ok ? "PASS" : "FAIL"} |`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
