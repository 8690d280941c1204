import type { Issue, Lang, Severity } from "../core/issues";
import { buildSummaryPlan, type SummaryKind } from "../core/plan/summary-plan";
import { severityRank } from "../core/issues";
import { ValidationResult, validateSheet } from "../core/validate";
import { HostFailure, type InsertedSummaries, type Mark, type MarkOutcome, type PaneSettings, type StoredResult, type WorkbookHost } from "./host";

/** Keep the stored result small enough for workbook settings. */
export const MAX_STORED_ISSUES = 2000;

/** One mark per cell, coloured by its worst finding. */
export function marksFor(issues: readonly Issue[]): Mark[] {
  const worst = new Map<string, Severity>();
  for (const i of issues) {
    if (!i.cell || i.code === "header-not-found" || i.code === "scale-default") continue;
    const prev = worst.get(i.cell);
    if (!prev || severityRank(i.severity) < severityRank(prev)) worst.set(i.cell, i.severity);
  }
  return [...worst].map(([cell, severity]) => ({ cell, severity }));
}

export function storedResult(result: ValidationResult): StoredResult {
  return {
    sheet: result.sheet,
    at: new Date().toISOString(),
    issues: result.issues.slice(0, MAX_STORED_ISSUES),
    omitted: Math.max(0, result.issues.length - MAX_STORED_ISSUES),
    counts: result.counts,
  };
}

/** Read a sheet through the host and validate it with the user's settings. */
export async function validateOnHost(
  host: WorkbookHost,
  sheet: string,
  settings: PaneSettings,
  onProgress?: (done: number, total: number) => void,
): Promise<{ result: ValidationResult; mergesRead: boolean; columnCount: number }> {
  const { snapshot, mergesRead } = await host.readSheet(sheet, onProgress);
  const result = validateSheet(snapshot, { departments: settings.departments, columns: settings.columns?.[sheet] });
  let columnCount = 0;
  for (const row of snapshot.values) columnCount = Math.max(columnCount, snapshot.left + row.length);
  return { result, mergesRead, columnCount };
}

export interface OneClickResult {
  stored: StoredResult;
  /** What marking did; "unsupported" where this Excel cannot mark cells (the validation still counts). */
  marking: MarkOutcome | "unsupported" | void;
}

/** The ribbon's one click: validate the active sheet, mark the cells (where this Excel can), keep the result, select the first finding. */
export async function validateAndMark(host: WorkbookHost): Promise<OneClickResult> {
  const settings = await host.loadSettings();
  const sheet = await host.activeSheet();
  const { result } = await validateOnHost(host, sheet, settings);
  const stored = storedResult(result);
  const canMark = !host.missing?.().some((m) => m.feature === "marks");
  const marking = canMark ? await host.markCells(sheet, marksFor(result.issues)) : "unsupported";
  await host.saveResult(stored);
  const first = result.issues.find((i) => i.code !== "scale-default");
  if (first) await host.selectCell(sheet, first.cell);
  return { stored, marking };
}

/** Validate a sheet afresh and insert its summary sheets. Refused (nothing written) when the sheet cannot be read as a plan. */
export async function insertSummaries(
  host: WorkbookHost,
  sheet: string,
  settings: PaneSettings,
  lang: Lang,
  kinds: SummaryKind[],
): Promise<InsertedSummaries> {
  const { result } = await validateOnHost(host, sheet, settings);
  if (!result.plan || !result.summary || result.plan.entries.length === 0) throw new HostFailure("nothing-to-summarize", sheet);
  const { plan, summary } = result;
  const date = new Date().toISOString().slice(0, 10);
  return host.insertSummaries((tableName) => buildSummaryPlan(plan, summary, { lang, date, kinds, tableName }));
}
