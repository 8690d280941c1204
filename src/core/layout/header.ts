import { Grid, cellText, isCellError } from "../snapshot";
import { FIELDS, Field, FieldMatch, matchField } from "./fields";
import { foldHeader } from "../text";
import { type YearChoice, yearOf } from "./years";
import type { RatingColumnChoice } from "./rating-column";

/** At least this many of the six fields must be named for a row to be the header. */
export const MIN_HEADER_FIELDS = 4;

export type ColumnMap = Partial<Record<Field, number>>;

export interface HeaderLayout {
  /** Absolute 0-based row of the first header. */
  row: number;
  /** Every header row, the first and the repeated page headers, absolute 0-based. */
  rows: number[];
  columns: ColumnMap;
  /**
   * Levels between the goal and the measure (基本目標 / 施策の方向 / 具体的施策 / 事業: 施策の方向):
   * not read as blocks, but a measure's numbering restarts under each.
   */
  sections?: number[];
  /** A column of item numbers left of the items (No., 番号, 項番), read as the number of an item label written without one. */
  numberColumn?: number;
  /** When ratings stand for several years: the one read and why (layout/years.ts). */
  year?: YearChoice | null;
  /** When the header names several rating columns (担当課評価 / 審議会評価, 評価 of directions): the one read and why. */
  ratingColumn?: RatingColumnChoice | null;
}

/**
 * The fields a row names, each at its best-matching column. Of several measure-like columns
 * (基本目標 / 施策の方向 / 具体的施策 / 事業), the measure is the level just above the items.
 */
function rowFields(grid: Grid, row: number): Map<Field, { col: number; match: FieldMatch }> {
  const found = new Map<Field, { col: number; match: FieldMatch }>();
  const measures: { col: number; match: FieldMatch }[] = [];
  for (const col of grid.occupied(row)) {
    const v = grid.own(row, col);
    if (typeof v !== "string" || isCellError(v)) continue;
    const match = matchField(v);
    if (!match) continue;
    if (match.field === "measure") measures.push({ col, match });
    const prev = found.get(match.field);
    // Equal words (評価（R4） / 評価（R5）): the later year is this year's column.
    const better =
      !prev ||
      match.score > prev.match.score ||
      (match.score === prev.match.score && yearOf(v) > yearOf(cellText(grid.own(row, prev.col))));
    if (better) found.set(match.field, { col, match });
  }
  const item = found.get("item")?.col;
  const nearest = item === undefined ? undefined : measures.filter((m) => m.col < item).pop();
  if (nearest) found.set("measure", nearest);
  return found;
}

function namesOwnField(grid: Grid, row: number, columns: ColumnMap, field: Field): boolean {
  const col = columns[field];
  if (col === undefined) return false;
  const v = grid.own(row, col);
  return typeof v === "string" && matchField(v)?.field === field;
}

/**
 * The fields a row names only as a group heading over the row below: a cell merged across
 * columns (not down) over the same field's word in the row below (令和5年度の実施状況 over
 * 達成度 / 取組状況, 施策の体系 over 基本目標 / 施策). The lower row's own words name those fields.
 */
function groupHeadingFields(
  grid: Grid,
  row: number,
  found: Map<Field, { col: number }>,
  below: Map<Field, { col: number }>
): Field[] {
  return [...found].flatMap(([field, { col }]) => {
    const area = grid.area(row, col);
    const under = below.get(field)?.col;
    return area !== undefined &&
      area.bottom === row &&
      area.right > area.left &&
      under !== undefined &&
      under >= area.left &&
      under <= area.right
      ? [field]
      : [];
  });
}

/** Does a cell of row `upper` have a merged area reaching down into row `lower`? */
function mergedInto(grid: Grid, upper: number, lower: number): boolean {
  return grid.occupied(upper).some((col) => {
    const area = grid.area(upper, col);
    return area !== undefined && area.top === upper && area.bottom >= lower;
  });
}

