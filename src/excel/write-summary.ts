import type { PlannedCell, PlannedSheet, WorkbookPlan } from "../core/plan/summary-plan";
import { DATA_TABLE, PRINT_FOOTER, headerText } from "../core/plan/summary-plan";
import { cellAddress, parseAddress, type CellRange } from "../core/snapshot";
import { freeSheetName, freeTableName, sheetOfReference } from "../core/plan/sheet-names";

export interface SummaryWriteOptions {
  /** ExcelApi 1.8: native PivotTables on the data table. */
  pivots: boolean;
  /** ExcelApi 1.9: suspend screen updating while writing. */
  suspendScreen: boolean;
  /** ExcelApi 1.9: the print settings (landscape, one page wide, print titles, header and footer); older Excel prints with its defaults. */
  pageLayout?: boolean;
  /** Most cell text one request may carry (requestBytesFor); none: the whole insert goes in one write. */
  requestBytes?: number;
}

export interface WrittenSheet {
  kind: PlannedSheet["kind"];
  name: string;
}

/** Column width in points for a width in characters, as Excel shows it. */
const POINTS_PER_CHAR = 7.5;

function bounds(sheet: PlannedSheet): CellRange {
  let bottom = 0;
  let right = 0;
  for (const c of sheet.cells) {
    if (c.row > bottom) bottom = c.row;
    if (c.col > right) right = c.col;
  }
  return { top: 0, left: 0, bottom, right };
}

/**
 * One matrix for the whole sheet: formulas where the plan has them, else the values.
 * Excel parses written text as if typed ("1-1" a date, "(1)" -1, "001" 1, "TRUE",
 * "10%", "=…"), so every text cell gets a leading apostrophe: it stays the text it was.
 */
function matrix(sheet: PlannedSheet, b: CellRange): (string | number | boolean)[][] {
  const m: (string | number | boolean)[][] = Array.from({ length: b.bottom + 1 }, () =>
    new Array(b.right + 1).fill("")
  );
  for (const c of sheet.cells) {
    const v = c.value ?? "";
    m[c.row][c.col] = c.formula ?? (typeof v === "string" && v !== "" ? `'${v}` : v);
  }
  return m;
}

function rangeAddress(r: CellRange): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

/** A cell's format, as one key: cells that share it are written as one range. */
const formatKey = (c: PlannedCell) =>
  `${c.numberFormat ?? ""}\u0000${c.bold ? 1 : 0}\u0000${c.fill ?? ""}`;

/**
 * The formatted cells as few ranges as the plan allows: runs of neighbouring cells of a row that
 * share a format, joined with the same run on the rows below. A summary table is a handful of
 * ranges, not one request per cell.
 */
