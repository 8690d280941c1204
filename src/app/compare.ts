import { compareYears } from "../core/compare/compare";
import { buildComparePlan } from "../core/compare/compare-plan";
import type { CompareOptions, Comparison } from "../core/compare/types";
import { previousYear } from "../core/compare/years";
import type { Lang } from "../core/issues";
import type { SheetSnapshot } from "../core/snapshot";
import {
  type ValidateOptions,
  type ValidationResult,
  validateSheet,
  validateWorkbook,
} from "../core/validate";
import { ReadFailure } from "../xlsx/errors";
import { openWorkbookBytes } from "../xlsx/open-workbook";
import { WEB_IO } from "../xlsx/web-io";
import type { InsertedSummaries, PaneSettings, WorkbookHost } from "./host";
import { readPlanOnPage } from "./workflow";

/** What this year's plan is compared with. */
export type CompareAgainst =
  /** Another sheet of this workbook (last year's copy, often hidden). */
  | { kind: "sheet"; name: string }
  /** The year before this year's, in the same sheet's columns (a sheet holding several years). */
  | { kind: "year" }
  /** A workbook or CSV the user chose from the computer, read in the page. */
  | { kind: "file"; name: string; bytes: Uint8Array };

/** Why there is nothing to compare: the pane says which in one sentence, and nothing is changed. */
export type CompareFailureKind =
  /** This year's sheet holds no plan (no header found, or no entries). */
  | "no-plan-this"
  /** The other sheet or file holds no plan. */
  | "no-plan-last"
  /** The other file cannot be read (not a workbook, damaged, password-protected …): see `reason`. */
  | "unreadable"
  /** "Last year's column" asked of a sheet that holds one year only. */
  | "no-earlier-year"
  /** The other sheet is one of this year's plan. */
  | "same-sheet";

export class CompareFailure extends Error {
  constructor(
    readonly kind: CompareFailureKind,
    /** The sheet or file concerned. */
    readonly detail = "",
    /** Why a file cannot be read, when the reader said. */
    readonly reason?: ReadFailure
  ) {
    super(`${kind}${detail ? `: ${detail}` : ""}`);
    this.name = "CompareFailure";
  }
}

/** What one year's plan was read from, for the user and the 前年度比較 sheet's source line. */
export interface ComparedPlan {
  /** The other file's name; absent for this workbook. */
  file?: string;
  sheets: string[];
  /** The year's column read, as the header writes it (令和4年度), where the sheet holds several. */
  year?: string;
}

export interface HostComparison {
  comparison: Comparison;
  last: ComparedPlan;
  this: ComparedPlan;
  /** True where last year's cells are in this workbook, so the pane can go to them. */
  sameWorkbook: boolean;
}

const hasPlan = (r: ValidationResult) => Boolean(r.plan && r.plan.entries.length > 0);

function compared(r: ValidationResult, file?: string): ComparedPlan {
  return {
    ...(file !== undefined ? { file } : {}),
    sheets: r.sheets,
    ...(r.header?.year ? { year: r.header.year.label } : {}),
  };
}

/** "plan-r4.xlsx R4達成状況 令和4年度": what the sheet's source line names. */
export function describePlan(p: ComparedPlan): string {
  return [p.file, p.sheets.join(", "), p.year].filter(Boolean).join(" ");
}

/** The plan of a whole workbook read as `achv validate` reads it without --sheet: the visible sheets, else the hidden ones. */
function planOf(
  snapshots: readonly SheetSnapshot[],
  hidden: ReadonlySet<string>,
  options: ValidateOptions
): ValidationResult {
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
  return first!;
}

/** Sheets of this workbook read through the host, one after another (each one read of its own). */
async function readSheets(host: WorkbookHost, names: readonly string[]): Promise<SheetSnapshot[]> {
  const out: SheetSnapshot[] = [];
  for (const name of names) out.push((await host.readSheet(name)).snapshot);
  return out;
}

/** Every sheet of the chosen file, read in the page; a file that cannot be read is one CompareFailure. */
function readFile(
  name: string,
  bytes: Uint8Array
): { sheets: SheetSnapshot[]; hidden: Set<string> } {
  try {
    const book = openWorkbookBytes(bytes, name, WEB_IO);
    return {
      sheets: book.sheetNames.map((n) => book.readSheet(n)),
      hidden: new Set(book.hiddenSheets ?? []),
    };
  } catch (e) {
    throw new CompareFailure("unreadable", name, e instanceof ReadFailure ? e : undefined);
  }
}

/**
 * This year's plan (the pane's chosen sheet, or the whole plan) against last year's: another
 * sheet of this workbook, the year before in the same sheet's columns, or a file chosen from the
 * computer — each read the way `achv compare` reads LAST. Where this year's sheet holds several
 * years, last year's sheet or file is read at the year before it. Reads only; writes nothing.
 */
export async function compareOnHost(
  host: WorkbookHost,
  thisSheet: string,
  against: CompareAgainst,
  settings: PaneSettings
): Promise<HostComparison> {
  const current = (await readPlanOnPage(host, thisSheet, settings)).result;
  if (!hasPlan(current)) throw new CompareFailure("no-plan-this", thisSheet || current.sheet);
  const options: ValidateOptions = {
    departments: settings.departments,
    year: previousYear(current),
  };
  let last: ValidationResult;
  let file: string | undefined;
  let compareOptions: CompareOptions = { sameWorkbook: true };
  if (against.kind === "year") {
    if (options.year === undefined) throw new CompareFailure("no-earlier-year", current.sheet);
    const snapshots = await readSheets(host, current.sheets);
    last =
      snapshots.length === 1
        ? validateSheet(snapshots[0], { ...options, columns: settings.columns?.[current.sheet] })
        : validateWorkbook(snapshots, options);
  } else if (against.kind === "sheet") {
    if (current.sheets.includes(against.name)) throw new CompareFailure("same-sheet", against.name);
    const [snapshot] = await readSheets(host, [against.name]);
    last = validateSheet(snapshot, { ...options, columns: settings.columns?.[against.name] });
  } else {
    const read = readFile(against.name, against.bytes);
    last = planOf(read.sheets, read.hidden, options);
    file = against.name;
    compareOptions = { lastBook: against.name };
  }
  if (!hasPlan(last))
    throw new CompareFailure(
      "no-plan-last",
      file ?? (against.kind === "sheet" ? against.name : "")
    );
  return {
    comparison: compareYears(last.plan!, current.plan!, compareOptions),
    last: compared(last, file),
    this: compared(current),
    sameWorkbook: file === undefined,
  };
}

/**
 * Insert (or replace) the 前年度比較 sheet of a comparison made: only the add-in's own earlier
 * 前年度比較 sheet is replaced; the other summary sheets and the user's sheets stay as they are.
 */
export function insertComparison(
  host: WorkbookHost,
  compared: HostComparison,
  lang: Lang,
  date = new Date().toISOString().slice(0, 10)
): Promise<InsertedSummaries> {
  return host.insertSummaries(() =>
    buildComparePlan(compared.comparison, {
      lang,
      date,
      last: describePlan(compared.last),
      current: describePlan(compared.this),
    })
  );
}
