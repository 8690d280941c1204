import type { CompareRuleOf } from "../types";
import { itemPath, itemPathText } from "../pair-items";
import { itemIssue } from "../where";

/** The same item under another number (or another measure's): a renumbering a reader of both lists must follow. */
export const itemRenumbered: CompareRuleOf<"item-renumbered"> = {
  code: "item-renumbered",
  severity: "info",
  message: {
    ja: (a) => `取組項目 ${a.item}は前年度の ${a.from} から番号が変わりました（今年度 ${a.to}）。`,
    en: (a) => `Item ${a.item} was numbered ${a.from} last year (now ${a.to}).`,
  },
  check: (ctx) =>
    ctx.items.flatMap((p) => {
      if (p.last === null || p.this === null) return [];
      const before = itemPath(ctx.last, ctx.last.items[p.last]);
      const after = itemPath(ctx.current, ctx.current.items[p.this]);
      if (
        before.goal === after.goal &&
        before.measure === after.measure &&
        before.item === after.item
      )
        return [];
      // The item's own number says it, unless only its measure or goal moved: then the whole path does.
      const [was, is] = [ctx.last.items[p.last], ctx.current.items[p.this]];
      const own = before.item !== after.item;
      const issue = itemIssue(ctx, p);
      return [
        Object.assign(issue, {
          args: Object.assign(issue.args, {
            from: own ? was.numeral : itemPathText(ctx.last, was),
            to: own ? is.numeral : itemPathText(ctx.current, is),
          }),
        }),
      ];
    }),
};
