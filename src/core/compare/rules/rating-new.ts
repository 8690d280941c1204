import type { CompareRuleOf } from "../types";
import { entryIssue } from "../where";

/** Rated this year where last year's entry had no valid rating. */
export const ratingNew: CompareRuleOf<"rating-new"> = {
  code: "rating-new",
  severity: "info",
  message: {
    ja: (a) =>
      `取組項目 ${a.item}（${a.department}）は今年度はじめて評価されました（${a.to}）。${a.from ? `前年度は「${a.from}」でした。` : "前年度は未評価でした。"}`,
    en: (a) =>
      `Item ${a.item} (${a.department}) is rated this year (${a.to}); ${a.from ? `last year's rating "${a.from}" was not a code of the scale.` : "last year it was not rated."}`,
  },
  check: (ctx) =>
    ctx.entries.filter((c) => c.status === "newly-rated").map((c) => entryIssue(ctx, c)),
};
