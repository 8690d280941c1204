import type ExcelJS from "exceljs";
import type { PlannedSheet, WorkbookPlan } from "../core/plan/summary-plan";
import { cellAddress } from "../core/snapshot";
import { freeSheetName, sheetOfReference } from "../core/plan/sheet-names";

export interface PlacedSheet {
  kind: PlannedSheet["kind"];
  name: string;
}

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

function writeCells(ws: ExcelJS.Worksheet, sheet: PlannedSheet): void {
  for (const c of sheet.cells) {
    const cell = ws.getCell(cellAddress(c.row, c.col));
    cell.value = c.formula ? { formula: c.formula.slice(1), result: c.value ?? undefined } as ExcelJS.CellFormulaValue : c.value;
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    if (c.bold) cell.font = { bold: true };
    if (c.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${c.fill.slice(1)}` } };
  }
}

/**
 * Add the plan's sheets to a workbook (ExcelJS), replacing only sheets an earlier
 * run made — found by the workbook-level names that mark them — and never a sheet
 * of the user's, whatever its name. Charts and PivotTables are not written: ExcelJS
 * cannot make them; the static tables and the data table are.
 */
export function addSummarySheets(wb: ExcelJS.Workbook, plan: WorkbookPlan): PlacedSheet[] {
  for (const sheet of plan.sheets) {
    const found = wb.definedNames.getRanges(sheet.marker);
    for (const range of found?.ranges ?? []) {
      const name = sheetOfReference(range);
      const ws = name ? wb.getWorksheet(name) : undefined;
      if (ws) wb.removeWorksheet(ws.id);
    }
    if (found?.ranges?.length) for (const range of found.ranges) wb.definedNames.remove(range, sheet.marker);
  }
  const placed: PlacedSheet[] = [];
  for (const sheet of plan.sheets) {
    const name = freeSheetName(sheet.name, (n) => wb.worksheets.some((w) => w.name.toLowerCase() === n.toLowerCase()));
    const ws = wb.addWorksheet(name);
    sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
    if (sheet.table) {
      const t = sheet.table;
      const rows: (string | number | null)[][] = [];
      for (const c of sheet.cells) {
        if (c.row === 0) continue;
        (rows[c.row - 1] ??= new Array(t.columns.length).fill(null))[c.col] = c.value;
      }
      ws.addTable({
        name: t.name,
        ref: cellAddress(t.top, t.left),
        headerRow: true,
        style: { theme: "TableStyleLight9", showRowStripes: true },
        columns: t.columns.map((c) => ({ name: c, filterButton: true })),
        rows: rows.length ? rows : [new Array(t.columns.length).fill(null)],
      });
    } else {
      writeCells(ws, sheet);
    }
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    wb.definedNames.add(`${quote(name)}!$A$1`, sheet.marker);
    placed.push({ kind: sheet.kind, name });
  }
  return placed;
}
