import { splitReference } from "../hierarchy/merge-plans";
import type { PlanRead } from "../model";
import { itemContext, itemName } from "../rules/where";
import type { CompareContext, CompareIssueDraft, EntryChange, ItemPair } from "./types";

/** A cell of this year's plan as an issue names it: its sheet, and the cell on it. */
export function thisCell(ctx: CompareContext, reference: string): { sheet: string; cell: string } {
  return splitReference(reference, ctx.current.sheet);
}

/**
 * A cell of last year's plan as a related cell: plain on the issue's own sheet of the same
 * workbook, "Sheet!F12" on another of its sheets, "[plan-r4.xlsx]R4!F12" in another workbook.
 */
export function lastCell(ctx: CompareContext, reference: string, issueSheet: string): string {
  const at = splitReference(reference, ctx.last.sheet);
  if (ctx.options.sameWorkbook || !ctx.options.lastBook)
    return at.sheet === issueSheet && ctx.options.sameWorkbook ? at.cell : `${at.sheet}!${at.cell}`;
  return `[${ctx.options.lastBook}]${at.sheet}!${at.cell}`;
}

/** An entry's rating compared: its cell this year, last year's as related, the item and department. */
export function entryIssue(ctx: CompareContext, change: EntryChange): CompareIssueDraft {
  const t = change.this!;
  const l = change.last;
  const item = ctx.current.entries[t.entry].item;
  return {
    sheet: t.sheet,
    cell: t.cell,
    cellIn: "this",
    ...(l ? { related: [lastCell(ctx, `${l.sheet}!${l.cell}`, t.sheet)] } : {}),
    ...itemContext(ctx.current, item),
    ...(t.department ? { department: t.department } : {}),
    args: {
      item: itemLabel(ctx.current, item),
      department: t.department,
      from: l?.rating ?? "",
      to: t.rating,
    },
  };
}

/** "12 「男女共同参画に関する情報提供」": the number a reader looks for and the title that says which. */
export function itemLabel(plan: PlanRead, index: number): string {
  const item = plan.items[index];
  if (!item) return "";
  const title = item.title.length > 30 ? `${item.title.slice(0, 30)}…` : item.title;
  return item.numeral ? `${itemName(plan, index)}「${title}」` : `「${title}」`;
}

/** An item of this year, at its label cell, with last year's label cell as related when it has a counterpart. */
export function itemIssue(ctx: CompareContext, pair: ItemPair): CompareIssueDraft {
  const item = ctx.current.items[pair.this!];
  const at = thisCell(ctx, item.cell);
  const before = pair.last === null ? undefined : ctx.last.items[pair.last];
  return {
    ...at,
    cellIn: "this",
    ...(before ? { related: [lastCell(ctx, before.cell, at.sheet)] } : {}),
    ...itemContext(ctx.current, item.index),
    args: { item: itemLabel(ctx.current, item.index) },
  };
}
