// @ts-nocheck
import type { PlanRead } from "./model";

export type Severity = "error" | "warning" | "info";
export type Lang = "ja" | "en";

export type IssueCode =
  | "header-not-found"
  | "header-field-missing"
  | "rating-missing"
  | "rating-invalid"
  | "rating-unnormalized"
  | "rating-count-mismatch"
  | "narrative-missing"
  | "narrative-placeholder"
  | "narrative-duplicate"
  | "department-missing"
  | "department-duplicate"
  | "department-unknown"
  | "multiple-values"
  | "numbering-gap"
  | "numbering-order"
  | "orphan-row"
  | "cell-error"
  | "scale-default"
  | "rating-year"
  | "rating-column"
  | "heading-row"
  | "scale-source";

export type IssueArgs = Record<string, string | number>;

export interface Issue {
  code: IssueCode;
  severity: Severity;
  sheet: string;
  /** A1 address, the top-left of its merged area. */
  cell: string;
  goal?: string;
  measure?: number;
  item?: number;
  department?: string;
  /** Other cells involved (the other copy of a duplicate). */
  related?: string[];
  /** A safe one-cell correction, applied only on request. */
  fix?: { cell: string; value: string };
  /** What the message says, by name. */
  args?: IssueArgs;
}

export type IssueDraft = Omit<Issue, "code" | "severity" | "sheet">;

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

interface RuleBase {
  code: IssueCode;
  severity: Severity;
  message: Record<Lang, (args: IssueArgs) => string>;
}

/** A rule about a plan read from a sheet: runs only where the header was found. */
export interface PlanRule extends RuleBase {
  scope?: "plan";
  check(ctx: RuleContext): IssueDraft[];
}

/** A rule about a sheet that could not be read as a plan: runs only where no header was found. */
export interface SheetRule extends RuleBase {
  scope: "sheet";
  check(ctx: SheetContext): IssueDraft[];
}

export type Rule = PlanRule | SheetRule;

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export function severityRank(s: Severity): number {
  return ORDER[s];
}
