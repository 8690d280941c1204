import { distance } from "fastest-levenshtein";
import type { Block, Item, PlanRead } from "../model";
import { nfkc, removeSpaces } from "../text";
import type { ItemPair } from "./types";

/** Titles as compared: width and case folded, spaces and line breaks left out. */
export function foldTitle(title: string): string {
  return removeSpaces(nfkc(title)).toLowerCase();
}

/**
 * 1 for the same text, 0 for nothing in common: one minus the edit distance over the longer
 * length. Below `floor` the answer is only a bound: the lengths alone may rule a pair out.
 */
export function likeness(a: string, b: string, floor = 0): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const bound = Math.min(a.length, b.length) / longer;
  if (bound < floor) return bound;
  // What both texts start and end with changes no edit distance: only the middles are compared
  // (a narrative with a phrase put in front is one short distance, not a long text's).
  let start = 0;
  const shorter = Math.min(a.length, b.length);
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < shorter - start &&
    a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)
  )
    end++;
  return 1 - distance(a.slice(start, a.length - end), b.slice(start, b.length - end)) / longer;
}

/** Below this, two titles are different items; from SURE up, the same item with a small edit. */
const MIN_LIKENESS = 0.5;
const SURE = 0.8;
/** Same number under the same measure: the same slot, so a title rewritten further still pairs (unsure). */
const MIN_LIKENESS_IN_SLOT = 0.3;
/** A fuzzy pass compares every remaining title with every other in its blocks: past this many pairs, the pass is left out. */
const MAX_COMPARISONS = 250_000;

/** A block's number as compared: its value (Ⅰ, I and 1 alike), else its numeral as written. */
function numberOf(block: Block | undefined): string {
  return block ? (block.number !== undefined ? String(block.number) : block.numeral) : "";
}

/** An item's place in its plan's numbering: goal, measure and item numbers, by value. */
export function itemPath(
  plan: PlanRead,
  item: Item
): { goal: string; measure: string; item: string } {
  return {
    goal: numberOf(plan.goals[item.goal]),
    measure: numberOf(plan.measures[item.measure]),
    item: numberOf(item),
  };
}

/** The same place as a reader writes it: "II-6-14". */
export function itemPathText(plan: PlanRead, item: Item): string {
  return [plan.goals[item.goal]?.numeral, plan.measures[item.measure]?.numeral, item.numeral]
    .filter(Boolean)
    .join("-");
}

interface Side {
  plan: PlanRead;
  item: Item;
  title: string;
  goal: string;
  measure: string;
  number: string;
  /** Folded title of its measure, for narrowing fuzzy blocks when the numbering moved. */
  measureTitle: string;
  paired: boolean;
}

function sides(plan: PlanRead): Side[] {
  return plan.items.map((item) => {
    const path = itemPath(plan, item);
    return {
      plan,
      item,
      title: foldTitle(item.title),
      goal: path.goal,
      measure: path.measure,
      number: path.item,
      measureTitle: foldTitle(plan.measures[item.measure]?.title ?? ""),
      paired: false,
    };
  });
}

/** How much two items' places agree: the same item number counts most, then the measure's number. */
function placeBonus(a: Side, b: Side): number {
  return (
    (a.number !== "" && a.number === b.number ? 0.1 : 0) +
    (a.measure === b.measure && a.goal === b.goal ? 0.05 : 0)
  );
}

/**
 * Pair last year's items with this year's: first by the same title (folded), preferring the
 * same place where a title repeats; items without a title by their place; then the rest by a
 * score — the titles' likeness plus a little for the same number and measure — best first.
 * A pair whose titles differ more than a small edit is marked unsure. Every item appears in
 * exactly one pair; unpaired ones have null on the other side. Pairs follow this year's order,
 * last year's dropped items after the item they followed.
 */
