import type { IssueDraft, PlanRule } from "../issues";
import { itemContext, itemName } from "./where";

export const ratingCountMismatch: PlanRule<"rating-count-mismatch"> = {
  code: "rating-count-mismatch",
  severity: "error",
  message: {
    ja: (a) =>
      `担当課が${a.departments}つに対し達成度が${a.ratings}つあり、対応が分かりません（取組項目 ${a.item}）。`,
    en: (a) =>
      `${a.ratings} ratings for ${a.departments} department(s): cannot tell which is whose (item ${a.item}).`,
  },
  check({ plan }): IssueDraft<"rating-count-mismatch">[] {
    return plan.findings
      .filter((f) => f.kind === "rating-count-mismatch")
      .map((f): IssueDraft<"rating-count-mismatch"> => ({
        cell: f.cell,
        related: f.related,
        ...itemContext(plan, f.item),
        args: {
          departments: f.count.departments,
          ratings: f.count.ratings,
          item: itemName(plan, f.item),
        },
      }));
  },
};
