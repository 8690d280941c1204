import type { Issue, Lang, Severity } from "../core/issues";
import { buildSummaryPlan, type SummaryKind } from "../core/plan/summary-plan";
import { severityRank } from "../core/issues";
import {
  type ValidateOptions,
  type ValidationResult,
  validateSheet,
  validateWorkbook,
} from "../core/validate";
import type { SheetSnapshot } from "../core/snapshot";
import {
  type CellFix,
  type InsertedSummaries,
  type Mark,
  type MarkOutcome,
  type PaneSettings,
  type PlanDepartments,
  type StoredResult,
  type WorkbookHost,
} from "./host";
import { HostFailure } from "./failures";
import { splitReference } from "../core/hierarchy/merge-plans";
import { summarize } from "../core/summary/summarize";

/** Keep the stored result small enough for workbook settings. */
export const MAX_STORED_ISSUES = 2000;

/** The pane's sheet choice meaning "every sheet of the plan", as the CLI checks without --sheet. */
export const WHOLE_PLAN = "";

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

/** The marks of a result, per sheet (a plan over several sheets marks each of them). */
export function marksBySheet(issues: readonly Issue[]): Map<string, Mark[]> {
  const bySheet = new Map<string, Issue[]>();
  for (const i of issues) {
    const list = bySheet.get(i.sheet);
    if (list) list.push(i);
    else bySheet.set(i.sheet, [i]);
  }
  return new Map([...bySheet].map(([sheet, list]) => [sheet, marksFor(list)]));
}

function legendPlace(result: ValidationResult): string | null {
  const { source, sourceSheet } = result.scale;
  if (source === null) return null;
  return sourceSheet && sourceSheet !== result.sheet ? `${sourceSheet}!${source}` : source;
}

/**
 * Every department of the plan, and the departments standing on each cell a finding names ("Sheet!F52":
 * a rating, an item, its narrative), for the pane's department filter.
 */
export function planDepartments(result: ValidationResult): PlanDepartments {
  const all = new Set<string>();
  // Per sheet, then per cell: a plan's references are looked up as they are, with no string built for each.
  const byCell = new Map<string, Map<string, Set<string>>>();
  for (const i of result.issues) {
    let cells = byCell.get(i.sheet);
    if (!cells) byCell.set(i.sheet, (cells = new Map()));
    cells.set(i.cell, new Set());
  }
  const plan = result.plan;
  const add = (sheet: string, reference: string, department: string) => {
    if (!reference) return;
    const at = reference.includes("!") ? splitReference(reference, sheet) : null;
    byCell
      .get(at ? at.sheet : sheet)
      ?.get(at ? at.cell : reference)
      ?.add(department);
  };
  for (const e of plan?.entries ?? []) {
    if (!e.department) continue;
    all.add(e.department);
    const sheet = e.sheet ?? plan!.sheet;
    const item = plan!.items[e.item];
    add(sheet, e.departmentCell, e.department);
    add(sheet, e.ratingCell, e.department);
    if (item) {
      add(sheet, item.cell, e.department);
      add(sheet, item.narrativeCell, e.department);
      for (const a of item.narrativeAnchors) add(sheet, a, e.department);
    }
  }
  const named: Record<string, string[]> = {};
  for (const [sheet, cells] of byCell)
    for (const [cell, set] of cells) if (set.size > 0) named[`${sheet}!${cell}`] = [...set];
  return { all: [...all].sort(new Intl.Collator("ja").compare), byCell: named };
}

export function storedResult(
  result: ValidationResult,
  departments: string[] = planDepartments(result).all
): StoredResult {
  return {
    sheet: result.sheet,
    at: new Date().toISOString(),
    issues: result.issues.slice(0, MAX_STORED_ISSUES),
    omitted: Math.max(0, result.issues.length - MAX_STORED_ISSUES),
    counts: result.counts,
    sheets: result.sheets,
    ...(result.header?.year ? { year: result.header.year.label } : {}),
    legend: legendPlace(result),
    departments,
  };
}

/** The sheets a pane offers: every listed sheet but the add-in's own summary sheets. */
export async function checkableSheets(
  host: WorkbookHost
): Promise<{ sheets: string[]; hidden: Set<string> }> {
  const [all, roles] = await Promise.all([
    host.listSheets(),
    host.sheetRoles?.() ?? Promise.resolve({ hidden: [], summaries: [] }),
  ]);
  const summaries = new Set(roles.summaries);
  return { sheets: all.filter((s) => !summaries.has(s)), hidden: new Set(roles.hidden) };
}

export interface HostValidation {
  result: ValidationResult;
  mergesRead: boolean;
  /**
   * The snapshot of the result's first sheet (the mapping form offers its columns); null where the
   * host checked elsewhere and found the header (no form then: the sheet stays where it was read).
   */
  snapshot: SheetSnapshot | null;
  columnCount: number;
  departments: PlanDepartments;
}

/**
 * Validate sheets already read, with the user's settings. `sheet` names one sheet; WHOLE_PLAN
 * checks the plan the way `achv validate` does without --sheet: every visible sheet whose header
 * matches the first one's, else the hidden ones. Pure: a Web Worker runs it as well as the pane.
 */
