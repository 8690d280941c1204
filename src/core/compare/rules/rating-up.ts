import type { CompareRuleOf } from "../types";
import { entryIssue } from "../where";

export const ratingUp: CompareRuleOf<"rating-up"> = {
  code: "rating-up",
  severity: "info",
  message: {
    ja: (a) =>
      `取組項目 ${a.item}（${a.department}）の達成度が ${a.from} から ${a.to} に上がりました。`,
    en: (a) => `Item ${a.item} (${a.department}): rating up from ${a.from} to ${a.to}.`,
  },
  check: (ctx) => ctx.entries.filter((c) => c.status === "up").map((c) => entryIssue(ctx, c)),
};
