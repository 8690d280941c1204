import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type ExcelJS from "exceljs";
import { DATA_TABLE, buildSummaryPlan } from "../core/plan/summary-plan";
import { freeTableName } from "../core/plan/sheet-names";
import { issueMessage } from "../core/i18n/messages";
import { WORDS } from "../core/i18n/words";
import { addSummarySheets, summaryMarkers } from "../xlsx/write-summary";
import { keepUserParts, takenTableNames } from "../xlsx/keep-user-parts";
import { parseArgs } from "node:util";
import type { Lang } from "../core/issues";
import { langFromLocale } from "../core/i18n/messages";
import { parseYear } from "../core/layout/years";
import {
  type ValidateOptions,
  type ValidationResult,
  validateSheet,
  validateWorkbook,
} from "../core/validate";
import { type SheetSnapshot, cellKey } from "../core/snapshot";
import { ReadFailure, failureMessage } from "../xlsx/errors";
import { NODE_IO, readInput } from "../xlsx/load-file";
import { LIMITS, limitText } from "../xlsx/limits";
import { openWorkbookBytes } from "../xlsx/open-workbook";
import type { WorkbookReader } from "../xlsx/read-xlsx";
import { decodeText } from "../xlsx/csv";
import { jsonReport, textReport } from "./report";
import { runCompare } from "./compare";
import { runMerge } from "./merge";
import { runSplit } from "./split";
import { printable } from "./terminal";
import { type CallProblem, type Command, callProblemMessage, helpText, isCommand } from "./usage";

/** Exit codes: 0 no errors, 1 errors found, 2 the input cannot be read or the call is wrong. */
export const EXIT = { ok: 0, errors: 1, unusable: 2 } as const;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  env: Record<string, string | undefined>;
}

function envLang(env: Io["env"]): Lang {
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE);
}

async function readDepartments(path: string): Promise<string[]> {
  const bytes = await readInput(path, LIMITS.departmentBytes);
  return decodeText(bytes, path)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export async function openBook(path: string): Promise<WorkbookReader> {
  return openWorkbookBytes(await readInput(path), path, NODE_IO);
}

/**
 * Validate the named sheet, else the plan: every visible sheet whose header is found and matches
 * the first one's (a plan split over several sheets), else the hidden ones, else report on the first.
 * Every sheet is offered as a place where the legend may stand.
 */
export function validateBook(
  book: WorkbookReader,
  sheet: string | undefined,
  options: ValidateOptions
): { snapshot: SheetSnapshot; result: ValidationResult } {
  const all = book.sheetNames.map((name) => book.readSheet(name));
  const withLegends = { ...options, otherSheets: all };
  if (sheet !== undefined) {
    const snapshot = all.find((s) => s.name === sheet);
    if (!snapshot)
      throw new ReadFailure("sheet-not-found", `${sheet} (${book.sheetNames.join(", ")})`);
    return { snapshot, result: validateSheet(snapshot, withLegends) };
  }
  const hidden = new Set(book.hiddenSheets ?? []);
  let first: { snapshot: SheetSnapshot; result: ValidationResult } | undefined;
  for (const group of [
    all.filter((s) => !hidden.has(s.name)),
    all.filter((s) => hidden.has(s.name)),
  ]) {
    if (group.length === 0) continue;
    const result = validateWorkbook(group, options);
    const snapshot = group.find((s) => s.name === result.sheet)!;
    if (result.header) return { snapshot, result };
    first ??= { snapshot, result };
  }
  return first!;
}

/** A sheet name Excel (and ExcelJS) accepts, from a CSV's file name: no : \ / ? * [ ], not "History", at most 31 characters. */
export function sheetNameFor(fileStem: string): string {
  const name = fileStem
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31)
    .trim();
  return !name || name.toLowerCase() === "history" ? "data" : name;
}

/**
 * The workbook to add summaries to: the .xlsx itself, or a new one holding the CSV's rows. ExcelJS
 * gets a workbook only after our reader has read every sheet and inflated every part within the
 * limits, and never one whose merged areas would take its merge check (quadratic) minutes.
 */
async function workbookFor(
  bytes: Uint8Array,
  book: WorkbookReader,
  snapshot: SheetSnapshot
): Promise<ExcelJS.Workbook> {
  // Loaded only here: validating must not pay for ExcelJS's start-up.
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  if (!book.checkParts) {
    const ws = wb.addWorksheet(sheetNameFor(snapshot.name));
    for (const row of snapshot.values)
      ws.addRow(
        Array.from(row ?? [], (v) => (typeof v === "object" && v !== null ? v.error : (v ?? null)))
      );
    return wb;
  }
  book.checkParts();
  for (const name of book.sheetNames) {
    const merges = book.readSheet(name).merges;
    let covered = 0;
    for (const m of merges) covered += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (merges.length > LIMITS.mergesToCopy || covered > LIMITS.cells)
      throw new ReadFailure("too-many-merges", limitText(LIMITS.mergesToCopy));
    // ExcelJS refuses areas that overlap (Excel repairs them on opening); say so before it fails.
    const seen = new Set<number>();
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          const key = cellKey(r, c);
          if (seen.has(key)) throw new ReadFailure("overlapping-merges", name);
          seen.add(key);
        }
      }
    }
  }
  // ExcelJS's types name Node's older Buffer; the bytes are the same.
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

