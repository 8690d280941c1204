import type { IssueDraft, PlanRule } from "../issues";
import { itemContext, itemName } from "./where";

export const narrativeMissing: PlanRule<"narrative-missing"> = {
  code: "narrative-missing",
  severity: "error",
  message: {
    ja: (a) => `取組項目 ${a.item} の取組計画と達成状況が記入されていません。`,
    en: (a) => `Item ${a.item} has no narrative.`,
  },
  check({ plan }): IssueDraft<"narrative-missing">[] {
    if (plan.header.columns.narrative === undefined) return [];
    return plan.items
      .filter((i) => !i.narrative && !i.narrativeIsError)
      .map((i): IssueDraft<"narrative-missing"> => ({
        cell: i.narrativeCell || i.cell,
        ...itemContext(plan, i.index),
        args: { item: itemName(plan, i.index) },
      }));
  },
};
