import { Grid, cellText } from "../snapshot";
import { foldCode, foldHeader } from "../text";
import { matchField } from "./fields";
import type { HeaderLayout } from "./header";
import { type RatingScale, markedChoice } from "./legend";

/** Whose evaluation a rating column holds: the department's own, an outside body's, or not said. */
export type Evaluator = "own" | "outside" | "plain";

/** One header column that names a rating. */
export interface RatingColumn {
  col: number;
  /** The header words over it, through merged group headings ("評価 / 審議会"). */
  label: string;
  evaluator: Evaluator;
  /** Of its non-empty values, how many are codes of the scale read for it. */
  matched: number;
  filled: number;
}

/** Which rating column was read, of several, and why. */
export interface RatingColumnChoice {
  col: number;
  reason: "evaluator" | "values";
  columns: RatingColumn[];
}

/** The department's own evaluation (担当課評価, 自己評価, 一次評価): the rating a plan's list reports. */
const OWN = /担当|所管|主管|自己|一次|内部|課の?評価|課による/;
/** Someone else's (審議会評価, 外部評価, 二次評価, 最終評価): read, but not the rating checked. */
const OUTSIDE = /審議会|外部|二次|最終|委員|会議|第三者|市民|有識者|総合評価|本部/;

/** The values looked at per column: enough to tell codes from directions (拡充 / 継続). */
const SAMPLE_ROWS = 3000;
/** A rating column's values are mostly codes of the legend. */
const MOSTLY = 0.5;

function evaluatorOf(label: string): Evaluator {
  const folded = foldHeader(label);
  if (OUTSIDE.test(folded)) return "outside";
  return OWN.test(folded) ? "own" : "plain";
}

/** The header texts over a column, in every header row, read through merged areas. */
function headerLabel(grid: Grid, header: HeaderLayout, col: number): string[] {
  const rows = header.rows.filter((r) => r >= header.row && r <= header.row + 1);
  const texts: string[] = [];
  for (const row of rows) {
    const text = cellText(grid.value(row, col)).trim();
    if (text && !texts.includes(text)) texts.push(text);
  }
  return texts;
}

/**
 * Header columns that name a rating: 評価 and 達成度 side by side, 担当課評価 beside 審議会評価,
 * or sub-columns under one merged 評価. Columns of the other fields are not candidates, except
 * the rating's own, and a sub-column named 担当課 under a merged 評価 is an evaluator, not a department.
 */
function ratingColumns(grid: Grid, header: HeaderLayout): { col: number; label: string }[] {
  const taken = new Set(
    Object.entries(header.columns)
      .filter(([f]) => f !== "rating")
      .map(([, c]) => c)
  );
  const cols = new Set<number>();
  for (const row of header.rows.filter((r) => r >= header.row && r <= header.row + 1)) {
    for (const col of grid.occupied(row)) {
      const area = grid.area(row, col);
      for (let c = area?.left ?? col; c <= (area?.right ?? col); c++) cols.add(c);
    }
  }
  const out: { col: number; label: string }[] = [];
  for (const col of [...cols].sort((a, b) => a - b)) {
    if (taken.has(col)) continue;
    const texts = headerLabel(grid, header, col);
    if (texts.some((t) => matchField(t)?.field === "rating"))
      out.push({ col, label: texts.join(" / ") });
  }
  return out;
}

/** Of a column's values below the header, how many are filled and how many are codes of the scale. */
function valuesMatched(
  grid: Grid,
  header: HeaderLayout,
  col: number,
  scale: RatingScale
): { matched: number; filled: number } {
  const keys = new Set(scale.codes.map((c) => c.key));
  const last = header.rows[header.rows.length - 1];
  let matched = 0;
  let filled = 0;
  for (let row = header.row + 1, seen = 0; row < grid.bottom && seen < SAMPLE_ROWS; row++) {
    if (row <= last && header.rows.includes(row)) continue;
    const text = cellText(grid.own(row, col)).trim();
    if (!text || text.length > 40) continue;
    seen++;
    filled++;
    const choice = markedChoice(text) ?? text;
    const parts = choice
      .split(/[\n、,]/)
      .map(foldCode)
      .filter(Boolean);
    if (parts.length > 0 && parts.every((p) => keys.has(p) || keys.has(p.split(/[.．)）]/)[0])))
      matched++;
  }
  return { matched, filled };
}

/**
 * Choose the rating column when the header names several: the department's own evaluation
 * (担当課評価, 自己評価) by its name; else a column whose values are mostly codes of its legend
 * (a column of directions, 拡充 / 継続, is 今後の方向性 however it is headed), an unnamed one
 * before an outside body's (審議会評価).
 * `scaleFor` reads the legend as it would be for a column. Returns null when there is no
 * choice to make (one candidate, or several years' columns, chosen by year instead).
 */
export function chooseRatingColumn(
  grid: Grid,
  header: HeaderLayout,
  scaleFor: (col: number) => RatingScale
): RatingColumnChoice | null {
  if (header.year || header.columns.rating === undefined) return null;
  const found = ratingColumns(grid, header);
  if (found.length < 2) return null;
  const columns: RatingColumn[] = found.map(({ col, label }) => ({
    col,
    label,
    evaluator: evaluatorOf(label),
    ...valuesMatched(grid, header, col, scaleFor(col)),
  }));
  // On a tie, the column the header words chose (達成度 before a plain 評価).
  const byWords = (list: RatingColumn[]) =>
    [...list].sort(
      (a, b) => Number(b.col === header.columns.rating) - Number(a.col === header.columns.rating)
    );
  const most = (list: RatingColumn[]) =>
    byWords(list).reduce((a, b) => (b.matched > a.matched ? b : a));
  const own = columns.filter((c) => c.evaluator === "own");
  // The department's own evaluation is the rating by its name, however well it is filled in.
  if (own.length > 0) return { col: most(own).col, reason: "evaluator", columns };
  const rated = columns.filter((c) => c.filled > 0 && c.matched >= c.filled * MOSTLY);
  const plain = rated.filter((c) => c.evaluator === "plain");
  const best = plain.length > 0 ? most(plain) : most(rated.length > 0 ? rated : columns);
  const reason =
    columns.some((c) => c.evaluator === "outside") &&
    best.evaluator === "plain" &&
    rated.some((c) => c.evaluator === "outside")
      ? "evaluator"
      : "values";
  return { col: best.col, reason, columns };
}
