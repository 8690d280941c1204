import { WORDS } from "../i18n/words";
import type { Lang } from "../issues";
import type { MergeFinding } from "./merge";

/** A merge finding's message, from the catalogue of the language. */
export function mergeMessage(f: MergeFinding, lang: Lang): string {
  return WORDS[lang].mergeFinding[f.code](f);
}
