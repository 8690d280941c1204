import type { Issue, IssueArgs, IssueCode, IssueFields, Severity } from "../core/issues";
import { RULES_BY_CODE } from "../core/rules";
import { FIELDS, type Field } from "../core/layout/fields";
import type { ColumnMap } from "../core/layout/header";
import type { PaneSettings, StoredResult } from "../app/host";

/**
 * What the pane keeps in a workbook, read back with a guard: a workbook saved by an older
 * version, edited by hand or damaged must never crash the pane. Each part that is not what it
 * should be is dropped (a setting falls back to its default; an issue that is not one is left out).
 */

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

function columnMap(v: unknown): { row: number; columns: ColumnMap } | null {
  if (!isRecord(v) || !isCount(v.row) || !isRecord(v.columns)) return null;
  const columns: ColumnMap = {};
  for (const [field, col] of Object.entries(v.columns))
    if ((FIELDS as readonly string[]).includes(field) && isCount(col))
      columns[field as Field] = col;
  return { row: v.row, columns };
}

/** The pane's settings from what the workbook holds: the parts that are right, the rest as if never set. */
export function settingsFrom(value: unknown): PaneSettings {
  if (!isRecord(value)) return {};
  const out: PaneSettings = {};
  if (typeof value.sheet === "string") out.sheet = value.sheet;
  if (Array.isArray(value.departments))
    out.departments = value.departments.filter((d): d is string => typeof d === "string");
  if (isRecord(value.columns)) {
    const columns: NonNullable<PaneSettings["columns"]> = {};
    for (const [sheet, map] of Object.entries(value.columns)) {
      const read = columnMap(map);
      if (read) columns[sheet] = read;
    }
    out.columns = columns;
  }
  if (Array.isArray(value.summaryKinds))
    out.summaryKinds = value.summaryKinds.filter(
      (k): k is "goal" | "department" => k === "goal" || k === "department"
    );
  return out;
}

function issueFrom(v: unknown): Issue | null {
  if (!isRecord(v) || typeof v.code !== "string" || !RULES_BY_CODE.has(v.code as IssueCode))
    return null;
  if (
    !SEVERITIES.includes(v.severity as Severity) ||
    typeof v.sheet !== "string" ||
    typeof v.cell !== "string"
  )
    return null;
  const issue: IssueFields & { code: IssueCode; args?: IssueArgs } = {
    code: v.code as IssueCode,
    severity: v.severity as Severity,
    sheet: v.sheet,
    cell: v.cell,
  };
  if (typeof v.goal === "string") issue.goal = v.goal;
  if (isCount(v.measure)) issue.measure = v.measure;
  if (isCount(v.item)) issue.item = v.item;
  if (typeof v.department === "string") issue.department = v.department;
  if (Array.isArray(v.related))
    issue.related = v.related.filter((r): r is string => typeof r === "string");
  const args: IssueArgs = {};
  if (isRecord(v.args))
    for (const [k, a] of Object.entries(v.args))
      if (typeof a === "string" || typeof a === "number") args[k] = a;
  if (isRecord(v.fix) && typeof v.fix.cell === "string" && typeof v.fix.value === "string")
    // A result saved before fixes carried what the cell must hold: that was the message's value.
    issue.fix = {
      cell: v.fix.cell,
      value: v.fix.value,
      expected: typeof v.fix.expected === "string" ? v.fix.expected : String(args.value ?? ""),
    };
  if (isRecord(v.args)) issue.args = args;
  // Its arguments are strings and numbers by name, as its code's message reads them.
  return issue as Issue;
}

/** The last validation from what the workbook holds, or null when it is not one; issues that are not issues are counted as left out. */
export function storedResultFrom(value: unknown): StoredResult | null {
  if (
    !isRecord(value) ||
    typeof value.sheet !== "string" ||
    typeof value.at !== "string" ||
    !Array.isArray(value.issues)
  )
    return null;
  const c = value.counts;
  if (
    !isRecord(c) ||
    !isCount(c.goals) ||
    !isCount(c.measures) ||
    !isCount(c.items) ||
    !isCount(c.entries)
  )
    return null;
  const issues = value.issues.map(issueFrom).filter((i): i is Issue => i !== null);
  const omitted =
    (isCount(value.omitted) ? value.omitted : 0) + value.issues.length - issues.length;
  const result: StoredResult = {
    sheet: value.sheet,
    at: value.at,
    issues,
    omitted,
    counts: { goals: c.goals, measures: c.measures, items: c.items, entries: c.entries },
  };
  const texts = (v: unknown) =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : undefined;
  const sheets = texts(value.sheets);
  if (sheets) result.sheets = sheets;
  if (typeof value.year === "string") result.year = value.year;
  if (typeof value.legend === "string" || value.legend === null) result.legend = value.legend;
  const departments = texts(value.departments);
  if (departments) result.departments = departments;
  return result;
}
