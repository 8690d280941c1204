import type { IssueDraft, PlanRule } from "../issues";
import { WORDS } from "../i18n/words";
import { FIELD_WORDS, type Field } from "../layout/fields";
import { cellAddress } from "../snapshot";

/** Without these a sheet cannot be checked: a header lacking one must never pass as "no issues". */
const NEEDED: readonly Field[] = ["item", "department", "rating", "narrative"];

export const headerFieldMissing: PlanRule<"header-field-missing"> = {
  code: "header-field-missing",
  severity: "error",
  message: {
    ja: (a) =>
      `見出し行（${a.row}行目）に${WORDS.ja.field[a.field]}の列が見つからないため、${WORDS.ja.field[a.field]}を点検できません。見出しのセルに「${a.words}」のいずれかを書いてください。`,
    en: (a) =>
      `The header (row ${a.row}) has no ${WORDS.en.field[a.field]} column, so ${WORDS.en.field[a.field]}s are not checked. Head that column with one of: ${a.words}.`,
  },
  check: ({ plan }): IssueDraft<"header-field-missing">[] => {
    const { row, columns } = plan.header;
    const first = Math.min(...Object.values(columns).filter((c): c is number => c !== undefined));
    return NEEDED.filter((f) => columns[f] === undefined).map(
      (field): IssueDraft<"header-field-missing"> => ({
        cell: cellAddress(row, Number.isFinite(first) ? first : 0),
        args: { field, row: row + 1, words: FIELD_WORDS[field].slice(0, 4).join(" / ") },
      })
    );
  },
};
