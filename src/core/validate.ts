import {
  Grid,
  SheetSnapshot,
  cellAddress,
  cellKey,
  columnName,
  makeGrid,
  parseAddress,
} from "./snapshot";
import { ColumnMap, findHeader } from "./layout/header";
import { FIELDS, Field } from "./layout/fields";
import { RatingScale, readScale } from "./layout/legend";
import { type YearChoice, chooseYear } from "./layout/years";
import { type RatingColumnChoice, chooseRatingColumn } from "./layout/rating-column";
import { readPlan } from "./hierarchy/read-plan";
import { mergePlans, splitReference } from "./hierarchy/merge-plans";
import type { Issue, IssueCode, RuleContext, SheetContext } from "./issues";
import { severityRank, stampIssues } from "./issues";
import type { PlanRead } from "./model";
import { RULES } from "./rules";
import { Summary, summarize } from "./summary/summarize";

export interface ValidateOptions {
  /** Department master list. */
  departments?: readonly string[];
  /** The user's own column mapping, for a sheet whose header words are not found (0-based header row and columns). */
  columns?: { row: number; columns: ColumnMap };
  /** The year whose ratings to read when the sheet holds several (western, e.g. 2023). */
  year?: number;
  /** The workbook's other sheets: a legend may stand on one of its own (評価基準, 凡例). */
  otherSheets?: readonly SheetSnapshot[];
  /** Only these of the plan's rules (all by default); header-not-found is told whatever this says. */
  rules?: ReadonlySet<IssueCode>;
  /** false: nothing summarized, `summary` is null (a form read for its answers, a plan compared). */
  summary?: boolean;
}

/**
 * The plan alone, for a caller that reads it and not the checker's findings (a comparison, the
 * plan split into forms or merged into): no rule but header-not-found, no summary.
 */
export const PLAN_ONLY: Pick<ValidateOptions, "rules" | "summary"> = {
  rules: new Set(),
  summary: false,
};

/** The year whose ratings were read, of several side by side. */
export interface HeaderYear {
  year: number;
  label: string;
  reason: YearChoice["reason"];
  /** Each year's rating column, oldest first. */
  columns: { year: number; label: string; column: string }[];
}

/** The rating column read, of several the header names (担当課評価 / 審議会評価, a 評価 of directions). */
export interface HeaderRating {
  column: string;
  reason: RatingColumnChoice["reason"];
  /** Every rating column: its header words, whose evaluation it is, and how many of its values are codes of the legend. */
  columns: {
    column: string;
    label: string;
    evaluator: "own" | "outside" | "plain";
    matched: number;
    filled: number;
  }[];
}

export interface ValidationResult {
  sheet: string;
  /** Every sheet read as part of the plan (one sheet per goal …), the first being `sheet`. */
  sheets: string[];
  /** 1-based sheet rows of the header and its repeats; columns as letters. */
  header: {
    rows: number[];
    columns: Partial<Record<Field, string>>;
    year?: HeaderYear;
    rating?: HeaderRating;
  } | null;
  /** `source`: the legend's first cell, on `sourceSheet`; both null for the default A–D. */
  scale: {
    codes: string[];
    notEvaluable: string[];
    achieved: string[];
    source: string | null;
    sourceSheet: string | null;
  };
  counts: { goals: number; measures: number; items: number; entries: number };
  issues: Issue[];
  summary: Summary | null;
  plan: PlanRead | null;
}

function headerRating(c: RatingColumnChoice): HeaderRating {
  return {
    column: columnName(c.col),
    reason: c.reason,
    columns: c.columns.map((x) => ({
      column: columnName(x.col),
      label: x.label,
      evaluator: x.evaluator,
      matched: x.matched,
      filled: x.filled,
    })),
  };
}

function headerYear(y: YearChoice): HeaderYear {
  return {
    year: y.year,
    label: y.label,
    reason: y.reason,
    columns: y.columns.map((c) => ({ year: c.year, label: c.label, column: columnName(c.col) })),
  };
}

function position(cell: string): number {
  const p = parseAddress(cell);
  return p ? cellKey(p.row, p.col) : Number.MAX_SAFE_INTEGER;
}

/** Errors first, then warnings, then notes; within each, in sheet order. */
export function sortIssues(issues: Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i, pos: position(issue.cell) }))
    .sort(
      (a, b) =>
        severityRank(a.issue.severity) - severityRank(b.issue.severity) ||
        a.pos - b.pos ||
        a.i - b.i
    )
    .map((x) => x.issue);
}

/** Rules whose findings run across the sheets of a plan split over several. */
const ACROSS_SHEETS: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "numbering-gap",
  "numbering-order",
  "narrative-duplicate",
]);

function runRules(ctx: RuleContext, only?: ReadonlySet<IssueCode>): Issue[] {
  const issues: Issue[] = [];
  for (const rule of RULES) {
    if (rule.scope === "sheet" || (only && !only.has(rule.code))) continue;
    issues.push(...stampIssues(rule, ctx.sheet, rule.check(ctx)));
  }
  return sortIssues(issues);
}

/** The rules about a sheet that is not a plan (no header found). */
function runSheetRules(ctx: SheetContext): Issue[] {
  const issues: Issue[] = [];
  for (const rule of RULES) {
    if (rule.scope !== "sheet") continue;
    issues.push(...stampIssues(rule, ctx.sheet, rule.check(ctx)));
  }
  return issues;
}

