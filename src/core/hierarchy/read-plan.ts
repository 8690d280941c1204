import { Grid, cellAddress, cellText, isCellError } from "../snapshot";
import type { ColumnMap, HeaderLayout } from "../layout/header";
import { FIELDS, type Field, matchField } from "../layout/fields";
import { type RatingScale, markedChoice } from "../layout/legend";
import { Label, formatNumber, parseLabel } from "../layout/labels";
import { splitDepartments, splitRatings } from "../layout/values";
import { foldCode, isSpace, nfkc, removeSpaces } from "../text";
import type { Block, Item, PlanRead, PlanTitle, RatingState } from "../model";

type Level = "goal" | "measure" | "item";
const LEVELS: readonly Level[] = ["goal", "measure", "item"];

/**
 * What a row of the table is; only data rows make items and entries. A group row is a numbered
 * item label spread across the table over items of its own: it heads them and is no item.
 */
export type RowKind = "header" | "heading" | "group" | "note" | "total" | "template" | "data";

/** A heading row's level word: "基本目標1", "基本方針３", "施策 2", "施策の方向(1)" (after NFKC). */
const HEADING_WORDS: readonly { level: Level; word: RegExp }[] = [
  { level: "goal", word: /^(?:基本目標|基本方針|政策目標|目標|Goal)\s*(?=[0-9IVX①-⑳(（〔【第])/i },
  {
    level: "measure",
    word: /^(?:基本施策|施策の方向性?|主要施策|施策|Measure|Policy)\s*(?=[0-9IVX①-⑳(（〔【第])/i,
  },
];
/** A total row's label: 合計, 計, 小計, 総計. */
const TOTAL = /^(?:合計|総計|小計|計|total|subtotal)$/i;
/** A note row: ※…, 注…, (注)…, 備考：… */
const NOTE = /^(?:※|\*|注[:：\s]|[(（]注[)）]|備考[:：])/;
/** A number and nothing else (a blank template row's No., =ROW()-n). */
const BARE_NUMBER = /^[(（]?\s*\d{1,4}\s*[)）.．]?$/;

interface LevelState {
  current: number;
  lastRaw: string | null;
}

export interface ReadOptions {
  /** Department master list: also tells the reader which names may be split at ・ or spaces. */
  departments?: readonly string[];
}

/**
 * One cell of a row as the reader sees it: its shown text, where that text stands,
 * and whether it is an error. One object per column, reused row after row.
 */
interface Read {
  text: string;
  raw: string;
  anchorRow: number;
  anchorCol: number;
  error: string | null;
}

/** The cells of one row that the reader looks at. */
interface RowCells {
  row: number;
  labels: (Read | null)[];
  department: Read | null;
  rating: Read | null;
  narrative: Read | null;
  /** The item label's own merged area covers the department or rating column. */
  spread: boolean;
}

/** Everything the steps share while the rows are read, in one place. */
interface Reader extends Pick<
  PlanRead,
  "header" | "goals" | "measures" | "items" | "entries" | "findings" | "headings"
> {
  grid: Grid;
  headerRows: Set<number>;
  reportedErrors: Set<string>;
  reportedMulti: Set<string>;
  state: Record<Level, LevelState>;
  lastNarrative: { item: number; key: number };
  /** The label of the levels between goal and measure on the current row (header.sections), "" without such levels. */
  section: string;
  /** The label of the item group heading the rows (a group row), "" outside one: the items under it carry it as their section. */
  itemGroup: string;
  departmentsIn: (text: string) => string[];
  ratingsIn: (text: string) => string[];
  codeOf: (written: string) => string | null;
}

/** trim() without copying: most cells have nothing to trim, and narratives are long. */
function trimmed(s: string): string {
  if (s.length === 0) return s;
  return isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1)) ? s.trim() : s;
}

const scratch = (): Read => ({ text: "", raw: "", anchorRow: 0, anchorCol: 0, error: null });

/** `f` computed once per distinct text; what it returns is shared, so callers only read it. */
function onceEach<T>(f: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text)!;
    const value = f(text);
    seen.set(text, value);
    return value;
  };
}

const closed = (): LevelState => ({ current: -1, lastRaw: null });

