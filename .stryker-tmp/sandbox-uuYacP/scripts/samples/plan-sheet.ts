// @ts-nocheck
import type ExcelJS from "exceljs";
import type { PlanRow } from "./plan-rows";

export type PlanField = "goal" | "measure" | "item" | "department" | "rating" | "narrative";

export interface PlanColumn {
  /** A plan field, or an extra column the reader must ignore. */
  field: PlanField | "extra";
  header: string;
  width?: number;
  /** Values of an extra column. */
  extra?: (row: PlanRow, index: number) => string | number | null;
  /** A group heading written in a header row above this column's word, merged over the columns sharing it (a two-row header). */
  group?: string;
}

export interface PlanSheetLayout {
  sheetName: string;
  /** Rows above everything: the plan's title, a document label such as 資料2. */
  title?: string;
  documentLabel?: string;
  /** The rating legend above the header (code, description), or null for none. */
  legend?: { heading: [string, string]; codes: [string, string][] } | null;
  columns: PlanColumn[];
  /**
   * How goal, measure, item and narrative cells are laid: merged over their rows
   * within a printed page (the seed), written on the first row only with the
   * cells under them empty, or written again on every row.
   */
  fill: "merge" | "first" | "every";
  /** Rows per printed page; by default the rows' own page numbers. */
  pageRows?: number;
  /** Repeat the header row at the top of every printed page. */
  repeatHeader?: boolean;
  /**
   * Goals and measures as heading rows merged across the table, with the header repeated under
   * each measure (the columns then hold no goal or measure): "plain" writes the label as it is
   * ("I 男女…"), "worded" after its level word ("基本目標 I 男女…", "施策 1 …").
   */
  headings?: "plain" | "worded";
  /** Where the legend stands: above the header (the default) or below the table. */
  legendAt?: "above" | "below";
  /** Rows after the table: a total row (合計 and the number of rows) and notes (※ …) merged across it. */
  total?: boolean;
  notes?: string[];
}

export const SEED_COLUMNS: PlanColumn[] = [
  { field: "goal", header: "基本目標", width: 16 },
  { field: "measure", header: "施策", width: 18 },
  { field: "item", header: "取組項目", width: 22 },
  { field: "department", header: "担当課（R5）", width: 16 },
  { field: "rating", header: "達成度", width: 7 },
  { field: "narrative", header: "取組計画と達成状況（R5）", width: 70 },
];

export const SEED_LEGEND: PlanSheetLayout["legend"] = {
  heading: ["区分", "達成度"],
  codes: [
    ["A", "計画以上（100%～）"],
    ["B", "計画どおり（70～99%）"],
    ["C", "計画以下（1～69%）"],
    ["D", "未着手（0%）"],
  ],
};

