import type { Issue, Lang, Severity } from "../core/issues";
import { SEVERITY_NAMES, issueMessage } from "../core/i18n/messages";
import { FIELDS, FIELD_NAMES } from "../core/layout/fields";
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
  const ja = lang === "ja";
  const lines: string[] = [];
  const sheets = result.sheets.length > 1 ? result.sheets : [result.sheet];
  lines.push(
    ja
      ? `${file} — シート${sheets.map((s) => `「${s}」`).join("")}`
      : `${file} — sheet${sheets.length > 1 ? "s" : ""} ${sheets.map((s) => `"${s}"`).join(", ")}`
  );
  if (result.header) {
    const [first, ...repeats] = result.header.rows;
    const cols = FIELDS.filter((f) => result.header!.columns[f])
      .map((f) => `${FIELD_NAMES[lang][f]} ${result.header!.columns[f]}`)
      .join(", ");
    lines.push(
      ja
        ? `見出し: ${first}行目${repeats.length ? `（各ページの繰り返し ${repeats.length}行）` : ""}　列: ${cols}`
        : `Header: row ${first}${repeats.length ? ` (repeated on ${repeats.length} more rows)` : ""}; columns: ${cols}`
    );
    const scale =
      result.scale.codes.join(", ") +
      (result.scale.notEvaluable.length
        ? ja
          ? `（評価対象外: ${result.scale.notEvaluable.join(", ")}）`
          : ` (not evaluable: ${result.scale.notEvaluable.join(", ")})`
        : "");
    const where = result.scale.source
      ? ja
        ? `（凡例: ${result.scale.sourceSheet}!${result.scale.source}）`
        : ` (legend: ${result.scale.sourceSheet}!${result.scale.source})`
      : "";
    lines.push(ja ? `達成度の区分: ${scale}${where}` : `Rating codes: ${scale}${where}`);
    const year = result.header.year;
    if (year)
      lines.push(
        ja
          ? `点検した年度: ${year.label}（${result.header.columns.rating}列）`
          : `Year checked: ${year.label} (column ${result.header.columns.rating})`
      );
    const rating = result.header.rating;
    if (rating) {
      const label = rating.columns.find((c) => c.column === rating.column)?.label ?? "";
      lines.push(
        ja
          ? `点検した達成度の列: ${rating.column}列「${label}」（達成度の列 ${rating.columns.length}）`
          : `Rating column checked: ${rating.column}, "${label}" (of ${rating.columns.length} rating columns)`
      );
    }
    const c = result.counts;
    lines.push(
      ja
        ? `基本目標 ${c.goals}、施策 ${c.measures}、取組項目 ${c.items}、担当課別の評価 ${c.entries}`
        : `${c.goals} goals, ${c.measures} measures, ${c.items} items, ${c.entries} entries`
    );
  }
  const groups: Severity[] = ["error", "warning", "info"];
  for (const sev of groups) {
    const list = result.issues.filter((i) => i.severity === sev);
    if (list.length === 0) continue;
    lines.push("", `${SEVERITY_NAMES[lang][sev]} (${list.length})`);
    for (const issue of list) {
      const cell = sheets.length > 1 ? `${issue.sheet}!${issue.cell}` : issue.cell;
      lines.push(`  ${cell.padEnd(6)} ${issueMessage(issue, lang)}${fixNote(issue, lang)}`);
    }
  }
  if (result.issues.length === 0)
    lines.push("", ja ? "問題は見つかりませんでした。" : "No issues found.");
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const warnings = result.issues.filter((i) => i.severity === "warning").length;
  lines.push(
    "",
    ja ? `エラー ${errors} 件、警告 ${warnings} 件` : `${errors} errors, ${warnings} warnings`
  );
  return printableLines(lines);
}

function fixNote(issue: Issue, lang: Lang): string {
  if (!issue.fix) return "";
  return lang === "ja"
    ? `［修正案: ${issue.fix.cell} を「${issue.fix.value}」に］`
    : ` [fix: set ${issue.fix.cell} to "${issue.fix.value}"]`;
}
