import type { Severity } from "../core/issues";
import { severityRank } from "../core/issues";
import { cellAddress, parseAddress } from "../core/snapshot";
import type { Mark, MarkOutcome } from "../app/host";
import { settingBytes } from "./settings";

/** Office's own status colours, light enough to read the text through. */
export const MARK_COLORS: Record<Severity, string> = {
  error: "#FDE7E9",
  warning: "#FFF4CE",
  info: "#DEECF9",
};

/** A cell's fill before it was marked: every fill property Office.js exposes (ExcelApi 1.9), or null for no fill. */
export interface SavedFill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

/** One sheet's marks, kept in its own setting (keyed by the sheet's id, so a rename keeps them): cell lists by original fill. */
interface SheetMarks {
  sheet: string;
  fills: [SavedFill | null, string][];
}

/** Setting keys: one per marked sheet, so the pane and a ribbon button marking other sheets never overwrite each other. */
export const MARKS_PREFIX = "achv.marks.";

/**
 * Settings are refused near 1–2 MB in all (office-js#621, #3957): the marks of every
 * sheet together keep to this many bytes (settingBytes), so marking one more sheet never
 * takes the workbook past the limit. Past it the worst findings are marked first and
 * the rest left unmarked (the pane says how many).
 */
export const MARK_STORE_BYTES = 500_000;
/** The fills a sheet's marks remember, as JSON, about (a few distinct fills a sheet). */
const STORE_OVERHEAD_BYTES = 4_000;

/** getRanges addresses are cut at 8,192 characters (troubleshooting docs); lists are chunked well under. */
const MAX_ADDRESS = 2000;
/** Most bytes spent reading fills in one sync: Excel on the web refuses requests and responses over 5 MB. */
const READ_REQUEST_BYTES = 4_000_000;
const READ_RESPONSE_BYTES = 2_500_000;
/** A getRange + getCellProperties pair in a request, and one cell's fill in the response, about (over, rather than under). */
const READ_CALL_BYTES = 400;
const READ_CELL_BYTES = 160;
/** Longest run of cells read in one range. */
const MAX_RUN = 5000;
/** Rows between two marked cells of a column read in one range rather than two. */
const RUN_GAP = 3;

const FILL_PROPS = {
  color: true,
  pattern: true,
  patternColor: true,
  tintAndShade: true,
  patternTintAndShade: true,
};

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

function toFill(f: Partial<SavedFill> | undefined): SavedFill | null {
  if (!f || f.pattern === "None" || f.pattern === undefined) return null;
  return {
    color: f.color ?? "#FFFFFF",
    pattern: f.pattern,
    patternColor: f.patternColor ?? "#000000",
    tintAndShade: f.tintAndShade ?? 0,
    patternTintAndShade: f.patternTintAndShade ?? 0,
  };
}

function cellsOf(store: SheetMarks | undefined): Map<string, SavedFill | null> {
  const m = new Map<string, SavedFill | null>();
  for (const [fill, cells] of store?.fills ?? [])
    for (const c of cells.split(",")) if (c) m.set(c, fill);
  return m;
}

function storeOf(sheet: string, cells: Map<string, SavedFill | null>): SheetMarks {
  const groups = groupBy([...cells], ([, f]) => JSON.stringify(f));
  return { sheet, fills: [...groups.values()].map((g) => [g[0][1], g.map(([c]) => c).join(",")]) };
}

/** Queue the writes that put saved fills back (no sync): one RangeAreas per fill and address chunk. */
function queueRestore(ws: Excel.Worksheet, cells: Map<string, SavedFill | null>): void {
  for (const group of groupBy([...cells], ([, f]) => JSON.stringify(f)).values()) {
    const fill = group[0][1];
    for (const address of chunkAddresses(group.map(([c]) => c))) {
      const target = ws.getRanges(address).format.fill;
      if (!fill) {
        target.clear();
        continue;
      }
      target.color = fill.color;
      target.pattern = fill.pattern as Excel.FillPattern;
      target.patternColor = fill.patternColor;
      target.tintAndShade = fill.tintAndShade;
      target.patternTintAndShade = fill.patternTintAndShade;
    }
  }
}

/** The marks that fit in `budget` bytes of settings, worst first (an address and its comma, ASCII: settingBytes counts two bytes a character). */
function fitting(marks: Mark[], budget: number): Mark[] {
  const sorted = [...marks].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  const out: Mark[] = [];
  let bytes = STORE_OVERHEAD_BYTES;
  for (const m of sorted) {
    bytes += 2 * (m.cell.length + 1);
    if (bytes > budget) break;
    out.push(m);
  }
  return out;
}

/** Marked cells by column, in runs of rows close enough to read as one range. */
function runs(cells: string[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const at = parseAddress(c);
    if (!at) continue;
    const rows = byCol.get(at.col);
    if (rows) rows.push(at.row);
    else byCol.set(at.col, [at.row]);
  }
  const out: string[] = [];
  for (const [col, rows] of byCol) {
    rows.sort((a, b) => a - b);
    let top = rows[0];
    let prev = rows[0];
    for (const r of [...rows.slice(1), Infinity]) {
      if (r - prev <= RUN_GAP && r - top < MAX_RUN) {
        prev = r;
        continue;
      }
      out.push(
        top === prev ? cellAddress(top, col) : `${cellAddress(top, col)}:${cellAddress(prev, col)}`
      );
      top = prev = r;
    }
  }
  return out;
}