/**
 * Is the row above `row` the upper half of its header? It is when one of its cells is merged
 * down into `row` (担当課 over both rows: that field is read there) or spans several columns
 * over field words (a group heading such as 計画の体系 or 令和5年度の実施状況).
 */
function upperHeaderRow(grid: Grid, row: number, columns: ColumnMap): boolean {
  const above = row - 1;
  if (above < grid.top) return false;
  const used = new Set(Object.values(columns));
  let upper = false;
  for (const col of grid.occupied(above)) {
    const area = grid.area(above, col);
    // A cell standing alone (a legend's code, a date) makes the row something else.
    if (!area || area.top !== above) return false;
    if (area.bottom >= row) {
      const v = grid.own(above, col);
      const match = typeof v === "string" ? matchField(v) : null;
      if (match && columns[match.field] === undefined && !used.has(col)) {
        columns[match.field] = col;
        used.add(col);
      }
      upper = true;
    } else if (area.right > area.left) {
      // A group heading is over some of the fields; a banner over all of them is a title or a heading row.
      const under = [...used].filter(
        (c) => c !== undefined && c >= area.left && c <= area.right
      ).length;
      if (under === used.size) return false;
      if (under > 0) upper = true;
    }
  }
  return upper;
}

/** What a cell holds as a header cell: the field it names, nothing, or a value naming none. */
function headerCellKind(grid: Grid, row: number, col: number): string {
  const v = grid.own(row, col);
  if (v === null || v === "") return "";
  return (typeof v === "string" && matchField(v)?.field) || "value";
}

/** Does `row` hold at the header's columns what row `like` holds there: the same fields, blanks and values? */
function sameHeaderCells(grid: Grid, row: number, like: number, columns: ColumnMap): boolean {
  return Object.values(columns).every(
    (col) => col === undefined || headerCellKind(grid, row, col) === headerCellKind(grid, like, col)
  );
}

/**
 * Are rows `upper` and `upper + 1` a page repeat of the first header, found on two rows? They hold
 * at its columns what its rows hold, row by row: a data row after a repeat holds values where the
 * header's lower row has blanks or field words, whatever words its labels contain. Group headings
 * above must also be laid out as such (merged over some fields), not a heading standing alone.
 */
function repeatsOnTwoRows(
  grid: Grid,
  upper: number,
  first: HeaderLayout,
  groupHeadings: boolean
): boolean {
  return (
    sameHeaderCells(grid, upper, first.rows[0], first.columns) &&
    sameHeaderCells(grid, upper + 1, first.rows[1], first.columns) &&
    (!groupHeadings || upperHeaderRow(grid, upper + 1, { ...first.columns }))
  );
}

/**
 * The header row is found by words, not position: the first row naming at least
 * four of the six fields, alone or with the row below it (a two-row header).
 * Later rows that do so again are repeated page headers.
 * A user-given column map (from the pane, when no header is found) takes precedence.
 */
