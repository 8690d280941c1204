import type { Rule } from "../issues";
import { describeFieldWords } from "../layout/fields";
import { MIN_HEADER_FIELDS } from "../layout/header";

export const headerNotFound: Rule = {
  code: "header-not-found",
  severity: "error",
  message: {
    ja: (a) => `見出し行が見つかりません。6項目のうち${MIN_HEADER_FIELDS}項目以上の見出し語がある行を探しました（${a.words}）。`,
    en: (a) => `No header row found. Looked for a row naming at least ${MIN_HEADER_FIELDS} of the six fields (${a.words}).`,
  },
  check: (ctx) => (ctx.plan ? [] : [{ cell: "A1", args: { words: describeFieldWords() } }]),
};
