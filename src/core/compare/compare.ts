import { splitReference } from "../hierarchy/merge-plans";
import { type Severity, severityRank } from "../issues";
import type { PlanRead } from "../model";
import { isPlaceholder } from "../rules/narrative-placeholder";
import { parseAddress } from "../snapshot";
import { type Summary, summarize } from "../summary/summarize";
import { nfkc, removeSpaces } from "../text";
import { pairEntries, rankings, renamedDepartments } from "./pair-entries";
import { likeness, pairItems } from "./pair-items";
import { COMPARE_RULES } from "./rules";
import type {
  CompareContext,
  CompareCode,
  CompareIssue,
  CompareIssueDraft,
  CompareOptions,
  CompareRow,
  Comparison,
  EntryChange,
  EntryStatus,
  ItemPair,
} from "./types";

/** From this likeness up (after folding spaces and width), a narrative is last year's with a few words changed. */
export const NEARLY_IDENTICAL = 0.9;
/** Shorter texts repeat by nature ("実施した。"), as for narrative-duplicate. */
const MIN_NARRATIVE = 10;

/** Full-width letters and digits: the only width differences worth folding in a copied text (NFKC is slow on long text). */
const WIDE = /[\uFF01-\uFF5E]/;
const foldNarrative = (text: string) => {
  const bare = removeSpaces(text);
  return WIDE.test(bare) ? removeSpaces(nfkc(bare)) : bare;
};

/**
 * Whether two texts can be NEARLY_IDENTICAL, by the q-gram lemma: one edit removes at most two
 * of a text's character pairs, so texts with few pairs in common are far apart. Cheap (one pass
 * each) where the edit distance of two long texts is not; never says no to a pair that is alike.
 */
function mayBeAlike(a: string, b: string): boolean {
  const longer = Math.max(a.length, b.length);
  // Pairs counted in hashed buckets: a collision can only add to `common`, so the test stays on the safe side.
  const bucket = (s: string, i: number) =>
    ((s.charCodeAt(i - 1) * 31) ^ s.charCodeAt(i)) & (BUCKETS.length - 1);
  for (let i = 1; i < a.length; i++) BUCKETS[bucket(a, i)]++;
  let common = 0;
  for (let i = 1; i < b.length; i++) {
    const k = bucket(b, i);
    if (BUCKETS[k] > 0) {
      common++;
      BUCKETS[k]--;
    }
  }
  BUCKETS.fill(0);
  // distance >= (longer - 1 - common) / 2; alike needs distance <= (1 - NEARLY_IDENTICAL) * longer
  // (with room for 1 - 0.9 being 0.0999… in floating point).
  return (longer - 1 - common) / 2 <= (1 - NEARLY_IDENTICAL) * longer + 1e-9;
}
const BUCKETS = new Int32Array(4096);

/** Paired items whose narratives are both reports, from different cells, alike from NEARLY_IDENTICAL up; one per narrative cell. */
function alikeNarratives(
  last: PlanRead,
  current: PlanRead,
  items: ItemPair[],
  options: CompareOptions
) {
  const out: { pair: ItemPair; likeness: number }[] = [];
  const seen = new Set<string>();
  const report = (text: string, isError: boolean) =>
    !isError && text.length >= MIN_NARRATIVE && !isPlaceholder(text);
  for (const pair of items) {
    if (pair.last === null || pair.this === null) continue;
    const [a, b] = [last.items[pair.last], current.items[pair.this]];
    if (
      !report(a.narrative, a.narrativeIsError) ||
      !report(b.narrative, b.narrativeIsError) ||
      seen.has(b.narrativeCell)
    )
      continue;
    const [at, bt] = [
      splitReference(a.narrativeCell, last.sheet),
      splitReference(b.narrativeCell, current.sheet),
    ];
    // Two years' ratings beside one narrative column: the same cell read twice is not a copy.
    if (options.sameWorkbook && at.sheet === bt.sheet && at.cell === bt.cell) continue;
    const [fa, fb] = [foldNarrative(a.narrative), foldNarrative(b.narrative)];
    const like =
      fa === fb ? 1 : mayBeAlike(fa, fb) ? Math.min(likeness(fa, fb, NEARLY_IDENTICAL), 0.999) : 0;
    if (like < NEARLY_IDENTICAL) continue;
    seen.add(b.narrativeCell);
    out.push({ pair, likeness: like });
  }
  return out;
}

/** Sheet order, then row and column: a plan over several sheets reads sheet after sheet. */
function sheetOrder(plan: PlanRead): Map<string, number> {
  const order = new Map<string, number>([[plan.sheet, 0]]);
  for (const e of plan.entries)
    if (e.sheet !== undefined && !order.has(e.sheet)) order.set(e.sheet, order.size);
  return order;
}

/** The rule's code and severity on each of its drafts. */
function stampFindings<C extends CompareCode>(
  rule: { code: C; severity: Severity },
  drafts: readonly CompareIssueDraft<C>[]
): CompareIssue<C>[] {
  return drafts.map((draft) => Object.assign({ code: rule.code, severity: rule.severity }, draft));
}

function position(
  issue: CompareIssue,
  order: { last: Map<string, number>; this: Map<string, number> }
): number {
  const p = parseAddress(issue.cell);
  const sheet = order[issue.cellIn].get(issue.sheet) ?? order[issue.cellIn].size;
  return (
    (issue.cellIn === "last" ? 1e15 : 0) + sheet * 1e11 + (p ? p.row * 20000 + p.col : 1e11 - 1)
  );
}

