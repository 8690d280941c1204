import { splitReference } from "../hierarchy/merge-plans";
import type { PlanRead } from "../model";
import { itemContext, itemName } from "../rules/where";
import type {
  CompareContext,
  CompareDraftFields,
  CompareIssueDraft,
  EntryChange,
  ItemPair,
} from "./types";

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

/*
 * Issues here and in the rules are built with Object.assign, never by spreading objects of
 * varying shapes ({ ...a, ...(x ? { related } : {}) }): Node 20's V8 takes tens of
 * microseconds over each such spread, most of the comparison's time on a plan of thousands.
 */

/** An entry's rating compared: its cell this year, last year's as related, the item and department. */
export function entryIssue(
  ctx: CompareContext,
  change: EntryChange
): CompareIssueDraft<"rating-up" | "rating-down" | "rating-new"> {
  const t = change.this!;
  const l = change.last;
  const item = ctx.current.entries[t.entry].item;
  const issue: CompareDraftFields = { sheet: t.sheet, cell: t.cell, cellIn: "this" };
  if (l) issue.related = [lastCell(ctx, `${l.sheet}!${l.cell}`, t.sheet)];
  Object.assign(issue, itemContext(ctx.current, item));
  if (t.department) issue.department = t.department;
  return Object.assign(issue, {
    args: {
      item: itemLabel(ctx.current, item),
      department: t.department,
      from: l?.rating ?? "",
      to: t.rating,
    },
  });
}

/** "12 「男女共同参画に関する情報提供」": the number a reader looks for and the title that says which. */
export function itemLabel(plan: PlanRead, index: number): string {
  const item = plan.items[index];
  if (!item) return "";
  const title = item.title.length > 30 ? `${item.title.slice(0, 30)}…` : item.title;
  return item.numeral ? `${itemName(plan, index)}「${title}」` : `「${title}」`;
}

/** An item of this year, at its label cell, with last year's label cell as related when it has a counterpart. */
export function itemIssue(
  ctx: CompareContext,
  pair: ItemPair
): CompareDraftFields & { args: { item: string } } {
  const item = ctx.current.items[pair.this!];
  const at = thisCell(ctx, item.cell);
  const before = pair.last === null ? undefined : ctx.last.items[pair.last];
  const issue: CompareDraftFields = { sheet: at.sheet, cell: at.cell, cellIn: "this" };
  if (before) issue.related = [lastCell(ctx, before.cell, at.sheet)];
  Object.assign(issue, itemContext(ctx.current, item.index));
  return Object.assign(issue, { args: { item: itemLabel(ctx.current, item.index) } });
}
