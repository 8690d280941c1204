import type { IssueDraft, PlanRule } from "../issues";
import { cellAddress } from "../snapshot";

export const scaleDefault: PlanRule<"scale-default"> = {
  code: "scale-default",
  severity: "info",
  message: {
    ja: () =>
      "達成度の凡例（区分と説明）が見つからないため、A・B・C・D の4段階として確認しました。",
    en: () => "No rating legend (codes and descriptions) found: checked against A, B, C, D.",
  },
  // At the rating column's header: the cell a person looks at to see what was assumed.
  check: ({ plan }): IssueDraft<"scale-default">[] => {
    if (plan.scale.source !== null) return [];
    const columns = Object.values(plan.header.columns).filter((c): c is number => c !== undefined);
    return [
      { cell: cellAddress(plan.header.row, plan.header.columns.rating ?? Math.min(...columns)) },
    ];
  },
};
