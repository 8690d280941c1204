import type { IssueArgs, IssueFields, Lang, Severity } from "../issues";
import type { PlanRead } from "../model";

/** The comparison's finding codes (stable: add more, never rename one). */
export type CompareCode =
  | "rating-up"
  | "rating-down"
  | "rating-new"
  | "item-added"
  | "item-dropped"
  | "item-renumbered"
  | "item-pairing-unsure"
  | "department-moved"
  | "department-renamed"
  | "narrative-stale"
  | "narrative-similar"
  | "scale-changed";

/**
 * A finding of the comparison: an issue with its cell in this year's plan, or — for an item
 * dropped since last year — in last year's (`cellIn`). `related` names last year's cell, in
 * another workbook as Excel writes it: "[plan-r4.xlsx]R4!F12".
 */
export interface CompareIssue extends Omit<IssueFields, "fix"> {
  code: CompareCode;
  args?: IssueArgs;
  cellIn: "this" | "last";
}

export type CompareIssueDraft = Omit<CompareIssue, "code" | "severity">;

/** One entry's rating, this year against last year. */
export type EntryStatus =
  /** Rated better (a code nearer the legend's first), or worse, or the same code. */
  | "up"
  | "down"
  | "same"
  /** Rated this year, not (or not validly) last year. */
  | "newly-rated"
  /** Not (validly) rated this year. */
  | "unrated"
  /** Rated both years with codes that cannot be ranked against each other (not evaluable, another scale). */
  | "changed"
  /** The (item, department) has no counterpart: new this year, or gone since last year. */
  | "added"
  | "dropped";

/** Where an entry stands and how it was rated. */
export interface EntrySide {
  /** Index in its plan's entries. */
  entry: number;
  sheet: string;
  /** The rating cell (A1). */
  cell: string;
  item: string;
  department: string;
  /** The scale code when valid, else the rating as written ("" when none). */
  rating: string;
  valid: boolean;
}

export interface EntryChange {
  status: EntryStatus;
  /** The item pair it belongs to (index in Comparison.items). */
  pair: number;
  last: EntrySide | null;
  this: EntrySide | null;
}

/** One item of either year and its counterpart. */
export interface ItemPair {
  last: number | null;
  this: number | null;
  /** How alike the two titles are, 0–1 (1: the same after folding width and spaces). */
  score: number;
  /** Paired on a title changed enough that a person should confirm it. */
  unsure: boolean;
}

/** Up / same / down counts and both years' achievement rates of one goal or department. */
export interface CompareRow {
  /** The goal's numeral (or title) or the department's name, as this year writes it. */
  key: string;
  title: string;
  up: number;
  same: number;
  down: number;
  newlyRated: number;
  unrated: number;
  changed: number;
  added: number;
  dropped: number;
  rateLast: number | null;
  rateThis: number | null;
}

export interface Comparison {
  items: ItemPair[];
  entries: EntryChange[];
  /** Departments whose name changed between the years, by last year's name. */
  renamedDepartments: { from: string; to: string }[];
  issues: CompareIssue[];
  byGoal: CompareRow[];
  byDepartment: CompareRow[];
  total: CompareRow;
}

export interface CompareOptions {
  /**
   * Both plans are in one workbook (another sheet, or another year's column of the same sheet).
   * A narrative read from the very same cell both years is then one text, not a copy.
   */
  sameWorkbook?: boolean;
  /** Last year's workbook as cell references name it ("plan-r4.xlsx"), when it is another file. */
  lastBook?: string;
}

/** What the comparison rules read: both plans and how their items and entries pair. */
export interface CompareContext {
  last: PlanRead;
  current: PlanRead;
  items: ItemPair[];
  entries: EntryChange[];
  renamedDepartments: { from: string; to: string }[];
  /**
   * Paired items whose narratives are both reports (not a placeholder, not a very short line),
   * not one and the same cell, and alike at least NEARLY_IDENTICAL: 1 for the same text.
   */
  narratives: { pair: ItemPair; likeness: number }[];
  options: CompareOptions;
}

/** A comparison finding's rule: a stable code, its severity, its message in ja and en. */
export interface CompareRule {
  code: CompareCode;
  severity: Severity;
  message: Record<Lang, (args: IssueArgs) => string>;
  check(ctx: CompareContext): CompareIssueDraft[];
}
