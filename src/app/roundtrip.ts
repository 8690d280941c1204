import type { Lang } from "../core/issues";
import { type MergeResult, mergeForms } from "../core/roundtrip/merge";
import { type PlanTable, planTable } from "../core/roundtrip/plan-table";
import type { FormProblem, FormRead } from "../core/roundtrip/read-form";
import { type SplitResult, splitPlan } from "../core/roundtrip/split";
import { statusSheet } from "../core/roundtrip/status";
import type { ValidationResult } from "../core/validate";
import { HostFailure } from "./failures";
import type { AnswersWritten, InsertedSummaries, PaneSettings, WorkbookHost } from "./host";
import { marksBySheet, readPlanOnPage } from "./workflow";

/** The plan as the round trip needs it: every sheet read, the check, and the table of entries. */
export interface PlanOnHost {
  result: ValidationResult;
  table: PlanTable;
}

/**
 * Read every sheet the choice covers (all of them: a legend may stand on another sheet) and the
 * plan's table of entries. Refused when no plan is read: nothing to split or merge into.
 */
export async function readPlanTable(
  host: WorkbookHost,
  sheet: string,
  settings: PaneSettings
): Promise<PlanOnHost> {
  const { result, snapshots } = await readPlanOnPage(host, sheet, settings);
  const table = planTable({ sheets: snapshots, result });
  if (!table || table.targets.length === 0)
    throw new HostFailure("nothing-to-summarize", sheet || result.sheet);
  return { result, table };
}

/** One form per department, as data (the pane writes them as files or new workbooks). */
export async function makeForms(
  host: WorkbookHost,
  sheet: string,
  settings: PaneSettings,
  lang: Lang,
  deadline?: string
): Promise<SplitResult> {
  const { table } = await readPlanTable(host, sheet, settings);
  return splitPlan(table, { lang, ...(deadline ? { deadline } : {}) });
}

export interface AnswersImported {
  merge: MergeResult;
  written: AnswersWritten;
}

/** A returned file as the user chose it. */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

/** Why a chosen file is no form to merge: none of ours, or its header is gone. Nothing is written then. */
export class FormUnusable extends Error {
  constructor(
    readonly file: string,
    readonly problem: FormProblem
  ) {
    super(`${problem}: ${file}`);
    this.name = "FormUnusable";
  }
}

/** Reads a form from its file (the xlsx adapter's formFromBytes); throws when the file is no workbook. */
export type FormReader = (bytes: Uint8Array, file: string, year?: number) => FormRead | FormProblem;

/**
 * Merge returned forms into the plan: the plan is read afresh, every form read (one that cannot be
 * read stops the import with nothing written), the answers matched by key, and only the rating and
 * narrative cells written, in one batch, each only where the cell still holds what was just read.
 * The written cells are marked (info), the findings' marks kept.
 */
export async function importAnswers(
  host: WorkbookHost,
  files: readonly ChosenFile[],
  readForm: FormReader,
  sheet: string,
  settings: PaneSettings
): Promise<AnswersImported> {
  if (!host.writeAnswers) throw new HostFailure("unsupported", "answers");
  const { result, table } = await readPlanTable(host, sheet, settings);
  const forms: FormRead[] = [];
  for (const f of files) {
    const read = readForm(f.bytes, f.name, result.header?.year?.year);
    if (typeof read === "string") throw new FormUnusable(f.name, read);
    forms.push(read);
  }
  const merge = mergeForms(table, forms);
  const shown = Object.fromEntries(marksBySheet(result.issues));
  const written =
    merge.writes.length === 0
      ? { written: 0, marked: 0, unmarked: 0 }
      : await host.writeAnswers(merge.writes, shown);
  return { merge, written };
}

/** Insert the 回答状況 sheet of a merge, replacing only the one the add-in inserted before. */
export function insertStatus(
  host: WorkbookHost,
  merge: MergeResult,
  lang: Lang
): Promise<InsertedSummaries> {
  const date = new Date().toISOString().slice(0, 10);
  return host.insertSummaries(() => ({ sheets: [statusSheet(merge.status, lang, date)] }));
}