function readCell(grid: Grid, slot: Read, row: number, col: number | undefined): Read | null {
  if (col === undefined) return null;
  const area = grid.area(row, col);
  slot.anchorRow = area ? area.top : row;
  slot.anchorCol = area ? area.left : col;
  const v = grid.own(slot.anchorRow, slot.anchorCol);
  slot.error = isCellError(v) ? v.error : null;
  slot.raw = cellText(v);
  slot.text = trimmed(slot.raw);
  return slot;
}

function addressOf(grid: Grid, r: Read | null, row: number): string {
  return r ? cellAddress(r.anchorRow, r.anchorCol) : cellAddress(row, grid.left);
}

function noteError(reader: Reader, r: Read | null, row: number): void {
  if (!r || r.error === null) return;
  const cell = addressOf(reader.grid, r, row);
  if (reader.reportedErrors.has(cell)) return;
  reader.reportedErrors.add(cell);
  reader.findings.push({ kind: "cell-error", row, cell, value: r.error });
}

function listOf(reader: Reader, level: Level): Block[] {
  return level === "goal" ? reader.goals : level === "measure" ? reader.measures : reader.items;
}

function parentOf(reader: Reader, level: Level): number {
  return level === "goal"
    ? -1
    : level === "measure"
      ? reader.state.goal.current
      : reader.state.measure.current;
}

/**
 * Which block a label belongs to: the open one when it continues it, an earlier one for a （続）
 * elsewhere (by its number, else by its title), else a new one. A （続） without a number whose
 * title no block has continues the open block.
 */
function resolve(
  reader: Reader,
  level: Level,
  label: Label,
  written: string,
  cell: string,
  row: number
): number {
  const list = listOf(reader, level);
  const parent = parentOf(reader, level);
  const open = reader.state[level].current;
  const cur = open >= 0 && list[open].parent === parent ? list[open] : undefined;
  if (cur) {
    const sameNumber = label.number === cur.number;
    const sameTitle = label.key === cur.key;
    if (
      (label.continued && (label.number === undefined ? sameTitle : sameNumber)) ||
      (sameNumber && sameTitle)
    )
      return cur.index;
  }
  if (label.continued) {
    const earlier = list.find(
      (b) =>
        b.parent === parent &&
        (label.number !== undefined ? b.number === label.number : b.key === label.key)
    );
    if (earlier) return earlier.index;
    if (cur && label.number === undefined) return cur.index;
  }
  const index = list.length;
  const numeral = formatNumber(label);
  if (level === "item") {
    // Written out whole, one shape for every item: lookups over thousands of items stay fast.
    reader.items.push({
      index,
      number: label.number,
      roman: label.roman,
      numeral,
      title: label.title,
      written,
      key: label.key,
      cell,
      row,
      parent,
      goal: reader.state.goal.current,
      measure: reader.state.measure.current,
      narrative: "",
      narrativeIsError: false,
      narrativeCell: "",
      narrativeAnchors: [],
    });
    // Only grouped items carry a section: items written out elsewhere (reports, snapshots) keep their shape.
    if (reader.itemGroup) reader.items[index].section = reader.itemGroup;
  } else {
    const block: Block = {
      index,
      number: label.number,
      roman: label.roman,
      numeral,
      title: label.title,
      written,
      key: label.key,
      cell,
      row,
      parent,
    };
    if (level === "measure" && reader.section) block.section = reader.section;
    list.push(block);
  }
  return index;
}

/** Make `index` the open block of `level`; a new block closes the levels under it. */
function open(reader: Reader, level: Level, index: number, raw: string): void {
  const before = reader.state[level].current;
  reader.state[level].lastRaw = raw;
  if (index === before) return;
  reader.state[level].current = index;
  if (level !== "item") reader.itemGroup = "";
  for (let k = LEVELS.indexOf(level) + 1; k < LEVELS.length; k++)
    reader.state[LEVELS[k]] = closed();
}

/** The texts a row holds in cells of its own (not carried from a merged area above), with their columns. */
function ownTexts(grid: Grid, row: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (const col of grid.occupied(row)) {
    const text = cellText(grid.own(row, col)).trim();
    if (text) out.push({ col, text });
  }
  return out;
}