export function checkSnapshots(
  snapshots: readonly SheetSnapshot[],
  hidden: ReadonlySet<string>,
  sheet: string,
  settings: PaneSettings
): ValidationResult {
  // Findings only: the summary sheets summarize the plan themselves (insertSummaries), when asked.
  const options: ValidateOptions = { departments: settings.departments, summary: false };
  if (sheet !== WHOLE_PLAN)
    return validateSheet(snapshots[0], { ...options, columns: settings.columns?.[sheet] });
  let first: ValidationResult | undefined;
  for (const group of [
    snapshots.filter((s) => !hidden.has(s.name)),
    snapshots.filter((s) => hidden.has(s.name)),
  ]) {
    if (group.length === 0) continue;
    const r = validateWorkbook(group, options);
    if (r.header) return r;
    first ??= r;
  }
  // A sheet the user mapped by hand is read with that mapping when no header is found by words.
  const mapped = snapshots.find((s) => settings.columns?.[s.name]);
  return mapped
    ? validateSheet(mapped, {
        ...options,
        columns: settings.columns![mapped.name],
        otherSheets: snapshots,
      })
    : first!;
}

/**
 * Read through the host and validate with the user's settings (see checkSnapshots); the add-in's
 * summary sheets are never read. A host that checks off the page's main thread does both itself.
 */
export async function validateOnHost(
  host: WorkbookHost,
  sheet: string,
  settings: PaneSettings,
  onProgress?: (done: number, total: number) => void
): Promise<HostValidation> {
  // One named sheet needs no list of the others (one sync fewer for the ribbon's click).
  const { sheets: names, hidden } =
    sheet === WHOLE_PLAN
      ? await checkableSheets(host)
      : { sheets: [sheet], hidden: new Set<string>() };
  if (names.length === 0) throw new HostFailure("sheet-gone", sheet);
  let result: ValidationResult;
  let mergesRead = true;
  let snapshot: SheetSnapshot | null;
  let departments: PlanDepartments;
  if (host.validate) {
    ({ result, departments } = await host.validate(names, [...hidden], sheet, settings));
    snapshot = result.header ? null : (await host.readSheet(result.sheet)).snapshot;
  } else {
    const snapshots: SheetSnapshot[] = [];
    for (const [i, name] of names.entries()) {
      // Sheets one after another: each is one read of its own, and progress counts sheets' rows as they come.
      const read = await host.readSheet(
        name,
        onProgress &&
          ((done, total) =>
            onProgress(i * 1000 + (done / Math.max(total, 1)) * 1000, names.length * 1000))
      );
      snapshots.push(read.snapshot);
      mergesRead &&= read.mergesRead;
    }
    result = checkSnapshots(snapshots, hidden, sheet, settings);
    snapshot = snapshots.find((s) => s.name === result.sheet) ?? snapshots[0];
    departments = planDepartments(result);
  }
  let columnCount = 0;
  for (const row of snapshot?.values ?? [])
    columnCount = Math.max(columnCount, snapshot!.left + row.length);
  return { result, mergesRead, snapshot, columnCount, departments };
}

/**
 * Read every sheet the choice covers through the host and check them here, the plan kept: what
 * the round trip and the comparison work on (a host that checks elsewhere sends no plan back).
 */
export async function readPlanOnPage(
  host: WorkbookHost,
  sheet: string,
  settings: PaneSettings
): Promise<{ result: ValidationResult; snapshots: SheetSnapshot[] }> {
  const { sheets: names, hidden } =
    sheet === WHOLE_PLAN
      ? await checkableSheets(host)
      : { sheets: [sheet], hidden: new Set<string>() };
  if (names.length === 0) throw new HostFailure("sheet-gone", sheet);
  const snapshots: SheetSnapshot[] = [];
  // One read per sheet of the workbook (a handful), each one batch.
  for (const name of names) snapshots.push((await host.readSheet(name)).snapshot);
  return { result: checkSnapshots(snapshots, hidden, sheet, settings), snapshots };
}

/** Apply fixes: in one batch where the host can, else one by one. Returns the cells that had changed since the check. */
export async function applyFixes(host: WorkbookHost, fixes: CellFix[]): Promise<string[]> {
  if (host.applyFixes) return (await host.applyFixes(fixes)).changed;
  const changed: string[] = [];
  for (const f of fixes) {
    try {
      // A host without a batch write: one fix at a time, as the user's one click would.
      await host.applyFix(f.sheet, f.cell, f.value, f.expected);
    } catch (e) {
      if (e instanceof HostFailure && e.kind === "cell-changed") changed.push(f.cell);
      else throw e;
    }
  }
  return changed;
}

export interface OneClickResult {
  stored: StoredResult;
  /** What marking did; "unsupported" where this Excel cannot mark cells (the validation still counts). */
  marking: MarkOutcome | "unsupported" | void;
}

/** Mark every sheet of a result; the outcomes added up. */
export async function markResult(
  host: WorkbookHost,
  issues: readonly Issue[]
): Promise<MarkOutcome> {
  const total: MarkOutcome = { marked: 0, unmarked: 0 };
  for (const [sheet, marks] of marksBySheet(issues)) {
    // One write per sheet of the plan (a handful), never per cell.
    const outcome = await host.markCells(sheet, marks);
    total.marked += outcome ? outcome.marked : marks.length;
    total.unmarked += outcome ? outcome.unmarked : 0;
  }
  return total;
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

/** Validate afresh and insert the summary sheets. Refused (nothing written) when the sheet cannot be read as a plan. */
export async function insertSummaries(
  host: WorkbookHost,
  sheet: string,
  settings: PaneSettings,
  lang: Lang,
  kinds: SummaryKind[]
): Promise<InsertedSummaries> {
  if (host.summarize) return host.summarize(sheet, settings, lang, kinds);
  const { result } = await validateOnHost(host, sheet, settings);
  if (!result.plan || result.plan.entries.length === 0)
    throw new HostFailure("nothing-to-summarize", sheet || result.sheet);
  const { plan } = result;
  const summary = summarize(plan);
  const date = new Date().toISOString().slice(0, 10);
  return host.insertSummaries((tableName) =>
    buildSummaryPlan(plan, summary, { lang, date, kinds, tableName })
  );
}
