import { collapseSpaces, nfkc } from "../text";

/** A goal, measure or item label: "Ⅲ すこやかで…（続）" -> number 3, roman, continued. */
export interface Label {
  /** The number written with the label, if any. */
  number?: number;
  /** Written as a Roman numeral (Ⅰ, I, IV …). */
  roman: boolean;
  title: string;
  /** Comparable form of the title: notes in brackets and spaces removed. */
  key: string;
  /** Ends in （続）/(続)/続き: continues the block above it. */
  continued: boolean;
}

const CONTINUED = /[(（]\s*(?:続き?|つづき|cont(?:inued|\.)?)\s*[)）]|\s続き$/gi;
/** A leading number: 12, (1), 〔1〕, 1-2, 1.2.4, 1-(1)-① (numbered within each parent), or a Roman numeral. */
const LEADING_NUMBER =
  /^(?:第\s*)?[(（〔【[]?\s*(\d{1,4}(?:[-.・][(（]?\d{1,4}[)）]?)*|[IVXLC]{1,7})(?![A-Za-z])(?:\s*[)）〕】\].．、:：]|\s+|(?=[^\d\s]))\s*/;
const FREE_NUMBER = /(?:^|\s)(\d{1,4}|[IVXLC]{1,7})(?=\s|[(（]|$)/;
const NOTES = /[(（][^)）]*[)）]/g;

export function romanToNumber(s: string): number | undefined {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]];
    if (v === undefined) return undefined;
    const next = values[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : undefined;
}

export function numberToRoman(n: number): string {
  const table: [number, string][] = [
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** "12" -> 12; "2-3", "1.2.4" or "1-(2)-3" (numbered within the parent) -> the last part; "IV" -> 4. */
function toNumber(token: string): { number?: number; roman: boolean } {
  if (/^[\d.・()（）-]+$/.test(token))
    return {
      number: Number(
        token
          .split(/[^\d]+/)
          .filter(Boolean)
          .pop()
      ),
      roman: false,
    };
  return { number: romanToNumber(token), roman: true };
}

/**
 * Parse a label. The number usually leads ("1 男女…", "①…", "Ⅳ …"), but a
 * continuation on a new page may move it after the title
 * ("女性の活躍…（続） II（施策3～8は…）"), so a free-standing numeral counts too.
 */
/** Does a label carry a continuation mark (（続）, (続き), (cont.), 続き at its end)? */
export function isContinued(raw: string): boolean {
  const continued = CONTINUED.test(collapseSpaces(nfkc(raw)));
  CONTINUED.lastIndex = 0;
  return continued;
}

export function parseLabel(raw: string): Label {
  let text = collapseSpaces(nfkc(raw));
  const continued = CONTINUED.test(text);
  CONTINUED.lastIndex = 0;
  if (continued) text = collapseSpaces(text.replace(CONTINUED, " "));
  let number: number | undefined;
  let roman = false;
  let title = text;
  const lead = LEADING_NUMBER.exec(text);
  if (lead) {
    ({ number, roman } = toNumber(lead[1]));
    title = text.slice(lead[0].length);
  } else {
    const free = FREE_NUMBER.exec(text);
    if (free) {
      ({ number, roman } = toNumber(free[1]));
      title = collapseSpaces(
        text.slice(0, free.index) + " " + text.slice(free.index + free[0].length)
      );
    }
  }
  if (number === undefined) roman = false;
  const key = title.replace(NOTES, "").replace(/\s+/g, "");
  return { number, roman, title: title.trim(), key, continued };
}

/** How a goal is written in reports: Roman numerals in ASCII (I, II, III, IV). */
export function formatNumber(label: { number?: number; roman: boolean }): string {
  if (label.number === undefined) return "";
  return label.roman ? numberToRoman(label.number) : String(label.number);
}
