import type { Issue, Lang, Severity } from "../core/issues";
import type { SheetSnapshot } from "../core/snapshot";
import type { ColumnMap } from "../core/layout/header";
import type { SummaryKind, WorkbookPlan } from "../core/plan/summary-plan";
import type { ValidationResult } from "../core/validate";
import type { CellWrite } from "../core/roundtrip/merge";

/** One cell to colour, by the worst severity found there. */
export interface Mark {
  cell: string;
  severity: Severity;
}

/** How many cells were coloured, and how many were left unmarked because the workbook's settings would grow too large. */
export interface MarkOutcome {
  marked: number;
  unmarked: number;
}

/** What an Excel may lack: each needs a requirement set the pane names when it is missing. */
export type HostFeature = "marks" | "summaries" | "pivots" | "merges" | "settings";

/** The requirement set each feature needs. */
export const FEATURE_NEEDS: Record<HostFeature, string> = {
  merges: "ExcelApi 1.13",
  marks: "ExcelApi 1.9",
  summaries: "ExcelApi 1.7",
  pivots: "ExcelApi 1.8",
  settings: "ExcelApi 1.4",
};

/** The features a host lacks, with the set each needs; empty on a host that has them all. */
export type MissingFeatures = { feature: HostFeature; needs: string }[];

/** What the user set, kept in the workbook. */
export interface PaneSettings {
  /** The sheet last chosen, when not the active one. */
  sheet?: string;
  /** Department master list, one name each. */
  departments?: string[];
  /** Column mapping per sheet, for sheets whose header words are not found (0-based header row and columns). */
  columns?: Record<string, { row: number; columns: ColumnMap }>;
  /** Which summary tables to insert beside the data sheet (both when absent). */
  summaryKinds?: ("goal" | "department")[];
}

/** The last validation, kept in the workbook so the pane shows what the ribbon button found. */
export interface StoredResult {
  sheet: string;
  at: string;
  issues: Issue[];
  /** Issues left out of the store when there were very many. */
  omitted: number;
  counts: { goals: number; measures: number; items: number; entries: number };
  /** Every sheet read as part of the plan, the first being `sheet` (absent in results stored by older versions). */
  sheets?: string[];
  /** The year whose ratings were checked, as the header writes it (令和5年度), where the sheet holds several. */
  year?: string;
  /** Where the legend was read ("評価基準!A3"); null for the default A–D. */
  legend?: string | null;
  /** Every department of the plan, for the pane's filter. */
  departments?: string[];
}

/** Sheets a pane should not offer for checking, or should look at last. */
export interface SheetRoles {
  /** Sheets the workbook hides (a template, last year's copy). */
  hidden: string[];
  /** The add-in's own summary sheets (found by their ACHV_SUMMARY_* names): never checked as a plan. */
  summaries: string[];
}

/** One fix to write, with the text the cell must still hold. */
export interface CellFix {
  sheet: string;
  cell: string;
  value: string;
  expected: string;
}

/** What the pane shows of a plan besides its findings, for its department filter. */
export interface PlanDepartments {
  /** Every department of the plan, sorted. */
  all: string[];
  /** The departments standing on each cell a finding names, by "Sheet!F52". */
  byCell: Record<string, string[]>;
}

/** A check made where the workbook is held: the result without its plan and summary, and the plan's departments. */
export interface CheckedElsewhere {
  result: ValidationResult;
  departments: PlanDepartments;
}

export interface ReadResult {
  snapshot: SheetSnapshot;
  /** False where the host cannot report merged areas (Excel without ExcelApi 1.13). */
  mergesRead: boolean;
}

/**
 * What the task pane needs from a workbook. Two implementations: Office.js inside
 * Excel (src/excel) and a file-backed one for the browser preview and tests.
 */
export interface WorkbookHost {
  readonly kind: "excel" | "file";
  /** Features this host lacks (an older Excel), for the pane to say once what is missing and what still works. */
  missing?(): MissingFeatures;
  /** Display language of the host, e.g. "ja-JP". */
  displayLanguage(): string;
  listSheets(): Promise<string[]>;
  /** Hidden sheets and the add-in's summary sheets. Optional: without it every listed sheet is offered and checked. */
  sheetRoles?(): Promise<SheetRoles>;
  activeSheet(): Promise<string>;
  /** Bring a sheet to the front (the pane's chosen sheet, the plan's first sheet after a check). Optional. */
  showSheet?(name: string): Promise<void>;
  readSheet(name: string, onProgress?: (done: number, total: number) => void): Promise<ReadResult>;
  /**
   * Read and check `sheets` where the workbook is held (the browser page's Web Worker, off the page's
   * main thread), as validateOnHost in workflow.ts does. The plan stays there: the result comes with
   * `plan` and `summary` null, and with what the pane shows of the plan. Optional: without it the
   * pane reads and checks.
   */
  validate?(
    sheets: string[],
    hidden: string[],
    sheet: string,
    settings: PaneSettings
  ): Promise<CheckedElsewhere>;
  /**
   * Check afresh and insert the summary sheets where the plan is held (see validate), as
   * insertSummaries in workflow.ts does. Optional: without it the pane makes the plan and calls
   * insertSummaries.
   */
  summarize?(
    sheet: string,
    settings: PaneSettings,
    lang: Lang,
    kinds: SummaryKind[]
  ): Promise<InsertedSummaries>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Colour these cells, remembering each cell's fill so clearMarks restores it exactly. */
  markCells(sheet: string, marks: Mark[]): Promise<MarkOutcome | void>;
  clearMarks(): Promise<void>;
  /** Write one value into one cell, only if the cell still holds `expected`. */
  applyFix(sheet: string, cell: string, value: string, expected: string): Promise<void>;
  /**
   * Several fixes in one batch ("fix all"): each written only where its cell still holds `expected`;
   * returns the cells refused as changed. Optional: without it the pane applies them one by one.
   */
  applyFixes?(fixes: CellFix[]): Promise<{ changed: string[] }>;
  /**
   * Write a merge's answers (rating and narrative cells) in one batch, only if every cell still
   * holds the text it had when the plan was read (else HostFailure "cell-changed", nothing
   * written); mark the written cells (info) while keeping `shown`, the findings' marks per sheet.
   * Optional: a host without it cannot import answers.
   */
  writeAnswers?(
    writes: readonly CellWrite[],
    shown: Readonly<Record<string, readonly Mark[]>>
  ): Promise<AnswersWritten>;
  /** Open an .xlsx made here (a department's form) as a new workbook. Optional: Excel with ExcelApi 1.8. */
  openWorkbook?(bytes: Uint8Array): Promise<void>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
  loadResult(): Promise<StoredResult | null>;
  saveResult(result: StoredResult): Promise<void>;
  /**
   * Insert the summary sheets the plan describes, replacing only sheets the add-in
   * made before. The plan is made once the host knows a free name for the data table.
   */
  insertSummaries(makePlan: (tableName: string) => WorkbookPlan): Promise<InsertedSummaries>;
}

/** What writing a merge's answers did: cells written, and marked or left unmarked (the marks' own limit). */
export interface AnswersWritten {
  written: number;
  marked: number;
  unmarked: number;
}

export interface InsertedSummaries {
  sheets: { kind: SummaryKind; name: string }[];
  /** False where the host cannot make PivotTables (ExcelApi 1.8), so only the static tables were written. */
  pivots: boolean;
}
