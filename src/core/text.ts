/**
 * Text normalisation shared by the reader and the rules. NFKC folds full-width
 * letters, digits and Roman-numeral characters, but leaves several dashes and
 * tildes alone, so those are mapped explicitly.
 */

const DASHES = /[\u2010-\u2015\u2212\u2500\u2501\uFE58\uFE63\u2E3A\u2E3B]/g;
/** The katakana prolonged sound mark is a dash only when it stands alone (a code or a placeholder). */
const LONE_PROLONGED = /^[\u30FC\uFF70]+$/;
const TILDES = /[\u301C\u223C\uFF5E]/g;
/** The small tilde, which NFKC itself would turn into a space and a combining tilde: folded before it. */
const SMALL_TILDE = /\u02DC/g;
/** Either kind, to skip both replacements for the usual text that has neither. */
const DASH_OR_TILDE = /[\u2010-\u2015\u2212\u2500\u2501\uFE58\uFE63\u2E3A\u2E3B\u301C\u223C\uFF5E]/;
const SPACES = /[\s\u00A0\u3000\u200B\uFEFF]+/g;

/** NFKC plus dash and tilde folding. */
export function nfkc(s: string): string {
  const out = (s.includes("\u02DC") ? s.replace(SMALL_TILDE, "~") : s).normalize("NFKC");
  return DASH_OR_TILDE.test(out) ? out.replace(DASHES, "-").replace(TILDES, "~") : out;
}

export function collapseSpaces(s: string): string {
  return s.replace(SPACES, " ").trim();
}

export function removeSpaces(s: string): string {
  return s.replace(SPACES, "");
}

/** Bracketed parts such as （R5）, (R5), 【…】, [..]. */
const BRACKETED = /[(\[【〔<«][^)\]】〕>»]*[)\]】〕>»]/g;

/** Folded form used to compare header words: width, case, spaces and bracketed suffixes removed. */
export function foldHeader(s: string): string {
  return removeSpaces(nfkc(s).replace(BRACKETED, "")).toLowerCase();
}

/** Folded form of a rating code: " Ｂ " -> "B", "ー" -> "-". */
export function foldCode(s: string): string {
  const folded = removeSpaces(nfkc(s)).toUpperCase();
  return LONE_PROLONGED.test(folded) ? "-" : folded;
}

/** The characters String.prototype.trim removes, by code unit. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f
  );
}
