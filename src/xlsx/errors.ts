import { WORDS, type Words } from "../core/i18n/words";
import type { Lang } from "../core/issues";

/** Why a file cannot be read: one clear sentence per kind, in both languages (the catalogue's readFailure). */
export type ReadFailureKind = keyof Words["readFailure"];

export class ReadFailure extends Error {
  constructor(
    readonly kind: ReadFailureKind,
    readonly detail: string = ""
  ) {
    super(`${kind}${detail ? `: ${detail}` : ""}`);
    this.name = "ReadFailure";
  }
}

export function failureMessage(f: ReadFailure, lang: Lang): string {
  return WORDS[lang].readFailure[f.kind](f.detail);
}
