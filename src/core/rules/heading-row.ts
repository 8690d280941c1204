import type { IssueDraft, PlanRule } from "../issues";
import { WORDS } from "../i18n/words";

/** Rows read as goal or measure headings (a label alone across the table): one note per level, at the first. */
export const headingRow: PlanRule<"heading-row"> = {
  code: "heading-row",
  severity: "info",
  message: {
    ja: (a) =>
      `${a.cell} などの ${a.count} 行を${WORDS.ja.level[a.level]}の見出し行として読み、その下の取組項目をその${WORDS.ja.level[a.level]}に含めました。`,
    en: (a) =>
      `${a.count} rows such as ${a.cell} are read as ${WORDS.en.level[a.level]} headings; the items below them belong to that ${WORDS.en.level[a.level]}.`,
  },
  check: ({ plan }): IssueDraft<"heading-row">[] => {
    return (["goal", "measure"] as const).flatMap((level) => {
      const rows = plan.headings.filter((h) => h.level === level);
      return rows.length
        ? [{ cell: rows[0].cell, args: { level, count: rows.length, cell: rows[0].cell } }]
        : [];
    });
  },
};
