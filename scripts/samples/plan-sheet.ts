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
  if (layout.legend) {
    const lines = [layout.legend.heading, ...layout.legend.codes];
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
    r++;
  }
  const writeHeader = () => {
    layout.columns.forEach((c, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = BORDER;
    });
    r++;
  };
  let index = 0;
  const pageList = pages(rows, layout.pageRows);
  pageList.forEach((page, p) => {
    if (p === 0 || layout.repeatHeader !== false) writeHeader();
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
  return ws;
}