export type OutProblem = "same-as-input" | "not-a-file" | "no-folder";

/** Why `out` cannot be written, by what it is on disk (through any link), not by how its path is spelled. */
export function outProblem(out: string, input: string): OutProblem | undefined {
  let folder;
  try {
    folder = statSync(dirname(resolve(out)));
  } catch {
    return "no-folder";
  }
  if (!folder.isDirectory()) return "no-folder";
  let target;
  try {
    target = statSync(out);
  } catch {
    return undefined;
  }
  if (!target.isFile()) return "not-a-file";
  try {
    const source = statSync(input);
    if (source.dev === target.dev && source.ino === target.ino) return "same-as-input";
  } catch {
    // The input is checked when it is read.
  }
  return undefined;
}

/** What is wrong with --out, in one line. */
export function outProblemMessage(problem: OutProblem, out: string, lang: Lang): string {
  const w = WORDS[lang].write;
  if (problem === "same-as-input") return w.sameAsInput(out);
  return problem === "not-a-file" ? w.notAFile(out) : w.noFolder(dirname(out));
}

async function summarize(
  file: string,
  out: string,
  sheet: string | undefined,
  year: number | undefined,
  lang: Lang,
  io: Io
): Promise<number> {
  const problem = outProblem(out, file);
  if (problem) {
    io.err(`achv: ${outProblemMessage(problem, out, lang)}\n`);
    return EXIT.unusable;
  }
  const bytes = await readInput(file);
  const book = openWorkbookBytes(bytes, file, NODE_IO);
  const { snapshot, result } = validateBook(book, sheet, { year });
  if (!result.plan || !result.summary || result.plan.entries.length === 0) {
    const reason = result.issues.find((i) => i.code === "header-not-found");
    io.err(`achv: ${reason ? issueMessage(reason, lang) : WORDS[lang].write.nothingToSummarise}\n`);
    return EXIT.errors;
  }
  const earlier = book.checkParts ? summaryMarkers(bytes) : [];
  // The add-in's table takes no name of the user's tables and names (its earlier data sheet's table goes).
  const taken = book.checkParts ? takenTableNames(bytes, earlier) : new Set<string>();
  const plan = buildSummaryPlan(result.plan, result.summary, {
    lang,
    date: new Date().toISOString().slice(0, 10),
    tableName: freeTableName(DATA_TABLE, (n) => taken.has(n)),
  });
  const wb = await workbookFor(bytes, book, snapshot);
  const placed = addSummarySheets(wb, plan, earlier);
  // Written beside the target first, so a failure leaves no half-written file.
  const partial = `${out}.partial-${process.pid}`;
  try {
    const written = new Uint8Array(await wb.xlsx.writeBuffer());
    // The user's workbook names and page breaks as the input has them: ExcelJS rewrites them on the way through.
    writeFileSync(partial, book.checkParts ? keepUserParts(bytes, written, placed) : written);
    renameSync(partial, out);
  } catch (e) {
    rmSync(partial, { force: true });
    const detail = e instanceof Error ? e.message : String(e);
    io.err(`achv: ${WORDS[lang].write.cannotWrite(out, detail)}\n`);
    return EXIT.unusable;
  }
  io.out(
    WORDS[lang].write.wrote(
      out,
      placed.map((p) => p.name)
    ) + "\n"
  );
  return EXIT.ok;
}

/** The package's version: package.json sits two folders up from src/cli and from the bundle in dist/cli. */
function packageVersion(): string {
  for (let dir = __dirname, i = 0; i < 4; i++, dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file))
      return String(
        (JSON.parse(readFileSync(file, "utf8")) as { version?: unknown }).version ?? ""
      );
  }
  return "";
}

const STRING_OPTIONS = [
  "sheet",
  "lang",
  "departments",
  "out",
  "year",
  "out-dir",
  "deadline",
] as const;
const BOOLEAN_OPTIONS = ["json", "help", "version"] as const;
/** Options that only some commands take. */
const ONLY_FOR: Record<string, readonly Command[]> = {
  json: ["validate", "compare", "merge"],
  departments: ["validate"],
  out: ["summarize", "merge"],
  "out-dir": ["split"],
  deadline: ["split"],
};

interface Call {
  command?: string;
  file?: string;
  extra: string[];
  options: Partial<Record<(typeof STRING_OPTIONS)[number], string>> &
    Partial<Record<(typeof BOOLEAN_OPTIONS)[number], boolean>>;
}

