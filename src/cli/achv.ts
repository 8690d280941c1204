import { readFileSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import type ExcelJS from "exceljs";
import { buildSummaryPlan } from "../core/plan/summary-plan";
import { issueMessage } from "../core/i18n/messages";
import { addSummarySheets } from "../xlsx/write-summary";
import { parseArgs } from "node:util";
import type { Lang } from "../core/issues";
import { langFromLocale } from "../core/i18n/messages";
import { type ValidateOptions, type ValidationResult, validateSheet } from "../core/validate";
import type { SheetSnapshot } from "../core/snapshot";
import { ReadFailure, failureMessage } from "../xlsx/errors";
import { loadWorkbookFile } from "../xlsx/load-file";
import { decodeText } from "../xlsx/csv";
import { jsonReport, textReport } from "./report";

/** Exit codes: 0 no errors, 1 errors found, 2 the input cannot be read or the call is wrong. */
export const EXIT = { ok: 0, errors: 1, unusable: 2 } as const;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  env: Record<string, string | undefined>;
}

const USAGE: Record<Lang, string> = {
  ja: "使い方: achv validate FILE [--sheet NAME] [--json] [--lang ja|en] [--departments FILE]\n        achv summarize FILE --out OUT.xlsx [--sheet NAME] [--lang ja|en]",
  en: "usage: achv validate FILE [--sheet NAME] [--json] [--lang ja|en] [--departments FILE]\n       achv summarize FILE --out OUT.xlsx [--sheet NAME] [--lang ja|en]",
};

function envLang(env: Io["env"]): Lang {
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE);
}

function readDepartments(path: string): string[] {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    throw new ReadFailure("not-found", path);
  }
  return decodeText(bytes, path)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Validate the named sheet, else the first (visible before hidden) whose header is found, else report on the first. */
function validateFile(path: string, sheet: string | undefined, options: ValidateOptions): { snapshot: SheetSnapshot; result: ValidationResult } {
  const book = loadWorkbookFile(path);
  if (sheet !== undefined) {
    if (!book.sheetNames.includes(sheet)) throw new ReadFailure("sheet-not-found", `${sheet} (${book.sheetNames.join(", ")})`);
    const snapshot = book.readSheet(sheet);
    return { snapshot, result: validateSheet(snapshot, options) };
  }
  let first: { snapshot: SheetSnapshot; result: ValidationResult } | undefined;
  const hidden = new Set(book.hiddenSheets ?? []);
  const order = [...book.sheetNames.filter((n) => !hidden.has(n)), ...book.sheetNames.filter((n) => hidden.has(n))];
  for (const name of order) {
    const snapshot = book.readSheet(name);
    const result = validateSheet(snapshot, options);
    if (result.header) return { snapshot, result };
    first ??= { snapshot, result };
  }
  return first!;
}

/** The workbook to add summaries to: the .xlsx itself, or a new one holding the CSV's rows. */
async function workbookFor(file: string, snapshot: SheetSnapshot): Promise<ExcelJS.Workbook> {
  // Loaded only here: validating must not pay for ExcelJS's start-up.
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  if (/\.(csv|tsv|txt)$/i.test(file)) {
    const ws = wb.addWorksheet(snapshot.name.slice(0, 31) || "data");
    for (const row of snapshot.values) ws.addRow(row.map((v) => (typeof v === "object" && v !== null ? v.error : v)));
    return wb;
  }
  await wb.xlsx.readFile(file);
  return wb;
}

async function summarize(file: string, out: string, sheet: string | undefined, lang: Lang, io: Io): Promise<number> {
  if (resolve(out) === resolve(file)) {
    io.err(lang === "ja" ? `achv: 元のファイルには書き込みません。別の --out を指定してください: ${out}\n` : `achv: will not write over the input; give another --out: ${out}\n`);
    return EXIT.unusable;
  }
  const { snapshot, result } = validateFile(file, sheet, {});
  if (!result.plan || !result.summary || result.plan.entries.length === 0) {
    const reason = result.issues.find((i) => i.code === "header-not-found");
    io.err(`achv: ${reason ? issueMessage(reason, lang) : lang === "ja" ? "集計する評価がありません。" : "nothing to summarise."}\n`);
    return EXIT.errors;
  }
  const plan = buildSummaryPlan(result.plan, result.summary, { lang, date: new Date().toISOString().slice(0, 10) });
  const wb = await workbookFor(file, snapshot);
  const placed = addSummarySheets(wb, plan);
  // Written beside the target first, so a failure leaves no half-written file.
  const partial = `${out}.partial-${process.pid}`;
  try {
    await wb.xlsx.writeFile(partial);
    renameSync(partial, out);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
  io.out(
    (lang === "ja" ? `${out} に書き出しました: ` : `Wrote ${out}: `) + placed.map((p) => p.name).join(lang === "ja" ? "、" : ", ") + "\n",
  );
  return EXIT.ok;
}

export async function runAchv(argv: string[], io: Io): Promise<number> {
  let lang = envLang(io.env);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sheet: { type: "string" },
        json: { type: "boolean" },
        lang: { type: "string" },
        departments: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    io.err(`${USAGE[lang]}\n${e instanceof Error ? e.message : ""}\n`);
    return EXIT.unusable;
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined) {
    if (values.lang !== "ja" && values.lang !== "en") {
      io.err(`${USAGE[lang]}\n`);
      return EXIT.unusable;
    }
    lang = values.lang;
  }
  if (values.help) {
    io.out(`${USAGE[lang]}\n`);
    return EXIT.ok;
  }
  const [command, file, ...rest] = positionals;
  const ok = file && rest.length === 0 && (command === "validate" || (command === "summarize" && values.out));
  if (!ok) {
    io.err(`${USAGE[lang]}\n`);
    return EXIT.unusable;
  }
  try {
    if (command === "summarize") return await summarize(file, values.out!, values.sheet, lang, io);
    const departments = values.departments ? readDepartments(values.departments) : undefined;
    const { result } = validateFile(file, values.sheet, { departments });
    io.out(values.json ? JSON.stringify(jsonReport(file, result, lang), null, 2) + "\n" : textReport(file, result, lang));
    return result.issues.some((i) => i.severity === "error") ? EXIT.errors : EXIT.ok;
  } catch (e) {
    if (e instanceof ReadFailure) {
      io.err(`achv: ${failureMessage(e, lang)}\n`);
      return EXIT.unusable;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.err(lang === "ja" ? `achv: 読み込めませんでした: ${file} (${detail})\n` : `achv: could not read ${file} (${detail})\n`);
    return EXIT.unusable;
  }
}
