import type { CompareRuleOf } from "../types";
import { itemIssue, lastCell, thisCell } from "../where";

/** Last year's report with a word or a number changed: worth a look, not a fault by itself. */
export const narrativeSimilar: CompareRuleOf<"narrative-similar"> = {
  code: "narrative-similar",
  severity: "info",
  message: {
    ja: (a) =>
      `取組項目 ${a.item}の取組計画と達成状況が前年度（${a.lastCell}）とほぼ同じです（${a.percent}% 一致）。`,
    en: (a) =>
      `Item ${a.item}'s narrative is nearly last year's (${a.lastCell}; ${a.percent}% alike).`,
  },
  check: (ctx) =>
    ctx.narratives
      .filter((n) => n.likeness < 1)
      .map(({ pair, likeness }) => {
        const at = thisCell(ctx, ctx.current.items[pair.this!].narrativeCell);
        const related = lastCell(ctx, ctx.last.items[pair.last!].narrativeCell, at.sheet);
        const base = itemIssue(ctx, pair);
        // Floored, so text short of identical never shows as 100%.
        return Object.assign(base, at, {
          related: [related],
          args: Object.assign(base.args, {
            lastCell: related,
            percent: Math.floor(likeness * 100),
          }),
        });
      }),
};
