import type { Issue, Severity } from "../issues";
import { type CellValue, cellAddress, cellText, parseAddress } from "../snapshot";
import { foldCode } from "../text";
import { answerText, fingerprint } from "./keys";
import type { EntryTarget, PlanTable } from "./plan-table";
import type { FormRead, FormRow } from "./read-form";

/**
 * What each merge finding names, by code: its message reads exactly these (i18n/ja.ts, en.ts),
 * so a finding made without one of them does not compile. "Sheet!A1" cells: `planCell` in the
 * plan, `formCell` in a form; `item` as the plan labels it ("29 若年層への…"); `files` the
 * form(s) involved; `args` what else the message is made from.
 */
export interface MergeFindingParts {
  "form-missing": { department: string; args: { entries: number } };
  "form-other-plan": { files: string[]; department?: string };
  "entry-missing": { department: string; planCell: string; item: string };
  "entry-unanswered": { department: string; files: string[]; formCell: string; item: string };
  "changed-outside-answers": {
    department: string;
    files: string[];
    formCell: string;
    planCell: string;
    item: string;
    args: { sent: string; found: string };
  };
  "answered-twice": { department: string; files: string[]; args: { count: number } };
  "answers-differ": {
    department: string;
    files: string[];
    planCell: string;
    formCell: string;
    item: string;
  };
  "key-unknown": { files: string[]; department: string; formCell: string };
  "row-without-key": { files: string[]; department?: string; formCell: string };
  "rating-not-in-list": {
    department: string;
    files: string[];
    formCell: string;
    planCell: string;
    item: string;
    args: { value: string; codes: string };
  };
  /** A cell shared by entries (of one item or several: `item` names each) answered differently. */
  "shared-answer-differs": {
    planCell: string;
    item: string;
    args: { field: "rating" | "narrative"; departments: string };
  };
  "shared-rating-waiting": {
    planCell: string;
    item: string;
    args: { departments: string; waiting: string };
  };
}

export type MergeCode = keyof MergeFindingParts;

export const MERGE_SEVERITY: Record<MergeCode, Severity> = {
  "form-missing": "warning",
  "form-other-plan": "error",
  "entry-missing": "warning",
  "entry-unanswered": "warning",
  "changed-outside-answers": "warning",
  "answered-twice": "info",
  "answers-differ": "error",
  "key-unknown": "warning",
  "row-without-key": "warning",
  "rating-not-in-list": "error",
  "shared-answer-differs": "error",
  "shared-rating-waiting": "warning",
};

/** The places a finding of any code may name, each optional (what the report's readers look at). */
interface MergeFindingPlaces {
  department?: string;
  files?: string[];
  planCell?: string;
  formCell?: string;
  item?: string;
}

/** A finding of code `C`: what that code names, required. */
export type MergeFindingOf<C extends MergeCode> = Omit<
  MergeFindingPlaces,
  keyof MergeFindingParts[C]
> &
  MergeFindingParts[C] & { code: C; severity: Severity };

/** One thing the office should know about the merge, with where to look (plan cell, form cell, or both). */
export type MergeFinding<C extends MergeCode = MergeCode> = { [K in C]: MergeFindingOf<K> }[C];

/** A finding as the merge makes it: its severity is its code's. */
type MergeFindingDraft = { [K in MergeCode]: Omit<MergeFindingOf<K>, "severity"> }[MergeCode];

/** One cell the merge writes into the plan. */
export interface CellWrite {
  sheet: string;
  cell: string;
  field: "rating" | "narrative";
  value: string | number;
  /** The cell's text before. */
  before: string;
  departments: string[];
}

export interface FormSummary {
  file: string;
  department: string | null;
  /** Rows carrying a key, and of them rows with a rating. */
  rows: number;
  answered: number;
  /** False for a form made from another plan: nothing of it is merged. */
  samePlan: boolean;
  /** The form's own findings on its answer cells. */
  issues: Issue[];
}

/** Per department: entries sent, answered, with errors, missing (no row came back, or no rating in it). */
export interface DepartmentStatus {
  department: string;
  sent: number;
  answered: number;
  withErrors: number;
  missing: number;
  /** Whether any form of this department came back. */
  returned: boolean;
}

export interface MergeResult {
  plan: string;
  forms: FormSummary[];
  findings: MergeFinding[];
  writes: CellWrite[];
  status: DepartmentStatus[];
}

