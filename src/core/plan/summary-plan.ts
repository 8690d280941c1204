import { WORDS } from "../i18n/words";
import type { Lang } from "../issues";
import type { Block, PlanRead } from "../model";
import { type CellRange, columnName } from "../snapshot";
import { nfkc, removeSpaces } from "../text";
import { yearOf } from "../layout/years";
import { isContinued } from "../layout/labels";
import type { Counts, Summary } from "../summary/summarize";

/**
 * What to write into a workbook, as plain data, so the writer inside Excel and the
 * file writer render the same summaries: a flat data table (the PivotTables'
 * source), and a sheet by goal and one by department with a static table whose
 * cells are formulas over the data table carrying their computed values.
 *
 * The formulas match numbers only: each data row carries the summary row of its
 * goal and of its department (a key) and flags its item's first row, so an item
 * count is a SUMIFS over a flag. Text is never a COUNTIFS criterion except the
 * rating code in the header (Excel cannot compare text over 255 characters, and a
 * blank cell matches nothing), and no formula scans the table once per row: each
 * cell is one pass over a few columns, so recalculation grows linearly with entries.
 * Only functions Excel 2016 and LibreOffice compute alike (COUNT, COUNTIFS, SUM,
 * SUMIFS, IF).
 */

/** The add-in's sheets: the data table, the tables by goal and by department, the comparison with last year (core/compare) and the departments' answers (core/roundtrip). */
export type SummaryKind = "data" | "goal" | "department" | "compare" | "status";

