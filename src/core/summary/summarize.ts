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
 * Tally entries into groups in one pass. Each entry's code is looked up once; an
 * item is counted once per group (a numeric key per group and item, no strings).
 */
function tallyBy<K>(plan: PlanRead, keyOf: (e: Entry) => K): Map<K, Counts> {
  const codes = plan.scale.codes;
  const index = new Map(codes.map((c, i) => [c.code, i]));
  const groups = new Map<K, { id: number; acc: Acc }>();
  const seen = new Set<number>();
  const itemCount = plan.items.length + 1;
  for (const e of plan.entries) {
    const k = keyOf(e);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { id: groups.size, acc: { entries: 0, items: 0, ratings: new Int32Array(codes.length), unrated: 0 } }));
    const acc = g.acc;
    acc.entries++;
    const itemKey = g.id * itemCount + e.item;
    if (!seen.has(itemKey)) {
      seen.add(itemKey);
      acc.items++;
    }
    const ci = e.state === "valid" && e.code !== null ? index.get(e.code) : undefined;
    if (ci === undefined) acc.unrated++;
    else acc.ratings[ci]++;
  }
  const out = new Map<K, Counts>();
  for (const [k, { acc }] of groups) out.set(k, finish(plan, acc));
  return out;
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
  const itemOf = (e: Entry) => plan.items[e.item];
  const byGoal = [...tallyBy(plan, (e) => itemOf(e).goal)]
    .sort(([a], [b]) => a - b)
    .map(([g, counts]) => ({ goal: goalLabel(plan, g), title: plan.goals[g]?.title ?? "", ...counts }));
  const byMeasure = [...tallyBy(plan, (e) => itemOf(e).measure)]
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
  const byDepartment = [...tallyBy(plan, (e) => e.department)]
    .map(([department, counts]) => ({ department, ...counts }))
    .sort((a, b) => b.entries - a.entries || a.department.localeCompare(b.department, "ja"));
  const rank = new Map(byDepartment.map((d, i) => [d.department, i]));
  const stride = byDepartment.length + 1;
  const goalByDepartment = [...tallyBy(plan, (e) => (itemOf(e).goal + 1) * stride + rank.get(e.department)!)]
    .sort(([a], [b]) => a - b)
    .map(([key, counts]) => {
      const g = Math.floor(key / stride) - 1;
      return { goal: goalLabel(plan, g), department: byDepartment[key % stride].department, ...counts };
    });
  const empty: Acc = { entries: 0, items: 0, ratings: new Int32Array(plan.scale.codes.length), unrated: 0 };
  return {
    codes: plan.scale.codes.map((c) => c.code),
    notEvaluableCodes: plan.scale.codes.filter((c) => c.notEvaluable).map((c) => c.code),
    achievedCodes: plan.scale.codes.filter((c) => c.achieved).map((c) => c.code),
    byGoal,
    byMeasure,
    byDepartment,
    goalByDepartment,
    total: tallyBy(plan, () => 0).get(0) ?? finish(plan, empty),
  };
}
