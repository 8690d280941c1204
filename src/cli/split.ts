import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { issueMessage } from "../core/i18n/messages";
import { PLAN_ONLY } from "../core/validate";
import { WORDS } from "../core/i18n/words";
import type { Lang } from "../core/issues";
import { planTable } from "../core/roundtrip/plan-table";
import { splitPlan } from "../core/roundtrip/split";
import { columnWidths } from "../xlsx/column-widths";
import { NODE_IO, readInput } from "../xlsx/load-file";
import { openWorkbookBytes } from "../xlsx/open-workbook";
import { writeForm } from "../xlsx/write-form";
import { EXIT, type Io, validateBook } from "./achv";
import { readOnce } from "./merge";

export interface SplitCall {
  file: string;
  outDir: string;
  sheet?: string;
  year?: number;
  deadline?: string;
  lang: Lang;
}

function folderProblem(dir: string, lang: Lang): string | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) return WORDS[lang].split.notAFolder(dir);
  return undefined;
}

/**
 * `achv split FILE --out-dir DIR`: one form per department, written as DIR/NN_department.xlsx.
 * A form already in DIR is never written over (it may hold a department's answers): the command
 * stops before writing anything and says which.
 */
export async function runSplit(call: SplitCall, io: Io): Promise<number> {
  const { lang } = call;
  const w = WORDS[lang].split;
  const problem = folderProblem(call.outDir, lang);
  if (problem) {
    io.err(`achv: ${problem}\n`);
    return EXIT.unusable;
  }
  const bytes = await readInput(call.file);
  const book = readOnce(openWorkbookBytes(bytes, call.file, NODE_IO));
  const { result } = validateBook(book, call.sheet, { year: call.year, ...PLAN_ONLY });
  const sheets = book.sheetNames.map((n) => book.readSheet(n));
  const table = planTable({ sheets, result });
  if (!table || table.targets.every((t) => !t.entry.department)) {
    const reason = result.issues.find((i) => i.code === "header-not-found");
    io.err(`achv: ${reason ? issueMessage(reason, lang) : w.noDepartment}\n`);
    return EXIT.errors;
  }
  const split = splitPlan(table, { lang, deadline: call.deadline });
  const paths = split.forms.map((f) => join(call.outDir, `${f.fileStem}.xlsx`));
  const taken = paths.filter((p) => existsSync(p));
  if (taken.length > 0) {
    io.err(`achv: ${w.formThere(taken[0])}\n`);
    return EXIT.unusable;
  }
  const part = book.sheetPart?.(table.sheet.name);
  const widths = part ? columnWidths(bytes, part, call.file, NODE_IO).slice(table.left) : [];
  mkdirSync(call.outDir, { recursive: true });
  const written: string[] = [];
  try {
    for (const [i, form] of split.forms.entries()) {
      const data = writeForm(form, lang, widths, (d) => deflateRawSync(d, { level: 6 }));
      // Written beside the target first, so a failure leaves no half-written form.
      const partial = `${paths[i]}.partial-${process.pid}`;
      writeFileSync(partial, data);
      renameSync(partial, paths[i]);
      written.push(paths[i]);
    }
  } catch (e) {
    for (const p of written) rmSync(p, { force: true });
    const detail = e instanceof Error ? e.message : String(e);
    io.err(`achv: ${w.cannotWrite(call.outDir, detail)}\n`);
    return EXIT.unusable;
  }
  const lines = [w.wrote(split.forms.length, call.outDir)];
  split.forms.forEach((f, i) =>
    lines.push(`  ${paths[i]}  ${f.department} (${f.entryRows.length})`)
  );
  if (split.unassigned > 0) lines.push(w.unassigned(split.unassigned));
  io.out(lines.join("\n") + "\n");
  return EXIT.ok;
}