/** A row naming its own fields again in at least two of the header's columns: the header repeated (under a heading, on a new page). */
function repeatsHeader(reader: Reader, cells: RowCells): boolean {
  const { row } = cells;
  // A repeat names its department or rating again in a cell of its own; data rows are passed over on these two (few distinct texts, cached).
  const names = (r: Read | null, f: Field) =>
    r !== null && r.anchorRow === row && r.text !== "" && matchField(r.text)?.field === f;
  if (!names(cells.department, "department") && !names(cells.rating, "rating")) return false;
  let named = 0;
  for (const f of FIELDS) {
    const col = reader.header.columns[f];
    if (col === undefined) continue;
    const v = reader.grid.own(row, col);
    // "I 目標一" contains a header word but is a label: a header cell carries no number of its own.
    if (
      typeof v === "string" &&
      matchField(v)?.field === f &&
      parseLabel(v).number === undefined &&
      ++named >= 2
    )
      return true;
  }
  return false;
}

/** The level a banner's text heads, if it is a heading: a level word, or a numbered label where the table has no column for it. */
function headingLevel(reader: Reader, text: string, row: number, col: number): Level | null {
  const t = nfkc(text);
  for (const { level, word } of HEADING_WORDS) if (word.test(t)) return level;
  const cols = reader.header.columns;
  // Without a level word, only a banner is a heading: merged across columns, or left of every field's column.
  const area = reader.grid.area(row, col);
  const wide = area !== undefined && area.right > area.left;
  if (!wide && col >= Math.min(...Object.values(cols).filter((c): c is number => c !== undefined)))
    return null;
  const label = parseLabel(text);
  if (label.number === undefined) return null;
  if (cols.goal === undefined && (label.roman || cols.measure !== undefined)) return "goal";
  if (cols.measure === undefined) return "measure";
  return null;
}

/** The first text a row holds in a cell of its own, and whether it holds another; no allocation per row. */
function firstOwnText(
  grid: Grid,
  row: number
): { col: number; text: string; alone: boolean } | null {
  let found: { col: number; text: string; alone: boolean } | null = null;
  for (const col of grid.occupied(row)) {
    const text = trimmed(cellText(grid.own(row, col)));
    if (!text) continue;
    if (found) {
      found.alone = false;
      return found;
    }
    found = { col, text, alone: true };
  }
  return found;
}

/** Short words only: a total's label or a note's mark is at the start of a short text, and NFKC on long narratives row after row is costly. */
function folded(text: string, length: number): string {
  return removeSpaces(nfkc(text.length > length ? text.slice(0, length) : text));
}

/**
 * What a row is. A banner (one text alone, often merged across the table) is a heading, a
 * total or a note; a row naming the fields again is a header; a row holding only a number is
 * a blank template row; a row with nothing but unchanged or unnumbered labels is a note.
 */
function classifyRow(reader: Reader, cells: RowCells): RowKind {
  const { row } = cells;
  if (reader.headerRows.has(row) || repeatsHeader(reader, cells)) return "header";
  const first = firstOwnText(reader.grid, row);
  if (first) {
    if (first.text.length <= 12 && TOTAL.test(folded(first.text, 12))) return "total";
    const valued =
      valuedApart(cells.department, row, first.col) || valuedApart(cells.rating, row, first.col);
    if (!valued && NOTE.test(folded(first.text, 4))) return "note";
    // A numbered item label spread across the table is the item when values follow it without a label, else it heads what follows.
    const below = bannerItem(reader, cells) ? rowBelow(reader, row) : null;
    if (below === "values") return "data";
    if (!valued && first.alone && headingLevel(reader, first.text, row, first.col))
      return "heading";
    if (below === "label") return "group";
    if (
      !hasValues(cells, row) &&
      ownTexts(reader.grid, row).every((o) => BARE_NUMBER.test(nfkc(o.text)))
    )
      return "template";
  }
  if (!hasValues(cells, null) && !opensLabel(reader, cells)) return "note";
  return "data";
}

/** A department or rating that is not the banner's own cell (a banner merged across the table reads as every column). */
function valuedApart(r: Read | null, row: number, col: number): boolean {
  return r !== null && Boolean(r.text || r.error) && (r.anchorRow !== row || r.anchorCol !== col);
}

