import type { CompareRuleOf } from "../types";
import { itemIssue } from "../where";

/** Paired on a title rewritten more than a small edit: a choice a person may question. */
export const itemPairingUnsure: CompareRuleOf<"item-pairing-unsure"> = {
  code: "item-pairing-unsure",
  severity: "info",
  message: {
    ja: (a) =>
      `取組項目 ${a.item}を前年度の「${a.lastTitle}」と同じ項目とみなしました（名称の一致 ${a.percent}%）。違う場合は確かめてください。`,
    en: (a) =>
      `Item ${a.item} was taken for last year's "${a.lastTitle}" (titles ${a.percent}% alike); check that they are the same item.`,
  },
  check: (ctx) =>
    ctx.items
      .filter((p) => p.unsure && p.last !== null && p.this !== null)
      .map((p) => {
        const issue = itemIssue(ctx, p);
        return Object.assign(issue, {
          args: Object.assign(issue.args, {
            lastTitle: ctx.last.items[p.last!].title,
            percent: Math.round(p.score * 100),
          }),
        });
      }),
};