export interface PlannedCell {
  /** 0-based, within the sheet. */
  row: number;
  col: number;
  value: string | number | null;
  /** Formula text with a leading "=", when the spreadsheet computes the cell. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
}

/**
 * How a sheet prints, the same from both writers: landscape, every column on one page wide
 * (as many pages tall as it needs), the header rows repeated on every page, a page header
 * naming the plan and a footer naming the sheet and the page.
 */
export interface PlannedPrint {
  /** Rows repeated at the top of every printed page, 0-based inclusive. */
  titleRows: { first: number; last: number };
  /** What prints, when not the whole sheet (the data table without its key columns). */
  area?: CellRange;
  /** Plain text printed at the top centre of every page. */
  header: string;
}

/** The footer of every printed page, in Excel's header and footer codes: the sheet's name, the page and the pages. */
export const PRINT_FOOTER = "&A　&P / &N";

/**
 * Plain text as a header or footer shows it: "&" starts a code there, so a written one is doubled;
 * Excel holds 255 characters in a header, so a longer name is cut with "…".
 */
export function headerText(text: string): string {
  const short = text.length > 200 ? `${text.slice(0, 199)}…` : text;
  return short.replace(/&/g, "&&");
}

/** Every sheet the plan was read from (one sheet per goal …), in order: the first is `plan.sheet`. */
function planSheets(plan: PlanRead): string[] {
  return [...new Set([plan.sheet, ...plan.entries.map((e) => e.sheet ?? plan.sheet)])];
}

/** Count cells: thousands separators. */
export const COUNT_FORMAT = "#,##0";
/** Achievement rates. */
export const RATE_FORMAT = "0.0%";

export interface PlannedTable {
  name: string;
  /** 0-based, inclusive; first row is the header. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  columns: string[];
}

export interface PlannedPivot {
  name: string;
  sourceTable: string;
  rows: string;
  columns: string;
  values: string;
  /** Top-left cell of the PivotTable on its sheet, A1. */
  anchor: string;
}

export interface PlannedChart {
  title: string;
  /** One series per rating code: the code columns with their header row, without the total row. */
  values: string;
  /** The row labels (goals or departments) along the axis. */
  categories: string;
  /** Where it is drawn: from and to cells, A1. */
  from: string;
  to: string;
}

export interface PlannedSheet {
  kind: SummaryKind;
  /** Preferred name; a writer picks another when a user's sheet has it. */
  name: string;
  /** Workbook-level name that marks the sheet as the add-in's own. */
  marker: string;
  cells: PlannedCell[];
  /** Merged areas, 0-based inclusive. */
  merges: { top: number; left: number; bottom: number; right: number }[];
  columnWidths: number[];
  /** Areas whose long text wraps within the column's width (names are never cut off): the name columns of the tables, not the titles above. */
  wrap: CellRange[];
  /** Areas drawn with thin lines on every cell edge (the summary tables). */
  borders: CellRange[];
  print: PlannedPrint;
  table?: PlannedTable;
  pivot?: PlannedPivot;
  chart?: PlannedChart;
}

export interface WorkbookPlan {
  sheets: PlannedSheet[];
}

export const MARKER_PREFIX = "ACHV_SUMMARY_";
/** The data sheet's name: the sheet that holds the add-in's table. */
export const DATA_MARKER = `${MARKER_PREFIX}DATA`;
export const DATA_TABLE = "AchvData";

export interface SummaryPlanOptions {
  lang: Lang;
  /** Shown in the titles, e.g. "2026-11-25". */
  date: string;
  kinds?: SummaryKind[];
  /** Name of the data table (the PivotTables' source); a writer passes a free one. */
  tableName?: string;
}

/** A table column as a structured reference, special characters escaped: AchvData[基本目標]. */
function refIn(table: string, column: string): string {
  return `${table}[${column.replace(/([[\]#'])/g, "'$1")}]`;
}

/**
 * The plan's name and year as the summaries' titles give them: the sheet's own title (else the
 * sheet's name), followed by its year in the summaries' words (令和5年度, FY2023) unless the title
 * names one — the year of the rating column read, else the one the sheet's name gives
 * ("R5達成状況" → 令和5年度). Not the column's header words: a one-row header names the field too
 * (令和5年度達成度).
 */
export function planHeading(plan: PlanRead, lang: Lang): string {
  const w = WORDS[lang].summary;
  const name = plan.title?.text ?? plan.sheet;
  if (yearOf(name) > 0) return name;
  const year = plan.header.year?.year ?? yearOf(plan.sheet);
  return year > 0 ? `${name}${w.gap}${w.year(year)}` : name;
}

const squash = (s: string) => removeSpaces(nfkc(s));

/** Characters a written number is made of, once folded: digits, Roman numerals (Ⅲ → III), ① → 1, brackets and separators. */
const NUMBER_CHARS = /^[\dIVXLC()[\]〔〕【】.\-・]+$/i;

/** The number a label's leading part ends with, as written ("基本目標1" → "1", "Ⅲ" → "Ⅲ", "(2)" → "(2)"); the whole part when none. */
function numberAtEnd(prefix: string): string {
  let j = prefix.length;
  while (j > 0 && NUMBER_CHARS.test(nfkc(prefix[j - 1]))) j--;
  return j < prefix.length ? prefix.slice(j) : prefix;
}

/**
 * A block's number and title as its cell writes them ("Ⅲ すこやかで…（施策11～14は…）" → "Ⅲ" and
 * "すこやかで…（施策11～14は…）"): the reader's title is compared in folded form with each tail of
 * the written label; the shortest prefix that leaves the title holds the number, whose written
 * characters end it (a heading's "基本目標1" gives "1"). A label whose number stands elsewhere (after
 * a （続）) keeps its whole text as the title. A plain ASCII number stays a number.
 */
export function writtenParts(b: Block): { number: string | number; title: string } {
  const written = b.written;
  const asNumber = (n: string): string | number => (/^\d{1,9}$/.test(n) ? Number(n) : n);
  if (!b.numeral) return { number: "", title: written };
  // The mark's brackets would pass for a number's ("（続）3" → "）3"): the reader's number, the label whole.
  if (isContinued(written)) return { number: asNumber(b.numeral), title: written };
  const target = squash(b.title);
  if (!target) return { number: asNumber(written), title: "" };
  for (let i = 1; i < written.length; i++) {
    const rest = squash(written.slice(i));
    if (rest.length < target.length) break;
    if (rest === target)
      return {
        number: asNumber(numberAtEnd(written.slice(0, i).trim())),
        title: written.slice(i).trim(),
      };
  }
  return { number: asNumber(b.numeral), title: written };
}

/**
 * The 1-based summary row of each goal index: goals in plan order, entries with no
 * goal (-1) first, as summarize() lists them. A number, so a blank or long goal
 * label still matches.
 */
function goalKeys(plan: PlanRead): Map<number, number> {
  const goals = [...new Set(plan.entries.map((e) => plan.items[e.item].goal))].sort(
    (a, b) => a - b
  );
  return new Map(goals.map((g, i) => [g, i + 1]));
}

/** Width in characters a text needs: East Asian wide characters take two. */
function textWidth(text: string): number {
  let n = 0;
  for (const ch of text)
    n +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2160-\u217f\u2460-\u24ff\u3000-\u303f]|[\u{20000}-\u{3fffd}]/u.test(
        ch
      )
        ? 2
        : 1;
  return n;
}

/**
 * A column as wide as its widest text, between the least a heading needs and the most a page
 * allows (longer text wraps); a heading wider than that most still fits, as it must not wrap.
 */
