import type { Severity } from "../core/issues";
import type { Mark } from "../taskpane/host";
import { KEYS, loadJson, saveJson } from "./settings";

/** Office's own status colours, light enough to read the text through. */
export const MARK_COLORS: Record<Severity, string> = { error: "#FDE7E9", warning: "#FFF4CE", info: "#DEECF9" };

/** A cell's fill before it was marked: no fill, or a colour with its pattern. */
export interface SavedFill {
  cell: string;
  color: string | null;
  pattern: string | null;
}

/** What is marked, per sheet, with the fills to restore. Kept in the workbook. */
export type MarkStore = Record<string, SavedFill[]>;

/** Range address lists are chunked: very long getRanges addresses are refused. */
const MAX_ADDRESS = 2000;

export function chunkAddresses(cells: string[]): string[] {
  const out: string[] = [];
  let cur = "";
  for (const c of cells) {
    if (cur && cur.length + c.length + 1 > MAX_ADDRESS) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${c}` : c;
  }
  if (cur) out.push(cur);
  return out;
}

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const g = m.get(k);
    if (g) g.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** Queue the writes that put saved fills back (no sync). */
function queueRestore(ws: Excel.Worksheet, fills: SavedFill[]): void {
  const groups = groupBy(fills, (f) => (f.pattern === "None" || f.color === null ? "" : `${f.color}|${f.pattern ?? ""}`));
  for (const [key, group] of groups) {
    for (const address of chunkAddresses(group.map((f) => f.cell))) {
      const fill = ws.getRanges(address).format.fill;
      if (key === "") fill.clear();
      else {
        const [color, pattern] = key.split("|");
        fill.color = color;
        if (pattern && pattern !== "Solid") fill.pattern = pattern as Excel.FillPattern;
      }
    }
  }
}

/**
 * Colour the marked cells (RangeAreas, ExcelApi 1.9) and remember each cell's
 * fill first. Cells marked before keep their remembered fill; cells no longer
 * marked get theirs back. Two syncs, whatever the number of cells.
 */
export async function markCells(context: Excel.RequestContext, sheet: string, marks: Mark[]): Promise<void> {
  const stored = loadJson(context, KEYS.marks);
  const ws = context.workbook.worksheets.getItem(sheet);
  const fills = marks.map((m) => {
    // eslint-disable-next-line office-addins/load-object-before-read -- navigating to the fill, loaded on the next line
    const f = ws.getRange(m.cell).format.fill;
    f.load("color,pattern");
    return { mark: m, fill: f };
  });
  await context.sync();
  const store = (stored.get() as MarkStore | null) ?? {};
  const before = new Map((store[sheet] ?? []).map((f) => [f.cell, f]));
  const next: SavedFill[] = fills.map(({ mark, fill }) => before.get(mark.cell) ?? { cell: mark.cell, color: fill.color ?? null, pattern: fill.pattern ?? null });
  const now = new Set(marks.map((m) => m.cell));
  queueRestore(ws, [...before.values()].filter((f) => !now.has(f.cell)));
  for (const [severity, group] of groupBy(marks, (m) => m.severity)) {
    for (const address of chunkAddresses(group.map((m) => m.cell))) ws.getRanges(address).format.fill.color = MARK_COLORS[severity as Severity];
  }
  store[sheet] = next;
  saveJson(context, KEYS.marks, store);
  try {
    await context.sync();
  } catch (e) {
    // A batch is not a transaction: put back every fill this sheet had before any mark, and forget its marks.
    queueRestore(ws, [...next, ...[...before.values()].filter((f) => !now.has(f.cell))]);
    delete store[sheet];
    saveJson(context, KEYS.marks, store);
    await context.sync().catch(() => undefined);
    throw e;
  }
}

/**
 * Put every marked cell's fill back as it was and forget the marks. The marks are
 * forgotten last, so a clear that fails part-way can simply be run again.
 */
export async function clearMarks(context: Excel.RequestContext): Promise<void> {
  const stored = loadJson(context, KEYS.marks);
  await context.sync();
  const store = (stored.get() as MarkStore | null) ?? {};
  const sheets = Object.keys(store).map((name) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
        return { name, ws };
  });
  await context.sync();
  for (const { name, ws } of sheets) if (!ws.isNullObject) queueRestore(ws, store[name]);
  saveJson(context, KEYS.marks, {});
  await context.sync();
}
