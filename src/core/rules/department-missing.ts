import type { IssueDraft, PlanRule } from "../issues";
import { itemContext, itemName } from "./where";

export const departmentMissing: PlanRule<"department-missing"> = {
  code: "department-missing",
  severity: "error",
  message: {
    ja: (a) => `達成度「${a.rating}」に担当課がありません（取組項目 ${a.item}）。`,
    en: (a) => `Rating "${a.rating}" has no department (item ${a.item}).`,
  },
  check({ plan }): IssueDraft<"department-missing">[] {
    if (plan.header.columns.department === undefined) return [];
    return plan.entries
      .filter((e) => !e.department && e.state !== "missing")
      .map((e): IssueDraft<"department-missing"> => ({
        cell: e.departmentCell,
        ...itemContext(plan, e.item),
        args: { rating: e.rating, item: itemName(plan, e.item) },
      }));
  },
};
