import { Grid, cellText } from "../snapshot";
import { nfkc } from "../text";
import type { Field } from "./fields";
import { matchField } from "./fields";
import type { HeaderLayout } from "./header";

/** One year's column of a field (令和3年度 / 令和4年度 / 令和5年度 under one merged 評価, or R4評価 / R5評価). */
export interface YearColumn {
  col: number;
  /** Western year: 令和5年度, R5, 2023年度 -> 2023. */
  year: number;
  /** The header words naming it ("令和5年度"). */
  label: string;
}

/** Which year was read, and why: asked for (--year), named in the sheet's title or name, or the latest. */
export interface YearChoice {
  year: number;
  label: string;
  reason: "asked" | "title" | "sheet-name" | "latest";
  /** Every year's rating column, oldest first. */
  columns: YearColumn[];
}

const ERAS: { pattern: RegExp; base: number }[] = [
  { pattern: /(?:令和|R)\s*(元|\d{1,2})(?!\d)/i, base: 2018 },
  { pattern: /(?:平成|H)\s*(元|\d{1,2})(?!\d)/i, base: 1988 },
];

/** The year a text names (令和5年度, R5, 令和元年, H30, 2023年度) as a western year, or -1. */
export function yearOf(text: string): number {
  const t = nfkc(text);
  const western = /(?:^|[^\d])((?:19|20)\d\d)(?!\d)/.exec(t);
  if (western) return Number(western[1]);
  for (const { pattern, base } of ERAS) {
    const m = pattern.exec(t);
    if (m) return base + (m[1] === "元" ? 1 : Number(m[1]));
  }
  return -1;
}

/** A year as --year may give it: 2023, R5, 令和5, 令和5年度; a bare 1–2 digit number is a 令和 year. */
export function parseYear(text: string): number {
  const t = nfkc(text).trim();
  if (/^\d{1,2}$/.test(t)) return 2018 + Number(t);
  return yearOf(t);
}

/** The text a header column shows in each header row, through merged areas (a group heading over it). */
function headerTexts(grid: Grid, rows: readonly number[], col: number): string[] {
  return rows.map((row) => cellText(grid.value(row, col)).trim()).filter(Boolean);
}

/**
 * The year columns of a field: header columns that name the field (in any header row,
 * a merged group heading included) and a year. Fewer than two is no choice to make.
 */
export function yearColumns(grid: Grid, header: HeaderLayout, field: Field): YearColumn[] {
  const rows = header.rows.filter((r) => r <= header.row + 1 && r >= header.row);
  const cols = new Set<number>();
  for (const row of rows) for (const col of grid.occupied(row)) cols.add(col);
  for (const row of rows) {
    for (const col of [...cols]) {
      const area = grid.area(row, col);
      if (area) for (let c = area.left; c <= area.right; c++) cols.add(c);
    }
  }
  const taken = new Set(
    Object.entries(header.columns)
      .filter(([f]) => f !== field)
      .map(([, c]) => c)
  );
  const out: YearColumn[] = [];
  for (const col of [...cols].sort((a, b) => a - b)) {
    if (taken.has(col)) continue;
    const texts = headerTexts(grid, rows, col);
    if (!texts.some((t) => matchField(t)?.field === field)) continue;
    // The year nearest the column: its own words first, then the group heading above.
    const named = [...texts].reverse().find((t) => yearOf(t) > 0);
    if (named) out.push({ col, year: yearOf(named), label: named });
  }
  const years = new Set(out.map((y) => y.year));
  return years.size >= 2 ? out : [];
}

/** The year the sheet is about: named in its title (rows above the header) or in its name. */
function namedYear(
  grid: Grid,
  header: HeaderLayout
): { year: number; reason: "title" | "sheet-name" } | null {
  for (let row = grid.top; row < header.row; row++) {
    for (const col of grid.occupied(row)) {
      const text = cellText(grid.own(row, col));
      // A title names the year it reports on; a legend's description ("100%～") does not.
      if (text.length <= 60 && /年度|年|FY/i.test(text)) {
        const year = yearOf(text);
        if (year > 0) return { year, reason: "title" };
      }
    }
  }
  const year = yearOf(grid.snapshot.name);
  return year > 0 ? { year, reason: "sheet-name" } : null;
}

/**
 * Choose the rating (and narrative) column of one year when the header holds several:
 * the year asked for, else the one the title or sheet name names, else the latest.
 * Returns the choice (null when there is only one year) and points the header's columns at it.
 */
export function chooseYear(grid: Grid, header: HeaderLayout, asked?: number): YearChoice | null {
  const ratings = yearColumns(grid, header, "rating");
  if (ratings.length === 0) return null;
  const latest = ratings.reduce((a, b) => (b.year >= a.year ? b : a));
  const named = namedYear(grid, header);
  let chosen = latest;
  let reason: YearChoice["reason"] = "latest";
  const askedColumn = asked !== undefined ? ratings.find((y) => y.year === asked) : undefined;
  const namedColumn = named ? ratings.find((y) => y.year === named.year) : undefined;
  if (askedColumn) {
    chosen = askedColumn;
    reason = "asked";
  } else if (namedColumn && named) {
    chosen = namedColumn;
    reason = named.reason;
  }
  header.columns.rating = chosen.col;
  const narrative = yearColumns(grid, header, "narrative").find((y) => y.year === chosen.year);
  if (narrative) header.columns.narrative = narrative.col;
  return { year: chosen.year, label: chosen.label, reason, columns: ratings };
}
