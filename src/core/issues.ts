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

export interface RuleContext {
  sheet: string;
  /** Null when the header was not found. */
  plan: PlanRead | null;
  /** Department master list, when one is set. */
  departments?: readonly string[];
}

export interface Rule {
  code: IssueCode;
  severity: Severity;
  message: Record<Lang, (args: IssueArgs) => string>;
  check(ctx: RuleContext): IssueDraft[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export function severityRank(s: Severity): number {
  return ORDER[s];
}