export function pairItems(last: PlanRead, current: PlanRead): ItemPair[] {
  const before = sides(last);
  const after = sides(current);
  const partner = new Map<number, { last: number; score: number; unsure: boolean }>();
  const join = (a: Side, b: Side, score: number, unsure: boolean) => {
    a.paired = b.paired = true;
    partner.set(b.item.index, { last: a.item.index, score, unsure });
  };

  const byTitle = new Map<string, Side[]>();
  for (const b of after)
    if (b.title) (byTitle.get(b.title) ?? byTitle.set(b.title, []).get(b.title)!).push(b);
  for (const a of before) {
    if (!a.title) continue;
    const open = byTitle.get(a.title)?.filter((b) => !b.paired);
    if (!open?.length) continue;
    const best = open.reduce((x, y) => (placeBonus(a, y) > placeBonus(a, x) ? y : x));
    join(a, best, 1, false);
  }
  const bySlot = new Map(
    after.filter((b) => !b.title && !b.paired).map((b) => [`${b.goal}/${b.measure}/${b.number}`, b])
  );
  for (const a of before) {
    if (a.title || a.paired) continue;
    const b = bySlot.get(`${a.goal}/${a.measure}/${a.number}`);
    if (b && !b.paired) join(a, b, 1, false);
  }

  // Fuzzy passes from narrow blocks to the whole plan: a title edited in place pairs within its
  // measure, cheaply; what is left is compared more widely. Narrow passes take sure pairs only,
  // so a middling title nearby never takes the place of the right one further away.
  const passes: { key: (s: Side) => string; min: number }[] = [
    { key: (s) => `${s.goal}/${s.measureTitle}`, min: SURE },
    { key: (s) => s.goal, min: SURE },
    { key: () => "", min: MIN_LIKENESS },
  ];
  for (const { key, min } of passes) {
    const restBefore = before.filter((a) => !a.paired && a.title);
    const restAfter = after.filter((b) => !b.paired && b.title);
    const afterByBlock = new Map<string, Side[]>();
    for (const b of restAfter)
      (afterByBlock.get(key(b)) ?? afterByBlock.set(key(b), []).get(key(b))!).push(b);
    const comparisons = restBefore.reduce((n, a) => n + (afterByBlock.get(key(a))?.length ?? 0), 0);
    if (comparisons === 0 || comparisons > MAX_COMPARISONS) continue;
    const candidates: { a: Side; b: Side; likeness: number; score: number }[] = [];
    for (const a of restBefore) {
      for (const b of afterByBlock.get(key(a)) ?? []) {
        const inSlot = placeBonus(a, b) > 0.1;
        const floor = min === SURE ? SURE : inSlot ? MIN_LIKENESS_IN_SLOT : MIN_LIKENESS;
        const like = likeness(a.title, b.title, floor);
        if (like < floor) continue;
        candidates.push({ a, b, likeness: like, score: like + placeBonus(a, b) });
      }
    }
    candidates.sort(
      (x, y) =>
        y.score - x.score || x.b.item.index - y.b.item.index || x.a.item.index - y.a.item.index
    );
    for (const c of candidates)
      if (!c.a.paired && !c.b.paired) join(c.a, c.b, c.likeness, c.likeness < SURE);
  }

  // This year's order; a dropped item goes after the last year's item it followed.
  const pairs: ItemPair[] = [];
  const droppedAfter = new Map<number, number[]>();
  let previous = -1;
  for (const a of before) {
    if (a.paired) previous = a.item.index;
    else
      (droppedAfter.get(previous) ?? droppedAfter.set(previous, []).get(previous)!).push(
        a.item.index
      );
  }
  const dropped = (lastIndex: number) => {
    for (const i of droppedAfter.get(lastIndex) ?? [])
      pairs.push({ last: i, this: null, score: 0, unsure: false });
  };
  dropped(-1);
  for (const b of after) {
    const p = partner.get(b.item.index);
    pairs.push(
      p
        ? { last: p.last, this: b.item.index, score: p.score, unsure: p.unsure }
        : { last: null, this: b.item.index, score: 0, unsure: false }
    );
    if (p) dropped(p.last);
  }
  return pairs;
}
