import type { Block, PlanRead } from "../model";

export type NumberedLevel = "goal" | "measure" | "item";

/** A step in a level's numbers that a reader would question. */
export type NumberingEvent =
  /** Numbers skipped: the first and last missing ones. */
  | { level: NumberedLevel; block: Block; kind: "gap"; missing: [number, number] }
  /** A number again, or one lower than the last: the block met before. */
  | { level: NumberedLevel; block: Block; kind: "repeat" | "backwards"; other: Block };

/**
 * Walk each level's numbers in sheet order. Numbering may run across the whole
 * plan (items 1..60) or restart at 1 under each new parent (or level between, 施策の方向); both are fine.
 */
export function numberingEvents(plan: PlanRead): NumberingEvent[] {
  const out: NumberingEvent[] = [];
  const levels: [NumberedLevel, Block[]][] = [
    ["goal", plan.goals],
    ["measure", plan.measures],
    ["item", plan.items],
  ];
  for (const [level, blocks] of levels) {
    let prev: Block | undefined;
    let seen = new Map<number, Block>();
    for (const b of blocks) {
      if (b.number === undefined) continue;
      if (
        prev === undefined ||
        (b.number === 1 && (b.parent !== prev.parent || b.section !== prev.section))
      ) {
        seen = new Map([[b.number, b]]);
        prev = b;
        continue;
      }
      const n = prev.number!;
      if (b.number > n + 1)
        out.push({ level, block: b, kind: "gap", missing: [n + 1, b.number - 1] });
      else if (b.number <= n) {
        const other = seen.get(b.number);
        out.push({ level, block: b, kind: other ? "repeat" : "backwards", other: other ?? prev });
      }
      if (!seen.has(b.number)) seen.set(b.number, b);
      if (b.number > n) prev = b;
    }
  }
  return out;
}