/** Department, rating or narrative text; with `row`, only what the row holds itself (not a merged area from above). */
function hasValues(cells: RowCells, row: number | null): boolean {
  const has = (r: Read | null) =>
    r !== null && Boolean(r.text || r.error) && (row === null || r.anchorRow === row);
  return has(cells.department) || has(cells.rating) || has(cells.narrative);
}

/**
 * A cell covered by the item label's own merged area reads as a blank cell in its column: the
 * label's text merged across the table is no department, rating or narrative (the row holds a
 * label and nothing else, as when the label stands in its cell alone).
 */
function blankUnder(item: Read, r: Read | null, row: number, col: number | undefined): boolean {
  if (r === null || col === undefined) return false;
  if (r.anchorRow !== item.anchorRow || r.anchorCol !== item.anchorCol) return false;
  r.text = "";
  r.raw = "";
  r.error = null;
  r.anchorRow = row;
  r.anchorCol = col;
  return true;
}

/** The row's cells under its item label blanked; spread when the label covers the department or rating column. */
function unspread(cells: RowCells, cols: ColumnMap): void {
  const item = cells.labels[2];
  if (!item) {
    cells.spread = false;
    return;
  }
  const department = blankUnder(item, cells.department, cells.row, cols.department);
  const rating = blankUnder(item, cells.rating, cells.row, cols.rating);
  blankUnder(item, cells.narrative, cells.row, cols.narrative);
  cells.spread = department || rating;
}

/** A numbered label written in the item column's cell, merged over the department or rating column, on a row holding no value: a banner. */
function bannerItem(reader: Reader, cells: RowCells): boolean {
  const item = cells.labels[2];
  return (
    item !== null &&
    cells.spread &&
    item.anchorRow === cells.row &&
    item.anchorCol === reader.header.columns.item &&
    !hasValues(cells, cells.row) &&
    parseLabel(item.text).number !== undefined
  );
}

/** What the next row holding any text has: an item label of its own, values without one, or neither (a heading, a note). */
function rowBelow(reader: Reader, row: number): "label" | "values" | null {
  const { grid, header } = reader;
  const cols = header.columns;
  for (let r = row + 1; r < grid.bottom; r++) {
    if (reader.headerRows.has(r) || !firstOwnText(grid, r)) continue;
    const holds = (col: number | undefined) =>
      col !== undefined && cellText(grid.own(r, col)).trim() !== "";
    if (holds(cols.item)) return "label";
    return holds(cols.department) || holds(cols.rating) || holds(cols.narrative) ? "values" : null;
  }
  return null;
}

/** Does the row change a label to a numbered one? A row without values that does not is a note (※…, 計). */
function opensLabel(reader: Reader, cells: RowCells): boolean {
  for (let i = 0; i < LEVELS.length; i++) {
    const r = cells.labels[i];
    if (
      r &&
      r.text &&
      r.text !== reader.state[LEVELS[i]].lastRaw &&
      parseLabel(r.text).number !== undefined
    )
      return true;
  }
  return false;
}

/** A heading row sets its level (and closes the ones under it) for the rows below. */
function readHeading(reader: Reader, row: number): void {
  const { col, text } = ownTexts(reader.grid, row)[0];
  const level = headingLevel(reader, text, row, col)!;
  const m = HEADING_WORDS.find((h) => h.level === level)?.word.exec(nfkc(text));
  const label = parseLabel(m ? nfkc(text).slice(m[0].length) || text : text);
  const cell = cellAddress(row, col);
  const index = resolve(reader, level, label, text.trim(), cell, row);
  if (index !== reader.state[level].current)
    reader.headings.push({ level, cell, row, block: index });
  open(reader, level, index, text);
}

/** A row holding one text alone that heads a level: its level, else null. */
function bannerLevel(reader: Reader, row: number): Level | null {
  const own = ownTexts(reader.grid, row);
  return own.length === 1 ? headingLevel(reader, own[0].text, row, own[0].col) : null;
}

/**
 * The heading rows just above the first header (the goal and measure of the first table).
 * A heading without a level word ("I 男女…") counts there only when the table has such
 * headings below too: above the header, a numbered banner may be the document's title.
 */
