import type { PlanRead } from "../model";

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

/** Entry columns the tallies read, as typed arrays: one pass over the entry objects, then cache-friendly loops. */
interface Columns {
  item: Int32Array;
  code: Int16Array;
  /** Items never go back in row order (then a "last item" per group tells items apart). */
  ordered: boolean;
}

/**
 * Tally entries into groups given as one integer per entry (0..groups-1). An item
 * counts once per group: while item indexes never go back, a per-group "last
 * item" is enough; otherwise a numeric set decides.
 */
function tallyGroups(plan: PlanRead, cols: Columns, groupOf: Int32Array, groups: number): Acc[] {
  const codes = plan.scale.codes.length;
  const accs: Acc[] = Array.from({ length: groups }, () => ({
    entries: 0,
    items: 0,
    ratings: new Int32Array(codes),
    unrated: 0,
  }));
  const lastItem = new Int32Array(groups).fill(-1);
  const seen = cols.ordered ? null : new Set<number>();
  const stride = plan.items.length + 1;
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i];
    const acc = accs[g];
    const item = cols.item[i];
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
    const c = cols.code[i];
    if (c < 0) acc.unrated++;
    else acc.ratings[c]++;
  }
  return accs;
}

/** Compact group ids (first-seen order) for an integer key per entry. */
function groupIds(keyOf: (i: number) => number, n: number): { ids: Int32Array; keys: number[] } {
  const ids = new Int32Array(n);
  const index = new Map<number, number>();
  const keys: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = keyOf(i);
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

/** One collator for every comparison, made on first use: creating one loads ICU's Japanese data (several ms). */
let japanese: Intl.Collator | undefined;
const compareJapanese = (a: string, b: string): number =>
  (japanese ??= new Intl.Collator("ja")).compare(a, b);

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
  const n = entries.length;
  const codeIndex = new Map(plan.scale.codes.map((c, i) => [c.code, i]));
  const cols: Columns = { item: new Int32Array(n), code: new Int16Array(n), ordered: true };
  const departmentId = new Int32Array(n);
  const departments: string[] = [];
  const departmentIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    cols.item[i] = e.item;
    cols.code[i] = e.state === "valid" && e.code !== null ? (codeIndex.get(e.code) ?? -1) : -1;
    if (i > 0 && e.item < entries[i - 1].item) cols.ordered = false;
    let d = departmentIndex.get(e.department);
    if (d === undefined) {
      d = departments.length;
      departmentIndex.set(e.department, d);
      departments.push(e.department);
    }
    departmentId[i] = d;
  }
  const goalOfItem = Int32Array.from(plan.items, (it) => it.goal);
  const measureOfItem = Int32Array.from(plan.items, (it) => it.measure);
  const by = (keyOf: (i: number) => number): [number, Counts][] => {
    const { ids, keys } = groupIds(keyOf, n);
    return tallyGroups(plan, cols, ids, keys.length).map((acc, i) => [keys[i], finish(plan, acc)]);
  };
  const byGoal = by((i) => goalOfItem[cols.item[i]])
    .sort(([a], [b]) => a - b)
    .map(([g, counts]) => ({
      goal: goalLabel(plan, g),
      title: plan.goals[g]?.title ?? "",
      ...counts,
    }));
  const byMeasure = by((i) => measureOfItem[cols.item[i]])
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
  const byDepartment = by((i) => departmentId[i])
    .map(([d, counts]) => ({ department: departments[d], ...counts }))
    .sort((a, b) => b.entries - a.entries || compareJapanese(a.department, b.department));
  const rank = new Int32Array(departments.length);
  byDepartment.forEach((d, r) => (rank[departmentIndex.get(d.department)!] = r));
  const stride = departments.length + 1;
  const goalByDepartment = by(
    (i) => (goalOfItem[cols.item[i]] + 1) * stride + rank[departmentId[i]]
  )
    .sort(([a], [b]) => a - b)
    .map(([key, counts]) => {
      const g = Math.floor(key / stride) - 1;
      return {
        goal: goalLabel(plan, g),
        department: byDepartment[key % stride].department,
        ...counts,
      };
    });
  const [total] = tallyGroups(plan, cols, new Int32Array(n), 1);
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