export function findHeader(
  grid: Grid,
  given?: { row: number; columns: ColumnMap }
): HeaderLayout | null {
  let first: HeaderLayout | null = null;
  // The first header's second row: none, above the row naming the fields (group headings, 担当課 merged down), or below it.
  let twoRows: "upper" | "lower" | null = null;
  if (given) first = { row: given.row, rows: [given.row], columns: { ...given.columns } };
  for (let row = grid.top; row < grid.bottom; row++) {
    if (first && row <= first.row) continue;
    // Past the first header, a repeat names its rating or department again; data rows are skipped cheaply.
    if (
      first &&
      !namesOwnField(grid, row, first.columns, "rating") &&
      !namesOwnField(grid, row, first.columns, "department")
    )
      continue;
    const found = rowFields(grid, row);
    if (!first) {
      if (found.size < 2) continue;
      // A header may go on in the row below it (達成度 / 取組状況 under a merged "令和5年度").
      const below = row + 1 < grid.bottom ? rowFields(grid, row + 1) : new Map();
      for (const f of groupHeadingFields(grid, row, found, below)) found.delete(f);
      if (found.size < 2) continue;
      const columns: ColumnMap = {};
      for (const [f, hit] of found) columns[f] = hit.col;
      // The row below is a whole header by itself: this one is a title above it.
      if (found.size < MIN_HEADER_FIELDS && below.size >= MIN_HEADER_FIELDS) continue;
      // Under its upper row (fields merged down into it, group headings), a row naming enough fields is the header's lower row: the row below is data, whatever words its labels hold.
      // Fields merged down from a row that is not all header (a form's mark standing alone beside them) are still read.
      const upper = found.size >= MIN_HEADER_FIELDS && upperHeaderRow(grid, row, columns);
      const used = new Set(Object.values(columns));
      let added = 0;
      for (const f of upper ? [] : FIELDS) {
        const hit = below.get(f);
        if (columns[f] === undefined && hit && !used.has(hit.col)) {
          columns[f] = hit.col;
          used.add(hit.col);
          added++;
        }
      }
      if (found.size + added < MIN_HEADER_FIELDS) continue;
      // Fields merged down into the row below (years under a merged 評価 there): both rows are header.
      const lower =
        added > 0 || (!upper && row + 1 < grid.bottom && mergedInto(grid, row, row + 1));
      twoRows = upper ? "upper" : lower ? "lower" : null;
      first = upper
        ? { row: row - 1, rows: [row - 1, row], columns }
        : { row, rows: lower ? [row, row + 1] : [row], columns };
      if (lower) row++;
    } else if (!twoRows) {
      if (found.size >= MIN_HEADER_FIELDS) first.rows.push(row);
    } else if (repeatsOnTwoRows(grid, row - 1, first, twoRows === "upper")) {
      // Found by its lower row: the upper one (group headings, 担当課 merged down) named neither rating nor department.
      first.rows.push(row - 1, row);
    } else if (repeatsOnTwoRows(grid, row, first, twoRows === "upper")) {
      first.rows.push(row, ++row);
    } else if (found.size >= MIN_HEADER_FIELDS) {
      // A repeat written on one row: the row after it is data, whatever words its labels hold.
      first.rows.push(row);
    }
  }
  const sections = first ? sectionColumns(grid, first) : [];
  if (first && sections.length > 0) first.sections = sections;
  const numbers = first ? numberColumn(grid, first) : undefined;
  if (first && numbers !== undefined) first.numberColumn = numbers;
  return first;
}

const NUMBER_WORDS = /^(?:no\.?|番号|項番|通番|通し番号|#|整理番号|事業番号|取組番号|連番)$/;

/** The column headed No. (番号, 項番) nearest left of the items, if any. */
function numberColumn(grid: Grid, header: HeaderLayout): number | undefined {
  const item = header.columns.item;
  if (item === undefined) return undefined;
  const used = new Set(Object.values(header.columns));
  let found: number | undefined;
  for (const row of header.rows.filter((r) => r >= header.row && r <= header.row + 1)) {
    for (const col of grid.occupied(row)) {
      if (col >= item || used.has(col)) continue;
      const v = grid.own(row, col);
      if (
        typeof v === "string" &&
        NUMBER_WORDS.test(foldHeader(v)) &&
        (found === undefined || col > found)
      )
        found = col;
    }
  }
  return found;
}

/** Header columns left of the measure's (right of the goal's) that name a goal or measure too: levels in between. */
function sectionColumns(grid: Grid, header: HeaderLayout): number[] {
  const { goal, measure } = header.columns;
  if (measure === undefined) return [];
  const used = new Set(Object.values(header.columns));
  const out = new Set<number>();
  for (const row of header.rows.filter((r) => r >= header.row && r <= header.row + 1)) {
    for (const col of grid.occupied(row)) {
      if (col >= measure || col <= (goal ?? -1) || used.has(col)) continue;
      const v = grid.own(row, col);
      const field = typeof v === "string" ? matchField(v)?.field : undefined;
      if (field === "measure" || field === "goal") out.add(col);
    }
  }
  return [...out].sort((a, b) => a - b);
}
