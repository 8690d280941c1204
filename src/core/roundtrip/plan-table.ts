import type { ColumnMap } from "../layout/header";
import { FIELDS } from "../layout/fields";
import type { RatingScale } from "../layout/legend";
import type { Entry, PlanRead } from "../model";
import { splitReference } from "../hierarchy/merge-plans";
import {
  type CellValue,
  type Grid,
  type SheetSnapshot,
  cellAddress,
  cellText,
  makeGrid,
  parseAddress,
} from "../snapshot";
import type { ValidationResult } from "../validate";
import { entryIds, planId } from "./keys";

/** The plan as split and merge use it: the workbook's sheets and what validateWorkbook read from them. */
export interface PlanSource {
  sheets: readonly SheetSnapshot[];
  result: ValidationResult;
}

/** One entry: where its answer cells stand in the plan, and the row a form shows for it. */
export interface EntryTarget {
  entry: Entry;
  /** Its id within the plan (keys.ts). */
  id: string;
  sheet: string;
  /** A1 of the rating and narrative cells (top-left of their merged areas), "" where the table has no such column. */
  ratingCell: string;
  narrativeCell: string;
  /** The rating as this department's form shows it (its own part of a cell that holds several). */
  rating: CellValue;
  /** The narrative as the form shows it: its cell's text, or the item's where the cell is blank below the item's first (a label carried down). */
  narrative: string;
  /** The narrative cell's own text. */
  narrativeOwn: string;
  /** How the department cell separates several departments ("\n", "、" …), or "" for one. */
  departmentSeparator: string;
  /** The form's row: one value per column of the table, from its left column. */
  values: CellValue[];
  /** Heading rows the entry stands under, in a plan that writes goals or measures as rows: their level, block and text. */
  headings: { level: "goal" | "measure"; block: number; text: string }[];
}

export interface PlanTable {
  id: string;
  plan: PlanRead;
  /** The sheet the title, legend and header are taken from (the plan's first). */
  sheet: SheetSnapshot;
  grid: Grid;
  /** The table's columns: from `left`, `width` of them (absolute, 0-based). */
  left: number;
  width: number;
  /** Absolute columns of the fields. */
  columns: ColumnMap;
  /** The first header's rows (one or two), absolute. */
  headerTop: number;
  headerBottom: number;
  /** Rows above the header that head a goal or measure (left out of a form: each form writes its own). */
  headingRows: Set<number>;
  scale: RatingScale;
  targets: EntryTarget[];
}

/**
 * The plan as a table of entries, each with its answer cells and its form row. Null when no plan
 * was read (no header): there is nothing to split or merge into.
 */
export function planTable(source: PlanSource): PlanTable | null {
  const { result } = source;
  const plan = result.plan;
  if (!plan || !result.header) return null;
  const grids = new Map<string, Grid>();
  const gridOf = (name: string) => {
    let g = grids.get(name);
    if (!g) {
      const snapshot = source.sheets.find((s) => s.name === name);
      g = makeGrid(snapshot ?? { name, top: 0, left: 0, values: [], merges: [] });
      grids.set(name, g);
    }
    return g;
  };
  const first = gridOf(result.sheet);
  const header = plan.header;
  const headerTop = header.row;
  const headerBottom = header.rows[1] === header.row + 1 ? header.row + 1 : header.row;
  const fieldCols = FIELDS.map((f) => header.columns[f]).filter(
    (c): c is number => c !== undefined
  );
  let left = Math.min(...fieldCols);
  let right = Math.max(...fieldCols);
  for (let r = headerTop; r <= headerBottom; r++) {
    for (const c of first.occupied(r)) {
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  const width = right - left + 1;
  const ids = entryIds(plan);
  const headingText = new Map<string, string>();
  const headingRows = new Set<number>();
  for (const h of plan.headings) {
    const at = parseAddress(h.cell);
    if (!at) continue;
    headingText.set(`${h.level}:${h.block}`, cellText(gridOf(plan.sheet).value(at.row, at.col)));
    if (at.row < headerTop) headingRows.add(at.row);
  }
  // A block's label is looked up once, however many entries stand under it.
  const labels = new Map<string, CellValue>();
  const labelOf = (sheet: string, reference: string) => {
    const k = `${sheet}!${reference}`;
    if (labels.has(k)) return labels.get(k)!;
    const at = splitReference(reference, sheet);
    const a = parseAddress(at.cell);
    const v = a ? gridOf(at.sheet).value(a.row, a.col) : null;
    labels.set(k, v);
    return v;
  };
  const cols = header.columns;
  const targets = plan.entries.map((entry, i): EntryTarget => {
    const sheet = entry.sheet ?? plan.sheet;
    const grid = gridOf(sheet);
    const item = plan.items[entry.item];
    const narrativeAt =
      cols.narrative !== undefined ? grid.anchor(entry.row, cols.narrative) : undefined;
    const narrativeCell = narrativeAt ? cellAddress(narrativeAt.row, narrativeAt.col) : "";
    const narrativeOwn = narrativeAt ? cellText(grid.own(narrativeAt.row, narrativeAt.col)) : "";
    const narrative = narrativeOwn.trim() === "" && item ? item.narrative : narrativeOwn;
    const ratingAt =
      cols.rating !== undefined && entry.ratingCell
        ? grid.anchor(entry.row, cols.rating)
        : undefined;
    const ownRating = ratingAt ? grid.own(ratingAt.row, ratingAt.col) : null;
    // A cell holding one value keeps its type (a number on a 1–5 scale); a part of several is text.
    const rating: CellValue =
      entry.ratingCount > 1
        ? entry.rating
        : typeof ownRating === "number"
          ? ownRating
          : entry.rating;
    const deptAt = entry.fromMultiCell ? parseAddress(entry.departmentCell) : undefined;
    const deptText = deptAt ? cellText(grid.own(deptAt.row, deptAt.col)).trim() : "";
    const departmentSeparator = entry.fromMultiCell
      ? (/[\r\n、，,;；/／・\s\u3000]+/.exec(deptText)?.[0] ?? "\n")
      : "";
    const values: CellValue[] = [];
    for (let k = 0; k < width; k++) {
      const col = left + k;
      let v: CellValue;
      if (col === cols.goal && item && item.goal >= 0)
        v = labelOf(sheet, plan.goals[item.goal].cell);
      else if (col === cols.measure && item && item.measure >= 0)
        v = labelOf(sheet, plan.measures[item.measure].cell);
      else if (col === cols.item && item) v = labelOf(sheet, item.cell);
      else if (col === cols.department) v = entry.department || null;
      else if (col === cols.rating) v = rating === "" ? null : rating;
      else if (col === cols.narrative) v = narrative || null;
      else v = grid.value(entry.row, col);
      values.push(v);
    }
    const headings: EntryTarget["headings"] = [];
    if (item) {
      for (const [level, block] of [
        ["goal", item.goal],
        ["measure", item.measure],
      ] as const) {
        const text = headingText.get(`${level}:${block}`);
        if (text) headings.push({ level, block, text });
      }
    }
    return {
      entry,
      id: ids[i],
      sheet,
      ratingCell: entry.ratingCell,
      narrativeCell,
      rating,
      narrative,
      narrativeOwn,
      departmentSeparator,
      values,
      headings,
    };
  });
  return {
    id: planId(plan),
    plan,
    sheet: first.snapshot,
    grid: first,
    left,
    width,
    columns: cols,
    headerTop,
    headerBottom,
    headingRows,
    scale: plan.scale,
    targets,
  };
}
