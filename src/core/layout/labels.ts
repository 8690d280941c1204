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
  /^[(（〔【[]?\s*(\d{1,4}(?:[-.・][(（]?\d{1,4}[)）]?)*|[IVXLC]{1,7})(?![A-Za-z])(?:\s*[)）〕】\].．、:：]|\s+|(?=[^\d\s]))\s*/;
/**
 * An ordinal numbering a label: 第1章, 第一節, 第Ⅱ部, 第3項, 第1条, or 第1 alone before a space or a
 * stop. Its counter word belongs to the number. 第 and a number before any other word is part of
 * the title, not its numbering: 第三者評価 (third party), 第2子 (second child), 第3期計画.
 */
const ORDINAL =
  /^第\s*(\d{1,4}|[〇一二三四五六七八九十百]{1,5}|[IVXLC]{1,7})\s*(?:[章節項条款編部]|(?=[\s.．、:：]|$))[\s.．、:：]*/;
const KANJI_DIGITS = "〇一二三四五六七八九";
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

/** Kanji numerals as 第 numbers them: 一 -> 1, 十二 -> 12, 二十 -> 20, 百五 -> 105, 一〇 -> 10. */
function kanjiToNumber(s: string): number {
  let total = 0;
  let digits = 0;
  for (const ch of s) {
    const unit = ch === "十" ? 10 : ch === "百" ? 100 : 0;
    if (unit) {
      total += (digits || 1) * unit;
      digits = 0;
    } else digits = digits * 10 + KANJI_DIGITS.indexOf(ch);
  }
  return total + digits;
}

/** "12" -> 12; "2-3", "1.2.4" or "1-(2)-3" (numbered within the parent) -> the last part; "IV" -> 4; "十二" -> 12. */
function toNumber(token: string): { number?: number; roman: boolean } {
  if (/^[〇一二三四五六七八九十百]+$/.test(token))
    return { number: kanjiToNumber(token), roman: false };
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
  const lead = ORDINAL.exec(text) ?? (text.startsWith("第") ? null : LEADING_NUMBER.exec(text));
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
