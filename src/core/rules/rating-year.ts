import type { IssueDraft, PlanRule } from "../issues";
import { cellAddress } from "../snapshot";

const REASONS = {
  ja: {
    asked: "指定された年度",
    title: "表題にある年度",
    "sheet-name": "シート名にある年度",
    latest: "最も新しい年度",
  },
  en: {
    asked: "the year asked for",
    title: "the year in the title",
    "sheet-name": "the year in the sheet's name",
    latest: "the latest year",
  },
} as const;

/** Several years' ratings side by side: which one was checked is a choice a person may question. */
export const ratingYear: PlanRule<"rating-year"> = {
  code: "rating-year",
  severity: "info",
  message: {
    ja: (a) =>
      `達成度の列が複数の年度（${a.years}）にあるため、${REASONS.ja[a.reason]}「${a.label}」の列を点検しました（--year で変えられます）。`,
    en: (a) =>
      `Ratings stand for several years (${a.years}): checked the column of ${REASONS.en[a.reason]}, "${a.label}" (choose another with --year).`,
  },
  check: ({ plan }): IssueDraft<"rating-year">[] => {
    const year = plan.header.year;
    if (!year) return [];
    const chosen = year.columns.find((c) => c.year === year.year)!;
    const headerRow =
      plan.header.rows.filter((r) => r <= plan.header.row + 1).pop() ?? plan.header.row;
    return [
      {
        cell: cellAddress(headerRow, chosen.col),
        args: {
          years: year.columns.map((c) => c.label).join(", "),
          label: year.label,
          reason: year.reason,
          year: year.year,
        },
      },
    ];
  },
};
