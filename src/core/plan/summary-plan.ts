import type { Lang } from "../issues";
import type { PlanRead } from "../model";
import { columnName } from "../snapshot";
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

export type SummaryKind = "data" | "goal" | "department";

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
  table?: PlannedTable;
  pivot?: PlannedPivot;
  chart?: PlannedChart;
}

export interface WorkbookPlan {
  sheets: PlannedSheet[];
}

export const MARKER_PREFIX = "ACHV_SUMMARY_";
export const DATA_TABLE = "AchvData";

const WORDS = {
  ja: {
    data: "達成状況データ",
    goal: "基本目標別集計",
    department: "担当課別集計",
    goalTitle: "基本目標別 達成状況",
    departmentTitle: "担当課別 達成状況",
    source: (sheet: string, date: string) => `元のシート: ${sheet}　作成日: ${date}`,
    cols: {
      goal: "基本目標",
      goalTitle: "基本目標名",
      measure: "施策",
      measureTitle: "施策名",
      item: "取組項目",
      itemTitle: "取組項目名",
      department: "担当課",
      rating: "達成度",
      narrative: "取組状況の記入",
      cell: "元のセル",
      goalKey: "目標キー",
      departmentKey: "担当課キー",
      firstOfItem: "項目初出",
      firstInDepartment: "担当課内項目初出",
    },
    yes: "あり",
    no: "なし",
    name: "名称",
    entries: "評価数",
    items: "項目数",
    notEvaluable: "評価対象外",
    unrated: "未評価",
    rate: "達成率",
    total: "合計",
    noDepartment: "（担当課なし）",
    chart: (what: string) => `${what}の達成度`,
  },
  en: {
    data: "Achievement data",
    goal: "By goal",
    department: "By department",
    goalTitle: "Achievement by goal",
    departmentTitle: "Achievement by department",
    source: (sheet: string, date: string) => `Source sheet: ${sheet}  Made: ${date}`,
    cols: {
      goal: "Goal",
      goalTitle: "Goal title",
      measure: "Measure",
      measureTitle: "Measure title",
      item: "Item",
      itemTitle: "Item title",
      department: "Department",
      rating: "Rating",
      narrative: "Narrative written",
      cell: "Source cell",
      goalKey: "Goal key",
      departmentKey: "Department key",
      firstOfItem: "First of item",
      firstInDepartment: "First of item in department",
    },
    yes: "yes",
    no: "no",
    name: "Title",
    entries: "Entries",
    items: "Items",
    notEvaluable: "Not evaluable",
    unrated: "Unrated",
    rate: "Achievement rate",
    total: "Total",
    noDepartment: "(no department)",
    chart: (what: string) => `Ratings ${what.toLowerCase()}`,
  },
};

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
 * The 1-based summary row of each goal index: goals in plan order, entries with no
 * goal (-1) first, as summarize() lists them. A number, so a blank or long goal
 * label still matches.
 */
function goalKeys(plan: PlanRead): Map<number, number> {
  const goals = [...new Set(plan.entries.map((e) => plan.items[e.item].goal))].sort((a, b) => a - b);
  return new Map(goals.map((g, i) => [g, i + 1]));
}

