import { statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { compareYears } from "../core/compare/compare";
import type { CompareIssue, CompareRow, Comparison } from "../core/compare/types";
import { previousYear } from "../core/compare/years";
import { issueMessage } from "../core/i18n/messages";
import { WORDS } from "../core/i18n/words";
import type { Lang, Severity } from "../core/issues";
import { parseYear } from "../core/layout/years";
import { PLAN_ONLY, type ValidationResult } from "../core/validate";
import type { WorkbookReader } from "../xlsx/read-xlsx";
import { EXIT, type Io, openBook, unreadable, validateBook } from "./achv";
import { printableLines } from "./terminal";
import { type CallProblem, callProblemMessage } from "./usage";

interface CompareCall {
  last: string;
  current: string;
  /** Last year's sheet and this year's: one --sheet names both. */
  sheets: [string | undefined, string | undefined];
  year?: number;
  json: boolean;
}

/** `achv compare LAST THIS [--sheet NAME [--sheet NAME]] [--year Y] [--json] [--lang ja|en]`, read from the whole argv. */
function readCompareCall(argv: string[]): CompareCall | CallProblem {
  const { tokens } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: {
      sheet: { type: "string", multiple: true },
      year: { type: "string" },
      lang: { type: "string" },
      departments: { type: "string" },
      out: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const files: string[] = [];
  const sheets: string[] = [];
  let year: number | undefined;
  let json = false;
  for (const t of tokens ?? []) {
    if (t.kind === "positional") files.push(t.value);
    else if (t.kind !== "option") continue;
    else if (t.name === "departments" || t.name === "out")
      return { kind: "option-not-for", option: t.rawName, command: "compare" };
    else if (t.name === "json") json = true;
    else if (t.name === "sheet") sheets.push(t.value!);
    else if (t.name === "year") {
      year = parseYear(t.value!);
      if (year < 0) return { kind: "bad-year", value: t.value! };
    }
  }
  // files[0] is the command's own name.
  if (files.length < 3) return { kind: "missing-file", command: "compare" };
  if (files.length > 3) return { kind: "extra-argument", argument: files[3] };
  if (sheets.length > 2) return { kind: "extra-argument", argument: `--sheet ${sheets[2]}` };
  return {
    last: files[1],
    current: files[2],
    sheets: [sheets[0], sheets[1] ?? sheets[0]],
    year,
    json,
  };
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** What one year was read from, for the reports. */
function source(file: string, r: ValidationResult) {
  const year = r.header?.year;
  return {
    file,
    sheet: r.sheet,
    sheets: r.sheets,
    year: year ? { year: year.year, label: year.label } : null,
    counts: r.counts,
  };
}

function entryCounts(row: CompareRow) {
  const { up, same, down, newlyRated, unrated, changed, added, dropped } = row;
  return { up, same, down, newlyRated, unrated, changed, added, dropped };
}

function itemCounts(c: Comparison) {
  const n = (code: string) => c.issues.filter((i) => i.code === code).length;
  return {
    paired: c.items.filter((p) => p.last !== null && p.this !== null).length,
    added: n("item-added"),
    dropped: n("item-dropped"),
    renumbered: n("item-renumbered"),
    unsure: n("item-pairing-unsure"),
  };
}

/** The `achv compare --json` object (docs/compare-report.md). */
export function compareJson(
  last: ReturnType<typeof source>,
  current: ReturnType<typeof source>,
  c: Comparison,
  lang: Lang
): object {
  return {
    last,
    this: current,
    counts: { items: itemCounts(c), entries: entryCounts(c.total) },
    renamedDepartments: c.renamedDepartments,
    issues: c.issues.map((i) => Object.assign({}, i, { message: issueMessage(i, lang) })),
    // Unchanged entries are counted, not listed: on a large plan they would be most of the report.
    entries: c.entries.filter((e) => e.status !== "same"),
    byGoal: c.byGoal,
    byDepartment: c.byDepartment,
    total: c.total,
  };
}

const percent = (rate: number | null) => (rate === null ? "—" : `${(rate * 100).toFixed(1)}%`);

/** The text report: what each year was read from, the counts, then the findings by severity with their cells. */
export function compareText(
  last: ReturnType<typeof source>,
  current: ReturnType<typeof source>,
  c: Comparison,
  lang: Lang
): string {
  const w = WORDS[lang];
  const where = (s: ReturnType<typeof source>) => {
    const sheets = s.sheets.length > 1 ? s.sheets : [s.sheet];
    return w.compare.source(s.file, sheets, s.year ? w.compare.yearColumn(s.year.label) : "");
  };
  const e = c.total;
  const lines = [
    w.compare.last(where(last)),
    w.compare.this(where(current)),
    w.compare.items(itemCounts(c)),
    w.compare.ratings(e),
    w.compare.rate(percent(e.rateLast), percent(e.rateThis)),
  ];
  // A sheet is named only where a year's plan spans several.
  const many = { last: last.sheets.length > 1, this: current.sheets.length > 1 };
  const cellOf = (i: CompareIssue) =>
    (i.cellIn === "last" ? w.compare.lastYearCell : "") +
    (many[i.cellIn] ? `${i.sheet}!${i.cell}` : i.cell);
  for (const sev of ["error", "warning", "info"] as Severity[]) {
    const list = c.issues.filter((i) => i.severity === sev);
    if (list.length === 0) continue;
    lines.push("", `${w.severity[sev]} (${list.length})`);
    for (const issue of list)
      lines.push(`  ${cellOf(issue).padEnd(6)} ${issueMessage(issue, lang)}`);
  }
  if (c.issues.length === 0) lines.push("", w.compare.noChange);
  const warnings = c.issues.filter((i) => i.severity === "warning").length;
  lines.push("", w.compare.warnings(warnings));
  return printableLines(lines);
}

/** The plan read from one file, or the one line saying why there is none (exit 1, as validate). */
function planProblem(file: string, r: ValidationResult, lang: Lang): string | undefined {
  if (r.plan && r.plan.entries.length > 0) return undefined;
  const reason = r.issues.find((i) => i.code === "header-not-found");
  return `${file}: ${reason ? issueMessage(reason, lang) : WORDS[lang].compare.nothingToCompare}`;
}

/**
 * `achv compare`: this year's plan (THIS) against last year's (LAST), each read as `validate`
 * reads it. The same file twice compares two years' columns of it: this year is the year
 * `validate` would check (or --year), last year the column before. Exit codes as validate.
 */
export async function runCompare(argv: string[], lang: Lang, io: Io): Promise<number> {
  const call = readCompareCall(argv);
  if ("kind" in call) {
    io.err(`achv: ${callProblemMessage(call, lang)}\n`);
    return EXIT.unusable;
  }
  let file = call.current;
  try {
    const thisBook = await openBook(call.current);
    const one = sameFile(call.last, call.current);
    file = call.last;
    const lastBook: WorkbookReader = one ? thisBook : await openBook(call.last);
    // The plans, not the checker's findings: the comparison reports on its own.
    const current = validateBook(thisBook, call.sheets[1], {
      year: call.year,
      ...PLAN_ONLY,
    }).result;
    const last = validateBook(lastBook, call.sheets[0], {
      year: previousYear(current),
      ...PLAN_ONLY,
    }).result;
    const problem = planProblem(call.current, current, lang) ?? planProblem(call.last, last, lang);
    if (problem) {
      io.err(`achv: ${problem}\n`);
      return EXIT.errors;
    }
    const sameSheets = one && last.sheets.join("\u0000") === current.sheets.join("\u0000");
    // One sheet twice: last year must be an older year's column of it.
    if (sameSheets && (last.header?.year?.year ?? 0) >= (current.header?.year?.year ?? 0)) {
      io.err(`achv: ${WORDS[lang].compare.noEarlierYear(call.current)}\n`);
      return EXIT.unusable;
    }
    const c = compareYears(
      last.plan!,
      current.plan!,
      one ? { sameWorkbook: true } : { lastBook: basename(call.last) }
    );
    const [l, t] = [source(call.last, last), source(call.current, current)];
    io.out(
      call.json
        ? JSON.stringify(compareJson(l, t, c, lang), null, 2) + "\n"
        : compareText(l, t, c, lang)
    );
    return c.issues.some((i) => i.severity === "error") ? EXIT.errors : EXIT.ok;
  } catch (e) {
    return unreadable(e, file, lang, io);
  }
}