/** The whole core: snapshot in; layout, entries, issues and summaries out. Never throws on sheet content. */
export function validateSheet(
  snapshot: SheetSnapshot,
  options: ValidateOptions = {}
): ValidationResult {
  const grid: Grid = makeGrid(snapshot);
  const header = findHeader(grid, options.columns);
  if (!header) {
    const empty = !snapshot.values.some((row) => row.some((v) => v !== null && v !== ""));
    const issues = runSheetRules({
      sheet: snapshot.name,
      origin: cellAddress(grid.top, grid.left),
      empty,
    });
    return {
      sheet: snapshot.name,
      sheets: [snapshot.name],
      header: null,
      scale: { codes: [], notEvaluable: [], achieved: [], source: null, sourceSheet: null },
      counts: { goals: 0, measures: 0, items: 0, entries: 0 },
      issues,
      summary: null,
      plan: null,
    };
  }
  header.year = chooseYear(grid, header, options.year);
  const others = (options.otherSheets ?? [])
    .filter((s) => s.name !== snapshot.name)
    .map(makeGrid)
    .map((g) => ({ grid: g, bottom: findHeader(g)?.row ?? g.bottom }));
  const scaleFor = (col: number | undefined): RatingScale =>
    readScale(grid, header.row, col, { departmentCol: header.columns.department, others });
  let scale = scaleFor(header.columns.rating);
  header.ratingColumn = chooseRatingColumn(grid, header, scaleFor);
  if (header.ratingColumn && header.ratingColumn.col !== header.columns.rating) {
    header.columns.rating = header.ratingColumn.col;
    scale = scaleFor(header.columns.rating);
  }
  const plan = readPlan(grid, header, scale, { departments: options.departments });
  const issues = runRules(
    { sheet: snapshot.name, plan, departments: options.departments },
    options.rules
  );
  const columns: Partial<Record<Field, string>> = {};
  for (const f of FIELDS) {
    const c = header.columns[f];
    if (c !== undefined) columns[f] = columnName(c);
  }
  return {
    sheet: snapshot.name,
    sheets: [snapshot.name],
    header: {
      rows: header.rows.map((r) => r + 1),
      columns,
      ...(header.year ? { year: headerYear(header.year) } : {}),
      ...(header.ratingColumn ? { rating: headerRating(header.ratingColumn) } : {}),
    },
    scale: {
      codes: scale.codes.map((c) => c.code),
      notEvaluable: scale.codes.filter((c) => c.notEvaluable).map((c) => c.code),
      achieved: scale.codes.filter((c) => c.achieved).map((c) => c.code),
      source: scale.source,
      sourceSheet: scale.source === null ? null : (scale.sheet ?? snapshot.name),
    },
    counts: {
      goals: plan.goals.length,
      measures: plan.measures.length,
      items: plan.items.length,
      entries: plan.entries.length,
    },
    issues,
    summary: options.summary === false ? null : summarize(plan),
    plan,
  };
}

/**
 * The same header (each field in the same column) and the same rating codes: sheets that are
 * parts of one plan. The add-in's own data sheet names the same fields in other columns.
 */
function samePlan(a: ValidationResult, b: ValidationResult): boolean {
  const fields = (r: ValidationResult) => FIELDS.map((f) => r.header?.columns[f] ?? "").join();
  return fields(a) === fields(b) && a.scale.codes.join("\u0000") === b.scale.codes.join("\u0000");
}

/**
 * A workbook whose plan may be split over several sheets (one sheet per goal, the same header):
 * every sheet whose header is found and matches the first such sheet's is read, and they are
 * checked and summarized together. Issues name their sheet. Sheets in the order given (the
 * caller puts visible sheets first); with none found, the first sheet's result.
 */
export function validateWorkbook(
  sheets: readonly SheetSnapshot[],
  options: ValidateOptions = {}
): ValidationResult {
  const results = sheets.map((s) => validateSheet(s, { ...options, otherSheets: sheets }));
  const found = results.filter((r) => r.header);
  if (found.length === 0) return results[0];
  const parts = found.filter((r) => samePlan(r, found[0]));
  if (parts.length === 1) return parts[0];
  const plan = mergePlans(parts.map((r) => r.plan!));
  const order = new Map(parts.map((r, i) => [r.sheet, i]));
  // Numbering and duplicate narratives run on across sheets: checked on the whole plan.
  const across = runRules(
    { sheet: parts[0].sheet, plan, departments: options.departments },
    options.rules ? new Set([...ACROSS_SHEETS].filter((c) => options.rules!.has(c))) : ACROSS_SHEETS
  );
  const whole = across.map((issue) => {
    const at = splitReference(issue.cell, issue.sheet);
    const related = issue.related
      ?.map((r) => splitReference(r, at.sheet))
      .map((r) => (r.sheet === at.sheet ? r.cell : `${r.sheet}!${r.cell}`));
    return { ...issue, ...at, ...(related ? { related } : {}) };
  });
  // As on one sheet: by severity, then sheet by sheet in row order (the cells are the sheet's own).
  const issues = [
    ...parts.flatMap((r) => r.issues.filter((i) => !ACROSS_SHEETS.has(i.code))),
    ...whole,
  ]
    .map((issue, i) => ({ issue, i, pos: position(issue.cell) }))
    .sort(
      (a, b) =>
        severityRank(a.issue.severity) - severityRank(b.issue.severity) ||
        order.get(a.issue.sheet)! - order.get(b.issue.sheet)! ||
        a.pos - b.pos ||
        a.i - b.i
    )
    .map((x) => x.issue);
  return {
    ...parts[0],
    sheets: parts.map((r) => r.sheet),
    counts: {
      goals: plan.goals.length,
      measures: plan.measures.length,
      items: plan.items.length,
      entries: plan.entries.length,
    },
    issues,
    summary: options.summary === false ? null : summarize(plan),
    plan,
  };
}