function headingsAbove(reader: Reader): number[] {
  const { grid, header } = reader;
  const rows: number[] = [];
  for (let row = header.row - 1; row >= grid.top; row--) {
    const own = ownTexts(grid, row);
    if (own.length === 0) continue;
    if (own.length > 1 || !headingLevel(reader, own[0].text, row, own[0].col)) break;
    rows.unshift(row);
  }
  if (rows.every((row) => worded(ownTexts(grid, row)[0].text))) return rows;
  for (let row = header.row + 1; row < grid.bottom; row++) {
    if (!reader.headerRows.has(row) && grid.occupied(row).length === 1 && bannerLevel(reader, row))
      return rows;
  }
  return rows.filter((row) => worded(ownTexts(grid, row)[0].text));
}

/**
 * The plan's title: the first row above the header (and its headings) holding one text alone of
 * six characters or more on one line — not a document label (資料2), a legend pair or a ※ note.
 */
function titleAbove(reader: Reader): PlanTitle | null {
  const { grid, header } = reader;
  const end =
    reader.headings.length > 0 ? Math.min(header.row, reader.headings[0].row) : header.row;
  for (let row = grid.top; row < end; row++) {
    const own = ownTexts(grid, row);
    if (own.length !== 1) continue;
    const text = own[0].text.trim();
    if (text.length >= 6 && !/[\r\n]/.test(text) && !/^[※*＊]/.test(text))
      return { text, cell: cellAddress(row, own[0].col) };
  }
  return null;
}

function worded(text: string): boolean {
  const t = nfkc(text);
  return HEADING_WORDS.some(({ word }) => word.test(t));
}

/** An item label written without a number, beside a No. column (a number, or =ROW()-n shown as one): the label with that number first. */
function numberItem(grid: Grid, item: Read | null, row: number, col: number): void {
  if (!item || !item.text) return;
  const area = grid.area(row, col);
  const n = cellText(grid.own(area ? area.top : row, area ? area.left : col)).trim();
  if (/^\d{1,4}$/.test(nfkc(n)) && parseLabel(item.text).number === undefined) {
    item.text = `${n} ${item.text}`;
    item.raw = item.text;
  }
}

/** Labels decided level by level (the first `levels` of them): a new goal closes the measure, whose label then counts as new even if unchanged. */
function trackLabels(reader: Reader, cells: RowCells, levels = LEVELS.length): void {
  for (const col of reader.header.sections ?? []) {
    const text = cellText(reader.grid.value(cells.row, col)).trim();
    // Blank under a label written once: the level above carries down, as labels do.
    if (text) reader.section = text;
  }
  for (let i = 0; i < levels; i++) {
    const level = LEVELS[i];
    const r = cells.labels[i];
    noteError(reader, r, cells.row);
    if (!r || !r.text || r.text === reader.state[level].lastRaw) continue;
    const index = resolve(
      reader,
      level,
      parseLabel(r.text),
      r.text,
      addressOf(reader.grid, r, cells.row),
      cells.row
    );
    open(reader, level, index, r.text);
  }
}

/**
 * A group row: the goal and measure labels it holds count; the items below carry its label, and
 * no item stays open (rows under a label merged down more than one row read it as unchanged).
 */
function readGroup(reader: Reader, cells: RowCells): void {
  trackLabels(reader, cells, 2);
  const text = cells.labels[2]!.text;
  reader.state.item = { current: -1, lastRaw: text };
  reader.itemGroup = text;
}

/** The item's narrative: its first text, and every cell it is read from. */
function readNarrative(reader: Reader, item: Item, narrative: Read, row: number): void {
  // Rows of one merged narrative share its anchor: only a new anchor costs an address.
  const key = narrative.anchorRow * 16384 + narrative.anchorCol;
  const last = reader.lastNarrative;
  if (last.item !== item.index || last.key !== key) {
    last.item = item.index;
    last.key = key;
    const anchor = addressOf(reader.grid, narrative, row);
    if (!item.narrativeCell) item.narrativeCell = anchor;
    if (!item.narrativeAnchors.includes(anchor)) item.narrativeAnchors.push(anchor);
  }
  if (!item.narrative && narrative.text && !narrative.error) item.narrative = narrative.text;
  if (narrative.error) item.narrativeIsError = true;
}

