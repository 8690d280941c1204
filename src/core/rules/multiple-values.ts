import type { IssueDraft, PlanRule } from "../issues";
import { itemContext, itemName } from "./where";

export const multipleValues: PlanRule<"multiple-values"> = {
  code: "multiple-values",
  severity: "warning",
  message: {
    ja: (a) =>
      `1つのセルに担当課${a.departments}件・達成度${a.ratings}件が入っています（取組項目 ${a.item}）。1行に1課ずつ分けてください。`,
    en: (a) =>
      `One cell holds ${a.departments} departments / ${a.ratings} ratings (item ${a.item}). Put one department per row.`,
  },
  check({ plan }): IssueDraft<"multiple-values">[] {
    return plan.findings
      .filter((f) => f.kind === "multiple-values")
      .map((f): IssueDraft<"multiple-values"> => ({
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
