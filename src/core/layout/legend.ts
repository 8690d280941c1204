import { Grid, cellText, cellAddress } from "../snapshot";
import { collapseSpaces, foldCode, nfkc, removeSpaces } from "../text";

export interface ScaleCode {
  /** As the legend writes it; letters and digits in ASCII (Ｓ -> S), symbols as written (－ stays －). */
  code: string;
  /** Folded form that ratings are matched on. */
  key: string;
  description: string;
  /** Valid but left out of the achievement rate (未, －, 評価不能 …). */
  notEvaluable: boolean;
  /** At or above "as planned": counts as achieved in the rate. */
  achieved: boolean;
}

export interface RatingScale {
  codes: ScaleCode[];
  /** Where the legend was read, or null for the default A–D. */
  source: string | null;
  /** The sheet it stands on when that is another sheet of the workbook. */
  sheet?: string | null;
  /** The legend lists its codes worst first (1 未着手 … 5 計画以上); otherwise best first. */
  worstFirst?: boolean;
}

export const DEFAULT_SCALE: RatingScale = {
  source: null,
  codes: [
    { code: "A", key: "A", description: "計画以上", notEvaluable: false, achieved: true },
    { code: "B", key: "B", description: "計画どおり", notEvaluable: false, achieved: true },
    { code: "C", key: "C", description: "計画以下", notEvaluable: false, achieved: false },
    { code: "D", key: "D", description: "未着手", notEvaluable: false, achieved: false },
  ],
};

/** The most codes a rating legend has; the longest seen in real sheets has nine. */
export const MAX_LEGEND_CODES = 20;

/** Words that head a legend's code column, never codes themselves. */
const HEADING_WORDS = new Set([
  "区分",
  "記号",
  "評価",
  "達成度",
  "判定",
  "段階",
  "内容",
  "基準",
  "凡例",
  "合計",
  "小計",
  "総計",
  "計",
  "CODE",
  "GRADE",
  "RATING",
]);

const CODE_SHAPE = /^(?:[A-Z]{1,2}[+-]?|\d{1,2}|[^\p{L}\p{N}\s]|\p{Script=Han}|N\/A|NA)$/u;
/** A rating written as a word: 順調, 概ね順調, やや遅れ, 優, 不可, 現状維持, 評価困難 … */
const WORD_CODE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,6}$/u;
/** Longest word code: 概ね順調, やや進んだ, 評価困難, 該当なし. */
const MAX_WORD_CODE = 6;

const NOT_EVALUABLE_WORDS =
  /評価不能|評価不可|評価できない|評価対象外|対象外|該当なし|該当無し|未評価|判定不能|実施なし|事業終了|not\s*evaluable|not\s*applicable|n\/a/i;
const NOT_EVALUABLE_CODES = new Set(["-", "未", "X", "N/A", "NA", "/"]);
const AS_PLANNED_WORDS =
  /計画どおり|計画通り|予定どおり|予定通り|概ね|おおむね|順調|達成|進んだ|as\s*planned|on\s*track/i;
/** A meaning that says "not on plan", though it contains an on-plan word (順調ではない, 未達成, 遅れ). */
const NOT_ON_PLAN = /ではない|でない|ていない|できなかった|遅れ|未達|不十分|下回|not\s/i;
/** What is to be done next (今後の方向性): a legend of these explains another column, never the ratings. */
const DIRECTIONS = new Set([
  "拡充",
  "拡大",
  "充実",
  "継続",
  "縮小",
  "廃止",
  "休止",
  "維持",
  "現状維持",
  "改善",
  "見直し",
  "統合",
  "完了",
  "終了",
  "再構築",
]);
const PERCENT = /(\d+(?:\.\d+)?)\s*[%％]/u;

/** A legend's code: a letter, number or symbol; with `words`, a short word too (順調, 不可). */
function isCode(text: string, words = true): boolean {
  const code = foldCode(text);
  if (code.length === 0 || HEADING_WORDS.has(code)) return false;
  return (
    (code.length <= 3 && CODE_SHAPE.test(code)) ||
    (words && code.length <= MAX_WORD_CODE && WORD_CODE.test(code))
  );
}

/** A legend row read as code + description. */
interface LegendLine {
  code: string;
  description: string;
}

