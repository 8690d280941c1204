import type { IssueDraft, Lang, SheetRule } from "../issues";
import { FIELD_WORDS, FIELDS } from "../layout/fields";
import { MIN_HEADER_FIELDS } from "../layout/header";

/** The header words a person would look for, in their language: the first two of each field. */
function words(lang: Lang): string {
  const japanese = (w: string) => /[^\x00-\x7F]/.test(w);
  return FIELDS.map((f) =>
    FIELD_WORDS[f]
      .filter((w) => japanese(w) === (lang === "ja"))
      .slice(0, 2)
      .join(lang === "ja" ? "・" : " / ")
  ).join(lang === "ja" ? "、" : "; ");
}

export const headerNotFound: SheetRule<"header-not-found"> = {
  scope: "sheet",
  code: "header-not-found",
  severity: "error",
  message: {
    ja: (a) =>
      a.empty
        ? "このシートには何も書かれていません。達成状況の表があるシートを選んでください。"
        : `見出し行が見つかりません。${words("ja")} のような見出しが${MIN_HEADER_FIELDS}つ以上並ぶ行を探しました。列を指定すれば点検できます。`,
    en: (a) =>
      a.empty
        ? "This sheet is empty. Choose the sheet that holds the achievement table."
        : `No header row found: looked for a row naming at least ${MIN_HEADER_FIELDS} of the fields (${words("en")}). Map the columns to check it.`,
  },
  check: ({ origin, empty }): IssueDraft<"header-not-found">[] => [
    { cell: origin, args: { empty: empty ? 1 : 0 } },
  ],
};
