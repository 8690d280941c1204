import { Grid, cellText, isCellError } from "../snapshot";
import { nfkc } from "../text";
import { FIELDS, Field, FieldMatch, matchField } from "./fields";

/** At least this many of the six fields must be named for a row to be the header. */
export const MIN_HEADER_FIELDS = 4;

export type ColumnMap = Partial<Record<Field, number>>;

export interface HeaderLayout {
  /** Absolute 0-based row of the first header. */
  row: number;
  /** Every header row, the first and the repeated page headers, absolute 0-based. */
  rows: number[];
  columns: ColumnMap;
}

function rowFields(grid: Grid, row: number): Map<Field, { col: number; match: FieldMatch }> {
  const found = new Map<Field, { col: number; match: FieldMatch }>();
  for (const col of grid.occupied(row)) {
    const v = grid.own(row, col);
    if (typeof v !== "string" || isCellError(v)) continue;
    const match = matchField(v);
    if (!match) continue;
    const prev = found.get(match.field);
    // Equal words (評価（R4） / 評価（R5）): the later year is this year's column.
    const better = !prev || match.score > prev.match.score || (match.score === prev.match.score && yearOf(v) > yearOf(cellText(grid.own(row, prev.col))));
    if (better) found.set(match.field, { col, match });
  }
  return found;
}

/** The year a header names (R5, 令和5, 2023 → comparable numbers), or -1. */
function yearOf(text: string): number {
  const t = nfkc(text);
  const era = /(?:R|令和)\s*(\d{1,2})/i.exec(t);
  if (era) return 2018 + Number(era[1]);
  const western = /(20\d\d)/.exec(t);
  return western ? Number(western[1]) : -1;
}

function namesOwnField(grid: Grid, row: number, columns: ColumnMap, field: Field): boolean {
  const col = columns[field];
  if (col === undefined) return false;
  const v = grid.own(row, col);
  return typeof v === "string" && matchField(v)?.field === field;
}

/**
 * The header row is found by words, not position: the first row naming at least
 * four of the six fields, alone or with the row below it (a two-row header).
 * Later rows that do so again are repeated page headers.
 * A user-given column map (from the pane, when no header is found) takes precedence.
 */
export function findHeader(grid: Grid, given?: { row: number; columns: ColumnMap }): HeaderLayout | null {
  let first: HeaderLayout | null = null;
  let twoRows = false;
  if (given) first = { row: given.row, rows: [given.row], columns: { ...given.columns } };
  for (let row = grid.top; row < grid.bottom; row++) {
    if (first && row <= first.row) continue;
    // Past the first header, a repeat names its rating or department again; data rows are skipped cheaply.
    if (first && !namesOwnField(grid, row, first.columns, "rating") && !namesOwnField(grid, row, first.columns, "department")) continue;
    const found = rowFields(grid, row);
    if (!first) {
      if (found.size < 2) continue;
      const columns: ColumnMap = {};
      for (const [f, hit] of found) columns[f] = hit.col;
      // A header may go on in the row below it (達成度 / 取組状況 under a merged "令和5年度").
      const below = row + 1 < grid.bottom ? rowFields(grid, row + 1) : new Map();
      // The row below is a whole header by itself: this one is a title above it.
      if (found.size < MIN_HEADER_FIELDS && below.size >= MIN_HEADER_FIELDS) continue;
      const used = new Set(Object.values(columns));
      let added = 0;
      for (const f of FIELDS) {
        const hit = below.get(f);
        if (columns[f] === undefined && hit && !used.has(hit.col)) {
          columns[f] = hit.col;
          used.add(hit.col);
          added++;
        }
      }
      if (found.size + added < MIN_HEADER_FIELDS) continue;
      twoRows = added > 0;
      first = { row, rows: twoRows ? [row, row + 1] : [row], columns };
      if (twoRows) row++;
    } else {
      if (found.size < MIN_HEADER_FIELDS && !(twoRows && found.size >= 2)) continue;
      first.rows.push(row);
      if (twoRows && row + 1 < grid.bottom) first.rows.push(++row);
    }
  }
  return first;
}
