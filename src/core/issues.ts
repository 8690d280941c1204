import type { Field } from "./layout/fields";
import type { Evaluator, RatingColumnChoice } from "./layout/rating-column";
import type { YearChoice } from "./layout/years";
import type { PlanRead } from "./model";
import type { NumberedLevel } from "./rules/numbering-sequence";

export type Severity = "error" | "warning" | "info";
export type Lang = "ja" | "en";

/**
 * What each issue's message is made from, by code: the `args` of an issue (and of the JSON
 * report). A rule sets exactly these and its message reads them, so the two cannot disagree.
 * `undefined`: the message takes nothing and the issue has no `args`.
 */
export interface IssueArgsOf {
  "header-not-found": { empty: 0 | 1 };
  "header-field-missing": { field: Field; row: number; words: string };
  "rating-missing": { item: string; department: string };
  "rating-invalid": { value: string; codes: string; item: string };
  "rating-unnormalized": { value: string; code: string };
  "rating-count-mismatch": { departments: number; ratings: number; item: string };
  "narrative-missing": { item: string };
  "narrative-placeholder": { item: string; value: string };
  "narrative-duplicate": { item: string; other: string; otherCell: string };
  "department-missing": { rating: string; item: string };
  "department-duplicate": { item: string; department: string; otherCell: string };
  "department-unknown": { department: string; suggestion: string };
  "multiple-values": { departments: number; ratings: number; item: string };
  "numbering-gap": { level: NumberedLevel; before: string; number: string; missing: string };
  "numbering-order": {
    level: NumberedLevel;
    kind: "repeat" | "backwards";
    number: string;
    title: string;
    otherNumber: string;
    otherTitle: string;
    otherCell: string;
  };
  "orphan-row": { row: number };
  "cell-error": { value: string };
  "scale-default": undefined;
  "rating-year": { years: string; label: string; reason: YearChoice["reason"]; year: number };
  "rating-column": {
    columns: string;
    column: string;
    label: string;
    evaluator: Evaluator;
    reason: RatingColumnChoice["reason"];
  };
  "heading-row": { level: "goal" | "measure"; count: number; cell: string };
  "scale-source": { where: string; codes: string };
}

export type IssueCode = keyof IssueArgsOf;

/** Message arguments by name, untyped: as read back from a workbook, before they are checked. */
export type IssueArgs = Record<string, string | number>;

/**
 * A safe one-cell correction, applied only on request: write `value` into `cell` if it still
 * holds `expected` (what was read when the issue was found).
 */
export interface IssueFix {
  cell: string;
  value: string;
  expected: string;
}

/** What a rule says about every issue it finds, whatever its code. */
export interface IssueDraftFields {
  /** A1 address, the top-left of its merged area. */
  cell: string;
  goal?: string;
  measure?: number;
  item?: number;
  department?: string;
  /** Other cells involved (the other copy of a duplicate). */
  related?: string[];
  fix?: IssueFix;
}

/** What the run adds to a rule's draft: the rule's code and severity, the sheet. */
interface IssueStamp<C extends IssueCode> {
  code: C;
  severity: Severity;
  sheet: string;
}

/** What every issue has, whatever its code. */
export type IssueFields = Omit<IssueStamp<IssueCode>, "code"> & IssueDraftFields;

/** What the message says, by name: present exactly when the code's message takes something. */
type ArgsField<C extends IssueCode> = C extends IssueCode
  ? IssueArgsOf[C] extends undefined
    ? { args?: undefined }
    : { args: IssueArgsOf[C] }
  : never;

export type IssueOf<C extends IssueCode> = IssueStamp<C> & IssueDraftFields & ArgsField<C>;

/** An issue of one of the codes `C` (any code by default): its code and the arguments of that code's message. */
export type Issue<C extends IssueCode = IssueCode> = { [K in C]: IssueOf<K> }[C];

/**
 * What a rule returns: an issue without what the rule itself knows (code, severity, sheet).
 * Rules annotate the functions that build drafts with it: TypeScript rejects an argument the
 * message does not know only in an object literal checked against a declared type.
 */
export type IssueDraft<C extends IssueCode> = IssueDraftFields & ArgsField<C>;

/** The rule's code, severity and sheet on each of its drafts. */
export function stampIssues<C extends IssueCode>(
  rule: { code: C; severity: Severity },
  sheet: string,
  drafts: readonly IssueDraft<C>[]
): Issue<C>[] {
  return drafts.map((draft): Issue<C> => ({
    code: rule.code,
    severity: rule.severity,
    sheet,
    ...draft,
  }));
}

/** What a plan rule sees: a plan that was read (its header found). */
export interface RuleContext {
  sheet: string;
  plan: PlanRead;
  /** Department master list, when one is set. */
  departments?: readonly string[];
}

/** What a sheet rule sees: a sheet whose header was not found. */
export interface SheetContext {
  sheet: string;
  /** The sheet's first cell (top-left of what it holds), where a finding about the whole sheet points. */
  origin: string;
  /** Nothing in the sheet at all. */
  empty: boolean;
}

/** A message in every language, from the arguments of its code. */
export type Messages<A> = { [L in Lang]: (args: A) => string };

interface RuleBase<C extends IssueCode> {
  code: C;
  severity: Severity;
  message: Messages<IssueArgsOf[C]>;
}

/** A rule about a plan read from a sheet: runs only where the header was found. */
export interface PlanRule<C extends IssueCode> extends RuleBase<C> {
  scope?: "plan";
  check(ctx: RuleContext): IssueDraft<C>[];
}

/** A rule about a sheet that could not be read as a plan: runs only where no header was found. */
export interface SheetRule<C extends IssueCode> extends RuleBase<C> {
  scope: "sheet";
  check(ctx: SheetContext): IssueDraft<C>[];
}

/** The rule of one code. */
export type RuleOf<C extends IssueCode> = PlanRule<C> | SheetRule<C>;

export type Rule = { [C in IssueCode]: RuleOf<C> }[IssueCode];

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export function severityRank(s: Severity): number {
  return ORDER[s];
}
