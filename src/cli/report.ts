import { issueMessage } from "../core/i18n/messages";
import { WORDS } from "../core/i18n/words";
import type { Lang, Severity } from "../core/issues";
import { FIELDS } from "../core/layout/fields";
import type { ValidationResult } from "../core/validate";
import { printableLines } from "./terminal";

/** The `achv validate --json` object (docs/json-report.md). */
export function jsonReport(file: string, result: ValidationResult, lang: Lang): object {
  return {
    file,
    sheet: result.sheet,
    sheets: result.sheets,
    header: result.header,
    scale: {
      codes: result.scale.codes,
      notEvaluable: result.scale.notEvaluable,
      achieved: result.scale.achieved,
      source:
        result.scale.source === null
          ? null
          : { sheet: result.scale.sourceSheet, cell: result.scale.source },
    },
    counts: result.counts,
    issues: result.issues.map((i) => ({
      ...i,
      // The report's fix is where and what to write (docs/json-report.md); what the cell must
      // still hold is for the add-in, which applies it.
      ...(i.fix ? { fix: { cell: i.fix.cell, value: i.fix.value } } : {}),
      message: issueMessage(i, lang),
    })),
    summary: result.summary,
  };
}

/** The text report: what was read, then the issues grouped by severity with their cells. */
export function textReport(file: string, result: ValidationResult, lang: Lang): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  const sheets = result.sheets.length > 1 ? result.sheets : [result.sheet];
  lines.push(w.report.sheets(file, sheets));
  if (result.header) {
    const [first, ...repeats] = result.header.rows;
    const cols = FIELDS.filter((f) => result.header!.columns[f])
      .map((f) => `${w.field[f]} ${result.header!.columns[f]}`)
      .join(", ");
    lines.push(w.report.header(first, repeats.length, cols));
    const scale =
      result.scale.codes.join(", ") +
      (result.scale.notEvaluable.length
        ? w.report.notEvaluable(result.scale.notEvaluable.join(", "))
        : "");
    const where = result.scale.source
      ? w.report.legendAt(`${result.scale.sourceSheet}!${result.scale.source}`)
      : "";
    lines.push(w.report.codes(`${scale}${where}`));
    const year = result.header.year;
    if (year) lines.push(w.report.year(year.label, result.header.columns.rating));
    const rating = result.header.rating;
    if (rating) {
      const label = rating.columns.find((c) => c.column === rating.column)?.label ?? "";
      lines.push(w.report.ratingColumn(rating.column, label, rating.columns.length));
    }
    lines.push(w.report.counts(result.counts));
  }
  const groups: Severity[] = ["error", "warning", "info"];
  for (const sev of groups) {
    const list = result.issues.filter((i) => i.severity === sev);
    if (list.length === 0) continue;
    lines.push("", `${w.severity[sev]} (${list.length})`);
    for (const issue of list) {
      const cell = sheets.length > 1 ? `${issue.sheet}!${issue.cell}` : issue.cell;
      const fix = issue.fix ? w.report.fix(issue.fix.cell, issue.fix.value) : "";
      lines.push(`  ${cell.padEnd(6)} ${issueMessage(issue, lang)}${fix}`);
    }
  }
  if (result.issues.length === 0) lines.push("", w.report.noIssues);
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const warnings = result.issues.filter((i) => i.severity === "warning").length;
  lines.push("", w.report.totals(errors, warnings));
  return printableLines(lines);
}