/**
 * Classify a legend: which codes are not evaluable, which count as achieved.
 * "As planned" is the first code whose description says so; without such a word,
 * the better half of the evaluable codes. Percentages rising down the list mean
 * the legend is written worst first.
 */
export function buildScale(lines: LegendLine[], source: string | null): RatingScale {
  const codes: ScaleCode[] = [];
  const seen = new Set<string>();
  for (const { code, description } of lines) {
    const key = foldCode(code);
    if (seen.has(key)) continue;
    seen.add(key);
    const desc = nfkc(description);
    const notEvaluable =
      NOT_EVALUABLE_WORDS.test(desc) || (!PERCENT.test(desc) && NOT_EVALUABLE_CODES.has(key));
    // Letters and digits as the legend spells them, in ASCII: a legend of a / b / c makes "a" the code.
    const ascii = removeSpaces(code.normalize("NFKC"));
    const shown = /^[A-Za-z0-9]+[+-]?$/.test(ascii) ? ascii : code.trim();
    codes.push({
      code: shown,
      key,
      description: collapseSpaces(description),
      notEvaluable,
      achieved: false,
    });
  }
  const evaluable = codes.filter((c) => !c.notEvaluable);
  const percents = evaluable.map((c) => PERCENT.exec(nfkc(c.description)));
  const worstFirst =
    percents.length >= 2 &&
    percents[0] !== null &&
    percents[percents.length - 1] !== null &&
    Number(percents[0]![1]) < Number(percents[percents.length - 1]![1]);
  const reversed = worstFirst || worstFirstByMeaning(evaluable);
  const ordered = reversed ? [...evaluable].reverse() : evaluable;
  // Every code whose meaning is on plan counts: the cut is the last such code, best first.
  const onPlan = (c: ScaleCode) => {
    const meaning = nfkc(`${c.code} ${c.description}`);
    return AS_PLANNED_WORDS.test(meaning) && !NOT_ON_PLAN.test(meaning);
  };
  let cut = -1;
  ordered.forEach((c, i) => onPlan(c) && (cut = i));
  if (cut < 0) cut = Math.ceil(ordered.length / 2) - 1;
  ordered.forEach((c, i) => (c.achieved = i <= cut));
  return { codes, source, ...(reversed ? { worstFirst: true } : {}) };
}

/** A meaning at the bottom of a scale: not started, fell back, far behind. */
const WORST =
  /未着手|未実施|着手していない|実施していない|後退|悪化|大幅に遅れ|遅れ|未達|できなかった|進んでいない|not\s*started|behind/i;
/** A meaning at the top: beyond plan, achieved, well ahead. */
const BEST =
  /計画以上|計画を上回|予定以上|上回|大きく進んだ|十分に達成|達成した|順調|計画どおり|計画通り|ahead|exceed|achieved/i;

/**
 * A legend written worst first without percentages (1 未着手 … 5 計画以上): its first meaning
 * is the bottom of a scale and its last the top. Numbers alone do not tell (1 may be best).
 */
function worstFirstByMeaning(codes: readonly ScaleCode[]): boolean {
  if (codes.length < 2) return false;
  const meaning = (c: ScaleCode) => nfkc(c.description);
  const first = meaning(codes[0]);
  const last = meaning(codes[codes.length - 1]);
  return WORST.test(first) && !WORST.test(last) && BEST.test(last);
}

/** Vertical legend: a code column next to a description column, two rows or more. */
function verticalLegends(
  grid: Grid,
  fromRow: number,
  toRow: number
): { lines: LegendLine[]; at: string }[] {
  const found: { lines: LegendLine[]; at: string }[] = [];
  const columns = new Set<number>();
  for (let row = fromRow; row < toRow; row++)
    for (const col of grid.occupied(row)) columns.add(col);
  for (const col of [...columns].sort((a, b) => a - b)) {
    let run: LegendLine[] = [];
    let start = -1;
    const flush = () => {
      if (run.length >= 2) found.push({ lines: run, at: cellAddress(start, col) });
      run = [];
    };
    for (let row = fromRow; row < toRow; row++) {
      const text = cellText(grid.own(row, col)).trim();
      let description = "";
      if (text && isCode(text)) {
        for (let c = col + 1; c < grid.right && c <= col + 3; c++) {
          const t = cellText(grid.value(row, c)).trim();
          if (t) {
            description = t;
            break;
          }
        }
      }
      if (description) {
        if (run.length === 0) start = row;
        run.push({ code: text, description });
      } else if (text || run.length > 0) {
        flush();
      }
    }
    flush();
  }
  return found;
}

