import type { Entry, PlanRead } from "../model";

export interface Counts {
  entries: number;
  items: number;
  /** Entries per scale code, every code of the scale present (zeros too). */
  ratings: Record<string, number>;
  notEvaluable: number;
  /** Entries with no valid rating (missing, invalid, an error). */
  unrated: number;
  /** Achieved entries / entries rated with an evaluable code; null when none is rated. */
  achievementRate: number | null;
}

export interface GoalRow extends Counts {
  goal: string;
  title: string;
}
export interface MeasureRow extends Counts {
  goal: string;
  measure: string;
  title: string;
}
export interface DepartmentRow extends Counts {
  department: string;
}
export interface GoalDepartmentRow extends Counts {
  goal: string;
  department: string;
}

export interface Summary {
  codes: string[];
  notEvaluableCodes: string[];
  achievedCodes: string[];
  byGoal: GoalRow[];
  byMeasure: MeasureRow[];
  byDepartment: DepartmentRow[];
  goalByDepartment: GoalDepartmentRow[];
  total: Counts;
}

/** Counts of one group, accumulated entry by entry. */
interface Acc {
  entries: number;
  items: number;
  ratings: Int32Array;
  unrated: number;
}

/**
 * Tally entries into groups given as one integer per entry (0..groups-1). Each
 * entry's code index is computed once by the caller. An item counts once per
 * group: entries come in row order, so while item indexes never go back a
 * per-group "last item" is enough; otherwise a numeric set decides.
 */
function tallyGroups(plan: PlanRead, codeOf: Int16Array, groupOf: Int32Array, groups: number, ordered: boolean): Acc[] {
  const codes = plan.scale.codes.length;
  const accs: Acc[] = Array.from({ length: groups }, () => ({ entries: 0, items: 0, ratings: new Int32Array(codes), unrated: 0 }));
  const lastItem = new Int32Array(groups).fill(-1);
  const seen = ordered ? null : new Set<number>();
  const stride = plan.items.length + 1;
  const entries = plan.entries;
  for (let i = 0; i < entries.length; i++) {
    const g = groupOf[i];
    const acc = accs[g];
    const item = entries[i].item;
    acc.entries++;
    if (seen) {
      const key = g * stride + item;
      if (!seen.has(key)) {
        seen.add(key);
        acc.items++;
      }
    } else if (lastItem[g] !== item) {
      lastItem[g] = item;
      acc.items++;
    }
    const c = codeOf[i];
    if (c < 0) acc.unrated++;
    else acc.ratings[c]++;
  }
  return accs;
}

/** Group ids for a key per entry, in first-seen order. */
function groupIds<K>(entries: readonly Entry[], keyOf: (e: Entry) => K): { ids: Int32Array; keys: K[] } {
  const ids = new Int32Array(entries.length);
  const index = new Map<K, number>();
  const keys: K[] = [];
  for (let i = 0; i < entries.length; i++) {
    const k = keyOf(entries[i]);
    let id = index.get(k);
    if (id === undefined) {
      id = keys.length;
      index.set(k, id);
      keys.push(k);
    }
    ids[i] = id;
  }
  return { ids, keys };
}

function finish(plan: PlanRead, acc: Acc): Counts {
  const ratings: Record<string, number> = {};
  let notEvaluable = 0;
  let achieved = 0;
  let rated = 0;
  plan.scale.codes.forEach((c, i) => {
    const n = acc.ratings[i];
    ratings[c.code] = n;
    if (c.notEvaluable) notEvaluable += n;
    else {
      rated += n;
      if (c.achieved) achieved += n;
    }
  });
  return {
    entries: acc.entries,
    items: acc.items,
    ratings,
    notEvaluable,
    unrated: acc.unrated,
    achievementRate: rated > 0 ? achieved / rated : null,
  };
}

/** One collator for every comparison: creating one per call is what costs. */
const JAPANESE = new Intl.Collator("ja");

const goalLabel = (plan: PlanRead, index: number): string => {
  const g = plan.goals[index];
  return g ? g.numeral || g.title : "";
};

/**
 * Counts by goal, measure, department and goal x department. An item with
 * several departments counts once per department in entries, once in items.
 * Goals and measures keep plan order; departments go by entry count, then name.
 */
export function summarize(plan: PlanRead): Summary {
  const entries = plan.entries;
  const codeIndex = new Map(plan.scale.codes.map((c, i) => [c.code, i]));
  const codeOf = new Int16Array(entries.length);
  let ordered = true;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    codeOf[i] = e.state === "valid" && e.code !== null ? (codeIndex.get(e.code) ?? -1) : -1;
    if (i > 0 && e.item < entries[i - 1].item) ordered = false;
  }
  const by = <K>(keyOf: (e: Entry) => K): [K, Counts][] => {
    const { ids, keys } = groupIds(entries, keyOf);
    return tallyGroups(plan, codeOf, ids, keys.length, ordered).map((acc, i) => [keys[i], finish(plan, acc)]);
  };
  const itemOf = (e: Entry) => plan.items[e.item];
  const byGoal = by((e) => itemOf(e).goal)
    .sort(([a], [b]) => a - b)
    .map(([g, counts]) => ({ goal: goalLabel(plan, g), title: plan.goals[g]?.title ?? "", ...counts }));
  const byMeasure = by((e) => itemOf(e).measure)
    .sort(([a], [b]) => a - b)
    .map(([m, counts]) => {
      const measure = plan.measures[m];
      return {
        goal: goalLabel(plan, measure ? measure.parent : -1),
        measure: measure ? measure.numeral || measure.title : "",
        title: measure?.title ?? "",
        ...counts,
      };
    });
  const byDepartment = by((e) => e.department)
    .map(([department, counts]) => ({ department, ...counts }))
    .sort((a, b) => b.entries - a.entries || JAPANESE.compare(a.department, b.department));
  const rank = new Map(byDepartment.map((d, i) => [d.department, i]));
  const stride = byDepartment.length + 1;
  const goalByDepartment = by((e) => (itemOf(e).goal + 1) * stride + rank.get(e.department)!)
    .sort(([a], [b]) => a - b)
    .map(([key, counts]) => {
      const g = Math.floor(key / stride) - 1;
      return { goal: goalLabel(plan, g), department: byDepartment[key % stride].department, ...counts };
    });
  const [total] = tallyGroups(plan, codeOf, new Int32Array(entries.length), 1, ordered);
  return {
    codes: plan.scale.codes.map((c) => c.code),
    notEvaluableCodes: plan.scale.codes.filter((c) => c.notEvaluable).map((c) => c.code),
    achievedCodes: plan.scale.codes.filter((c) => c.achieved).map((c) => c.code),
    byGoal,
    byMeasure,
    byDepartment,
    goalByDepartment,
    total: finish(plan, total),
  };
}
