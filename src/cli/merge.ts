import { deflateRawSync, inflateRawSync } from "node:zlib";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { issueMessage } from "../core/i18n/messages";
import { PLAN_ONLY } from "../core/validate";
import { WORDS } from "../core/i18n/words";
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
import { EXIT, type Io, outProblem, outProblemMessage, validateBook } from "./achv";

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

const FORM_PROBLEM: Record<FormProblem, "notAForm" | "noFormHeader"> = {
  "not-a-form": "notAForm",
  "no-header": "noFormHeader",
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
  const words = WORDS[lang];
  const ratings = result.writes.filter((w) => w.field === "rating").length;
  const narratives = result.writes.length - ratings;
  const lines = [words.merge.merged(result.forms.length, out, ratings, narratives)];
  for (const f of result.forms) {
    const shown = f.issues.filter((i) => i.severity !== "info");
    if (shown.length === 0) continue;
    lines.push("", `${f.file} (${f.department ?? "?"}):`);
    for (const i of shown)
      lines.push(`  ${words.severity[i.severity]} ${i.sheet}!${i.cell}  ${issueMessage(i, lang)}`);
  }
  for (const severity of ["error", "warning", "info"] as Severity[]) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `${words.severity[severity]} (${group.length})`);
    for (const f of group) lines.push(`  ${mergeMessage(f, lang)}`);
  }
  lines.push("", words.merge.statusHead.join("\t"));
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
    io.err(`achv: ${outProblemMessage(problem, call.out, lang)}\n`);
    return EXIT.unusable;
  }
  const bytes = await readInput(call.file);
  const book = readOnce(openWorkbookBytes(bytes, call.file, NODE_IO));
  if (!book.sheetPart) throw new ReadFailure("not-workbook", call.file);
  const { result } = validateBook(book, call.sheet, { year: call.year, ...PLAN_ONLY });
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
      io.err(`achv: ${WORDS[lang].merge[FORM_PROBLEM[read]](file)}\n`);
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
  const patched = patchAnswers(bytes, changes, call.file, NODE_PATCH_IO, (part) =>
    book.partText?.(part)
  );
  const partial = `${call.out}.partial-${process.pid}`;
  try {
    writeFileSync(partial, patched);
    renameSync(partial, call.out);
  } catch (e) {
    rmSync(partial, { force: true });
    const detail = e instanceof Error ? e.message : String(e);
    io.err(`achv: ${WORDS[lang].write.cannotWrite(call.out, detail)}\n`);
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
