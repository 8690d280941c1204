import type { Block, PlanRead } from "../model";
import { isSpace } from "../text";

/**
 * The stable key of a form's row: which plan it came from, which item (by goal, measure and item
 * number, or title where there is no number) and which department. A merge matches answers to
 * entries by this key only, never by row position, so re-sorted rows and broken merges still match.
 */

/** The key column's header cell, and the first field of every key: how a form is told from any other workbook. */
export const FORM_MARK = "achv-form";

export interface RowKey {
  /** The plan's id (planId). */
  plan: string;
  /** The entry within the plan: goal, measure, item, department and which of that item's rows for the department. */
  id: string;
  department: string;
  /** Fingerprints of the rating and the narrative as the form was sent: an answer is "changed" when it differs. */
  sentRating: string;
  sentNarrative: string;
}

/** FNV-1a over the text's UTF-16 code units: a short, stable fingerprint (not a secret). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** An answer as compared: line ends and the spaces around it do not count (another program may rewrite them). */
export function answerText(text: string): string {
  const n = text.length;
  // Most answers have neither: returned as they are, with no copy.
  if (
    n === 0 ||
    (text.indexOf("\r") < 0 && !isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(n - 1)))
  )
    return text;
  return text.replace(/\r\n?/g, "\n").trim();
}

function part(block: Block | undefined): string {
  if (!block) return "";
  return block.numeral || block.key;
}

/**
 * The plan's id: a fingerprint of its goals, measures and items (numbers and titles), not of its
 * ratings or narratives, so it stays the same while answers are merged in, and a form made from
 * another plan (another year, another city) is told apart.
 */
export function planId(plan: PlanRead): string {
  const lines: string[] = [];
  for (const list of [plan.goals, plan.measures, plan.items])
    for (const b of list) lines.push(`${b.parent}:${b.numeral}:${b.key}`);
  return fingerprint(lines.join("\n"));
}

/** Each entry's id within its plan, in entry order: the nth row of one department in one item gets its own. */
export function entryIds(plan: PlanRead): string[] {
  const seen = new Map<string, number>();
  return plan.entries.map((e) => {
    const item = plan.items[e.item];
    const base = JSON.stringify([
      part(plan.goals[item?.goal]),
      part(plan.measures[item?.measure]),
      part(item),
      e.department,
    ]);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/** The text of a key cell. */
export function keyCell(key: RowKey): string {
  return JSON.stringify([
    FORM_MARK,
    key.plan,
    key.id,
    key.department,
    key.sentRating,
    key.sentNarrative,
  ]);
}

/** A key cell's text read back, or null when it is not one. */
export function parseKeyCell(text: string): RowKey | null {
  if (!text.startsWith(`["${FORM_MARK}"`)) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(v) || v.length !== 6 || !v.every((x) => typeof x === "string")) return null;
  const [, plan, id, department, sentRating, sentNarrative] = v as string[];
  return { plan, id, department, sentRating, sentNarrative };
}
