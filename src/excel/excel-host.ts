import { HostFailure, type Mark, type PaneSettings, type ReadResult, type StoredResult, type WorkbookHost } from "../taskpane/host";
import { toHostFailure } from "./failures";
import { clearMarks, markCells } from "./marks";
import { readSheetSnapshot } from "./read-sheet";
import { KEYS, loadJson, saveJson } from "./settings";
import { requestBytesFor, writeSummarySheets } from "./write-summary";

export interface Requirements {
  /** getRangeByIndexes, NamedItem.formula, chart series axes: the least this add-in reads a sheet with. */
  basic: boolean;
  /** getMergedAreasOrNullObject. */
  merges: boolean;
  /** RangeAreas and RangeFill.pattern, for marks that restore exactly. */
  marks: boolean;
  /** Workbook.settings. */
  settings: boolean;
  /** PivotTables. */
  pivots: boolean;
}

export function checkRequirements(isSetSupported: (name: string, version: string) => boolean): Requirements {
  return {
    basic: isSetSupported("ExcelApi", "1.7"),
    merges: isSetSupported("ExcelApi", "1.13"),
    marks: isSetSupported("ExcelApi", "1.9"),
    settings: isSetSupported("ExcelApi", "1.4"),
    pivots: isSetSupported("ExcelApi", "1.8"),
  };
}

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The task pane's WorkbookHost inside Excel. Every call is one Excel.run; failures become HostFailure.
 * `platform` (Office.context.diagnostics.platform) tells whether requests are capped (requestBytesFor).
 */
export function createExcelHost(run: Run, requirements: Requirements, displayLanguage: string, platform?: unknown): WorkbookHost {
  const requestBytes = requestBytesFor(platform);
  const guarded: Run = async (batch) => {
    try {
      return await run(batch);
    } catch (e) {
      throw toHostFailure(e);
    }
  };
  const need = (ok: boolean, what: string) => {
    if (!ok) throw new HostFailure("unsupported", what);
  };
  return {
    kind: "excel",
    displayLanguage: () => displayLanguage,
    listSheets: () =>
      guarded(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),
    activeSheet: () =>
      guarded(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.load("name");
        await context.sync();
        return ws.name;
      }),
    readSheet: (name, onProgress): Promise<ReadResult> =>
      guarded(async (context) => ({
        snapshot: await readSheetSnapshot(context, name, { merges: requirements.merges, onProgress }),
        mergesRead: requirements.merges,
      })),
    selectCell: (sheet, cell) =>
      guarded(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
                await context.sync();
        if (ws.isNullObject) throw new HostFailure("sheet-gone", sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),
    markCells: (sheet: string, marks: Mark[]) => {
      need(requirements.marks, "ExcelApi 1.9");
      return guarded((context) => markCells(context, sheet, marks));
    },
    clearMarks: () => {
      need(requirements.marks, "ExcelApi 1.9");
      return guarded((context) => clearMarks(context));
    },
    applyFix: (sheet, cell, value, expected) =>
      guarded(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
        range.load("values");
        await context.sync();
        if (String(range.values[0][0]) !== expected) throw new HostFailure("cell-changed", cell);
        range.values = [[value]];
        await context.sync();
      }),
    loadSettings: () =>
      guarded(async (context) => {
        if (!requirements.settings) return {};
        const s = loadJson(context, KEYS.settings);
        await context.sync();
        return (s.get() as PaneSettings | null) ?? {};
      }),
    saveSettings: (settings) => {
      need(requirements.settings, "ExcelApi 1.4");
      return guarded(async (context) => {
        saveJson(context, KEYS.settings, settings);
        await context.sync();
      });
    },
    loadResult: () =>
      guarded(async (context) => {
        if (!requirements.settings) return null;
        const s = loadJson(context, KEYS.result);
        await context.sync();
        return (s.get() as StoredResult | null) ?? null;
      }),
    saveResult: (result) =>
      guarded(async (context) => {
        if (!requirements.settings) return;
        saveJson(context, KEYS.result, result);
        await context.sync();
      }),
    insertSummaries: (makePlan) =>
      guarded(async (context) => ({
        sheets: await writeSummarySheets(context, makePlan, { pivots: requirements.pivots, suspendScreen: requirements.marks, requestBytes }),
        pivots: requirements.pivots,
      })),
  };
}
