import { splitReference } from "../../hierarchy/merge-plans";
import { itemContext } from "../../rules/where";
import type { CompareRuleOf } from "../types";
import { itemLabel } from "../where";

/** An item of last year's list that this year's no longer has: ended on purpose, or lost in copying. Its cell is last year's. */
export const itemDropped: CompareRuleOf<"item-dropped"> = {
  code: "item-dropped",
  severity: "warning",
  message: {
    ja: (a) =>
      `前年度の取組項目 ${a.item}が今年度の一覧にありません（終了した項目か、写し漏れか確かめてください）。`,
    en: (a) =>
      `Last year's item ${a.item} is not in this year's list (ended, or left out by mistake?).`,
  },
  check: (ctx) =>
    ctx.items
      .filter((p) => p.this === null && p.last !== null)
      .map((p) => {
        const item = ctx.last.items[p.last!];
        const at = splitReference(item.cell, ctx.last.sheet);
        return Object.assign(
          { sheet: at.sheet, cell: at.cell, cellIn: "last" as const },
          itemContext(ctx.last, item.index),
          { args: { item: itemLabel(ctx.last, item.index) } }
        );
      }),
};