/** Horizontal legend: codes across one row, descriptions under them. */
function horizontalLegends(
  grid: Grid,
  fromRow: number,
  toRow: number
): { lines: LegendLine[]; at: string }[] {
  const found: { lines: LegendLine[]; at: string }[] = [];
  for (let row = fromRow; row + 1 < toRow; row++) {
    const lines: LegendLine[] = [];
    let first = -1;
    for (const col of grid.occupied(row)) {
      const text = cellText(grid.own(row, col)).trim();
      if (!text) continue;
      const below = cellText(grid.value(row + 1, col)).trim();
      // Under a symbol or letter, a word (順調) is its meaning.
      if (isCode(text) && below && !isCode(below, false)) {
        if (first < 0) first = col;
        lines.push({ code: text, description: below });
      }
    }
    if (lines.length >= 2) found.push({ lines, at: cellAddress(row, first) });
  }
  return found;
}

/**
 * A legend written as "code：description" text: all in one cell ("A：計画以上　B：計画どおり …"),
 * or one pair per cell across a row or down a column. The pairs above the header are read in
 * order; two or more make a legend.
 */
function inlineLegends(
  grid: Grid,
  fromRow: number,
  toRow: number
): { lines: LegendLine[]; at: string }[] {
  const pair =
    /(?:^|[\s、,;／/|※])([A-Za-z]{1,2}|[◎○〇△×●▲■□]|未|-|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,6})\s*[:=：＝]\s*([^\s、,;／/|:：=＝]+)/gu;
  const lines: LegendLine[] = [];
  let at = "";
  for (let row = fromRow; row < toRow; row++) {
    for (const col of grid.occupied(row)) {
      const raw = cellText(grid.own(row, col));
      if (raw.length < 3 || raw.length > 400) continue;
      for (const m of nfkc(raw).matchAll(pair)) {
        if (HEADING_WORDS.has(foldCode(m[1]))) continue;
        at ||= cellAddress(row, col);
        lines.push({ code: m[1], description: m[2] });
      }
    }
  }
  return lines.length >= 2 ? [{ lines, at }] : [];
}

/**
 * A legend as a note under the table ("※達成度　A：計画以上　B：計画どおり　C：…"): three
 * pairs or more in a row that is neither rated nor a department's (data cells may mention "A："
 * in passing, and an unrated entry's narrative may read "成果：… 課題：… 今後：…"; a note lists
 * the scale).
 */
function noteLegend(
  grid: Grid,
  fromRow: number,
  ratingCol: number | undefined,
  departmentCol: number | undefined
): { lines: LegendLine[]; at: string }[] {
  const holds = (row: number, col: number | undefined) =>
    col !== undefined && cellText(grid.value(row, col)).trim() !== "";
  for (let row = grid.bottom - 1; row >= fromRow; row--) {
    if (holds(row, ratingCol) || holds(row, departmentCol)) continue;
    const found = inlineLegends(grid, row, row + 1).filter((l) => l.lines.length >= 3);
    if (found.length) return found;
  }
  return [];
}

/** A legend found, with where it stands: above the header is where a reader looks first. */
interface Candidate {
  lines: LegendLine[];
  at: string;
  sheet: string | null;
  /** Above the header, or a note listing the scale ("※ A：… B：… C：…"): read even when no rating tells. */
  above: boolean;
}

/** How many of the table's ratings are codes of a legend: the legend that explains the ratings is the one. */
function ratingsMatched(lines: LegendLine[], ratings: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const key of new Set(lines.map((l) => foldCode(l.code)))) n += ratings.get(key) ?? 0;
  return n;
}

/** The ratings written in the table's rating column, folded, with how often each appears. */
function tableRatings(
  grid: Grid,
  headerRow: number,
  ratingCol: number | undefined
): Map<string, number> {
  const counts = new Map<string, number>();
  if (ratingCol === undefined) return counts;
  // Ratings repeat (B, B, A …): each distinct text is folded once.
  const seen = new Map<string, number>();
  for (let row = headerRow + 1; row < grid.bottom; row++) {
    const text = cellText(grid.own(row, ratingCol));
    if (text && text.length <= 40) seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  for (const [text, n] of seen) {
    const key = foldCode(markedChoice(text) ?? text);
    counts.set(key, (counts.get(key) ?? 0) + n);
    // A checkbox choice "b.やや進んだ" may be given by its letter or its word.
    const m = /^([^.．)）]{1,3})[.．)）](.+)$/.exec(key);
    if (m) for (const part of [m[1], m[2]]) counts.set(part, (counts.get(part) ?? 0) + n);
  }
  return counts;
}

