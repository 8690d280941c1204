import type { HeaderLayout } from "./layout/header";
import type { RatingScale } from "./layout/legend";

/** A goal, measure or item: one block of the plan's hierarchy. */
export interface Block {
  index: number;
  number?: number;
  roman: boolean;
  /** As reports write it: "I", "12", or "" when the label has no number. */
  numeral: string;
  title: string;
  /** The label exactly as its cell writes it (trimmed): "Ⅲ すこやかで…（施策11～14は…）"; what summary sheets show. */
  written: string;
  key: string;
  /** Where its label first stands (A1, top-left of its merged area). */
  cell: string;
  row: number;
  /** Parent block index (goal for a measure, measure for an item), -1 if none. */
  parent: number;
  /**
   * For a measure under a level the plan has between goal and measure (施策の方向): that level's
   * label; for an item under a group row (a numbered label spread across the table): that label.
   */
  section?: string;
}

export interface Item extends Block {
  goal: number;
  measure: number;
  /** The narrative text (trimmed), "" when missing. */
  narrative: string;
  /** The narrative cell holds an Excel error (reported as cell-error, not as missing). */
  narrativeIsError: boolean;
  /** The narrative cell of the item's first row (top-left of its merged area). */
  narrativeCell: string;
  /** Narrative cell anchors this item reads; shared with another item when merged across both. */
  narrativeAnchors: string[];
}

export type RatingState = "valid" | "missing" | "invalid" | "error" | "mismatch";

/** One (item, department) pair with its rating. */
export interface Entry {
  index: number;
  item: number;
  row: number;
  department: string;
  departmentCell: string;
  /** The rating as written for this department (one part of a multi-value cell), or "". */
  rating: string;
  ratingCell: string;
  /** The rating cell's text exactly as written, and how many ratings it holds. */
  ratingCellText: string;
  ratingCount: number;
  /** The scale code the rating stands for, when valid. */
  code: string | null;
  state: RatingState;
  /** True where this entry came from a cell holding several departments. */
  fromMultiCell: boolean;
  /** The sheet it stands on, in a plan read from several sheets (else the plan's sheet). */
  sheet?: string;
}

/** Facts the reader met while reading rows, one kind each; the rules turn them into issues. */
export type RowFinding =
  /** A cell holding an Excel error (#REF!, #N/A …): `value` is the error as Excel writes it. */
  | { kind: "cell-error"; row: number; cell: string; value: string }
  /** A rated row with no goal, measure or item above it. */
  | { kind: "orphan-row"; row: number; cell: string }
  /** Several departments or ratings in one cell of the item `item`; `related` is the other such cell. */
  | {
      kind: "multiple-values";
      row: number;
      cell: string;
      related: string[] | undefined;
      item: number;
      count: { departments: number; ratings: number };
    }
  /** Ratings that cannot be paired with the departments of the row (`related`: the department cell). */
  | {
      kind: "rating-count-mismatch";
      row: number;
      cell: string;
      related: string[];
      item: number;
      count: { departments: number; ratings: number };
    };

/** A heading row that opened a goal or measure (a row naming it alone, often merged across the table). */
export interface Heading {
  level: "goal" | "measure" | "item";
  cell: string;
  row: number;
  /** The goal's or measure's index. */
  block: number;
}

/** The plan's title as written above the header ("…推進プラン（第6次）達成状況一覧"), and its cell. */
export interface PlanTitle {
  text: string;
  cell: string;
}

export interface PlanRead {
  sheet: string;
  /** The first title above the header, null when the sheet has none. */
  title: PlanTitle | null;
  header: HeaderLayout;
  scale: RatingScale;
  goals: Block[];
  measures: Block[];
  items: Item[];
  entries: Entry[];
  findings: RowFinding[];
  /** Heading rows read as goals or measures, in sheet order. */
  headings: Heading[];
}
