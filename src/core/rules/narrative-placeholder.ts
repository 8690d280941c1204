import type { IssueDraft, PlanRule } from "../issues";
import { foldCode } from "../text";
import { itemContext, itemName } from "./where";

const PLACEHOLDERS = new Set(
  [
    "同上",
    "上記",
    "上記のとおり",
    "上記と同じ",
    "同左",
    "〃",
    "なし",
    "無し",
    "特になし",
    "特に無し",
    "該当なし",
    "未記入",
    "記入なし",
    "未定",
    "検討中",
    "調整中",
    "別紙",
    "別紙のとおり",
    "後日",
    "省略",
    "空欄",
    "TBD",
    "TODO",
    "N/A",
    "NA",
    "NONE",
    "NIL",
    "XXX",
    "…",
    "...",
    "?",
    "？",
  ].map((w) => foldCode(w))
);
const ONLY_MARKS = /^[-~・.。、,…‥*＊※?？/\\〃"'”“]+$/;

/** True when a narrative says nothing: 同上, なし, －, … */
export function isPlaceholder(narrative: string): boolean {
  // Placeholders are a word or two; a report is longer.
  if (narrative.length > 24) return false;
  const folded = foldCode(narrative).replace(/[。．.]+$/, "");
  return folded.length > 0 && (PLACEHOLDERS.has(folded) || ONLY_MARKS.test(folded));
}

export const narrativePlaceholder: PlanRule<"narrative-placeholder"> = {
  code: "narrative-placeholder",
  severity: "warning",
  message: {
    ja: (a) =>
      `取組項目 ${a.item} の取組計画と達成状況が「${a.value}」だけです。内容を記入してください。`,
    en: (a) => `Item ${a.item}'s narrative is only "${a.value}": a placeholder, not a report.`,
  },
  check({ plan }): IssueDraft<"narrative-placeholder">[] {
    return plan.items
      .filter((i) => i.narrative && isPlaceholder(i.narrative))
      .map((i): IssueDraft<"narrative-placeholder"> => ({
        cell: i.narrativeCell,
        ...itemContext(plan, i.index),
        args: { item: itemName(plan, i.index), value: i.narrative },
      }));
  },
};