/** Read the arguments leniently, so every mistake can be named in words of our own (not Node's parser's). */
function readCall(argv: string[]): Call | CallProblem {
  const { tokens } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: {
      ...Object.fromEntries(STRING_OPTIONS.map((o) => [o, { type: "string" as const }])),
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "V" },
    },
  });
  const call: Call = { extra: [], options: {} };
  for (const t of tokens ?? []) {
    if (t.kind === "positional") {
      if (call.command === undefined) call.command = t.value;
      else if (call.file === undefined) call.file = t.value;
      else call.extra.push(t.value);
    } else if (t.kind === "option") {
      if ((STRING_OPTIONS as readonly string[]).includes(t.name)) {
        if (t.value === undefined || t.value === "")
          return { kind: "option-value", option: t.rawName };
        call.options[t.name as (typeof STRING_OPTIONS)[number]] = t.value;
      } else if ((BOOLEAN_OPTIONS as readonly string[]).includes(t.name) && t.value === undefined) {
        call.options[t.name as (typeof BOOLEAN_OPTIONS)[number]] = true;
      } else {
        return { kind: "unknown-option", option: t.rawName };
      }
    }
  }
  return call;
}

function problemOf(call: Call): CallProblem | undefined {
  const { command, file, extra, options } = call;
  if (command === undefined) return { kind: "no-command" };
  if (!isCommand(command)) return { kind: "unknown-command", command };
  for (const [option, only] of Object.entries(ONLY_FOR)) {
    if (options[option as keyof Call["options"]] !== undefined && !only.includes(command))
      return { kind: "option-not-for", option: `--${option}`, command };
  }
  if (file === undefined) return { kind: "missing-file", command };
  if (command === "merge" && extra.length === 0) return { kind: "missing-forms" };
  if (extra.length > 0 && command !== "merge")
    return { kind: "extra-argument", argument: extra[0] };
  if ((command === "summarize" || command === "merge") && options.out === undefined)
    return { kind: "missing-out", command };
  if (command === "split" && options["out-dir"] === undefined) return { kind: "missing-out-dir" };
  return undefined;
}

/** A file that could not be read, said in one line on stderr: exit 2. */
export function unreadable(e: unknown, file: string, lang: Lang, io: Io): number {
  if (e instanceof ReadFailure) {
    io.err(`achv: ${failureMessage(e, lang)}\n`);
    return EXIT.unusable;
  }
  const detail = e instanceof Error ? e.message : String(e);
  io.err(`achv: ${WORDS[lang].write.cannotRead(file, detail)}\n`);
  return EXIT.unusable;
}

export async function runAchv(argv: string[], terminal: Io): Promise<number> {
  // Every message names files and sheets the user gave: shown, never acted on by the terminal.
  const io: Io = { ...terminal, err: (s) => terminal.err(`${printable(s.replace(/\n$/, ""))}\n`) };
  let lang = envLang(io.env);
  const call = readCall(argv);
  const wrong = (p: CallProblem) => {
    io.err(`achv: ${callProblemMessage(p, lang)}\n`);
    return EXIT.unusable;
  };
  if ("kind" in call) return wrong(call);
  const { options } = call;
  if (options.lang !== undefined) {
    if (options.lang !== "ja" && options.lang !== "en")
      return wrong({ kind: "bad-lang", value: options.lang });
    lang = options.lang;
  }
  if (options.version) {
    io.out(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (options.help) {
    io.out(helpText(lang, packageVersion(), isCommand(call.command) ? call.command : undefined));
    return EXIT.ok;
  }
  if (call.command === "compare") return runCompare(argv, lang, io);
  const problem = problemOf(call);
  if (problem) return wrong(problem);
  const year = options.year === undefined ? undefined : parseYear(options.year);
  if (year !== undefined && year < 0) return wrong({ kind: "bad-year", value: options.year! });
  const command = call.command as Command;
  const file = call.file!;
  try {
    if (command === "summarize")
      return await summarize(file, options.out!, options.sheet, year, lang, io);
    if (command === "split")
      return await runSplit(
        {
          file,
          outDir: options["out-dir"]!,
          sheet: options.sheet,
          year,
          deadline: options.deadline,
          lang,
        },
        io
      );
    if (command === "merge")
      return await runMerge(
        {
          file,
          forms: call.extra,
          out: options.out!,
          sheet: options.sheet,
          year,
          json: Boolean(options.json),
          lang,
        },
        io
      );
    const departments = options.departments
      ? await readDepartments(options.departments)
      : undefined;
    const { result } = validateBook(await openBook(file), options.sheet, { departments, year });
    io.out(
      options.json
        ? JSON.stringify(jsonReport(file, result, lang), null, 2) + "\n"
        : textReport(file, result, lang)
    );
    return result.issues.some((i) => i.severity === "error") ? EXIT.errors : EXIT.ok;
  } catch (e) {
    return unreadable(e, file, lang, io);
  }
}
