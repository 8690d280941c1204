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

function tally(plan: PlanRead, entries: readonly Entry[]): Counts {
  const ratings: Record<string, number> = {};
  for (const c of plan.scale.codes) ratings[c.code] = 0;
  const byCode = new Map(plan.scale.codes.map((c) => [c.code, c]));
  const items = new Set<number>();
  let notEvaluable = 0;
  let unrated = 0;
  let achieved = 0;
  let rated = 0;
  for (const e of entries) {
    items.add(e.item);
    const code = e.state === "valid" && e.code ? byCode.get(e.code) : undefined;
    if (!code) {
      unrated++;
      continue;
    }
    ratings[code.code]++;
    if (code.notEvaluable) notEvaluable++;
    else {
      rated++;
      if (code.achieved) achieved++;
    }
  }
  return {
    entries: entries.length,
    items: items.size,
    ratings,
    notEvaluable,
    unrated,
    achievementRate: rated > 0 ? achieved / rated : null,
  };
}

function groupBy<K>(entries: readonly Entry[], key: (e: Entry) => K): Map<K, Entry[]> {
  const out = new Map<K, Entry[]>();
  for (const e of entries) {
    const k = key(e);
    const list = out.get(k);
    if (list) list.push(e);
    else out.set(k, [e]);
  }
  return out;
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
  const byGoal = [...groupBy(plan.entries, (e) => itemOf(e).goal)]
    .sort(([a], [b]) => a - b)
    .map(([g, list]) => ({ goal: goalLabel(plan, g), title: plan.goals[g]?.title ?? "", ...tally(plan, list) }));
  const byMeasure = [...groupBy(plan.entries, (e) => itemOf(e).measure)]
    .sort(([a], [b]) => a - b)
    .map(([m, list]) => {
      const measure = plan.measures[m];
      return {
        goal: goalLabel(plan, measure ? measure.parent : -1),
        measure: measure ? measure.numeral || measure.title : "",
        title: measure?.title ?? "",
        ...tally(plan, list),
      };
    });
  const departmentOrder = (a: { department: string; entries: number }, b: { department: string; entries: number }) =>
    b.entries - a.entries || a.department.localeCompare(b.department, "ja");
  const byDepartment = [...groupBy(plan.entries, (e) => e.department)]
    .map(([department, list]) => ({ department, ...tally(plan, list) }))
    .sort(departmentOrder);
  const rank = new Map(byDepartment.map((d, i) => [d.department, i]));
  const goalByDepartment = [...groupBy(plan.entries, (e) => `${itemOf(e).goal}\u0000${e.department}`)]
    .map(([key, list]) => {
      const [g, department] = key.split("\u0000");
      return { goalIndex: Number(g), goal: goalLabel(plan, Number(g)), department, ...tally(plan, list) };
    })
    .sort((a, b) => a.goalIndex - b.goalIndex || rank.get(a.department)! - rank.get(b.department)!)
    .map(({ goalIndex: _, ...row }) => row);
  return {
    codes: plan.scale.codes.map((c) => c.code),
    notEvaluableCodes: plan.scale.codes.filter((c) => c.notEvaluable).map((c) => c.code),
    achievedCodes: plan.scale.codes.filter((c) => c.achieved).map((c) => c.code),
    byGoal,
    byMeasure,
    byDepartment,
    goalByDepartment,
    total: tally(plan, plan.entries),
  };
}
