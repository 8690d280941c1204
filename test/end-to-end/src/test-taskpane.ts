/*
 * The real-Excel suite's task pane (built only by test/end-to-end/webpack.config.js). Inside Excel it
 * loads the sample and the 10,000-entry workbook into the open workbook, runs the add-in's own
 * workflow (src/app/workflow.ts) on the Office.js host (src/excel/excel-host.ts), and sends every
 * result to the test server that test/end-to-end/excel.ts started, as Microsoft's templates do.
 */
import { pingTestServer, sendTestResults } from "office-addin-test-helpers";
import { checkRequirements, createExcelHost } from "../../../src/excel/excel-host";
import { MARK_COLORS } from "../../../src/excel/marks";
import type { WorkbookHost } from "../../../src/app/host";
import { insertSummaries, marksFor, validateOnHost } from "../../../src/app/workflow";
import { PORT, type Result, WORKBOOKS } from "./results";

const results: Result[] = [];

/** Record one check: what was found against what a careful user expects. */
function check(name: string, value: unknown, expected: unknown, ms?: number): void {
  results.push({ resultName: name, resultValue: value, expectedValue: expected, ms });
}

function note(name: string, value: unknown): void {
  results.push({ resultName: name, resultValue: value, expectedValue: null, info: true });
}

/** Run one scenario; an exception is its result, and the next scenario still runs. */
async function scenario(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    check(name, `threw: ${e instanceof Error ? e.message : String(e)}`, "no exception");
  }
}

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let text = "";
  for (let i = 0; i < view.length; i += 0x8000)
    text += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(text);
}

async function sheetNames(): Promise<string[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

/** Insert the first sheet of a workbook the dev server serves into the open workbook; its name. */
async function insertWorkbook(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const base64 = toBase64(await response.arrayBuffer());
  const before = new Set(await sheetNames());
  await Excel.run(async (context) => {
    context.workbook.insertWorksheetsFromBase64(base64, {
      positionType: Excel.WorksheetPositionType.end,
    });
    await context.sync();
  });
  const added = (await sheetNames()).filter((n) => !before.has(n));
  if (added.length === 0) throw new Error(`${url}: no sheet was inserted`);
  return added[0];
}

/** Every cell's value in a sheet's used range, keyed by address, to compare before and after. */
async function usedValues(sheet: string): Promise<Map<string, string>> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getUsedRange();
    range.load(["values", "rowIndex", "columnIndex"]);
    await context.sync();
    const out = new Map<string, string>();
    range.values.forEach((row, r) =>
      row.forEach((v, c) =>
        out.set(address(range.rowIndex + r, range.columnIndex + c), JSON.stringify(v))
      )
    );
    return out;
  });
}

function address(row: number, col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => (before.get(k) ?? "null") !== (after.get(k) ?? "null")).sort();
}

/** Fill colour of each cell ("#FFFFFF" is Excel's answer for no fill). */
async function fills(sheet: string, cells: string[]): Promise<Record<string, string>> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const loaded = cells.map((cell) => {
      const fill = ws.getRange(cell).format.fill;
      fill.load("color");
      return { cell, fill };
    });
    await context.sync();
    return Object.fromEntries(loaded.map(({ cell, fill }) => [cell, fill.color.toUpperCase()]));
  });
}

async function setCell(
  sheet: string,
  cell: string,
  change: (range: Excel.Range) => void
): Promise<void> {
  await Excel.run(async (context) => {
    change(context.workbook.worksheets.getItem(sheet).getRange(cell));
    await context.sync();
  });
}

async function rowsOf(sheet: string): Promise<number> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getUsedRange();
    range.load("rowCount");
    await context.sync();
    return range.rowCount;
  });
}

async function cellText(sheet: string, cell: string): Promise<string> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
    range.load("values");
    await context.sync();
    return String(range.values[0][0]);
  });
}

