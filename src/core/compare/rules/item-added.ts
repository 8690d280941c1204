import type { CompareRuleOf } from "../types";
import { itemIssue } from "../where";

export const itemAdded: CompareRuleOf<"item-added"> = {
  code: "item-added",
  severity: "info",
  message: {
    ja: (a) => `取組項目 ${a.item}は今年度の新しい項目です（前年度の一覧にありません）。`,
    en: (a) => `Item ${a.item} is new this year (not in last year's list).`,
  },
  check: (ctx) =>
    ctx.items.filter((p) => p.last === null && p.this !== null).map((p) => itemIssue(ctx, p)),
};
