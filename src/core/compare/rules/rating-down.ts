import type { CompareRuleOf } from "../types";
import { entryIssue } from "../where";

/** A rating worse than last year's is what the plan office asks the department about first. */
export const ratingDown: CompareRuleOf<"rating-down"> = {
  code: "rating-down",
  severity: "warning",
  message: {
    ja: (a) =>
      `取組項目 ${a.item}（${a.department}）の達成度が ${a.from} から ${a.to} に下がりました。`,
    en: (a) => `Item ${a.item} (${a.department}): rating down from ${a.from} to ${a.to}.`,
  },
  check: (ctx) => ctx.entries.filter((c) => c.status === "down").map((c) => entryIssue(ctx, c)),
};