interface Answer {
  form: FormRead;
  row: FormRow;
}

/** Separators a cell of several ratings or departments is written with (layout/values.ts). */
const SEPARATOR = /[\r\n、，,;；/／・\s\u3000]+/;

function itemLabel(table: PlanTable, t: EntryTarget): string {
  const item = table.plan.items[t.entry.item];
  return item ? [item.numeral, item.title].filter(Boolean).join(" ") : "";
}

const same = (a: CellValue, b: CellValue) => answerText(cellText(a)) === answerText(cellText(b));

/**
 * Merge the departments' answers into the plan, as data: which rating and narrative cells to
 * write, and a report. Answers are matched to entries by key. An answer counts only where it
 * differs from what its form was sent with, so merging the same forms again changes nothing,
 * and a department that left a shared narrative as it was does not outvote one that wrote it.
 * Nothing is written for an entry answered twice differently, a rating not in the legend, a
 * cell shared by departments who answered it differently, or a cell of several departments'
 * ratings while one of them has none: each is reported instead.
 */
export function mergeForms(table: PlanTable, forms: readonly FormRead[]): MergeResult {
  const findings: MergeFinding[] = [];
  const add = (f: MergeFindingDraft) => findings.push({ ...f, severity: MERGE_SEVERITY[f.code] });
  const byId = new Map(table.targets.map((t) => [t.id, t]));
  const codes = new Set(table.scale.codes.map((c) => c.key));
  const summaries: FormSummary[] = [];
  const answers = new Map<string, Answer[]>();
  const returned = new Set<string>();
  const erred = new Set<string>();
  const errorRows = new Set<string>();

  for (const form of forms) {
    const department = majority(form.rows.map((r) => r.key.department));
    const plan = majority(form.rows.map((r) => r.key.plan));
    const samePlan = plan === table.id;
    summaries.push({
      file: form.file,
      department,
      rows: form.rows.length,
      answered: form.rows.filter((r) => cellText(r.rating).trim() !== "").length,
      samePlan,
      issues: form.issues,
    });
    if (!samePlan) {
      add({ code: "form-other-plan", files: [form.file], department: department ?? undefined });
      continue;
    }
    for (const issue of form.issues) {
      const at = parseAddress(issue.cell);
      // A blank rating is counted as missing, not as an error.
      if (issue.severity === "error" && issue.code !== "rating-missing" && at)
        errorRows.add(`${form.file}\u0000${at.row}`);
    }
    for (const row of form.rows) {
      const target = row.key.plan === table.id ? byId.get(row.key.id) : undefined;
      if (!target || target.entry.department !== row.key.department) {
        add({
          code: "key-unknown",
          files: [form.file],
          department: row.key.department,
          formCell: row.at,
        });
        continue;
      }
      returned.add(target.entry.department);
      const list = answers.get(target.id);
      if (list) list.push({ form, row });
      else answers.set(target.id, [{ form, row }]);
      checkOthers(table, target, form, row, add);
    }
    for (const at of form.unkeyed)
      add({
        code: "row-without-key",
        files: [form.file],
        department: department ?? undefined,
        formCell: at,
      });
  }

  // Each entry's one answer: the same row returned twice counts once; different answers count for nothing.
  const chosen = new Map<string, Answer>();
  const twice = new Map<string, { department: string; files: Set<string>; count: number }>();
  for (const [id, list] of answers) {
    const t = byId.get(id)!;
    if (list.length === 1) {
      chosen.set(id, list[0]);
      continue;
    }
    const agree = list.every(
      (a) =>
        same(a.row.rating, list[0].row.rating) &&
        answerText(a.row.narrative) === answerText(list[0].row.narrative)
    );
    if (agree) {
      chosen.set(id, list[0]);
      const k = `${t.entry.department}\u0000${[...new Set(list.map((a) => a.form.file))].join("\u0000")}`;
      const seen = twice.get(k) ?? {
        department: t.entry.department,
        files: new Set(list.map((a) => a.form.file)),
        count: 0,
      };
      seen.count++;
      twice.set(k, seen);
    } else {
      erred.add(id);
      add({
        code: "answers-differ",
        department: t.entry.department,
        files: [...new Set(list.map((a) => a.form.file))],
        planCell: `${t.sheet}!${t.ratingCell}`,
        formCell: list.map((a) => a.row.at).join(", "),
        item: itemLabel(table, t),
      });
    }
  }
  for (const seen of twice.values())
    add({
      code: "answered-twice",
      department: seen.department,
      files: [...seen.files],
      args: { count: seen.count },
    });

  // What each entry's answer changes: its rating (when a code of the legend) and its narrative.
  const newRating = new Map<string, CellValue>();
  const newNarrative = new Map<string, string>();
  for (const [id, { form, row }] of chosen) {
    const t = byId.get(id)!;
    if (errorRows.has(`${form.file}\u0000${row.row}`)) erred.add(id);
    const rating = answerText(cellText(row.rating));
    if (rating === "")
      add({
        code: "entry-unanswered",
        department: t.entry.department,
        files: [form.file],
        formCell: row.ratingAt,
        item: itemLabel(table, t),
      });
    else if (fingerprint(rating) !== row.key.sentRating) {
      if (codes.has(foldCode(rating)))
        newRating.set(id, typeof row.rating === "number" ? row.rating : cellText(row.rating));
      else {
        erred.add(id);
        add({
          code: "rating-not-in-list",
          department: t.entry.department,
          files: [form.file],
          formCell: row.ratingAt,
          planCell: `${t.sheet}!${t.ratingCell}`,
          item: itemLabel(table, t),
          args: { value: rating, codes: table.scale.codes.map((c) => c.code).join(", ") },
        });
      }
    }
    const narrative = answerText(row.narrative);
    // What the plan says already asks for no change (and is the usual case: a cheap comparison before the fingerprint).
    if (
      narrative !== "" &&
      narrative !== answerText(t.narrative) &&
      fingerprint(narrative) !== row.key.sentNarrative
    )
      newNarrative.set(id, row.narrative);
  }

  const writes: CellWrite[] = [];
  const ratingGroups = new Map<string, EntryTarget[]>();
  for (const t of table.targets) {
    if (!t.ratingCell) continue;
    const k = `${t.sheet}!${t.ratingCell}`;
    const g = ratingGroups.get(k);
    if (g) g.push(t);
    else ratingGroups.set(k, [t]);
  }
  for (const [at, group] of ratingGroups) {
    if (!group.some((t) => newRating.has(t.id))) continue;
    const shared = ratingCellValue(group, newRating);
    if (shared.kind === "differs") {
      group.forEach((t) => newRating.has(t.id) && erred.add(t.id));
      add({
        code: "shared-answer-differs",
        planCell: at,
        item: itemLabel(table, group[0]),
        args: { field: "rating", departments: changedBy(group, newRating) },
      });
      continue;
    }
    if (shared.kind === "waiting") {
      add({
        code: "shared-rating-waiting",
        planCell: at,
        item: itemLabel(table, group[0]),
        args: {
          departments: changedBy(group, newRating),
          waiting: shared.unrated.map((t) => t.entry.department).join("、"),
        },
      });
      continue;
    }
    const before = group[0].entry.ratingCellText;
    if (answerText(cellText(shared.value)) !== answerText(before))
      pushWrite(writes, at, "rating", shared.value, before, group, newRating);
  }
  // The entries whose answers decided each narrative write: a cell two items share may turn out to conflict below.
  const decidedBy = new Map<CellWrite, EntryTarget[]>();
  for (const group of narrativeGroups(table)) {
    const texts = [
      ...new Set(
        group.targets.filter((t) => newNarrative.has(t.id)).map((t) => newNarrative.get(t.id)!)
      ),
    ];
    if (texts.length === 0) continue;
    if (new Set(texts.map(answerText)).size > 1) {
      group.targets.forEach((t) => newNarrative.has(t.id) && erred.add(t.id));
      add({
        code: "shared-answer-differs",
        planCell: group.cells[0].at,
        item: itemLabel(table, group.targets[0]),
        args: { field: "narrative", departments: changedBy(group.targets, newNarrative) },
      });
      continue;
    }
    for (const cell of group.cells) {
      if (answerText(texts[0]) !== answerText(cell.own))
        decidedBy.set(
          pushWrite(writes, cell.at, "narrative", texts[0], cell.own, group.targets, newNarrative),
          group.targets.filter((t) => newNarrative.has(t.id))
        );
    }
  }

  // A narrative merged across items is one cell in several groups: written once, or not at all when they differ.
  const byTarget = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const k = `${w.sheet}!${w.cell}`;
    const list = byTarget.get(k);
    if (list) list.push(w);
    else byTarget.set(k, [w]);
  }
  for (const [at, list] of byTarget) {
    if (list.length === 1) continue;
    writes.splice(0, writes.length, ...writes.filter((w) => !list.includes(w) || w === list[0]));
    if (new Set(list.map((w) => answerText(String(w.value)))).size > 1) {
      writes.splice(writes.indexOf(list[0]), 1);
      for (const w of list) decidedBy.get(w)?.forEach((t) => erred.add(t.id));
      add({
        code: "shared-answer-differs",
        planCell: at,
        // Every item whose answers met in the cell.
        item: [
          ...new Set(list.flatMap((w) => decidedBy.get(w) ?? []).map((t) => itemLabel(table, t))),
        ].join("、"),
        args: {
          field: list[0].field,
          departments: [...new Set(list.flatMap((w) => w.departments))].join("、"),
        },
      });
    }
  }

  // Departments: whose form is missing, and entries of a returned form that did not come back (a row deleted).
  const status = new Map<string, DepartmentStatus>();
  for (const t of table.targets) {
    const d = t.entry.department;
    if (!d) continue;
    let s = status.get(d);
    if (!s)
      status.set(
        d,
        (s = {
          department: d,
          sent: 0,
          answered: 0,
          withErrors: 0,
          missing: 0,
          returned: returned.has(d),
        })
      );
    s.sent++;
    const answer = chosen.get(t.id);
    if (answer && answerText(cellText(answer.row.rating)) !== "") s.answered++;
    else s.missing++;
    if (erred.has(t.id)) s.withErrors++;
    if (returned.has(d) && !answers.has(t.id))
      add({
        code: "entry-missing",
        department: d,
        planCell: `${t.sheet}!${t.ratingCell || t.entry.departmentCell}`,
        item: itemLabel(table, t),
      });
  }
  for (const s of status.values())
    if (!s.returned)
      add({ code: "form-missing", department: s.department, args: { entries: s.sent } });
  return {
    plan: table.id,
    forms: summaries,
    findings,
    writes: sortByCell(writes),
    status: [...status.values()],
  };
}

