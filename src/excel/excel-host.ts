import {
  FEATURE_NEEDS,
  type HostFeature,
  type Mark,
  type MissingFeatures,
  type ReadResult,
  type WorkbookHost,
} from "../app/host";
import { HostFailure } from "../app/failures";
import { toHostFailure } from "./failures";
import { clearMarks, markCells } from "./marks";
import { readSheetSnapshot } from "./read-sheet";
import { KEYS, fitStoredResult, settingsStore, type DocumentSettings } from "./settings";
import { settingsFrom, storedResultFrom } from "./stored";
import { sheetOfReference } from "../core/plan/sheet-names";

/** Workbook names the add-in gives its own sheets: ACHV_SUMMARY_* (summaries, 前年度比較) and ACHV_STATUS (answers). */
const ADDIN_NAME_PREFIX = "ACHV_";
import { requestBytesFor, writeSummarySheets } from "./write-summary";
import { changedSinceRead, mergeAnswers } from "./merge-answers";

/** An .xlsx as Excel.createWorkbook takes it: base64, made without a Node Buffer (the pane runs in a browser). */
function base64Of(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode takes a limited count of arguments.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * What this Excel can do, by ExcelApi version (the manifest asks for 1.1 only, so
 * every check is made here at run time). Reading and validating need 1.1 alone.
 */
export interface Requirements {
  /** ExcelApi 1.1: the least any Excel that loads the add-in has; false only outside Excel. */
  read: boolean;
  /** ExcelApi 1.4: getUsedRangeOrNullObject, Workbook.settings, workbook names. */
  v14: boolean;
  /** ExcelApi 1.7 (with 1.4): the summary writer (getRangeByIndexes, chart axes, name formulas). */
  summaries: boolean;
  /** ExcelApi 1.8: PivotTables. */
  pivots: boolean;
  /** ExcelApi 1.9: RangeAreas, getCellProperties and every fill property, for marks that restore exactly; screen updating. */
  marks: boolean;
  /** ExcelApi 1.13: getMergedAreasOrNullObject. */
  merges: boolean;
}

export function checkRequirements(
  isSetSupported: (name: string, version: string) => boolean
): Requirements {
  return {
    read: isSetSupported("ExcelApi", "1.1"),
    v14: isSetSupported("ExcelApi", "1.4"),
    summaries: isSetSupported("ExcelApi", "1.7"),
    pivots: isSetSupported("ExcelApi", "1.8"),
    marks: isSetSupported("ExcelApi", "1.9"),
    merges: isSetSupported("ExcelApi", "1.13"),
  };
}

/** The features this Excel lacks, each with the set it needs. Settings fall back to the common Settings API, so they are missing only without it. */
export function missingFeatures(r: Requirements, hasDocumentSettings: boolean): MissingFeatures {
  const lacks: HostFeature[] = [];
  if (!r.merges) lacks.push("merges");
  if (!r.marks) lacks.push("marks");
  if (!r.summaries) lacks.push("summaries");
  else if (!r.pivots) lacks.push("pivots");
  if (!r.v14 && !hasDocumentSettings) lacks.push("settings");
  return lacks.map((feature) => ({ feature, needs: FEATURE_NEEDS[feature] }));
}

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The task pane's WorkbookHost inside Excel. Every call is one Excel.run; failures become HostFailure.
 * `platform` (Office.context.diagnostics.platform) tells whether requests are capped (requestBytesFor);
 * `documentSettings` (Office.context.document.settings) keeps the settings where Workbook.settings (1.4) is missing.
 */
export function createExcelHost(
  run: Run,
  requirements: Requirements,
  displayLanguage: string,
  platform?: unknown,
  documentSettings?: DocumentSettings
): WorkbookHost {
  const requestBytes = requestBytesFor(platform);
  const guarded: Run = async (batch) => {
    try {
      return await run(batch);
    } catch (e) {
      throw toHostFailure(e);
    }
  };
  const missing = missingFeatures(requirements, documentSettings !== undefined);
  const need = (feature: HostFeature) => {
    if (missing.some((m) => m.feature === feature)) throw new HostFailure("unsupported", feature);
  };
  const store = settingsStore(guarded, requirements.v14, documentSettings);
  return {
    kind: "excel",
    missing: () => missing,
    displayLanguage: () => displayLanguage,
    listSheets: () =>
      guarded(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),
    // The add-in's own sheets are found by its workbook names (NamedItem.formula, ExcelApi 1.7: an older Excel cannot have made them, and lists none).
    sheetRoles: () =>
      guarded(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name,items/visibility");
        const names = requirements.summaries ? context.workbook.names : null;
        names?.load("items/name,items/formula");
        await context.sync();
        const own = (names?.items ?? [])
          .filter((n) => n.name.startsWith(ADDIN_NAME_PREFIX))
          .map((n) => sheetOfReference(n.formula));
        return {
          hidden: sheets.items.filter((s) => s.visibility !== "Visible").map((s) => s.name),
          summaries: own.filter((s): s is string => Boolean(s)),
        };
      }),
    showSheet: (name) =>
      guarded(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
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
        snapshot: await readSheetSnapshot(context, name, {
          merges: requirements.merges,
          usedRangeOrNull: requirements.v14,
          onProgress,
        }),
        mergesRead: requirements.merges,
      })),
    selectCell: (sheet, cell) =>
      guarded(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        // Found in the list rather than by getItemOrNullObject (ExcelApi 1.4), so it works on 1.1.
        const ws = sheets.items.find((s) => s.name === sheet);
        if (!ws) throw new HostFailure("sheet-gone", sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),
    markCells: (sheet: string, marks: Mark[]) => {
      need("marks");
      return guarded((context) => markCells(context, sheet, marks));
    },
    clearMarks: () => {
      need("marks");
      return guarded((context) => clearMarks(context));
    },
    applyFix: (sheet, cell, value, expected) =>
      guarded(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
        range.load("values");
        await context.sync();
        if (String(range.values[0][0]) !== expected) throw new HostFailure("cell-changed", cell);
        // A fix is a legend code: written as text, so "1" or "TRUE" never turn into a number or a boolean.
        range.values = [[`'${value}`]];
        await context.sync();
      }),
    // Read the answer cells (1 sync), then write them (1 sync per request cap) and mark them (2 per sheet).
    writeAnswers: (writes, shown) =>
      guarded(async (context) => {
        const changed = await changedSinceRead(context, writes);
        if (changed.length > 0) throw new HostFailure("cell-changed", changed.join(", "));
        return mergeAnswers(context, writes, { shown, requestBytes, mark: requirements.marks });
      }),
    // Excel.createWorkbook opens the form as a new, unsaved workbook (ExcelApi 1.8).
    ...(requirements.pivots
      ? {
          openWorkbook: (bytes: Uint8Array) =>
            Excel.createWorkbook(base64Of(bytes)).catch((e: unknown) => {
              throw toHostFailure(e);
            }),
        }
      : {}),
    loadSettings: async () => settingsFrom(await store.load(KEYS.settings)),
    saveSettings: (settings) => {
      need("settings");
      return store.save(KEYS.settings, settings);
    },
    loadResult: async () => storedResultFrom(await store.load(KEYS.result)),
    saveResult: async (result) => {
      if (missing.some((m) => m.feature === "settings")) return;
      await store.save(KEYS.result, fitStoredResult(result));
    },
    insertSummaries: (makePlan) => {
      need("summaries");
      return guarded(async (context) => ({
        sheets: await writeSummarySheets(context, makePlan, {
          pivots: requirements.pivots,
          suspendScreen: requirements.marks,
          pageLayout: requirements.marks,
          requestBytes,
        }),
        pivots: requirements.pivots,
      }));
    },
  };
}
