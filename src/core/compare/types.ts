import type { IssueFields, Messages, Severity } from "../issues";
import type { PlanRead } from "../model";

/** An entry's rating last year and this year ("" for none), its item and department. */
interface RatingArgs {
  item: string;
  department: string;
  from: string;
  to: string;
}

/**
 * What each comparison finding's message is made from, by code (stable codes: add more, never
 * rename one). A rule sets exactly these and its message reads them, so the two cannot disagree.
 */
export interface CompareArgsOf {
  "rating-up": RatingArgs;
  "rating-down": RatingArgs;
  "rating-new": RatingArgs;
  "item-added": { item: string };
  "item-dropped": { item: string };
  /** The item's number (or its whole path, when only its measure or goal moved) both years. */
  "item-renumbered": { item: string; from: string; to: string };
  "item-pairing-unsure": { item: string; lastTitle: string; percent: number };
  /** The departments added and no longer named, joined with 、 ("" for none). */
  "department-moved": { item: string; added: string; dropped: string };
  "department-renamed": { from: string; to: string; items: number };
  "narrative-stale": { item: string; lastCell: string };
  "narrative-similar": { item: string; lastCell: string; percent: number };
  /** Both years' evaluable codes, and 1 when they are as many (ranked by place), else 0. */
  "scale-changed": { from: string; to: string; ranked: 0 | 1 };
}

export type CompareCode = keyof CompareArgsOf;

/**
 * A finding of the comparison: an issue with its cell in this year's plan, or — for an item
 * dropped since last year — in last year's (`cellIn`). `related` names last year's cell, in
 * another workbook as Excel writes it: "[plan-r4.xlsx]R4!F12".
 */
interface CompareIssueFields extends Omit<IssueFields, "fix"> {
  cellIn: "this" | "last";
}

export type CompareIssueOf<C extends CompareCode> = CompareIssueFields & {
  code: C;
  args: CompareArgsOf[C];
};

/** A finding of one of the codes `C` (any code by default): its code and the arguments of that code's message. */
export type CompareIssue<C extends CompareCode = CompareCode> = { [K in C]: CompareIssueOf<K> }[C];

/** Where a finding points and what it is about, whatever its code. */
export type CompareDraftFields = Omit<CompareIssueFields, "severity">;

/** What a comparison rule returns: a finding without its code and severity, which the rule stamps. */
export type CompareIssueDraft<C extends CompareCode> = CompareDraftFields & {
  args: CompareArgsOf[C];
};

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
export interface CompareRuleOf<C extends CompareCode> {
  code: C;
  severity: Severity;
  message: Messages<CompareArgsOf[C]>;
  check(ctx: CompareContext): CompareIssueDraft<C>[];
}

export type CompareRule = { [C in CompareCode]: CompareRuleOf<C> }[CompareCode];
