import { foldHeader } from "../text";

export const FIELDS = ["goal", "measure", "item", "department", "rating", "narrative"] as const;
export type Field = (typeof FIELDS)[number];

/** Header words per field (docs/architecture.md, "How a sheet is read"), plus a few more seen in other cities' sheets. */
export const FIELD_WORDS: Record<Field, readonly string[]> = {
  goal: ["基本目標", "目標", "基本方針", "政策目標", "Goal", "Basic goal"],
  measure: [
    "施策",
    "基本施策",
    "施策の方向",
    "施策の方向性",
    "主要施策",
    "分野",
    "Measure",
    "Policy",
  ],
  item: [
    "取組項目",
    "具体的取組",
    "具体的な取組",
    "取組",
    "事業名",
    "事業",
    "主な取組",
    "Action item",
    "Item",
  ],
  department: [
    "担当課",
    "所管課",
    "担当部署",
    "担当",
    "所管",
    "担当部局",
    "主管課",
    "所管部",
    "課名",
    "室課名",
    "担当課名",
    "Department",
    "Dept",
  ],
  rating: [
    "達成度",
    "評価",
    "進捗状況",
    "進捗",
    "自己評価",
    "達成区分",
    "評価区分",
    "進捗度",
    "判定",
    "達成状況評価",
    "Rating",
    "Grade",
  ],
  narrative: [
    "取組計画と達成状況",
    "取組状況",
    "実施内容",
    "実績",
    "達成状況",
    "取組内容",
    "事業内容",
    "実施状況",
    "取組実績",
    "事業実績",
    "実施内容及び成果",
    "取組の成果",
    "概要",
    "事業概要",
    "取組概要",
    "実施結果",
    "評価理由",
    "Narrative",
    "Status",
  ],
};

const FOLDED: { field: Field; word: string }[] = FIELDS.flatMap((field) =>
  FIELD_WORDS[field].map((w) => ({ field, word: foldHeader(w) }))
);

/** Header cells are short; anything longer is data, whatever words it contains. */
const MAX_HEADER_LENGTH = 24;

export interface FieldMatch {
  field: Field;
  /** Higher is better: an exact word beats one the text ends with, which beats one inside it; a longer word beats a shorter one. */
  score: number;
}

const matchCache = new Map<string, FieldMatch | null>();

/** Any header word as written in plain (ASCII/ordinary kana-kanji) text, to reject data cells cheaply. */
const ANY_WORD = new RegExp(
  [
    ...new Set(
      FIELDS.flatMap((f) => FIELD_WORDS[f].map((w) => w.toLowerCase().replace(/\s+/g, "")))
    ),
  ]
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")
);
/** Full-width or half-width forms: only these need NFKC before matching. */
const WIDTH_FORMS = /[\uFF00-\uFFEF]/;

/** The field a header cell names, if any. */
export function matchField(text: string): FieldMatch | null {
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH * 2) return null;
  // Data cells repeat (ratings, departments): a known text costs one lookup.
  const cached = matchCache.get(text);
  if (cached !== undefined) return cached;
  if (!WIDTH_FORMS.test(text) && !ANY_WORD.test(text.toLowerCase().replace(/\s+/g, ""))) {
    remember(text, null);
    return null;
  }
  const folded = foldHeader(text);
  let best: FieldMatch | null = null;
  if (folded.length > 0 && folded.length <= MAX_HEADER_LENGTH) {
    for (const { field, word } of FOLDED) {
      // Japanese compounds end in their head: 担当課評価 is an evaluation, 担当課名 a department.
      const score =
        folded === word
          ? 1000 + word.length
          : folded.endsWith(word)
            ? 100 + word.length
            : folded.includes(word)
              ? word.length
              : 0;
      if (score > 0 && (!best || score > best.score)) best = { field, score };
    }
  }
  remember(text, best);
  return best;
}

function remember(text: string, match: FieldMatch | null): void {
  if (matchCache.size > 20000) matchCache.clear();
  matchCache.set(text, match);
}