function dataSheet(plan: PlanRead, summary: Summary, o: SummaryPlanOptions): PlannedSheet {
  const w = WORDS[o.lang];
  const c = w.cols;
  const columns = [
    c.goal, c.goalTitle, c.measure, c.measureTitle, c.item, c.itemTitle, c.department, c.rating, c.narrative, c.cell,
    c.goalKey, c.departmentKey, c.firstOfItem, c.firstInDepartment,
  ];
  const cells: PlannedCell[] = columns.map((value, col) => ({ row: 0, col, value, bold: true }));
  const goalKey = goalKeys(plan);
  const departmentKey = new Map(summary.byDepartment.map((d, i) => [d.department, i + 1]));
  // Static flags, not formulas: they stay right when the table is sorted, and cost nothing to recalculate.
  const seenItems = new Set<number>();
  const seenInDepartment = new Set<number>();
  const departments = departmentKey.size + 1;
  plan.entries.forEach((e, i) => {
    const item = plan.items[e.item];
    const goal = plan.goals[item.goal];
    const measure = plan.measures[item.measure];
    const row = i + 1;
    const department = departmentKey.get(e.department)!;
    const inDepartment = e.item * departments + department;
    const firstOfItem = !seenItems.has(e.item);
    const firstInDepartment = !seenInDepartment.has(inDepartment);
    seenItems.add(e.item);
    seenInDepartment.add(inDepartment);
    const values: (string | number | null)[] = [
      goal ? goal.numeral || goal.title : "",
      goal?.title ?? "",
      measure ? (measure.number ?? measure.title) : "",
      measure?.title ?? "",
      item.number ?? item.title,
      item.title,
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
  return {
    kind: "data",
    name: w.data,
    marker: `${MARKER_PREFIX}DATA`,
    cells,
    merges: [],
    columnWidths: [8, 28, 8, 28, 8, 32, 18, 8, 10, 16, 8, 8, 8, 8],
    table: { name: o.tableName ?? DATA_TABLE, top: 0, left: 0, bottom: Math.max(1, plan.entries.length), right: columns.length - 1, columns },
  };
}

/** A summary row; its key in the data table is its 1-based position. */
interface GroupRow {
  label: string;
  title: string;
  counts: Counts;
}

/**
 * A static table by goal or by department, with their values: row k counts the data
 * rows whose key is k (COUNTIFS), its items are the first-of-item flags among them
 * (SUMIFS), each code column adds the rating code of its header as a criterion.
 */
function groupSheet(kind: "goal" | "department", rows: GroupRow[], summary: Summary, plan: PlanRead, o: SummaryPlanOptions): PlannedSheet {
  const w = WORDS[o.lang];
  const table = o.tableName ?? DATA_TABLE;
  const ref = (column: string) => refIn(table, column);
  const keyColumn = kind === "goal" ? w.cols.goal : w.cols.department;
  const keyRef = ref(kind === "goal" ? w.cols.goalKey : w.cols.departmentKey);
  // An item belongs to one goal, so its first row flags it for its goal; a department needs its own first row of the item.
  const firstRef = ref(kind === "goal" ? w.cols.firstOfItem : w.cols.firstInDepartment);
  const codes = summary.codes;
  const notEvaluable = new Set(summary.notEvaluableCodes);
  const achieved = summary.achievedCodes;
  const head = [keyColumn, w.name, w.entries, w.items, ...codes, w.notEvaluable, w.unrated, w.rate];
  const HEAD_ROW = 3;
  const first = HEAD_ROW + 1;
  const cells: PlannedCell[] = [
    { row: 0, col: 0, value: kind === "goal" ? w.goalTitle : w.departmentTitle, bold: true },
    { row: 1, col: 0, value: w.source(plan.sheet, o.date) },
    ...head.map((value, col) => ({ row: HEAD_ROW, col, value, bold: true, fill: "#D9E1F2" })),
  ];
  const codeCol = (i: number) => 4 + i;
  const colOf = {
    entries: 2,
    items: 3,
    notEvaluable: 4 + codes.length,
    unrated: 5 + codes.length,
    rate: 6 + codes.length,
  };
  const L = (col: number) => columnName(col);
  const ratingRef = ref(w.cols.rating);
  /** key: the row's key in the data table; null on the total row, which counts every data row. */
  const write = (row: number, key: number | null, label: string, title: string, counts: Counts) => {
    const r = row + 1;
    const total = key === null;
    const match = total ? "" : `${keyRef},${key}`;
    cells.push({ row, col: 0, value: label, bold: total }, { row, col: 1, value: title, bold: total });
    // COUNT, not ROWS: a plan with no entries still has one blank table row.
    cells.push({ row, col: colOf.entries, value: counts.entries, formula: total ? `=COUNT(${keyRef})` : `=COUNTIFS(${match})` });
    const items = total ? `=SUM(${ref(w.cols.firstOfItem)})` : `=SUMIFS(${firstRef},${match})`;
    cells.push({ row, col: colOf.items, value: counts.items, formula: items });
    codes.forEach((code, i) => {
      // COUNTIFS reads * ? ~ in a criterion as wildcards: a code holding one is matched as escaped text.
      const byCode = /[*?~]/.test(code) ? `${ratingRef},"=${code.replace(/[~*?]/g, "~$&").replace(/"/g, '""')}"` : `${ratingRef},"="&${L(codeCol(i))}$${HEAD_ROW + 1}`;
      cells.push({ row, col: codeCol(i), value: counts.ratings[code] ?? 0, formula: `=COUNTIFS(${[match, byCode].filter(Boolean).join(",")})` });
    });
    const neCols = codes.map((code, i) => (notEvaluable.has(code) ? `${L(codeCol(i))}${r}` : null)).filter(Boolean);
    cells.push({ row, col: colOf.notEvaluable, value: counts.notEvaluable, formula: neCols.length ? `=${neCols.join("+")}` : "=0" });
    const codeSum = codes.length ? `SUM(${L(codeCol(0))}${r}:${L(codeCol(codes.length - 1))}${r})` : "0";
    cells.push({ row, col: colOf.unrated, value: counts.unrated, formula: `=${L(colOf.entries)}${r}-${codeSum}` });
    const achievedCells = codes.map((code, i) => (achieved.includes(code) ? `${L(codeCol(i))}${r}` : null)).filter(Boolean);
    const rated = `(${L(colOf.entries)}${r}-${L(colOf.unrated)}${r}-${L(colOf.notEvaluable)}${r})`;
    cells.push({
      row,
      col: colOf.rate,
      value: counts.achievementRate,
      formula: `=IF(${rated}=0,"",(${achievedCells.join("+") || "0"})/${rated})`,
      numberFormat: "0.0%",
    });
    if (total) for (let col = 0; col < head.length; col++) cells.find((x) => x.row === row && x.col === col)!.bold = true;
  };
  rows.forEach((g, i) => write(first + i, i + 1, g.label, g.title, g.counts));
  const totalRow = first + rows.length;
  write(totalRow, null, w.total, "", summary.total);
  const lastData = Math.max(first, totalRow - 1);
  const name = kind === "goal" ? w.goal : w.department;
  return {
    kind,
    name,
    marker: `${MARKER_PREFIX}${kind.toUpperCase()}`,
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: head.length - 1 }],
    columnWidths: [kind === "goal" ? 8 : 20, kind === "goal" ? 36 : 4, 8, 8, ...codes.map(() => 6), 10, 8, 10],
    pivot: {
      name: `${table}_${kind === "goal" ? "Goal" : "Department"}`,
      sourceTable: table,
      rows: keyColumn,
      columns: w.cols.rating,
      values: w.cols.item,
      anchor: `${L(head.length + 1)}${HEAD_ROW + 1}`,
    },
    chart: {
      title: w.chart(name),
      values: `${L(codeCol(0))}${HEAD_ROW + 1}:${L(codeCol(codes.length - 1))}${lastData + 1}`,
      categories: `A${first + 1}:A${lastData + 1}`,
      from: `A${totalRow + 3}`,
      to: `${L(Math.max(7, head.length - 1))}${totalRow + 3 + Math.max(12, rows.length * 2)}`,
    },
  };
}

export function buildSummaryPlan(plan: PlanRead, summary: Summary, o: SummaryPlanOptions): WorkbookPlan {
  const w = WORDS[o.lang];
  const kinds = o.kinds ?? ["data", "goal", "department"];
  const sheets: PlannedSheet[] = [dataSheet(plan, summary, o)];
  if (kinds.includes("goal")) {
    sheets.push(groupSheet("goal", summary.byGoal.map((g) => ({ label: g.goal, title: g.title, counts: g })), summary, plan, o));
  }
  if (kinds.includes("department")) {
    const rows = summary.byDepartment.map((d) => ({ label: d.department || w.noDepartment, title: "", counts: d }));
    sheets.push(groupSheet("department", rows, summary, plan, o));
  }
  return { sheets };
}