function ratingState(
  reader: Reader,
  rating: Read | null,
  written: string,
  mismatch: boolean
): { state: RatingState; code: string | null } {
  if (rating?.error) return { state: "error", code: null };
  if (mismatch) return { state: "mismatch", code: null };
  if (!written) return { state: "missing", code: null };
  const code = reader.codeOf(written);
  return { state: code ? "valid" : "invalid", code };
}

/** A data row: its narrative joins the open item, and each (department, rating) becomes an entry. */
function readEntries(reader: Reader, cells: RowCells): void {
  const { grid, header, state, findings } = reader;
  const { row, department: dept, rating, narrative } = cells;
  noteError(reader, dept, row);
  noteError(reader, rating, row);
  noteError(reader, narrative, row);
  const itemIndex = state.item.current;
  const missingParent =
    itemIndex < 0 ||
    (header.columns.measure !== undefined && state.measure.current < 0) ||
    (header.columns.goal !== undefined && state.goal.current < 0);
  const deptTexts = dept && !dept.error ? reader.departmentsIn(dept.text) : [];
  const ratingTexts = rating && !rating.error ? reader.ratingsIn(rating.raw) : [];
  const rated = deptTexts.length > 0 || ratingTexts.length > 0 || Boolean(rating?.error);
  if (missingParent) {
    if (rated)
      findings.push({ kind: "orphan-row", row, cell: addressOf(grid, rating ?? dept, row) });
    return;
  }
  const item = reader.items[itemIndex];
  if (narrative) readNarrative(reader, item, narrative, row);
  if (!rated) return;

  const deptCell = addressOf(grid, dept, row);
  const ratingCell = rating ? addressOf(grid, rating, row) : "";
  if (deptTexts.length > 1 || ratingTexts.length > 1) {
    const cell = deptTexts.length > 1 ? deptCell : ratingCell;
    if (!reader.reportedMulti.has(cell)) {
      reader.reportedMulti.add(cell);
      const related = deptTexts.length > 1 && ratingTexts.length > 1 ? [ratingCell] : undefined;
      findings.push({
        kind: "multiple-values",
        row,
        cell,
        related,
        item: itemIndex,
        count: { departments: deptTexts.length, ratings: ratingTexts.length },
      });
    }
  }
  const departments = deptTexts.length > 0 ? deptTexts : [""];
  const mismatch = ratingTexts.length > 1 && ratingTexts.length !== departments.length;
  if (mismatch) {
    findings.push({
      kind: "rating-count-mismatch",
      row,
      cell: ratingCell,
      related: [deptCell],
      item: itemIndex,
      count: { departments: departments.length, ratings: ratingTexts.length },
    });
  }
  for (let k = 0; k < departments.length; k++) {
    const written = mismatch
      ? rating!.text
      : ratingTexts.length === 1
        ? ratingTexts[0]
        : (ratingTexts[k] ?? "");
    const { state: st, code } = ratingState(reader, rating, written, mismatch);
    reader.entries.push({
      index: reader.entries.length,
      item: itemIndex,
      row,
      department: departments[k],
      departmentCell: deptCell,
      rating: written,
      ratingCell,
      ratingCellText: rating?.raw ?? "",
      ratingCount: ratingTexts.length,
      code,
      state: st,
      fromMultiCell: deptTexts.length > 1,
    });
  }
}

/** An item with no department or rating at all is still an entry: unrated. Entries end in row order. */
function closeItems(reader: Reader): void {
  const { items, entries, header } = reader;
  const cols = header.columns;
  const hasEntry = new Uint8Array(items.length);
  for (const e of entries) hasEntry[e.item] = 1;
  const rowOrder = entries.length;
  for (const item of items) {
    if (hasEntry[item.index]) continue;
    entries.push({
      index: entries.length,
      item: item.index,
      row: item.row,
      department: "",
      departmentCell:
        cols.department !== undefined ? cellAddress(item.row, cols.department) : item.cell,
      rating: "",
      ratingCell: cols.rating !== undefined ? cellAddress(item.row, cols.rating) : "",
      ratingCellText: "",
      ratingCount: 0,
      code: null,
      state: "missing",
      fromMultiCell: false,
    });
  }
  if (entries.length > rowOrder) {
    entries.sort((a, b) => a.row - b.row || a.index - b.index);
    entries.forEach((e, i) => (e.index = i));
  }
}

