import type { IssueDraft, PlanRule } from "../issues";
import { itemContext, itemName } from "./where";

export const ratingInvalid: PlanRule<"rating-invalid"> = {
  code: "rating-invalid",
  severity: "error",
  message: {
    ja: (a) => `達成度「${a.value}」は凡例の区分（${a.codes}）にありません（取組項目 ${a.item}）。`,
    en: (a) => `Rating "${a.value}" is not a code of the legend (${a.codes}) (item ${a.item}).`,
  },
  check({ plan }): IssueDraft<"rating-invalid">[] {
    const codes = plan.scale.codes.map((c) => c.code).join(", ");
    return plan.entries
      .filter((e) => e.state === "invalid")
      .map((e): IssueDraft<"rating-invalid"> => ({
        cell: e.ratingCell,
        ...itemContext(plan, e.item),
        department: e.department || undefined,
        args: { value: e.rating, codes, item: itemName(plan, e.item) },
      }));
  },
};
