import type { Rule } from "../issues";
import { itemContext, itemName } from "./where";

export const departmentMissing: Rule = {
  code: "department-missing",
  severity: "error",
  message: {
    ja: (a) => `達成度「${a.rating}」に担当課がありません（取組項目 ${a.item}）。`,
    en: (a) => `Rating "${a.rating}" has no department (item ${a.item}).`,
  },
  check({ plan }) {
    if (plan.header.columns.department === undefined) return [];
    return plan.entries
      .filter((e) => !e.department && e.state !== "missing")
      .map((e) => ({
        cell: e.departmentCell,
        ...itemContext(plan, e.item),
        args: { rating: e.rating, item: itemName(plan, e.item) },
      }));
  },
};