/** The ratings of a cell: the marked choice of a checkbox cell (none marked: none), else each value written. */
function ratingsWritten(text: string): string[] {
  const marked = markedChoice(text);
  if (marked === null) return splitRatings(text);
  return marked ? [marked] : [];
}

/** A checkbox choice "b.やや進んだ" is the legend's code by its letter or by its word. */
function choiceCode(codes: ReadonlyMap<string, string>, written: string): string | null {
  const m = /^([^.．)）]{1,3})[.．)）](.+)$/.exec(foldCode(written));
  return m ? (codes.get(m[1]) ?? codes.get(m[2]) ?? null) : null;
}

/** Names written alone in the department column: known departments, which a cell may join with ・ or spaces. */
function knownDepartments(
  grid: Grid,
  header: HeaderLayout,
  given: readonly string[] | undefined
): Set<string> {
  const known = new Set<string>(given ?? []);
  const col = header.columns.department;
  if (col === undefined) return known;
  for (let row = header.row + 1; row < grid.bottom; row++) {
    const t = cellText(grid.own(row, col)).trim();
    if (t && !/[\s\u3000・、,，/／\r\n]/.test(t)) known.add(t);
  }
  return known;
}

/**
 * Snapshot + layout -> goals, measures, items and entries. Each row is classified
 * (header, heading, note, total, template, data); headings set the goal or measure,
 * data rows carry labels and entries. The reader never throws on content: what is
 * odd about a row becomes a RowFinding for the rules.
 */
export function readPlan(
  grid: Grid,
  header: HeaderLayout,
  scale: RatingScale,
  options: ReadOptions = {}
): PlanRead {
  const cols = header.columns;
  const codes = new Map(scale.codes.map((c) => [c.key, c.code]));
  const known = knownDepartments(grid, header, options.departments);
  const reader: Reader = {
    grid,
    header,
    headerRows: new Set(header.rows),
    goals: [],
    measures: [],
    items: [],
    entries: [],
    findings: [],
    headings: [],
    reportedErrors: new Set(),
    reportedMulti: new Set(),
    state: { goal: closed(), measure: closed(), item: closed() },
    lastNarrative: { item: -1, key: -1 },
    section: "",
    itemGroup: "",
    // Department and rating cells repeat (A, B, Ｂ …): each distinct text is split, folded and looked up once.
    departmentsIn: onceEach((text) => splitDepartments(text, known)),
    ratingsIn: onceEach(ratingsWritten),
    codeOf: onceEach((written) => codes.get(foldCode(written)) ?? choiceCode(codes, written)),
  };
  for (const row of headingsAbove(reader)) readHeading(reader, row);
  const labelSlots = [scratch(), scratch(), scratch()];
  const slots = { department: scratch(), rating: scratch(), narrative: scratch() };
  const cells: RowCells = {
    row: 0,
    labels: [null, null, null],
    department: null,
    rating: null,
    narrative: null,
    spread: false,
  };
  for (let row = header.row + 1; row < grid.bottom; row++) {
    if (reader.headerRows.has(row)) continue;
    cells.row = row;
    for (let i = 0; i < LEVELS.length; i++)
      cells.labels[i] = readCell(grid, labelSlots[i], row, cols[LEVELS[i]]);
    if (header.numberColumn !== undefined)
      numberItem(grid, cells.labels[2], row, header.numberColumn);
    cells.department = readCell(grid, slots.department, row, cols.department);
    cells.rating = readCell(grid, slots.rating, row, cols.rating);
    cells.narrative = readCell(grid, slots.narrative, row, cols.narrative);
    unspread(cells, cols);
    const kind = classifyRow(reader, cells);
    if (kind === "heading") readHeading(reader, row);
    if (kind === "group") readGroup(reader, cells);
    if (kind !== "data") continue;
    trackLabels(reader, cells);
    readEntries(reader, cells);
  }
  closeItems(reader);
  return {
    sheet: grid.snapshot.name,
    title: titleAbove(reader),
    header,
    scale,
    goals: reader.goals,
    measures: reader.measures,
    items: reader.items,
    entries: reader.entries,
    findings: reader.findings,
    headings: reader.headings,
  };
}
