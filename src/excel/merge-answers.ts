import type { CellWrite } from "../core/roundtrip/merge";
import { severityRank } from "../core/issues";
import { cellAddress, cellText, parseAddress } from "../core/snapshot";
import type { AnswersWritten, Mark } from "../app/host";
import { markCells } from "./marks";
import { toCellValue } from "./read-sheet";
import { jsonBytes } from "./write-summary";

/** A range write's cost in a request besides its values, about (over, rather than under): the getRange path and the set action. */
const CALL_BYTES = 400;

export interface MergeAnswersOptions {
  /** The marks each sheet shows now (the pane's findings), kept as they are: marking a sheet replaces its marks. */
  shown?: Readonly<Record<string, readonly Mark[]>>;
  /** Most bytes one request may carry (requestBytesFor): Excel on the web refuses requests over 5 MB. None: one request. */
  requestBytes?: number;
  /** False where this Excel cannot mark cells (ExcelApi 1.9): the answers are written unmarked. */
  mark?: boolean;
}

/** Consecutive rows of one column, written as one range. */
interface Run {
  sheet: string;
  col: number;
  top: number;
  values: (string | number)[];
}

function runsOf(writes: readonly CellWrite[]): Run[] {
  const sorted = writes
    .map((w) => ({ w, at: parseAddress(w.cell)! }))
    .sort(
      (a, b) => a.w.sheet.localeCompare(b.w.sheet) || a.at.col - b.at.col || a.at.row - b.at.row
    );
  const runs: Run[] = [];
  for (const { w, at } of sorted) {
    const last = runs[runs.length - 1];
    if (
      last &&
      last.sheet === w.sheet &&
      last.col === at.col &&
      last.top + last.values.length === at.row
    )
      last.values.push(w.value);
    else runs.push({ sheet: w.sheet, col: at.col, top: at.row, values: [w.value] });
  }
  return runs;
}

/**
 * The cells among `writes` whose text is no longer what the plan held when it was read (someone
 * typed in them meanwhile): one read of every run of cells, one sync. The merge writes nothing then.
 */
export async function changedSinceRead(
  context: Excel.RequestContext,
  writes: readonly CellWrite[]
): Promise<string[]> {
  const runs = runsOf(writes).map((run) => {
    const range = context.workbook.worksheets
      .getItem(run.sheet)
      .getRange(
        `${cellAddress(run.top, run.col)}:${cellAddress(run.top + run.values.length - 1, run.col)}`
      );
    range.load(["values", "valueTypes"]);
    return { run, range };
  });
  await context.sync();
  const before = new Map(writes.map((w) => [`${w.sheet}!${w.cell}`, w.before]));
  const changed: string[] = [];
  for (const { run, range } of runs)
    range.values.forEach((row, i) => {
      const cell = cellAddress(run.top + i, run.col);
      if (
        cellText(toCellValue(row[0], range.valueTypes[i][0])) !== before.get(`${run.sheet}!${cell}`)
      )
        changed.push(`${run.sheet}!${cell}`);
    });
  return changed;
}

/** Text goes in after an apostrophe, so "1", "TRUE" or "=…" stay the text the department wrote; numbers as numbers. */
const cellInput = (v: string | number) => (typeof v === "number" ? v : `'${v}`);

/**
 * Write the merged answers into the plan's sheets and mark the written cells (an info mark, so
 * the office can review them; a cell that also has a finding keeps the finding's colour). The
 * marks are the add-in's own (marks.ts): they clear exactly as the others do. One sync for the
 * values — one more per further `requestBytes` of them — then two per sheet for the marks:
 * three for a plan on one sheet.
 */
export async function mergeAnswers(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  options: MergeAnswersOptions = {}
): Promise<AnswersWritten> {
  const cap = options.requestBytes;
  let request = 0;
  for (const run of runsOf(writes)) {
    const bytes =
      CALL_BYTES + run.values.reduce<number>((n, v) => n + jsonBytes(cellInput(v)) + 4, 0);
    if (cap !== undefined && request > 0 && request + bytes > cap) {
      // A merge larger than one request: written in blocks of a few MB, never one sync per cell.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      request = 0;
    }
    const range = context.workbook.worksheets
      .getItem(run.sheet)
      .getRange(
        `${cellAddress(run.top, run.col)}:${cellAddress(run.top + run.values.length - 1, run.col)}`
      );
    range.values = run.values.map((v) => [cellInput(v)]);
    request += bytes;
  }
  if (request > 0) await context.sync();
  let marked = 0;
  let unmarked = 0;
  if (options.mark === false) return { written: writes.length, marked, unmarked };
  const sheets = [...new Set(writes.map((w) => w.sheet))];
  for (const sheet of sheets) {
    const bySeverity = new Map<string, Mark>();
    for (const w of writes)
      if (w.sheet === sheet) bySeverity.set(w.cell, { cell: w.cell, severity: "info" });
    for (const m of options.shown?.[sheet] ?? []) {
      const had = bySeverity.get(m.cell);
      if (!had || severityRank(m.severity) < severityRank(had.severity)) bySeverity.set(m.cell, m);
    }
    // Each sheet's marks are one setting of their own: marked one sheet after another (a plan is most often one sheet).
    const outcome = await markCells(context, sheet, [...bySeverity.values()]);
    marked += outcome.marked;
    unmarked += outcome.unmarked;
  }
  return { written: writes.length, marked, unmarked };
}