const thin = { style: "thin" as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

function pages(rows: PlanRow[], pageRows?: number): PlanRow[][] {
  const out: PlanRow[][] = [];
  rows.forEach((row, i) => {
    const page = pageRows ? Math.floor(i / pageRows) : row.page;
    const last = out[out.length - 1];
    if (last && (pageRows ? Math.floor((i - 1) / pageRows) === page : last[0].page === page)) last.push(row);
    else out.push([row]);
  });
  return out;
}

/** The key that decides whether two rows share a cell in this column. */
function runKey(field: PlanField, row: PlanRow): string | null {
  switch (field) {
    case "goal":
      return row.goal;
    case "measure":
      return `${row.goal}\u0000${row.measure}`;
    case "item":
    case "narrative":
      return `${row.goal}\u0000${row.measure}\u0000${row.item}`;
    default:
      return null;
  }
}

/** Write a plan table laid out the way such sheets are: title, legend, then one header + rows per printed page. */
export function addPlanSheet(wb: ExcelJS.Workbook, rows: PlanRow[], layout: PlanSheetLayout): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(layout.sheetName, { pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const width = layout.columns.length;
  layout.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width ?? 14));
  let r = 1;
  if (layout.documentLabel) {
    const cell = ws.getCell(r, width);
    cell.value = layout.documentLabel;
    cell.alignment = { horizontal: "right" };
    r++;
  }
  if (layout.title) {
    ws.mergeCells(r, 1, r, width);
    const cell = ws.getCell(r, 1);
    cell.value = layout.title;
    cell.font = { bold: true, size: 14 };
    cell.alignment = { horizontal: "center" };
    r += 2;
  }
  if (layout.legend && layout.legendAt !== "below") r = writeLegend(ws, layout.legend, r) + 1;
  const headerCell = (row: number, col: number, value: string | null) => {
    const cell = ws.getCell(row, col);
    cell.value = value;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
  };
  const twoRows = layout.columns.some((c) => c.group);
  const writeHeader = () => {
    if (!twoRows) {
      layout.columns.forEach((c, i) => headerCell(r, i + 1, c.header));
      r++;
      return;
    }
    // Group headings merged over their columns; a column without one is merged down both rows.
    layout.columns.forEach((c, i) => {
      // A merged area's other cells hold nothing (ExcelJS would write their value into its top-left).
      if (!(c.group && layout.columns[i - 1]?.group === c.group)) headerCell(r, i + 1, c.group ?? c.header);
      if (c.group) headerCell(r + 1, i + 1, c.header);
      if (!c.group) ws.mergeCells(r, i + 1, r + 1, i + 1);
      else if (layout.columns[i - 1]?.group !== c.group) {
        let last = i;
        while (layout.columns[last + 1]?.group === c.group) last++;
        if (last > i) ws.mergeCells(r, i + 1, r, last + 1);
      }
    });
    r += 2;
  };
  const banner = (text: string) => {
    ws.mergeCells(r, 1, r, width);
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.font = { bold: true };
    r++;
  };
  let index = 0;
  const pageList = layout.headings ? measures(rows) : pages(rows, layout.pageRows);
  pageList.forEach((page, p) => {
    if (layout.headings) {
      const word = (w: string) => (layout.headings === "worded" ? `${w} ` : "");
      if (p === 0 || pageList[p - 1][0].goal !== page[0].goal) banner(word("基本目標") + page[0].goal);
      banner(word("施策") + page[0].measure);
    }
    if (p === 0 || layout.repeatHeader !== false || layout.headings) writeHeader();
    const first = r;
    page.forEach((row, k) => {
      layout.columns.forEach((c, i) => {
        const cell = ws.getCell(r, i + 1);
        cell.border = BORDER;
        cell.alignment = { vertical: "top", wrapText: true, horizontal: c.field === "rating" ? "center" : undefined };
        if (c.field === "extra") {
          cell.value = c.extra ? c.extra(row, index) : null;
          return;
        }
        const key = runKey(c.field, row);
        const startsRun = key === null || k === 0 || runKey(c.field, page[k - 1]) !== key;
        const value = row[c.field];
        if (layout.fill === "every" || startsRun) cell.value = value === "" ? null : value;
      });
      r++;
      index++;
    });
    if (layout.fill === "merge") {
      layout.columns.forEach((c, i) => {
        if (c.field === "extra") return;
        let start = 0;
        for (let k = 1; k <= page.length; k++) {
          const key = runKey(c.field, page[start]);
          if (key === null) break;
          if (k === page.length || runKey(c.field, page[k]) !== key) {
            if (k - 1 > start) ws.mergeCells(first + start, i + 1, first + k - 1, i + 1);
            start = k;
          }
        }
      });
    }
    if (p < pageList.length - 1) ws.getRow(r - 1).addPageBreak();
  });
  if (layout.total) {
    ws.getCell(r, 1).value = "合計";
    ws.getCell(r, width).value = rows.length;
    r++;
  }
  for (const note of layout.notes ?? []) banner(note);
  if (layout.legend && layout.legendAt === "below") writeLegend(ws, layout.legend, r + 1);
  return ws;
}

/** The rows of each measure, in order: one table per measure under its headings. */
function measures(rows: PlanRow[]): PlanRow[][] {
  const out: PlanRow[][] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && last[0].goal === row.goal && last[0].measure === row.measure) last.push(row);
    else out.push([row]);
  }
  return out;
}

/** A legend (heading, then code and description per line) from row `r`; returns the row after it. */
export function writeLegend(ws: ExcelJS.Worksheet, legend: NonNullable<PlanSheetLayout["legend"]>, r: number): number {
  const lines = [legend.heading, ...legend.codes];
  for (const [i, [code, description]] of lines.entries()) {
    ws.getCell(r, 1).value = code;
    ws.getCell(r, 2).value = description;
    ws.mergeCells(r, 2, r, 3);
    for (const c of [1, 2]) {
      ws.getCell(r, c).border = BORDER;
      if (i === 0) ws.getCell(r, c).font = { bold: true };
    }
    ws.getCell(r, 1).alignment = { horizontal: "center" };
    r++;
  }
  return r;
}
