import type { Rule } from "../issues";

export const scaleDefault: Rule = {
  code: "scale-default",
  severity: "info",
  message: {
    ja: () => "見出しの上に達成度の凡例（区分と説明）が見つからないため、A・B・C・D の4段階として確認しました。",
    en: () => "No rating legend (codes and descriptions) above the header: checked against A, B, C, D.",
  },
  check: ({ plan }) => (plan && plan.scale.source === null ? [{ cell: "A1" }] : []),
};
