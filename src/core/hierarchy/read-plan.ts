import { Grid, cellAddress, cellText, isCellError } from "../snapshot";
import type { HeaderLayout } from "../layout/header";
import type { RatingScale } from "../layout/legend";
import { formatNumber, parseLabel } from "../layout/labels";
import { splitDepartments, splitRatings } from "../layout/values";
import { foldCode, isSpace, nfkc } from "../text";
import type { Block, Entry, Item, PlanRead, RatingState, RowFinding } from "../model";

type Level = "goal" | "measure" | "item";
const LEVELS: readonly Level[] = ["goal", "measure", "item"];

/** A section row naming a goal: "基本目標1", "基本目標 Ⅱ", "基本方針３" (after NFKC). */
const GOAL_SECTION = /^(?:基本目標|基本方針|Goal)\s*(?=[0-9IVX①-⑳])/i;

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

/**
 * Snapshot + layout -> goals, measures, items and entries. The reader never
 * throws on content: what is odd about a row becomes a RowFinding for the rules.
 */
export function readPlan(grid: Grid, header: HeaderLayout, scale: RatingScale, options: ReadOptions = {}): PlanRead {
  const cols = header.columns;
  const headerRows = new Set(header.rows);
  const codes = new Map(scale.codes.map((c) => [c.key, c.code]));
  const blocks: Record<Level, Block[]> = { goal: [], measure: [], item: [] };
  const items = blocks.item as Item[];
  const entries: Entry[] = [];
  const findings: RowFinding[] = [];
  const reportedErrors = new Set<string>();
  const reportedMulti = new Set<string>();
  const state: Record<Level, LevelState> = {
    goal: { current: -1, lastRaw: null },
    measure: { current: -1, lastRaw: null },
    item: { current: -1, lastRaw: null },
  };

  const read = (slot: Read, row: number, col: number | undefined): Read | null => {
    if (col === undefined) return null;
    const area = grid.area(row, col);
    slot.anchorRow = area ? area.top : row;
    slot.anchorCol = area ? area.left : col;
    const v = grid.own(slot.anchorRow, slot.anchorCol);
    slot.error = isCellError(v) ? v.error : null;
    slot.raw = cellText(v);
    slot.text = trimmed(slot.raw);
    return slot;
  };
  const addressOf = (r: Read | null, row: number): string =>
    r ? cellAddress(r.anchorRow, r.anchorCol) : cellAddress(row, grid.left);
  const noteError = (r: Read | null, row: number) => {
    if (!r || r.error === null) return;
    const cell = addressOf(r, row);
    if (reportedErrors.has(cell)) return;
    reportedErrors.add(cell);
    findings.push({ kind: "cell-error", row, cell, value: r.error });
  };

  const known = new Set<string>(options.departments ?? []);
  if (cols.department !== undefined) {
    for (let row = header.row + 1; row < grid.bottom; row++) {
      const t = cellText(grid.own(row, cols.department)).trim();
      if (t && !/[\s\u3000・、,，/／\r\n]/.test(t)) known.add(t);
    }
  }

  const parentOf = (level: Level): number =>
    level === "goal" ? -1 : level === "measure" ? state.goal.current : state.measure.current;

  /** Which block a label belongs to: the open one when it continues it, an earlier one for a （続） elsewhere, else a new one. */
  const resolve = (level: Level, text: string, cell: string, row: number): number => {
    const label = parseLabel(text);
    const list = blocks[level];
    const parent = parentOf(level);
    const cur = state[level].current >= 0 ? list[state[level].current] : undefined;
    if (cur && cur.parent === parent) {
      const sameNumber = label.number === cur.number;
      if ((label.continued && (label.number === undefined || sameNumber)) || (sameNumber && label.key === cur.key)) {
        return cur.index;
      }
    }
    if (label.continued) {
      const earlier = list.find(
        (b) => b.parent === parent && (label.number !== undefined ? b.number === label.number : b.key === label.key),
      );
      if (earlier) return earlier.index;
    }
    const block: Block = {
      index: list.length,
      number: label.number,
      roman: label.roman,
      numeral: formatNumber(label),
      title: label.title,
      key: label.key,
      cell,
      row,
      parent,
    };
    if (level === "item") {
      const item = block as Item;
      item.goal = state.goal.current;
      item.measure = state.measure.current;
      item.narrative = "";
      item.narrativeIsError = false;
      item.narrativeCell = "";
      item.narrativeAnchors = [];
    }
    list.push(block);
    return block.index;
  };

  const lastNarrative = { item: -1, key: -1 };
  const labelSlots = [scratch(), scratch(), scratch()];
  const slots = { department: scratch(), rating: scratch(), narrative: scratch() };
  const labels: (Read | null)[] = [null, null, null];
  const isNote = (): boolean => {
    for (let i = 0; i < LEVELS.length; i++) {
      const r = labels[i];
      if (r && r.text && r.text !== state[LEVELS[i]].lastRaw && parseLabel(r.text).number !== undefined) return false;
    }
    return true;
  };
  /**
   * Without a goal column, goals may stand as section rows across the table
   * ("基本目標1 男女共同参画の意識づくり"): such a row opens a goal for the rows below.
   */
  const sectionGoal = (row: number, dept: Read | null, rating: Read | null): boolean => {
    let text = "";
    let col = grid.left;
    for (const c of grid.occupied(row)) {
      text = cellText(grid.own(row, c)).trim();
      col = c + 1;
      if (text) break;
    }
    const m = GOAL_SECTION.exec(nfkc(text));
    if (!m) return false;
    // Only a row that is the label alone (its merged area may run across the other columns).
    const apart = (r: Read | null) => r && r.text && (r.anchorRow !== row || r.anchorCol !== col - 1);
    if (apart(dept) || apart(rating)) return false;
    const index = resolve("goal", text.slice(m[0].length) || text, cellAddress(row, col - 1), row);
    if (index !== state.goal.current) {
      state.goal = { current: index, lastRaw: text };
      state.measure = { current: -1, lastRaw: null };
      state.item = { current: -1, lastRaw: null };
    }
    return true;
  };
  // Department and rating cells repeat (A, B, Ｂ …): each distinct text is split, folded and looked up once.
  const departmentsIn = onceEach((text) => splitDepartments(text, known));
  const ratingsIn = onceEach(splitRatings);
  const codeOf = onceEach((written) => codes.get(foldCode(written)) ?? null);
  for (let row = header.row + 1; row < grid.bottom; row++) {
    if (headerRows.has(row)) continue;
    for (let i = 0; i < LEVELS.length; i++) labels[i] = read(labelSlots[i], row, cols[LEVELS[i]]);
    const dept = read(slots.department, row, cols.department);
    const rating = read(slots.rating, row, cols.rating);
    const narrative = read(slots.narrative, row, cols.narrative);
    const hasValues = Boolean(dept?.text || dept?.error || rating?.text || rating?.error || narrative?.text);
    if (cols.goal === undefined && sectionGoal(row, dept, rating)) continue;
    // A row with only an unnumbered label and nothing else is a note (※…, 計), not a block.
    if (!hasValues && isNote()) continue;

    for (let i = 0; i < LEVELS.length; i++) {
      const level = LEVELS[i];
      const r = labels[i];
      noteError(r, row);
      // Decided level by level: a new goal resets the measure, whose label then counts as new even if unchanged.
      if (!r || !r.text || r.text === state[level].lastRaw) continue;
      const before = state[level].current;
      const index = resolve(level, r.text, addressOf(r, row), row);
      state[level].lastRaw = r.text;
      if (index !== before) {
        state[level].current = index;
        for (let k = i + 1; k < LEVELS.length; k++) state[LEVELS[k]] = { current: -1, lastRaw: null };
      }
    }
    noteError(dept, row);
    noteError(rating, row);
    noteError(narrative, row);

    const itemIndex = state.item.current;
    const missingParent =
      itemIndex < 0 ||
      (cols.measure !== undefined && state.measure.current < 0) ||
      (cols.goal !== undefined && state.goal.current < 0);
    const deptTexts = dept && !dept.error ? departmentsIn(dept.text) : [];
    const ratingTexts = rating && !rating.error ? ratingsIn(rating.raw) : [];
    const rated = deptTexts.length > 0 || ratingTexts.length > 0 || Boolean(rating?.error);

    if (missingParent) {
      if (rated) findings.push({ kind: "orphan-row", row, cell: addressOf(rating ?? dept, row) });
      continue;
    }
    const item = items[itemIndex];
    if (narrative) {
      // Rows of one merged narrative share its anchor: only a new anchor costs an address.
      const key = narrative.anchorRow * 16384 + narrative.anchorCol;
      if (lastNarrative.item !== itemIndex || lastNarrative.key !== key) {
        lastNarrative.item = itemIndex;
        lastNarrative.key = key;
        const anchor = addressOf(narrative, row);
        if (!item.narrativeCell) item.narrativeCell = anchor;
        if (!item.narrativeAnchors.includes(anchor)) item.narrativeAnchors.push(anchor);
      }
      if (!item.narrative && narrative.text && !narrative.error) item.narrative = narrative.text;
      if (narrative.error) item.narrativeIsError = true;
    }
    if (!rated) continue;

    const deptCell = addressOf(dept, row);
    const ratingCell = rating ? addressOf(rating, row) : "";
    if (deptTexts.length > 1 || ratingTexts.length > 1) {
      const cell = deptTexts.length > 1 ? deptCell : ratingCell;
      if (!reportedMulti.has(cell)) {
        reportedMulti.add(cell);
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
      const department = departments[k];
      const written = mismatch ? rating!.text : ratingTexts.length === 1 ? ratingTexts[0] : (ratingTexts[k] ?? "");
      let st: RatingState;
      let code: string | null = null;
      if (rating?.error) st = "error";
      else if (mismatch) st = "mismatch";
      else if (!written) st = "missing";
      else {
        code = codeOf(written);
        st = code ? "valid" : "invalid";
      }
      entries.push({
        index: entries.length,
        item: itemIndex,
        row,
        department,
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

  // An item with no department or rating at all is still an entry: unrated.
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
      departmentCell: cols.department !== undefined ? cellAddress(item.row, cols.department) : item.cell,
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

  return {
    sheet: grid.snapshot.name,
    header,
    scale,
    goals: blocks.goal,
    measures: blocks.measure,
    items,
    entries,
    findings,
  };
}