function fitWidth(texts: Iterable<string>, least: number, most: number): number {
  const cap = Math.max(least, most);
  let w = least;
  for (const t of texts) {
    for (const line of t.split("\n")) w = Math.max(w, textWidth(line) + 2);
    if (w >= cap) return cap;
  }
  return w;
}

/**
 * The data sheet's columns as wide as their values need, within what a landscape page can hold
 * at a readable scale: numbers narrow, titles up to 18–26 characters (longer ones wrap). The key
 * and flag columns are not printed.
 */
function dataWidths(
  columns: string[],
  blocks: { number: string | number; title: string }[][],
  summary: Summary,
  sheet: string,
  yesNo: { yes: string; no: string }
): number[] {
  const [goals, measures, items] = blocks;
  const numbers = (list: { number: string | number }[]) => list.map((b) => String(b.number));
  const titles = (list: { title: string }[]) => list.map((b) => b.title);
  // A header word never wraps (the table's header row keeps one line's height): it sets the least width.
  const least = (col: number, floor: number) => Math.max(floor, fitWidth([columns[col]], 0, 20));
  return [
    fitWidth(numbers(goals), least(0, 5), 10),
    fitWidth(titles(goals), least(1, 10), 18),
    fitWidth(numbers(measures), least(2, 5), 10),
    fitWidth(titles(measures), least(3, 10), 18),
    fitWidth(numbers(items), least(4, 5), 10),
    fitWidth(titles(items), least(5, 10), 26),
    fitWidth(
      summary.byDepartment.map((d) => d.department),
      least(6, 8),
      14
    ),
    fitWidth(summary.codes, least(7, 6), 10),
    fitWidth([yesNo.yes, yesNo.no], least(8, 6), 16),
    fitWidth([`${sheet}!A1000`], least(9, 10), 20),
    ...columns.slice(10).map(() => 8),
  ];
}

function dataSheet(plan: PlanRead, summary: Summary, o: SummaryPlanOptions): PlannedSheet {
  const w = WORDS[o.lang].summary;
  const c = w.cols;
  const columns = [
    c.goal,
    c.goalTitle,
    c.measure,
    c.measureTitle,
    c.item,
    c.itemTitle,
    c.department,
    c.rating,
    c.narrative,
    c.cell,
    c.goalKey,
    c.departmentKey,
    c.firstOfItem,
    c.firstInDepartment,
  ];
  const cells: PlannedCell[] = columns.map((value, col) => ({ row: 0, col, value, bold: true }));
  const goalKey = goalKeys(plan);
  const departmentKey = new Map(summary.byDepartment.map((d, i) => [d.department, i + 1]));
  // Each block's written number and title, worked out once per block, not once per entry.
  const parts = (list: Block[]) => list.map(writtenParts);
  const goals = parts(plan.goals);
  const measures = parts(plan.measures);
  const items = new Map<number, { number: string | number; title: string }>();
  // Static flags, not formulas: they stay right when the table is sorted, and cost nothing to recalculate.
  const seenItems = new Set<number>();
  const seenInDepartment = new Set<number>();
  const departments = departmentKey.size + 1;
  plan.entries.forEach((e, i) => {
    const item = plan.items[e.item];
    const goal = goals[item.goal];
    const measure = measures[item.measure];
    let own = items.get(e.item);
    if (!own) items.set(e.item, (own = writtenParts(item)));
    const row = i + 1;
    const department = departmentKey.get(e.department)!;
    const inDepartment = e.item * departments + department;
    const firstOfItem = !seenItems.has(e.item);
    const firstInDepartment = !seenInDepartment.has(inDepartment);
    seenItems.add(e.item);
    seenInDepartment.add(inDepartment);
    const values: (string | number | null)[] = [
      goal?.number ?? "",
      goal?.title ?? "",
      measure?.number ?? "",
      measure?.title ?? "",
      own.number,
      own.title,
      e.department || w.noDepartment,
      e.state === "valid" ? e.code : e.rating,
      item.narrative ? w.yes : w.no,
      `${e.sheet ?? plan.sheet}!${e.ratingCell || e.departmentCell}`,
      goalKey.get(item.goal)!,
      department,
      firstOfItem ? 1 : 0,
      firstInDepartment ? 1 : 0,
    ];
    values.forEach((value, col) => cells.push({ row, col, value: value === "" ? null : value }));
  });
  const bottom = Math.max(1, plan.entries.length);
  return {
    kind: "data",
    name: w.data,
    marker: DATA_MARKER,
    cells,
    merges: [],
    columnWidths: dataWidths(
      columns,
      [goals, measures, [...items.values()]],
      summary,
      plan.sheet,
      w
    ),
    wrap: [1, 3, 5, 6].map((col) => ({ top: 1, left: col, bottom, right: col })),
    borders: [],
    // The key and flag columns are for the formulas, not for reading: the printout stops at the source cell.
    print: {
      titleRows: { first: 0, last: 0 },
      area: { top: 0, left: 0, bottom, right: 9 },
      header: planHeading(plan, o.lang),
    },
    table: {
      name: o.tableName ?? DATA_TABLE,
      top: 0,
      left: 0,
      bottom,
      right: columns.length - 1,
      columns,
    },
  };
}

