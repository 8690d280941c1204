import type { Entry, PlanRead } from "../model";
import { nfkc, removeSpaces } from "../text";
import type { EntryChange, EntrySide, EntryStatus, ItemPair } from "./types";

/** Department names folded for comparing; a plan repeats a few dozen names over thousands of entries, so each is folded once. */
const folded = new Map<string, string>();
function foldDepartment(name: string): string {
  let f = folded.get(name);
  if (f === undefined) {
    if (folded.size > 10_000) folded.clear();
    f = removeSpaces(nfkc(name));
    folded.set(name, f);
  }
  return f;
}

function entriesByItem(plan: PlanRead): Entry[][] {
  const out: Entry[][] = plan.items.map(() => []);
  for (const e of plan.entries) out[e.item]?.push(e);
  return out;
}

/**
 * Departments renamed between the years: a name found only last year that stands, in most
 * of the paired items where it stood, beside a name found only this year — and that name's
 * best match is it in turn. (総務人権推進課 → 人権推進課 in every item it had.)
 */
export function renamedDepartments(
  last: PlanRead,
  current: PlanRead,
  items: ItemPair[]
): Map<string, string> {
  const namesOf = (plan: PlanRead) =>
    new Set(plan.entries.map((e) => foldDepartment(e.department)).filter(Boolean));
  const before = namesOf(last);
  const after = namesOf(current);
  const lastItems = entriesByItem(last);
  const thisItems = entriesByItem(current);
  const together = new Map<string, Map<string, number>>();
  const seen = new Map<string, number>();
  for (const p of items) {
    if (p.last === null || p.this === null) continue;
    const gone = new Set(
      lastItems[p.last].map((e) => foldDepartment(e.department)).filter((d) => d && !after.has(d))
    );
    const come = new Set(
      thisItems[p.this].map((e) => foldDepartment(e.department)).filter((d) => d && !before.has(d))
    );
    for (const g of gone) {
      seen.set(g, (seen.get(g) ?? 0) + 1);
      for (const c of come) {
        const row = together.get(g) ?? together.set(g, new Map()).get(g)!;
        row.set(c, (row.get(c) ?? 0) + 1);
      }
    }
  }
  const best = (counts: Map<string, number>) =>
    [...counts].reduce((x, y) => (y[1] > x[1] ? y : x), ["", 0] as [string, number]);
  const backward = new Map<string, Map<string, number>>();
  for (const [g, row] of together)
    for (const [c, n] of row) (backward.get(c) ?? backward.set(c, new Map()).get(c)!).set(g, n);
  const renamed = new Map<string, string>();
  for (const [g, row] of together) {
    const [to, n] = best(row);
    if (n * 2 > seen.get(g)! && best(backward.get(to)!)[0] === g) renamed.set(g, to);
  }
  return renamed;
}

function side(plan: PlanRead, e: Entry): EntrySide {
  const valid = e.state === "valid" && e.code !== null;
  return {
    entry: e.index,
    sheet: e.sheet ?? plan.sheet,
    cell: e.ratingCell || e.departmentCell,
    item: plan.items[e.item]?.numeral || plan.items[e.item]?.title.slice(0, 30) || "",
    department: e.department,
    rating: valid ? e.code! : e.rating,
    valid,
  };
}

/** How each scale ranks its codes: the legend's order, best first, over the evaluable codes only. */
export interface Ranking {
  rank(plan: "last" | "this", code: string): number | undefined;
  /** The two scales rank alike: the same evaluable codes, or as many of them in the legend's order. */
  alike: boolean;
}

export function rankings(last: PlanRead, current: PlanRead): Ranking {
  // A legend written worst first (1 未着手 … 5 計画以上) is ranked the other way round.
  const evaluable = (plan: PlanRead) => {
    const codes = plan.scale.codes.filter((c) => !c.notEvaluable).map((c) => c.code);
    return plan.scale.worstFirst ? codes.reverse() : codes;
  };
  const [a, b] = [evaluable(last), evaluable(current)];
  const ranksA = new Map(a.map((c, i) => [c, i]));
  const ranksB = new Map(b.map((c, i) => [c, i]));
  return {
    rank: (plan, code) => (plan === "last" ? ranksA : ranksB).get(code),
    alike: a.length === b.length,
  };
}

function status(l: EntrySide, t: EntrySide, ranking: Ranking): EntryStatus {
  if (!t.valid) return "unrated";
  if (!l.valid) return "newly-rated";
  const [rl, rt] = [ranking.rank("last", l.rating), ranking.rank("this", t.rating)];
  if (rl === undefined || rt === undefined || !ranking.alike)
    return l.rating === t.rating ? "same" : "changed";
  return rt < rl ? "up" : rt > rl ? "down" : "same";
}

/**
 * The entries of paired items, paired by department (the same name, else last year's name
 * renamed), in this year's order; entries of an item with no counterpart, and departments
 * found in only one year's item, are added or dropped.
 */
export function pairEntries(
  last: PlanRead,
  current: PlanRead,
  items: ItemPair[],
  renamed: Map<string, string>,
  ranking: Ranking
): EntryChange[] {
  const lastItems = entriesByItem(last);
  const thisItems = entriesByItem(current);
  const out: EntryChange[] = [];
  for (const [pair, p] of items.entries()) {
    const before = p.last === null ? [] : lastItems[p.last];
    const after = p.this === null ? [] : thisItems[p.this];
    const open = before.map((e) => ({ e, key: foldDepartment(e.department), taken: false }));
    const renamedOpen = open.map((o) => renamed.get(o.key));
    for (const e of after) {
      const key = foldDepartment(e.department);
      let i = open.findIndex((o) => !o.taken && o.key === key);
      if (i < 0) i = open.findIndex((o, k) => !o.taken && renamedOpen[k] === key);
      const t = side(current, e);
      if (i < 0) {
        out.push({ status: "added", pair, last: null, this: t });
        continue;
      }
      open[i].taken = true;
      const l = side(last, open[i].e);
      out.push({ status: status(l, t, ranking), pair, last: l, this: t });
    }
    for (const o of open)
      if (!o.taken) out.push({ status: "dropped", pair, last: side(last, o.e), this: null });
  }
  return out;
}