/** The last row of the table: the last row holding a department (legends and notes stand below it). */
function tableEnd(grid: Grid, headerRow: number, col: number | undefined): number {
  if (col === undefined) return grid.bottom - 1;
  for (let row = grid.bottom - 1; row > headerRow; row--)
    if (cellText(grid.own(row, col)).trim()) return row;
  return headerRow;
}

function legendsIn(grid: Grid, from: number, to: number): { lines: LegendLine[]; at: string }[] {
  return [
    ...verticalLegends(grid, from, to),
    ...horizontalLegends(grid, from, to),
    ...inlineLegends(grid, from, to),
  ];
}

/** The checkbox choice marked in a cell (「□ a.進んだ ■ b.やや進んだ □ c.現状維持」 -> "b.やや進んだ"), or null when it is not a checkbox cell. */
export function markedChoice(text: string): string | null {
  if (!/[□☐]/.test(text)) return null;
  const m = /[■☑☒✓✔●]\s*([^□☐■☑☒✓✔●\r\n]+)/.exec(text);
  return m ? m[1].trim() : "";
}

export interface ScaleOptions {
  /** The department column, to tell where the table ends (a legend below it is read). */
  departmentCol?: number;
  /** Other sheets of the workbook, where a legend may stand on its own (評価基準, 凡例): each read above `bottom` (its own header, if it has one). */
  others?: readonly { grid: Grid; bottom: number }[];
}

/**
 * The rating scale from the legend: above the header, below the table, or on another sheet.
 * Of several candidate legends, the one whose codes the table's ratings use most wins; then
 * one above the header; then the longest (a legend of ratings has more codes than, say, a
 * two-line note). The default A–D where there is none.
 */
export function readScale(
  grid: Grid,
  headerRow: number,
  ratingCol?: number,
  options: ScaleOptions = {}
): RatingScale {
  const from = grid.top;
  const own = (found: { lines: LegendLine[]; at: string }[], above: boolean): Candidate[] =>
    found.map((c) => ({ ...c, sheet: null, above }));
  let candidates = own(legendsIn(grid, from, headerRow), true);
  const end = tableEnd(grid, headerRow, options.departmentCol);
  if (end + 1 < grid.bottom) candidates.push(...own(legendsIn(grid, end + 1, grid.bottom), false));
  if (!candidates.some((c) => c.above))
    candidates.push(
      ...own(noteLegend(grid, headerRow + 1, ratingCol, options.departmentCol), true)
    );
  for (const { grid: other, bottom } of options.others ?? []) {
    candidates.push(
      ...legendsIn(other, other.top, bottom).map((c) => ({
        ...c,
        sheet: other.snapshot.name,
        above: false,
      }))
    );
  }
  // A list of thousands of short codes is data, not a rating scale: each code becomes a summary column.
  candidates = candidates.filter(
    (c) =>
      new Set(c.lines.map((l) => foldCode(l.code))).size <= MAX_LEGEND_CODES &&
      !c.lines.every((l) => DIRECTIONS.has(foldCode(l.code)))
  );
  if (candidates.length === 0) return DEFAULT_SCALE;
  const ratings = tableRatings(grid, headerRow, ratingCol);
  const scored = candidates.map((c) => ({ c, matched: ratingsMatched(c.lines, ratings) }));
  const anyMatched = scored.some((s) => s.matched > 0);
  // With no rating to tell, only where a legend is expected: above the header, or a note listing the scale.
  const pool = anyMatched ? scored : scored.filter((s) => s.c.above);
  if (pool.length === 0) return DEFAULT_SCALE;
  const best = pool.reduce((a, b) =>
    b.matched > a.matched ||
    (b.matched === a.matched &&
      ((b.c.above && !a.c.above) ||
        (b.c.above === a.c.above && b.c.lines.length > a.c.lines.length)))
      ? b
      : a
  ).c;
  return { ...buildScale(best.lines, best.at), sheet: best.sheet };
}