interface NarrativeGroup {
  /** The cells written, "Sheet!A1", with their own text. */
  cells: { at: string; own: string }[];
  /** The entries whose answers decide them. */
  targets: EntryTarget[];
}

/**
 * Which narrative cells answers go to. An item's narrative is one (DESIGN.md: an entry has the
 * item's narrative): where its cells all hold the same text or none, they are one group, written
 * in its first cell and in every cell that holds it (a copy per printed page, or per row); where
 * they hold different texts (one narrative per department), each cell is a group of its own.
 */
function narrativeGroups(table: PlanTable): NarrativeGroup[] {
  const byItem = new Map<number, EntryTarget[]>();
  for (const t of table.targets) {
    if (!t.narrativeCell) continue;
    const g = byItem.get(t.entry.item);
    if (g) g.push(t);
    else byItem.set(t.entry.item, [t]);
  }
  const out: NarrativeGroup[] = [];
  for (const targets of byItem.values()) {
    const anchors = new Map<string, { at: string; own: string; targets: EntryTarget[] }>();
    for (const t of targets) {
      const at = `${t.sheet}!${t.narrativeCell}`;
      const a = anchors.get(at);
      if (a) a.targets.push(t);
      else anchors.set(at, { at, own: t.narrativeOwn, targets: [t] });
    }
    const list = [...anchors.values()];
    const texts = new Set(list.map((a) => answerText(a.own)).filter(Boolean));
    if (texts.size <= 1)
      out.push({
        cells: list
          .filter((a, i) => i === 0 || answerText(a.own) !== "")
          .map(({ at, own }) => ({ at, own })),
        targets,
      });
    else for (const a of list) out.push({ cells: [{ at: a.at, own: a.own }], targets: a.targets });
  }
  return out;
}