async function onSample(host: WorkbookHost): Promise<void> {
  const sheet = await insertWorkbook(WORKBOOKS.sample);

  await scenario("sample: validate", async () => {
    const t0 = performance.now();
    const { result, mergesRead } = await validateOnHost(host, sheet, {});
    const ms = Math.round(performance.now() - t0);
    check("sample: counts", result.counts, { goals: 4, measures: 19, items: 59, entries: 128 }, ms);
    check(
      "sample: error cells",
      result.issues
        .filter((i) => i.severity === "error")
        .map((i) => i.cell)
        .sort(),
      ["F52", "F65", "F98", "F99"]
    );
    check("sample: merged areas read", mergesRead, true);
  });

  await scenario("sample: mark and clear", async () => {
    // A fill of the user's own on a cell that gets marked: clearing must give it back, not blank it.
    await setCell(sheet, "F52", (r) => (r.format.fill.color = "#FFFF00"));
    const { result } = await validateOnHost(host, sheet, {});
    const marks = marksFor(result.issues);
    const cells = marks.map((m) => m.cell);
    const before = await fills(sheet, cells);
    await host.markCells(sheet, marks);
    const marked = await fills(sheet, cells);
    check(
      "mark: cells not in their severity's colour",
      marks
        .filter((m) => marked[m.cell] !== MARK_COLORS[m.severity].toUpperCase())
        .map((m) => m.cell),
      []
    );
    await host.clearMarks();
    const cleared = await fills(sheet, cells);
    check(
      "clear: fills not restored",
      cells.filter((c) => cleared[c] !== before[c]),
      []
    );
    check("clear: the user's own fill on F52", cleared.F52, "#FFFF00");
  });

  await scenario("sample: fix a full-width rating", async () => {
    const { result } = await validateOnHost(host, sheet, {});
    const ratingColumn = result.header?.columns.rating ?? "E";
    const firstDataRow = (result.header?.rows[0] ?? 10) + 1;
    const cell = `${ratingColumn}${firstDataRow}`;
    const original = await cellText(sheet, cell);
    const fullWidth = String.fromCharCode(original.charCodeAt(0) + 0xfee0);
    await setCell(sheet, cell, (r) => (r.values = [[fullWidth]]));
    const before = await usedValues(sheet);
    const issue = (await validateOnHost(host, sheet, {})).result.issues.find(
      (i) => i.code === "rating-unnormalized" && i.cell === cell
    );
    check("fix: offered for the full-width rating", issue?.fix ?? null, {
      cell,
      value: original,
      expected: fullWidth,
    });
    if (!issue?.fix) return;
    await host.applyFix(sheet, issue.fix.cell, issue.fix.value, issue.fix.expected);
    check("fix: cells changed", changedCells(before, await usedValues(sheet)), [cell]);
    check("fix: the cell now holds", await cellText(sheet, cell), original);
    const again = (await validateOnHost(host, sheet, {})).result.issues.filter(
      (i) => i.code === "rating-unnormalized"
    );
    check("fix: rating findings left", again.length, 0);
  });

  await scenario("sample: insert and re-insert summaries", async () => {
    // A user's sheet with the name the goal summary would take: it must never be touched.
    const userSheet = "基本目標別集計";
    await Excel.run(async (context) => {
      context.workbook.worksheets.add(userSheet).getRange("A1").values = [["職員のシート"]];
      await context.sync();
    });
    const plan = await usedValues(sheet);
    const t0 = performance.now();
    const first = await insertSummaries(host, sheet, {}, "ja", ["data", "goal", "department"]);
    const ms = Math.round(performance.now() - t0);
    check(
      "summaries: sheets inserted",
      first.sheets.map((s) => s.kind),
      ["data", "goal", "department"],
      ms
    );
    check(
      "summaries: the goal sheet avoids the user's name",
      first.sheets.find((s) => s.kind === "goal")?.name !== userSheet,
      true
    );
    const data = first.sheets.find((s) => s.kind === "data")!.name;
    check("summaries: data rows (header + entries)", await rowsOf(data), 129);
    const afterFirst = (await sheetNames()).sort();
    const second = await insertSummaries(host, sheet, {}, "ja", ["data", "goal", "department"]);
    check(
      "re-insert: same sheet names",
      second.sheets.map((s) => s.name),
      first.sheets.map((s) => s.name)
    );
    check("re-insert: workbook's sheets", (await sheetNames()).sort(), afterFirst);
    check("re-insert: the user's sheet", await cellText(userSheet, "A1"), "職員のシート");
    check("re-insert: plan sheet cells changed", changedCells(plan, await usedValues(sheet)), []);
    check(
      "re-insert: PivotTables where ExcelApi 1.8",
      second.pivots,
      Office.context.requirements.isSetSupported("ExcelApi", "1.8")
    );
  });
}

async function onLargeWorkbook(host: WorkbookHost): Promise<void> {
  const sheet = await insertWorkbook(WORKBOOKS.large);
  await scenario("10,000 entries: validate", async () => {
    const t0 = performance.now();
    const { result } = await validateOnHost(host, sheet, {});
    check(
      "10,000 entries: entries read",
      result.counts.entries,
      10000,
      Math.round(performance.now() - t0)
    );
  });
  await scenario("10,000 entries: insert summaries", async () => {
    const t0 = performance.now();
    const inserted = await insertSummaries(host, sheet, {}, "ja", ["data", "goal", "department"]);
    const ms = Math.round(performance.now() - t0);
    const data = inserted.sheets.find((s) => s.kind === "data")!.name;
    check("10,000 entries: data rows (header + entries)", await rowsOf(data), 10001, ms);
  });
}

async function run(): Promise<void> {
  const requirements = checkRequirements((name, version) =>
    Office.context.requirements.isSetSupported(name, version)
  );
  const host = createExcelHost(
    (batch) => Excel.run(batch),
    requirements,
    Office.context.displayLanguage,
    Office.context.diagnostics?.platform
  );
  note("Excel", `${Office.context.diagnostics.platform} ${Office.context.diagnostics.version}`);
  await scenario("sample", () => onSample(host));
  await scenario("10,000 entries", () => onLargeWorkbook(host));
}

Office.onReady(async (info) => {
  if (info.host !== Office.HostType.Excel) return;
  try {
    await pingTestServer(PORT);
    await run();
  } catch (e) {
    check("test pane", `threw: ${e instanceof Error ? e.message : String(e)}`, "no exception");
  }
  await sendTestResults(results, PORT);
  document.getElementById("status")!.textContent = `Sent ${results.length} results.`;
  // Leave Excel as it was found: the workbook was the sideload's scratch copy.
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.11")) {
    await Excel.run(async (context) => context.workbook.close(Excel.CloseBehavior.skipSave));
  }
});