export function formatAreas(
  cells: readonly PlannedCell[]
): { range: CellRange; cell: PlannedCell }[] {
  const rows = new Map<number, PlannedCell[]>();
  for (const c of cells)
    if (c.numberFormat || c.bold || c.fill)
      (rows.get(c.row) ?? rows.set(c.row, []).get(c.row)!).push(c);
  const done: { range: CellRange; cell: PlannedCell }[] = [];
  let open = new Map<string, { range: CellRange; cell: PlannedCell }>();
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const line = rows.get(row)!.sort((a, b) => a.col - b.col);
    const next = new Map<string, { range: CellRange; cell: PlannedCell }>();
    for (let i = 0; i < line.length;) {
      let j = i;
      while (
        j + 1 < line.length &&
        line[j + 1].col === line[j].col + 1 &&
        formatKey(line[j + 1]) === formatKey(line[i])
      )
        j++;
      const key = `${line[i].col}:${line[j].col}:${formatKey(line[i])}`;
      const above = open.get(key);
      if (above && above.range.bottom === row - 1) {
        above.range.bottom = row;
        open.delete(key);
        next.set(key, above);
      } else
        next.set(key, {
          range: { top: row, left: line[i].col, bottom: row, right: line[j].col },
          cell: line[i],
        });
      i = j + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done;
}

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/** Wrapped names, ruled tables, and (ExcelApi 1.9) how the sheet prints: the same as the file writer. */
function queueLayout(ws: Excel.Worksheet, sheet: PlannedSheet, options: SummaryWriteOptions): void {
  for (const area of sheet.wrap) ws.getRange(rangeAddress(area)).format.wrapText = true;
  for (const area of sheet.borders) {
    const borders = ws.getRange(rangeAddress(area)).format.borders;
    for (const edge of EDGES) {
      const border = borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
  if (!options.pageLayout) return;
  const p = sheet.print;
  const layout = ws.pageLayout;
  layout.orientation = "Landscape";
  // One page wide, as many tall as the rows need: 0 is "automatic", as fitToHeight="0" in the file format.
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = true;
  layout.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
  if (p.area) layout.setPrintArea(rangeAddress(p.area));
  const pages = layout.headersFooters.defaultForAllPages;
  pages.centerHeader = headerText(p.header);
  pages.centerFooter = PRINT_FOOTER;
}

/**
 * A request to Excel on the web is capped at 5 MB (the other hosts have no such
 * cap): there a batch is sent before the cell text it carries, counted as the
 * request's JSON counts it, would pass this, so a large data table goes in as few
 * syncs as the cap allows (one per block of rows, never one per row) and a usual
 * one in one. The rest of the 5 MB is room for the request's envelope and the
 * formats, tables, PivotTables and charts queued with the last block.
 */
export const WEB_REQUEST_BYTES = 4_500_000;

/** Office.PlatformType's values at run time, for the hosts without the cap. */
const UNCAPPED = new Set(["PC", "Mac", "iOS", "Android", "Universal"]);

/** The request cap for a host platform (Office.context.diagnostics.platform); an unknown one is treated as the web. */
export function requestBytesFor(platform: unknown): number | undefined {
  return UNCAPPED.has(String(platform)) ? undefined : WEB_REQUEST_BYTES;
}

/** A value's size in a request: its JSON in UTF-8, with the comma that follows it. */
export function jsonBytes(v: string | number | boolean): number {
  if (typeof v !== "string") return String(v).length + 1;
  let n = 3;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x20) n += 6;
    else if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function rowBytes(row: (string | number | boolean)[]): number {
  let n = 2;
  for (const v of row) n += jsonBytes(v);
  return n;
}

/** What the request being built may still carry, and the sync that sends it. */
interface RequestBudget {
  readonly cap: number;
  room(): number;
  take(bytes: number): void;
  send(): Promise<void>;
}

async function queueSheet(
  ws: Excel.Worksheet,
  sheet: PlannedSheet,
  options: SummaryWriteOptions,
  dataTable: Excel.Table | null,
  budget: RequestBudget
): Promise<Excel.Table | null> {
  const b = bounds(sheet);
  const m = matrix(sheet, b);
  // Rows go into the request being built while they fit; a full request is sent first. Without a cap
  // (room is infinite) the whole sheet is one block.
  let start = 0;
  let bytes = 0;
  const flush = (end: number) => {
    if (end > start) {
      ws.getRangeByIndexes(start, 0, end - start, b.right + 1).formulas = m.slice(start, end);
      budget.take(bytes);
    }
    start = end;
    bytes = 0;
  };
  for (let r = 0; r <= b.bottom; r++) {
    const size = budget.cap === Infinity ? 0 : rowBytes(m[r]);
    // A row too large for any request still goes, alone: the host's refusal then names the problem.
    if (bytes + size > budget.room() && (r > start || budget.room() < budget.cap)) {
      flush(r);
      await budget.send();
    }
    bytes += size;
  }
  flush(b.bottom + 1);
  sheet.columnWidths.forEach(
    (w, i) =>
      (ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = w * POINTS_PER_CHAR)
  );
  for (const { range, cell: c } of formatAreas(sheet.cells)) {
    const cells = ws.getRange(rangeAddress(range));
    if (c.numberFormat)
      cells.numberFormat = Array.from({ length: range.bottom - range.top + 1 }, () =>
        new Array(range.right - range.left + 1).fill(c.numberFormat)
      );
    if (c.bold) cells.format.font.bold = true;
    if (c.fill) cells.format.fill.color = c.fill;
  }
  for (const m of sheet.merges) ws.getRange(rangeAddress(m)).merge();
  queueLayout(ws, sheet, options);
  let table: Excel.Table | null = null;
  if (sheet.table) {
    table = ws.tables.add(rangeAddress(sheet.table), true);
    table.name = sheet.table.name;
  }
  if (sheet.pivot && options.pivots && dataTable) {
    const p = sheet.pivot;
    const pivot = ws.pivotTables.add(p.name, dataTable, ws.getRange(p.anchor));
    pivot.rowHierarchies.add(pivot.hierarchies.getItem(p.rows));
    pivot.columnHierarchies.add(pivot.hierarchies.getItem(p.columns));
    const values = pivot.dataHierarchies.add(pivot.hierarchies.getItem(p.values));
    values.summarizeBy = "Count";
  }
  if (sheet.chart) {
    const chart = ws.charts.add("BarStacked", ws.getRange(sheet.chart.values), "Columns");
    chart.title.text = sheet.chart.title;
    chart.setPosition(sheet.chart.from, sheet.chart.to);
    // One series per column of the chart's data (the rating codes), not per header cell of the table.
    const [from, to] = sheet.chart.values.split(":").map((a) => parseAddress(a));
    const series = from && to ? to.col - from.col + 1 : 0;
    for (let i = 0; i < series; i++)
      chart.series.getItemAt(i).setXAxisValues(ws.getRange(sheet.chart.categories));
  }
  return table;
}

/**
 * Insert the summary sheets in three syncs (on Excel on the web, plus one per
 * further 4.5 MB of cell text on very large plans): read the sheet, table and name lists; write every new sheet
 * (values first, then formats, tables, PivotTables, charts) under names no sheet
 * has; then drop the add-in's earlier sheets and give the new ones their names. A sheet of the user's is never
 * touched. If the write fails part-way, the new sheets are deleted again and the
 * earlier ones stay as they were.
 */
export async function writeSummarySheets(
  context: Excel.RequestContext,
  makePlan: (tableName: string) => WorkbookPlan,
  options: SummaryWriteOptions
): Promise<WrittenSheet[]> {
  try {
    return await writeOnce(context, makePlan, options);
  } catch (e) {
    // A host thought uncapped refused the size after all: the failed write left nothing behind, so write again in blocks.
    const refused =
      typeof e === "object" &&
      e !== null &&
      (e as { code?: unknown }).code === "RequestPayloadSizeLimitExceeded";
    if (options.requestBytes !== undefined || !refused) throw e;
    return writeOnce(context, makePlan, { ...options, requestBytes: WEB_REQUEST_BYTES });
  }
}

async function writeOnce(
  context: Excel.RequestContext,
  makePlan: (tableName: string) => WorkbookPlan,
  options: SummaryWriteOptions
): Promise<WrittenSheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();

  const existing = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  // A table name is unique among tables and defined names alike.
  const usedNames = new Set(
    [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)].map((n) =>
      n.toLowerCase()
    )
  );
  const tableName = freeTableName(DATA_TABLE, (n) => usedNames.has(n));
  const plan = makePlan(tableName);
  // Only the kinds being written are replaced, as in files: inserting 前年度比較 leaves the summaries, and the other way round.
  const kinds = new Set(plan.sheets.map((p) => p.marker));
  // Each kind's own name (ACHV_SUMMARY_*, ACHV_STATUS): none other is touched.
  const markers = names.items.filter((n) => kinds.has(n.name));
  // The add-in's earlier sheets: those its names still point at (a name whose sheet is gone points at #REF!).
  const old = new Set<string>();
  for (const n of markers) {
    const sheet = sheetOfReference(n.formula);
    if (sheet && existing.has(sheet.toLowerCase())) old.add(sheet);
  }

  const added: { planned: PlannedSheet; temp: string }[] = [];
  const taken = (n: string) =>
    existing.has(n.toLowerCase()) || added.some((a) => a.temp.toLowerCase() === n.toLowerCase());
  for (const planned of plan.sheets)
    added.push({ planned, temp: freeSheetName(planned.name, taken) });

  // Screen updating stays off only until the next sync: asked again for every batch that writes.
  const suspend = () => {
    if (options.suspendScreen) context.application.suspendScreenUpdatingUntilNextSync();
  };
  let queued = 0;
  const budget: RequestBudget = {
    cap: options.requestBytes ?? Infinity,
    room: () => budget.cap - queued,
    take: (bytes) => void (queued += bytes),
    send: async () => {
      // One sync per full request of blocks, never one per row.
      await context.sync();
      suspend();
      queued = 0;
    },
  };
  try {
    suspend();
    let dataTable: Excel.Table | null = null;
    for (const { planned, temp } of added) {
      const ws = sheets.add(temp);
      const table = await queueSheet(ws, planned, options, dataTable, budget);
      dataTable ??= table;
    }
    await context.sync();
  } catch (e) {
    // Nothing of the user's or of the earlier summaries was touched yet: only the new sheets that exist go.
    const now = context.workbook.worksheets;
    now.load("items/name");
    await context.sync().catch(() => undefined);
    const temps = new Set(added.map((a) => a.temp));
    try {
      for (const s of now.items) if (temps.has(s.name)) s.delete();
      await context.sync();
    } catch {
      // The workbook could not be reached to tidy up: the first error is the one to report.
    }
    throw e;
  }

  // Commit: the earlier sheets and their names go, the new sheets get their names and marks.
  for (const n of markers) n.delete();
  for (const sheet of old) sheets.getItem(sheet).delete();
  const freed = new Set([...old].map((n) => n.toLowerCase()));
  const stillTaken = (n: string) =>
    (existing.has(n.toLowerCase()) && !freed.has(n.toLowerCase())) ||
    added.some((a) => a.temp.toLowerCase() === n.toLowerCase() && a.temp !== n);
  const written: WrittenSheet[] = added.map(({ planned, temp }) => {
    const wanted = freeSheetName(planned.name, stillTaken);
    const ws = sheets.getItem(temp);
    names.add(planned.marker, ws.getRange("A1"));
    if (wanted !== temp) ws.name = wanted;
    return { kind: planned.kind, name: wanted };
  });
  await context.sync();
  return written;
}
