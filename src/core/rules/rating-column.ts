import type { IssueDraft, PlanRule } from "../issues";
import { cellAddress, columnName } from "../snapshot";

const EVALUATORS = {
  ja: { own: "担当課自身の評価", outside: "外部・審議会などの評価", plain: "評価" },
  en: {
    own: "the department's own evaluation",
    outside: "an outside body's evaluation",
    plain: "an evaluation",
  },
} as const;

/** Several columns named as ratings: which one was checked is a choice a person may question. */
export const ratingColumn: PlanRule<"rating-column"> = {
  code: "rating-column",
  severity: "info",
  message: {
    ja: (a) =>
      a.reason === "evaluator"
        ? `達成度の列が複数あります（${a.columns}）。${EVALUATORS.ja[a.evaluator]}である ${a.column} 列「${a.label}」を点検しました。`
        : `達成度の列が複数あります（${a.columns}）。値が凡例の区分に合う ${a.column} 列「${a.label}」を点検しました（ほかの列は今後の方向性など、達成度ではないと見ました）。`,
    en: (a) =>
      a.reason === "evaluator"
        ? `Several columns are named as ratings (${a.columns}): checked column ${a.column}, "${a.label}", ${EVALUATORS.en[a.evaluator]}.`
        : `Several columns are named as ratings (${a.columns}): checked column ${a.column}, "${a.label}", whose values are the legend's codes (the others were taken for directions or other notes, not ratings).`,
  },
  check: ({ plan }): IssueDraft<"rating-column">[] => {
    const choice = plan.header.ratingColumn;
    if (!choice) return [];
    const chosen = choice.columns.find((c) => c.col === choice.col)!;
    const headerRow =
      plan.header.rows.filter((r) => r <= plan.header.row + 1).pop() ?? plan.header.row;
    return [
      {
        cell: cellAddress(headerRow, choice.col),
        args: {
          columns: choice.columns.map((c) => `${columnName(c.col)}「${c.label}」`).join(", "),
          column: columnName(choice.col),
          label: chosen.label,
          evaluator: chosen.evaluator,
          reason: choice.reason,
        },
      },
    ];
  },
};
