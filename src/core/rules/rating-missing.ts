import type { IssueDraft, PlanRule } from "../issues";
import { itemContext, itemName } from "./where";

export const ratingMissing: PlanRule<"rating-missing"> = {
  code: "rating-missing",
  severity: "error",
  message: {
    ja: (a) =>
      `達成度が入力されていません（取組項目 ${a.item}${a.department ? "、" + a.department : ""}）。`,
    en: (a) => `No rating (item ${a.item}${a.department ? ", " + a.department : ""}).`,
  },
  check({ plan }): IssueDraft<"rating-missing">[] {
    if (plan.header.columns.rating === undefined) return [];
    return plan.entries
      .filter((e) => e.state === "missing")
      .map((e): IssueDraft<"rating-missing"> => ({
        cell: e.ratingCell,
        ...itemContext(plan, e.item),
        department: e.department || undefined,
        args: { item: itemName(plan, e.item), department: e.department },
      }));
  },
};
