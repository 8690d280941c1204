import { Grid, cellText, cellAddress } from "../snapshot";
import { collapseSpaces, foldCode, nfkc } from "../text";

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
const HEADING_WORDS = new Set(["区分", "記号", "評価", "達成度", "判定", "段階", "内容", "基準", "凡例", "CODE", "GRADE", "RATING"]);

const CODE_SHAPE = /^(?:[A-Z]{1,2}[+-]?|\d{1,2}|[^\p{L}\p{N}\s]|\p{Script=Han}|N\/A|NA)$/u;

const NOT_EVALUABLE_WORDS =
  /評価不能|評価不可|評価できない|評価対象外|対象外|該当なし|該当無し|未評価|判定不能|実施なし|事業終了|not\s*evaluable|not\s*applicable|n\/a/i;
const NOT_EVALUABLE_CODES = new Set(["-", "未", "X", "N/A", "NA", "/"]);
const AS_PLANNED_WORDS = /計画どおり|計画通り|予定どおり|予定通り|概ね|おおむね|順調|as\s*planned|on\s*track/i;
const PERCENT = /(\d+(?:\.\d+)?)\s*[%％]/u;

function isCode(text: string): boolean {
  const code = foldCode(text);
  return code.length > 0 && code.length <= 3 && !HEADING_WORDS.has(code) && CODE_SHAPE.test(code);
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
    const notEvaluable = NOT_EVALUABLE_WORDS.test(desc) || (!PERCENT.test(desc) && NOT_EVALUABLE_CODES.has(key));
    const shown = /^[A-Z0-9]+[+-]?$/.test(key) ? key : code.trim();
    codes.push({ code: shown, key, description: collapseSpaces(description), notEvaluable, achieved: false });
  }
  const evaluable = codes.filter((c) => !c.notEvaluable);
  const percents = evaluable.map((c) => PERCENT.exec(nfkc(c.description)));
  const worstFirst =
    percents.length >= 2 &&
    percents[0] !== null &&
    percents[percents.length - 1] !== null &&
    Number(percents[0]![1]) < Number(percents[percents.length - 1]![1]);
  const ordered = worstFirst ? [...evaluable].reverse() : evaluable;
  let cut = ordered.findIndex((c) => AS_PLANNED_WORDS.test(nfkc(c.description)));
  if (cut < 0) cut = Math.ceil(ordered.length / 2) - 1;
  ordered.forEach((c, i) => (c.achieved = i <= cut));
  return { codes, source };
}

/** Vertical legend: a code column next to a description column, two rows or more. */
function verticalLegends(grid: Grid, fromRow: number, toRow: number): { lines: LegendLine[]; at: string }[] {
  const found: { lines: LegendLine[]; at: string }[] = [];
  const columns = new Set<number>();
  for (let row = fromRow; row < toRow; row++) for (const col of grid.occupied(row)) columns.add(col);
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
function horizontalLegends(grid: Grid, fromRow: number, toRow: number): { lines: LegendLine[]; at: string }[] {
  const found: { lines: LegendLine[]; at: string }[] = [];
  for (let row = fromRow; row + 1 < toRow; row++) {
    const lines: LegendLine[] = [];
    let first = -1;
    for (const col of grid.occupied(row)) {
      const text = cellText(grid.own(row, col)).trim();
      if (!text) continue;
      const below = cellText(grid.value(row + 1, col)).trim();
      if (isCode(text) && below && !isCode(below)) {
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
function inlineLegends(grid: Grid, fromRow: number, toRow: number): { lines: LegendLine[]; at: string }[] {
  const pair = /(?:^|[\s、,;／/|])([A-Za-z]{1,2}|[◎○〇△×●▲■□]|未|-)\s*[:=：＝]\s*([^\s、,;／/|:：=＝]+)/gu;
  const lines: LegendLine[] = [];
  let at = "";
  for (let row = fromRow; row < toRow; row++) {
    for (const col of grid.occupied(row)) {
      const raw = cellText(grid.own(row, col));
      if (raw.length < 3 || raw.length > 400) continue;
      for (const m of nfkc(raw).matchAll(pair)) {
        at ||= cellAddress(row, col);
        lines.push({ code: m[1], description: m[2] });
      }
    }
  }
  return lines.length >= 2 ? [{ lines, at }] : [];
}

/**
 * A legend as a note under the table ("※達成度　A：計画以上　B：計画どおり　C：…"): three
 * pairs or more in a row that is not rated (data cells may mention "A：" in passing; a note
 * lists the scale).
 */
function noteLegend(grid: Grid, fromRow: number, ratingCol: number | undefined): { lines: LegendLine[]; at: string }[] {
  for (let row = grid.bottom - 1; row >= fromRow; row--) {
    if (ratingCol !== undefined && cellText(grid.value(row, ratingCol)).trim()) continue;
    const found = inlineLegends(grid, row, row + 1).filter((l) => l.lines.length >= 3);
    if (found.length) return found;
  }
  return [];
}

/**
 * The rating scale from the legend above the header, else from a note under the
 * table; the default A–D where there is none. Of several candidate legends, the
 * longest wins (a legend of ratings has more codes than, say, a two-line note).
 */
export function readScale(grid: Grid, headerRow: number, ratingCol?: number): RatingScale {
  const from = grid.top;
  let candidates = [
    ...verticalLegends(grid, from, headerRow),
    ...horizontalLegends(grid, from, headerRow),
    ...inlineLegends(grid, from, headerRow),
  ];
  if (candidates.length === 0) candidates = noteLegend(grid, headerRow + 1, ratingCol);
  // A list of thousands of short codes is data, not a rating scale: each code becomes a summary column.
  candidates = candidates.filter((c) => new Set(c.lines.map((l) => foldCode(l.code))).size <= MAX_LEGEND_CODES);
  if (candidates.length === 0) return DEFAULT_SCALE;
  const best = candidates.reduce((a, b) => (b.lines.length > a.lines.length ? b : a));
  return buildScale(best.lines, best.at);
}