/** Every sheet's marks in the workbook's settings, by setting key, with the bytes each takes (read once the caller has synced). */
function loadAllMarks(context: Excel.RequestContext): {
  get(): Map<string, SheetMarks & { bytes: number }>;
} {
  const settings = context.workbook.settings;
  settings.load("items/key,items/value");
  return {
    get() {
      const out = new Map<string, SheetMarks & { bytes: number }>();
      for (const item of settings.items) {
        if (!item.key.startsWith(MARKS_PREFIX) || typeof item.value !== "string") continue;
        const bytes = settingBytes(item.value);
        try {
          out.set(item.key, { ...(JSON.parse(item.value) as SheetMarks), bytes });
        } catch {
          // A damaged entry restores nothing; it is dropped with the others on clear.
          out.set(item.key, { sheet: "", fills: [], bytes });
        }
      }
      return out;
    },
  };
}

/**
 * Colour the marked cells and remember each cell's fill first (all of its
 * properties, read with getCellProperties over runs of cells). Cells marked before
 * keep their remembered fill; cells no longer marked get theirs back. Two syncs
 * (one more per further 2 MB of request to read the fills).
 */
export async function markCells(
  context: Excel.RequestContext,
  sheet: string,
  marks: Mark[]
): Promise<MarkOutcome> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.load("id");
  const stored = loadAllMarks(context);
  // Fills are read for as many marks as one sheet may keep; once the other sheets' marks are known, fewer may be kept.
  let kept = fitting(marks, MARK_STORE_BYTES);
  const reads: {
    address: string;
    props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[] = [];
  let request = 0;
  let response = 0;
  for (const address of runs(kept.map((m) => m.cell))) {
    const [a, b = a] = address.split(":").map((x) => parseAddress(x)!);
    const cells = b.row - a.row + 1;
    if (
      request + READ_CALL_BYTES > READ_REQUEST_BYTES ||
      response + cells * READ_CELL_BYTES > READ_RESPONSE_BYTES
    ) {
      // A very long list of fills to read: one sync per few MB, not one per cell.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      request = response = 0;
    }
    reads.push({
      address,
      props: ws.getRange(address).getCellProperties({ format: { fill: FILL_PROPS } }),
    });
    request += READ_CALL_BYTES + address.length;
    response += cells * READ_CELL_BYTES;
  }
  await context.sync();
  const key = MARKS_PREFIX + ws.id;
  const all = stored.get();
  const others = [...all].reduce((n, [k, m]) => (k === key ? n : n + m.bytes), 0);
  kept = fitting(kept, MARK_STORE_BYTES - others);
  const before = cellsOf(all.get(key));
  const read = new Map<string, SavedFill | null>();
  for (const { address, props } of reads) {
    const [a] = address.split(":");
    const origin = parseAddress(a)!;
    props.value.forEach((line, r) =>
      line.forEach((cell, c) =>
        read.set(cellAddress(origin.row + r, origin.col + c), toFill(cell.format?.fill))
      )
    );
  }
  const now = new Set(kept.map((m) => m.cell));
  const next = new Map<string, SavedFill | null>();
  for (const m of kept)
    next.set(m.cell, before.has(m.cell) ? before.get(m.cell)! : (read.get(m.cell) ?? null));
  const unmarked = new Map([...before].filter(([c]) => !now.has(c)));
  queueRestore(ws, unmarked);
  for (const [severity, group] of groupBy(kept, (m) => m.severity)) {
    for (const address of chunkAddresses(group.map((m) => m.cell)))
      ws.getRanges(address).format.fill.color = MARK_COLORS[severity as Severity];
  }
  context.workbook.settings.add(key, JSON.stringify(storeOf(sheet, next)));
  try {
    await context.sync();
  } catch (e) {
    // A batch is not a transaction: put back every fill this sheet had before any mark, and forget its marks.
    queueRestore(ws, new Map([...next, ...unmarked]));
    context.workbook.settings.add(key, JSON.stringify(storeOf(sheet, new Map())));
    await context.sync().catch(() => undefined);
    throw e;
  }
  return { marked: kept.length, unmarked: marks.length - kept.length };
}

/**
 * Put every marked cell's fill back as it was and forget the marks, on every sheet
 * still there (found by id, whatever it is called now). The marks are forgotten in
 * the same batch after the fills, so a clear that fails part-way can be run again.
 */
export async function clearMarks(context: Excel.RequestContext): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id");
  const stored = loadAllMarks(context);
  await context.sync();
  const ids = new Set(sheets.items.map((s) => s.id));
  for (const [key, marks] of stored.get()) {
    const id = key.slice(MARKS_PREFIX.length);
    if (ids.has(id)) queueRestore(context.workbook.worksheets.getItem(id), cellsOf(marks));
    context.workbook.settings.getItem(key).delete();
  }
  await context.sync();
}