/** Writes in sheet and cell order (rows, then columns): each address parsed once. */
function sortByCell(writes: CellWrite[]): CellWrite[] {
  const keyed = writes.map((w) => ({ w, at: parseAddress(w.cell)! }));
  keyed.sort((a, b) =>
    a.w.sheet < b.w.sheet
      ? -1
      : a.w.sheet > b.w.sheet
        ? 1
        : a.at.row - b.at.row || a.at.col - b.at.col
  );
  return keyed.map((k) => k.w);
}

function pushWrite(
  writes: CellWrite[],
  at: string,
  field: CellWrite["field"],
  value: CellValue,
  before: string,
  group: EntryTarget[],
  changed: Map<string, unknown>
): CellWrite {
  const i = at.lastIndexOf("!");
  const write: CellWrite = {
    sheet: at.slice(0, i),
    cell: at.slice(i + 1),
    field,
    value: typeof value === "number" ? value : cellText(value),
    before,
    departments: group.filter((t) => changed.has(t.id)).map((t) => t.entry.department),
  };
  writes.push(write);
  return write;
}

function changedBy(group: EntryTarget[], changed: Map<string, unknown>): string {
  return group
    .filter((t) => changed.has(t.id))
    .map((t) => t.entry.department)
    .join("、");
}

/** What a rating cell of several entries becomes: a value, nothing until every department has a rating, or nothing for answers that conflict. */
type SharedRating =
  | { kind: "value"; value: CellValue }
  | { kind: "waiting"; unrated: EntryTarget[] }
  | { kind: "differs" };

