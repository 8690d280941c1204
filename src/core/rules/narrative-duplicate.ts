import type { IssueDraft, PlanRule } from "../issues";
import type { Item } from "../model";
import { nfkc, removeSpaces } from "../text";

/** Full-width letters and digits: the only width differences worth folding in a copied text. */
const WIDE = /[\uFF01-\uFF5E]/;

/** The text compared word for word: spaces and line breaks left out, widths folded where there are any. */
function comparable(text: string): string {
  const bare = removeSpaces(text);
  return WIDE.test(bare) ? removeSpaces(nfkc(bare)) : bare;
}
import { isPlaceholder } from "./narrative-placeholder";
import { itemContext, itemName } from "./where";

/** Shorter texts repeat by nature ("実施した。"); only reports this long are worth comparing. */
const MIN_LENGTH = 10;

export const narrativeDuplicate: PlanRule<"narrative-duplicate"> = {
  code: "narrative-duplicate",
  severity: "warning",
  message: {
    ja: (a) =>
      `取組項目 ${a.item} の取組計画と達成状況が取組項目 ${a.other} と一字一句同じです（${a.otherCell}）。`,
    en: (a) =>
      `Item ${a.item}'s narrative is word for word the same as item ${a.other}'s (${a.otherCell}).`,
  },
  check({ plan }): IssueDraft<"narrative-duplicate">[] {
    const first = new Map<string, Item>();
    const out: IssueDraft<"narrative-duplicate">[] = [];
    for (const item of plan.items) {
      if (!item.narrative || item.narrative.length < MIN_LENGTH || isPlaceholder(item.narrative))
        continue;
      const key = comparable(item.narrative);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, item);
        continue;
      }
      // One cell merged across both items is shared on purpose, not copied.
      if (item.narrativeAnchors.some((a) => earlier.narrativeAnchors.includes(a))) continue;
      out.push({
        cell: item.narrativeCell,
        related: [earlier.narrativeCell],
        ...itemContext(plan, item.index),
        args: {
          item: itemName(plan, item.index),
          other: itemName(plan, earlier.index),
          otherCell: earlier.narrativeCell,
        },
      });
    }
    return out;
  },
};
