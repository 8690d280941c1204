import type { Lang } from "../issues";
import { en } from "./en";
import { ja, type Words } from "./ja";

export type { Words };

/** One catalogue per language (ja.ts, en.ts): the words of the checker, the command and the file reader. */
export const WORDS: Record<Lang, Words> = { ja, en };