/**
 * The new value of a rating cell: for a cell of one entry, its answer. A cell naming several
 * departments gets each department's rating in their order, written once when they all agree
 * and the cell held one; it waits while a department has none (neither an answer nor its own
 * rating in the cell), as the reader drops a blank line and would read one rating as everyone's.
 * Other shared cells (merged over several rows) take the changed answers when they agree.
 */
function ratingCellValue(group: EntryTarget[], changed: Map<string, CellValue>): SharedRating {
  if (group.length === 1) return { kind: "value", value: changed.get(group[0].id)! };
  const first = group[0].entry;
  const oneCell = group.every(
    (t) =>
      t.entry.fromMultiCell &&
      t.entry.departmentCell === first.departmentCell &&
      t.entry.row === first.row
  );
  if (oneCell) {
    // A department's own rating: its line, or the one written for all; none where the lines do not match the departments.
    const own = first.ratingCount === group.length || first.ratingCount === 1;
    const parts = group.map((t) => (changed.has(t.id) ? changed.get(t.id)! : own ? t.rating : ""));
    const texts = parts.map((p) => answerText(cellText(p)));
    const unrated = group.filter((_, k) => texts[k] === "");
    if (unrated.length > 0) return { kind: "waiting", unrated };
    if (first.ratingCount === 1 && texts.every((x) => x === texts[0]))
      return { kind: "value", value: parts[0] };
    // Several ratings keep the cell's own separator; a blank cell takes the department cell's.
    const sep =
      (first.ratingCount > 1 ? SEPARATOR.exec(first.ratingCellText)?.[0] : undefined) ??
      (group[0].departmentSeparator || "\n");
    return { kind: "value", value: texts.join(sep) };
  }
  const answered = [
    ...new Set(
      group.filter((t) => changed.has(t.id)).map((t) => answerText(cellText(changed.get(t.id)!)))
    ),
  ];
  return answered.length === 1
    ? { kind: "value", value: changed.get(group.find((t) => changed.has(t.id))!.id)! }
    : { kind: "differs" };
}

function majority(values: string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === null || n > counts.get(best)!) best = v;
  }
  return best;
}

/** Cells of the row other than the answers, against what the form was sent with: a blank is a broken merge, not a change. */
function checkOthers(
  table: PlanTable,
  t: EntryTarget,
  form: FormRead,
  row: FormRow,
  add: (f: MergeFindingDraft) => void
): void {
  for (let k = 0; k < t.values.length; k++) {
    const found = row.others[k];
    if (found === undefined || found === null) continue;
    const text = cellText(found);
    const sent = cellText(t.values[k]);
    if (text === sent || text.trim() === "" || answerText(text) === answerText(sent)) continue;
    add({
      code: "changed-outside-answers",
      department: t.entry.department,
      files: [form.file],
      formCell: `${row.sheet}!${cellAddress(row.row, k)}`,
      planCell: `${t.sheet}!${cellAddress(t.entry.row, table.left + k)}`,
      item: itemLabel(table, t),
      args: { sent: cellText(t.values[k]), found: cellText(found) },
    });
  }
}