const emptyRow = (key: string, title: string): CompareRow => ({
  key,
  title,
  up: 0,
  same: 0,
  down: 0,
  newlyRated: 0,
  unrated: 0,
  changed: 0,
  added: 0,
  dropped: 0,
  rateLast: null,
  rateThis: null,
});

/** A row's counts (not its rates, which may be null). */
type CountField = {
  [K in keyof CompareRow]: CompareRow[K] extends number ? K : never;
}[keyof CompareRow];

const FIELD: Record<EntryStatus, CountField> = {
  up: "up",
  down: "down",
  same: "same",
  "newly-rated": "newlyRated",
  unrated: "unrated",
  changed: "changed",
  added: "added",
  dropped: "dropped",
};

/** Up / same / down … per goal and per department (this year's, else last year's for what was dropped), with both years' rates. */
function tally(
  last: PlanRead,
  current: PlanRead,
  entries: EntryChange[],
  renamed: { from: string; to: string }[]
) {
  const [sumLast, sumThis]: Summary[] = [summarize(last), summarize(current)];
  const goalLabel = (plan: PlanRead, entry: number) => {
    const goal = plan.goals[plan.items[plan.entries[entry].item]?.goal];
    return goal ? goal.numeral || goal.title : "";
  };
  const byGoal = new Map<string, CompareRow>(
    sumThis.byGoal.map((g) => [g.goal, emptyRow(g.goal, g.title)])
  );
  const byDepartment = new Map<string, CompareRow>(
    sumThis.byDepartment.map((d) => [d.department, emptyRow(d.department, "")])
  );
  const total = emptyRow("", "");
  for (const c of entries) {
    const goal = c.this ? goalLabel(current, c.this.entry) : goalLabel(last, c.last!.entry);
    const department = (c.this ?? c.last)!.department;
    const g =
      byGoal.get(goal) ??
      byGoal
        .set(
          goal,
          emptyRow(goal, last.goals.find((x) => (x.numeral || x.title) === goal)?.title ?? "")
        )
        .get(goal)!;
    const d =
      byDepartment.get(department) ??
      byDepartment.set(department, emptyRow(department, "")).get(department)!;
    for (const row of [g, d, total]) row[FIELD[c.status]]++;
  }
  const lastGoalRate = new Map(sumLast.byGoal.map((g) => [g.goal, g.achievementRate]));
  const thisGoalRate = new Map(sumThis.byGoal.map((g) => [g.goal, g.achievementRate]));
  for (const row of byGoal.values()) {
    row.rateLast = lastGoalRate.get(row.key) ?? null;
    row.rateThis = thisGoalRate.get(row.key) ?? null;
  }
  const formerName = new Map(renamed.map((r) => [r.to, r.from]));
  const lastDepartmentRate = new Map(
    sumLast.byDepartment.map((d) => [d.department, d.achievementRate])
  );
  const thisDepartmentRate = new Map(
    sumThis.byDepartment.map((d) => [d.department, d.achievementRate])
  );
  for (const row of byDepartment.values()) {
    row.rateLast =
      lastDepartmentRate.get(row.key) ??
      lastDepartmentRate.get(formerName.get(row.key) ?? "") ??
      null;
    row.rateThis = thisDepartmentRate.get(row.key) ?? null;
  }
  total.rateLast = sumLast.total.achievementRate;
  total.rateThis = sumThis.total.achievementRate;
  return { byGoal: [...byGoal.values()], byDepartment: [...byDepartment.values()], total };
}

/**
 * This year's plan against last year's, both read by the same reader: items paired by title
 * and number, entries by department, each entry's rating up / down / same / newly rated, and
 * the findings of the comparison rules (items added, dropped, renumbered, departments moved or
 * renamed, narratives copied or nearly copied). Pure; never throws on what the plans hold.
 */
export function compareYears(
  last: PlanRead,
  current: PlanRead,
  options: CompareOptions = {}
): Comparison {
  const items = pairItems(last, current);
  const renamedKeys = renamedDepartments(last, current, items);
  const ranking = rankings(last, current);
  const entries = pairEntries(last, current, items, renamedKeys, ranking);
  const renamed: { from: string; to: string }[] = [];
  const seen = new Set<string>();
  for (const c of entries) {
    if (
      !c.last ||
      !c.this ||
      c.last.department === c.this.department ||
      seen.has(c.last.department)
    )
      continue;
    if (
      renamedKeys.get(removeSpaces(nfkc(c.last.department))) !==
      removeSpaces(nfkc(c.this.department))
    )
      continue;
    seen.add(c.last.department);
    renamed.push({ from: c.last.department, to: c.this.department });
  }
  const ctx: CompareContext = {
    last,
    current,
    items,
    entries,
    renamedDepartments: renamed,
    narratives: alikeNarratives(last, current, items, options),
    options,
  };
  const issues: CompareIssue[] = [];
  for (const rule of COMPARE_RULES) issues.push(...stampFindings(rule, rule.check(ctx)));
  const order = { last: sheetOrder(last), this: sheetOrder(current) };
  const sorted = issues
    .map((issue, i) => ({ issue, i, pos: position(issue, order) }))
    .sort(
      (a, b) =>
        severityRank(a.issue.severity) - severityRank(b.issue.severity) ||
        a.pos - b.pos ||
        a.i - b.i
    )
    .map((x) => x.issue);
  return {
    items,
    entries,
    renamedDepartments: renamed,
    issues: sorted,
    ...tally(last, current, entries, renamed),
  };
}