/** A summary row; its key in the data table is its 1-based position. */
interface GroupRow {
  label: string | number;
  /** The goal's title; absent on the department sheet, which has no title column. */
  title?: string;
  counts: Counts;
}

/**
 * A static table by goal or by department, with their values: row k counts the data
 * rows whose key is k (COUNTIFS), its items are the first-of-item flags among them
 * (SUMIFS), each code column adds the rating code of its header as a criterion.
 */
function groupSheet(
  kind: "goal" | "department",
  rows: GroupRow[],
  summary: Summary,
  plan: PlanRead,
  o: SummaryPlanOptions
): PlannedSheet {
  const w = WORDS[o.lang].summary;
  const table = o.tableName ?? DATA_TABLE;
  const ref = (column: string) => refIn(table, column);
  const keyColumn = kind === "goal" ? w.cols.goal : w.cols.department;
  const keyRef = ref(kind === "goal" ? w.cols.goalKey : w.cols.departmentKey);
  // An item belongs to one goal, so its first row flags it for its goal; a department needs its own first row of the item.
  const firstRef = ref(kind === "goal" ? w.cols.firstOfItem : w.cols.firstInDepartment);
  const codes = summary.codes;
  const notEvaluable = new Set(summary.notEvaluableCodes);
  const achieved = summary.achievedCodes;
  // A goal has a number and a title; a department is its name alone.
  const labels = kind === "goal" ? [keyColumn, w.name] : [keyColumn];
  const lead = labels.length;
  const head = [...labels, w.entries, w.items, ...codes, w.notEvaluable, w.unrated, w.rate];
  const HEAD_ROW = 3;
  const first = HEAD_ROW + 1;
  // The plan's name and year on the first line; what this table is, and where it comes from, on the second.
  const cells: PlannedCell[] = [
    { row: 0, col: 0, value: planHeading(plan, o.lang), bold: true },
    {
      row: 1,
      col: 0,
      value: `${kind === "goal" ? w.goalTitle : w.departmentTitle}${w.gap}${w.source(planSheets(plan).join(w.listSeparator), o.date)}`,
    },
    ...head.map((value, col) => ({ row: HEAD_ROW, col, value, bold: true, fill: "#D9E1F2" })),
  ];
  const codeCol = (i: number) => lead + 2 + i;
  const colOf = {
    entries: lead,
    items: lead + 1,
    notEvaluable: lead + 2 + codes.length,
    unrated: lead + 3 + codes.length,
    rate: lead + 4 + codes.length,
  };
  const L = (col: number) => columnName(col);
  const ratingRef = ref(w.cols.rating);
  const count = (row: number, col: number, value: number, formula: string, bold: boolean) =>
    cells.push({ row, col, value, formula, numberFormat: COUNT_FORMAT, bold });
  /** key: the row's key in the data table; null on the total row, which counts every data row. */
  const write = (row: number, key: number | null, g: GroupRow) => {
    const r = row + 1;
    const total = key === null;
    const counts = g.counts;
    const match = total ? "" : `${keyRef},${key}`;
    cells.push({ row, col: 0, value: g.label, bold: total });
    if (lead === 2) cells.push({ row, col: 1, value: g.title ?? "", bold: total });
    // COUNT, not ROWS: a plan with no entries still has one blank table row.
    count(
      row,
      colOf.entries,
      counts.entries,
      total ? `=COUNT(${keyRef})` : `=COUNTIFS(${match})`,
      total
    );
    count(
      row,
      colOf.items,
      counts.items,
      total ? `=SUM(${ref(w.cols.firstOfItem)})` : `=SUMIFS(${firstRef},${match})`,
      total
    );
    codes.forEach((code, i) => {
      // COUNTIFS reads * ? ~ in a criterion as wildcards: a code holding one is matched as escaped text.
      const byCode = /[*?~]/.test(code)
        ? `${ratingRef},"=${code.replace(/[~*?]/g, "~$&").replace(/"/g, '""')}"`
        : `${ratingRef},"="&${L(codeCol(i))}$${HEAD_ROW + 1}`;
      count(
        row,
        codeCol(i),
        counts.ratings[code] ?? 0,
        `=COUNTIFS(${[match, byCode].filter(Boolean).join(",")})`,
        total
      );
    });
    const neCols = codes
      .map((code, i) => (notEvaluable.has(code) ? `${L(codeCol(i))}${r}` : null))
      .filter(Boolean);
    count(
      row,
      colOf.notEvaluable,
      counts.notEvaluable,
      neCols.length ? `=${neCols.join("+")}` : "=0",
      total
    );
    const codeSum = codes.length
      ? `SUM(${L(codeCol(0))}${r}:${L(codeCol(codes.length - 1))}${r})`
      : "0";
    count(row, colOf.unrated, counts.unrated, `=${L(colOf.entries)}${r}-${codeSum}`, total);
    const achievedCells = codes
      .map((code, i) => (achieved.includes(code) ? `${L(codeCol(i))}${r}` : null))
      .filter(Boolean);
    const rated = `(${L(colOf.entries)}${r}-${L(colOf.unrated)}${r}-${L(colOf.notEvaluable)}${r})`;
    cells.push({
      row,
      col: colOf.rate,
      value: counts.achievementRate,
      formula: `=IF(${rated}=0,"",(${achievedCells.join("+") || "0"})/${rated})`,
      numberFormat: RATE_FORMAT,
      bold: total,
    });
  };
  rows.forEach((g, i) => write(first + i, i + 1, g));
  const totalRow = first + rows.length;
  write(totalRow, null, { label: w.total, title: "", counts: summary.total });
  const lastData = Math.max(first, totalRow - 1);
  const name = kind === "goal" ? w.goal : w.department;
  const labelTexts = [keyColumn, w.total, ...rows.map((g) => String(g.label))];
  const columnWidths =
    kind === "goal"
      ? [fitWidth(labelTexts, 8, 12), fitWidth([w.name, ...rows.map((g) => g.title ?? "")], 20, 44)]
      : [fitWidth(labelTexts, 14, 30)];
  columnWidths.push(
    9,
    9,
    ...codes.map((c) => fitWidth([c], 6, 12)),
    fitWidth([w.notEvaluable], 9, 16),
    fitWidth([w.unrated], 8, 12),
    fitWidth([w.rate], 8, 18)
  );
  const chartTop = totalRow + 3;
  const chartBottom = chartTop + Math.max(12, rows.length * 2);
  return {
    kind,
    name,
    marker: `${MARKER_PREFIX}${kind.toUpperCase()}`,
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: head.length - 1 }],
    columnWidths,
    wrap: [{ top: HEAD_ROW, left: 0, bottom: totalRow, right: lead - 1 }],
    borders: [{ top: HEAD_ROW, left: 0, bottom: totalRow, right: head.length - 1 }],
    print: { titleRows: { first: HEAD_ROW, last: HEAD_ROW }, header: planHeading(plan, o.lang) },
    // Below the table and the chart, within the table's columns: the page stays one table wide.
    pivot: {
      name: `${table}_${kind === "goal" ? "Goal" : "Department"}`,
      sourceTable: table,
      rows: keyColumn,
      columns: w.cols.rating,
      values: w.cols.item,
      anchor: `A${chartBottom + 3}`,
    },
    chart: {
      title: w.chart(name),
      values: `${L(codeCol(0))}${HEAD_ROW + 1}:${L(codeCol(codes.length - 1))}${lastData + 1}`,
      categories: `A${first + 1}:A${lastData + 1}`,
      from: `A${chartTop}`,
      to: `${L(Math.max(7, head.length - 1))}${chartBottom}`,
    },
  };
}

export function buildSummaryPlan(
  plan: PlanRead,
  summary: Summary,
  o: SummaryPlanOptions
): WorkbookPlan {
  const w = WORDS[o.lang].summary;
  const kinds = o.kinds ?? ["data", "goal", "department"];
  const sheets: PlannedSheet[] = [dataSheet(plan, summary, o)];
  if (kinds.includes("goal")) {
    // summarize() lists goals by index, entries with no goal (-1) first: the same order as the keys.
    const goals = [...goalKeys(plan).keys()];
    const rows = summary.byGoal.map((g, i) => {
      const block = plan.goals[goals[i]];
      const own = block ? writtenParts(block) : { number: "", title: "" };
      return { label: own.number, title: own.title, counts: g };
    });
    sheets.push(groupSheet("goal", rows, summary, plan, o));
  }
  if (kinds.includes("department")) {
    const rows = summary.byDepartment.map((d) => ({
      label: d.department || w.noDepartment,
      counts: d,
    }));
    sheets.push(groupSheet("department", rows, summary, plan, o));
  }
  return { sheets };
}
