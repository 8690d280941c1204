import { WORDS } from "../i18n/words";
import type { Lang } from "../issues";
import type { MergeCode, MergeFindingOf } from "./merge";

/** A merge finding's message, from the catalogue of the language. */
export function mergeMessage<C extends MergeCode>(f: MergeFindingOf<C>, lang: Lang): string {
  const messages: { [K in MergeCode]: (f: MergeFindingOf<K>) => string } = WORDS[lang].mergeFinding;
  return messages[f.code](f);
}
