import type { Lang } from "../issues";
import type { PlanRead } from "../model";
import { columnName } from "../snapshot";
import type { Counts, Summary } from "../summary/summarize";

/**
 * What to write into a workbook, as plain data, so the writer inside Excel and the
 * file writer render the same summaries: a flat data table (the PivotTables'
 * source), and a sheet by goal and one by department with a static table whose
 * cells are COUNTIFS formulas over the data table carrying their computed values.
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

function dataSheet(plan: PlanRead, o: SummaryPlanOptions): PlannedSheet {
  const w = WORDS[o.lang];
  const c = w.cols;
  const columns = [c.goal, c.goalTitle, c.measure, c.measureTitle, c.item, c.itemTitle, c.department, c.rating, c.narrative, c.cell];
  const cells: PlannedCell[] = columns.map((value, col) => ({ row: 0, col, value, bold: true }));
  plan.entries.forEach((e, i) => {
    const item = plan.items[e.item];
    const goal = plan.goals[item.goal];
    const measure = plan.measures[item.measure];
    const row = i + 1;
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
      `${plan.sheet}!${e.ratingCell || e.departmentCell}`,
    ];
    values.forEach((value, col) => cells.push({ row, col, value: value === "" ? null : value }));
  });
  return {
    kind: "data",
    name: w.data,
    marker: `${MARKER_PREFIX}DATA`,
    cells,
    merges: [],
    columnWidths: [8, 28, 8, 28, 8, 32, 18, 8, 10, 16],
    table: { name: o.tableName ?? DATA_TABLE, top: 0, left: 0, bottom: Math.max(1, plan.entries.length), right: columns.length - 1, columns },
  };
}

interface GroupRow {
  key: string;
  title: string;
  counts: Counts;
}

/** A static table by goal or by department: COUNTIFS over the data table, with their values. */
function groupSheet(kind: "goal" | "department", rows: GroupRow[], summary: Summary, plan: PlanRead, o: SummaryPlanOptions): PlannedSheet {
  const w = WORDS[o.lang];
  const table = o.tableName ?? DATA_TABLE;
  const ref = (column: string) => refIn(table, column);
  const keyColumn = kind === "goal" ? w.cols.goal : w.cols.department;
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
  const keyRef = ref(keyColumn);
  // An item is told apart by goal, measure and item label together (numbering may restart per measure).
  const itemKey = [ref(w.cols.goal), ref(w.cols.measure), ref(w.cols.item)].map((x) => `${x},${x}`).join(",");
  const ratingRef = ref(w.cols.rating);
  const write = (row: number, label: string, title: string, counts: Counts, total: boolean) => {
    const r = row + 1;
    const match = total ? "" : `${keyRef},$A${r}`;
    const countIf = (extra?: string) => {
      const args = [match, extra].filter(Boolean).join(",");
      return args ? `COUNTIFS(${args})` : `ROWS(${keyRef})`;
    };
    cells.push({ row, col: 0, value: label, bold: total }, { row, col: 1, value: title, bold: total });
    cells.push({ row, col: colOf.entries, value: counts.entries, formula: `=${countIf()}` });
    const distinct = total
      ? `SUMPRODUCT(1/COUNTIFS(${itemKey}))`
      : `SUMPRODUCT((${keyRef}=$A${r})/COUNTIFS(${keyRef},${keyRef},${itemKey}))`;
    cells.push({ row, col: colOf.items, value: counts.items, formula: `=${distinct}` });
    codes.forEach((code, i) => {
      cells.push({ row, col: codeCol(i), value: counts.ratings[code] ?? 0, formula: `=${countIf(`${ratingRef},"="&${L(codeCol(i))}$${HEAD_ROW + 1}`)}` });
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
  rows.forEach((g, i) => write(first + i, g.key, g.title, g.counts, false));
  const totalRow = first + rows.length;
  write(totalRow, w.total, "", summary.total, true);
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
  const sheets: PlannedSheet[] = [dataSheet(plan, o)];
  if (kinds.includes("goal")) {
    sheets.push(groupSheet("goal", summary.byGoal.map((g) => ({ key: g.goal, title: g.title, counts: g })), summary, plan, o));
  }
  if (kinds.includes("department")) {
    const rows = summary.byDepartment.map((d) => ({ key: d.department || w.noDepartment, title: "", counts: d }));
    sheets.push(groupSheet("department", rows, summary, plan, o));
  }
  return { sheets };
}
