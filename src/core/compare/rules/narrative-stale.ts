import type { CompareRuleOf } from "../types";
import { itemIssue, lastCell, thisCell } from "../where";

/** This year's report copied from last year's without a word changed: the classic defect of these lists. */
export const narrativeStale: CompareRuleOf<"narrative-stale"> = {
  code: "narrative-stale",
  severity: "warning",
  message: {
    ja: (a) =>
      `取組項目 ${a.item}の取組計画と達成状況が前年度（${a.lastCell}）と一字一句同じです。今年度の内容に書き改めてください。`,
    en: (a) =>
      `Item ${a.item}'s narrative is word for word last year's (${a.lastCell}): write this year's.`,
  },
  check: (ctx) =>
    ctx.narratives
      .filter((n) => n.likeness === 1)
      .map(({ pair }) => {
        const at = thisCell(ctx, ctx.current.items[pair.this!].narrativeCell);
        const related = lastCell(ctx, ctx.last.items[pair.last!].narrativeCell, at.sheet);
        const base = itemIssue(ctx, pair);
        return Object.assign(base, at, {
          related: [related],
          args: Object.assign(base.args, { lastCell: related }),
        });
      }),
};
