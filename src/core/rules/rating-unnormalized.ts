import type { IssueDraft, PlanRule } from "../issues";
import { itemContext } from "./where";

/** A valid code written another way: Ｂ, b, " B ". The fix writes the code itself into that one cell. */
export const ratingUnnormalized: PlanRule<"rating-unnormalized"> = {
  code: "rating-unnormalized",
  severity: "warning",
  message: {
    ja: (a) => `達成度「${a.value}」は「${a.code}」と書いてください（全角・小文字・空白）。`,
    en: (a) =>
      `Rating "${a.value}" should be written "${a.code}" (full-width, lower case or spaces).`,
  },
  check({ plan }): IssueDraft<"rating-unnormalized">[] {
    const seen = new Set<string>();
    return plan.entries
      .filter(
        (e) =>
          e.state === "valid" &&
          e.ratingCount === 1 &&
          e.code !== null &&
          e.ratingCellText !== e.code
      )
      .filter((e) => !seen.has(e.ratingCell) && Boolean(seen.add(e.ratingCell)))
      .map((e): IssueDraft<"rating-unnormalized"> => ({
        cell: e.ratingCell,
        ...itemContext(plan, e.item),
        department: e.department || undefined,
        fix: { cell: e.ratingCell, value: e.code!, expected: e.ratingCellText },
        args: { value: e.ratingCellText, code: e.code! },
      }));
  },
};
