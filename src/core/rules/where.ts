import type { PlanRead } from "../model";
import type { IssueFields } from "../issues";

/** Goal, measure and item numbers of an item, for an issue's context. */
export function itemContext(
  plan: PlanRead,
  itemIndex: number
): Pick<IssueFields, "goal" | "measure" | "item"> {
  const item = plan.items[itemIndex];
  if (!item) return {};
  const goal = plan.goals[item.goal];
  const measure = plan.measures[item.measure];
  const out: Pick<IssueFields, "goal" | "measure" | "item"> = {};
  if (goal?.numeral) out.goal = goal.numeral;
  if (measure?.number !== undefined) out.measure = measure.number;
  if (item.number !== undefined) out.item = item.number;
  return out;
}

/** "item 22" / "項目 22", or the title when the item has no number. */
export function itemName(plan: PlanRead, itemIndex: number): string {
  const item = plan.items[itemIndex];
  if (!item) return "";
  return item.numeral ? item.numeral : item.title.slice(0, 30);
}
