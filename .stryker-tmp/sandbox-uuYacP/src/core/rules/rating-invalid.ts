// @ts-nocheck
import type { Rule } from "../issues";
import { itemContext, itemName } from "./where";

export const ratingInvalid: Rule = {
  code: "rating-invalid",
  severity: "error",
  message: {
    ja: (a) => `達成度「${a.value}」は凡例の区分（${a.codes}）にありません（取組項目 ${a.item}）。`,
    en: (a) => `Rating "${a.value}" is not a code of the legend (${a.codes}) (item ${a.item}).`,
  },
  check({ plan }) {
    const codes = plan.scale.codes.map((c) => c.code).join(", ");
    return plan.entries
      .filter((e) => e.state === "invalid")
      .map((e) => ({
        cell: e.ratingCell,
        ...itemContext(plan, e.item),
        department: e.department || undefined,
        args: { value: e.rating, codes, item: itemName(plan, e.item) },
      }));
  },
};
