import type ExcelJS from "exceljs";
import type { PlannedSheet, WorkbookPlan } from "../core/plan/summary-plan";
import { MARKER_PREFIX, PRINT_FOOTER, headerText } from "../core/plan/summary-plan";
import { STATUS_MARKER } from "../core/roundtrip/status";
import { cellAddress } from "../core/snapshot";
import { freeSheetName, sheetOfReference } from "../core/plan/sheet-names";
import { decodeXml } from "./read-xlsx";
import { workbookXml } from "./keep-user-parts";

export interface PlacedSheet {
  kind: PlannedSheet["kind"];
  name: string;
}

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

function writeCells(ws: ExcelJS.Worksheet, sheet: PlannedSheet): void {
  for (const c of sheet.cells) {
    const cell = ws.getCell(cellAddress(c.row, c.col));
    cell.value = c.formula
      ? ({ formula: c.formula.slice(1), result: c.value ?? undefined } as ExcelJS.CellFormulaValue)
      : c.value;
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    if (c.bold) cell.font = { bold: true };
    if (c.fill)
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${c.fill.slice(1)}` } };
  }
}

const absoluteRow = (row: number, col: number) => cellAddress(row, col).replace(/(\d+)$/, "$$$1");

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/** Long names wrap in their columns; the tables are ruled; the sheet prints landscape, one page wide, its header rows on every page. */
function layOut(ws: ExcelJS.Worksheet, sheet: PlannedSheet): void {
  for (const r of sheet.wrap) {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++)
        ws.getCell(row + 1, col + 1).alignment = { wrapText: true };
    }
  }
  for (const r of sheet.borders) {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++)
        ws.getCell(row + 1, col + 1).border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    }
  }
  const p = sheet.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: "landscape",
    // One page wide, as many tall as the rows need (fitToHeight 0: "automatic", ECMA-376 §18.3.1.64).
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${p.titleRows.first + 1}:${p.titleRows.last + 1}`,
    // ExcelJS writes "$" before each end of the area and no more: the rows are made absolute here ("A$1" → $A$1).
    ...(p.area
      ? {
          printArea: `${absoluteRow(p.area.top, p.area.left)}:${absoluteRow(p.area.bottom, p.area.right)}`,
        }
      : {}),
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: `&C${headerText(p.header)}`,
    oddFooter: `&C${PRINT_FOOTER}`,
  };
}

/** A workbook name of the add-in's (ACHV_SUMMARY_*, ACHV_STATUS) and the sheet it refers to: null once that sheet was deleted. */
export type SummaryMarker = [marker: string, sheet: string | null];

/**
 * The add-in's names in a workbook file, read from its workbook part as Excel wrote them: ExcelJS
 * cannot be asked, as it reads a deleted sheet's #REF!$A$1 as a reference to a sheet called #REF.
 */
export function summaryMarkers(bytes: Uint8Array): SummaryMarker[] {
  // A workbook whose names cannot be read has no marked sheets to replace.
  const xml = workbookXml(bytes) ?? "";
  const found: SummaryMarker[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?definedName\b[^>]*\bname="([^"]*)"[^>]*>([^<]*)</g))
    if (m[1].startsWith(MARKER_PREFIX) || m[1] === STATUS_MARKER)
      found.push([m[1], sheetOfReference(decodeXml(m[2]))]);
  return found;
}

/**
 * Add the plan's sheets to a workbook (ExcelJS), replacing only sheets an earlier
 * run made — those its names refer to in the file (`earlier`, from summaryMarkers) —
 * and never a sheet of the user's, whatever its name. Charts and PivotTables are not
 * written: ExcelJS cannot make them; the static tables and the data table are.
 */
export function addSummarySheets(
  wb: ExcelJS.Workbook,
  plan: WorkbookPlan,
  earlier: readonly SummaryMarker[]
): PlacedSheet[] {
  const kinds = new Set(plan.sheets.map((p) => p.marker));
  for (const [marker, sheet] of earlier) {
    const ws = sheet !== null && kinds.has(marker) ? wb.getWorksheet(sheet) : undefined;
    if (ws) wb.removeWorksheet(ws.id);
  }
  // The kinds written are named anew. A name whose sheet was deleted goes too, whatever its kind:
  // ExcelJS would save it as '#REF'!$A$1, pointing at a user's sheet of that name.
  const deleted = earlier.filter(([, sheet]) => sheet === null).map(([marker]) => marker);
  for (const marker of new Set([...kinds, ...deleted]))
    for (const range of wb.definedNames.getRanges(marker).ranges)
      wb.definedNames.remove(range, marker);
  const placed: PlacedSheet[] = [];
  for (const sheet of plan.sheets) {
    const name = freeSheetName(sheet.name, (n) =>
      wb.worksheets.some((w) => w.name.toLowerCase() === n.toLowerCase())
    );
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
    layOut(ws, sheet);
    wb.definedNames.add(`${quote(name)}!$A$1`, sheet.marker);
    placed.push({ kind: sheet.kind, name });
  }
  return placed;
}
