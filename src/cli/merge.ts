import { deflateRawSync, inflateRawSync } from "node:zlib";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { SEVERITY_NAMES, issueMessage } from "../core/i18n/messages";
import { type Lang, type Severity, severityRank } from "../core/issues";
import { type MergeResult, mergeForms } from "../core/roundtrip/merge";
import { mergeMessage } from "../core/roundtrip/messages";
import { planTable } from "../core/roundtrip/plan-table";
import type { FormProblem, FormRead } from "../core/roundtrip/read-form";
import { formFromBytes } from "../xlsx/form-file";
import { ReadFailure } from "../xlsx/errors";
import { NODE_IO, oneChunk, readInput } from "../xlsx/load-file";
import { openWorkbookBytes } from "../xlsx/open-workbook";
import { type PatchIo, patchAnswers } from "../xlsx/patch-answers";
import type { WorkbookReader } from "../xlsx/read-xlsx";
import { EXIT, type Io, OUT_PROBLEM, outProblem, validateBook } from "./achv";

/** A workbook whose sheets are each read once, however often they are asked for (validating, then splitting or merging). */
export function readOnce(book: WorkbookReader): WorkbookReader {
  const read = new Map<string, ReturnType<WorkbookReader["readSheet"]>>();
  return {
    ...book,
    readSheet(name) {
      let s = read.get(name);
      if (!s) read.set(name, (s = book.readSheet(name)));
      return s;
    },
  };
}

export interface MergeCall {
  file: string;
  forms: string[];
  out: string;
  sheet?: string;
  year?: number;
  json: boolean;
  lang: Lang;
}

const NODE_PATCH_IO: PatchIo = {
  deflate: (data) => deflateRawSync(data, { level: 6 }),
  // Never a smaller chunk than zlib's own (16 KB), whatever size the file declares.
  inflate: (data, size) =>
    inflateRawSync(data, { chunkSize: oneChunk(data, Math.max(size + 1, 16 * 1024)) }),
  decode: NODE_IO.decode,
  encode: (s) => Buffer.from(s, "utf8"),
};

const FORM_PROBLEM: Record<FormProblem, Record<Lang, (file: string) => string>> = {
  "not-a-form": {
    ja: (f) =>
      `achv split で作った回答票ではありません（キーの列がありません）。何も書き込んでいません: ${f}`,
    en: (f) => `not a form made by achv split (it has no key column); nothing was written: ${f}`,
  },
  "no-header": {
    ja: (f) => `回答票の見出し行（達成度の列）が見つかりません。何も書き込んでいません: ${f}`,
    en: (f) => `the form's header (its rating column) cannot be found; nothing was written: ${f}`,
  },
};

/** The merge report as JSON (docs/roundtrip.md). */
export function mergeJson(file: string, out: string, result: MergeResult, lang: Lang) {
  return {
    file,
    out,
    plan: result.plan,
    forms: result.forms.map((f) => ({
      ...f,
      issues: f.issues.map((i) => ({
        code: i.code,
        severity: i.severity,
        sheet: i.sheet,
        cell: i.cell,
        message: issueMessage(i, lang),
      })),
    })),
    written: result.writes,
    findings: result.findings.map((f) => ({ ...f, message: mergeMessage(f, lang) })),
    status: result.status,
  };
}

function textReport(out: string, result: MergeResult, lang: Lang): string {
  const ja = lang === "ja";
  const ratings = result.writes.filter((w) => w.field === "rating").length;
  const narratives = result.writes.length - ratings;
  const lines = [
    ja
      ? `${out} に ${result.forms.length} 件の回答票を取り込みました: 達成度 ${ratings} セル、取組状況 ${narratives} セル。`
      : `Merged ${result.forms.length} forms into ${out}: ${ratings} rating cells, ${narratives} narrative cells written.`,
  ];
  for (const f of result.forms) {
    const shown = f.issues.filter((i) => i.severity !== "info");
    if (shown.length === 0) continue;
    lines.push("", `${f.file} (${f.department ?? "?"}):`);
    for (const i of shown)
      lines.push(
        `  ${SEVERITY_NAMES[lang][i.severity]} ${i.sheet}!${i.cell}  ${issueMessage(i, lang)}`
      );
  }
  for (const severity of ["error", "warning", "info"] as Severity[]) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `${SEVERITY_NAMES[lang][severity]} (${group.length})`);
    for (const f of group) lines.push(`  ${mergeMessage(f, lang)}`);
  }
  const head = ja
    ? ["担当課", "送付", "回答済み", "エラーあり", "未回答"]
    : ["Department", "Sent", "Answered", "With errors", "Missing"];
  lines.push("", head.join("\t"));
  for (const s of result.status)
    lines.push([s.department, s.sent, s.answered, s.withErrors, s.missing].join("\t"));
  return lines.join("\n") + "\n";
}

/**
 * `achv merge FILE FORM... --out OUT.xlsx`: read the plan and every form first (a form that
 * cannot be read stops the command with nothing written), then write only the rating and
 * narrative cells of the matching entries into a copy of the plan, patched in place.
 */
export async function runMerge(call: MergeCall, io: Io): Promise<number> {
  const { lang } = call;
  const problem =
    outProblem(call.out, call.file) ??
    call.forms.map((f) => outProblem(call.out, f)).find((p) => p === "same-as-input");
  if (problem) {
    io.err(`achv: ${OUT_PROBLEM[problem][lang](call.out)}\n`);
    return EXIT.unusable;
  }
  const bytes = await readInput(call.file);
  const book = readOnce(openWorkbookBytes(bytes, call.file, NODE_IO));
  if (!book.sheetPart) throw new ReadFailure("not-workbook", call.file);
  const { result } = validateBook(book, call.sheet, { year: call.year });
  const table = planTable({ sheets: book.sheetNames.map((n) => book.readSheet(n)), result });
  if (!table) {
    const reason = result.issues.find((i) => i.code === "header-not-found");
    io.err(`achv: ${reason ? issueMessage(reason, lang) : call.file}\n`);
    return EXIT.errors;
  }
  const forms: FormRead[] = [];
  for (const file of call.forms) {
    const read = formFromBytes(await readInput(file), file, NODE_IO, result.header?.year?.year);
    if (typeof read === "string") {
      io.err(`achv: ${FORM_PROBLEM[read][lang](file)}\n`);
      return EXIT.unusable;
    }
    forms.push(read);
  }
  const merged = mergeForms(table, forms);
  const changes = new Map<string, Map<string, string | number>>();
  for (const w of merged.writes) {
    const part = book.sheetPart(w.sheet);
    if (!part) throw new ReadFailure("sheet-not-found", w.sheet);
    let cells = changes.get(part);
    if (!cells) changes.set(part, (cells = new Map()));
    cells.set(w.cell, w.value);
  }
  const patched = patchAnswers(bytes, changes, call.file, NODE_PATCH_IO);
  const partial = `${call.out}.partial-${process.pid}`;
  try {
    writeFileSync(partial, patched);
    renameSync(partial, call.out);
  } catch (e) {
    rmSync(partial, { force: true });
    const detail = e instanceof Error ? e.message : String(e);
    io.err(
      lang === "ja"
        ? `achv: 書き出せませんでした: ${call.out} (${detail})\n`
        : `achv: could not write ${call.out} (${detail})\n`
    );
    return EXIT.unusable;
  }
  merged.findings.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  io.out(
    call.json
      ? JSON.stringify(mergeJson(call.file, call.out, merged, lang), null, 2) + "\n"
      : textReport(call.out, merged, lang)
  );
  return merged.findings.some((f) => f.severity === "error") ? EXIT.errors : EXIT.ok;
}
