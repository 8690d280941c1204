import type { Severity } from "../core/issues";
import { DATA_TABLE } from "../core/plan/summary-plan";
import { parseAddress } from "../core/snapshot";
import type {
  CellFix,
  InsertedSummaries,
  Mark,
  PaneSettings,
  StoredResult,
  WorkbookHost,
} from "../app/host";
import { HostFailure } from "../app/failures";
import type { Checker } from "./checker";
import type { OpenedBook } from "./checker-messages";
import type { GridWindow } from "./grid-window";

export type PageHostEvent =
  | { type: "select"; sheet: string; cell: string }
  | { type: "marks"; sheet: string }
  | { type: "values"; sheet: string }
  | { type: "active"; sheet: string }
  | { type: "sheets" };

/**
 * The browser page's WorkbookHost: the workbook is held, read, checked, fixed, summarized and saved
 * in the page's worker (a file-backed host there, src/xlsx/file-host.ts); the page keeps what its
 * grid shows over it — the sheet in front, the selected cell, the marks — and tells the grid.
 * Marks are an overlay: clearing removes it, and the cells' own look is never touched.
 */
export interface PageHost extends WorkbookHost {
  /** The rows the grid draws from row `top` of `sheet`, laid out in the worker. */
  window(sheet: string, top: number): Promise<GridWindow>;
  marks(sheet: string): ReadonlyMap<string, Severity>;
  selection(): { sheet: string; cell: string } | null;
  setActive(sheet: string): void;
  subscribe(listener: (e: PageHostEvent) => void): void;
  /** The copy "save" writes (fixes and summary sheets; an .xlsx, a CSV's too); null when nothing changed. */
  savedCopy(): Promise<Uint8Array | null>;
}

export function createPageHost(checker: Checker, book: OpenedBook, language: string): PageHost {
  let { sheetNames, roles } = book;
  let active = sheetNames[0];
  let selection: { sheet: string; cell: string } | null = null;
  let settings: PaneSettings = {};
  let result: StoredResult | null = null;
  const marks = new Map<string, Map<string, Severity>>();
  const listeners: ((e: PageHostEvent) => void)[] = [];
  const emit = (e: PageHostEvent) => listeners.forEach((l) => l(e));
  const known = (name: string) => {
    if (!sheetNames.includes(name)) throw new HostFailure("sheet-gone", name);
  };
  const show = (name: string) => {
    known(name);
    active = name;
    emit({ type: "active", sheet: name });
  };
  const fix = async (fixes: CellFix[]) => {
    const answer = await checker.call("fix", { fixes });
    for (const sheet of new Set(fixes.map((f) => f.sheet))) emit({ type: "values", sheet });
    return answer;
  };
  /** The workbook's sheets after summaries were inserted: the marks and selection of sheets gone go too. */
  const inserted = (answer: { inserted: InsertedSummaries; book: OpenedBook }) => {
    ({ sheetNames, roles } = answer.book);
    for (const name of marks.keys()) if (!sheetNames.includes(name)) marks.delete(name);
    if (selection && !sheetNames.includes(selection.sheet)) selection = null;
    emit({ type: "sheets" });
    return answer.inserted;
  };

  return {
    kind: "file",
    displayLanguage: () => language,
    window: (sheet, top) => checker.call("window", { sheet, top }),
    marks: (name) => marks.get(name) ?? new Map(),
    selection: () => selection,
    setActive: show,
    subscribe: (l) => void listeners.push(l),
    listSheets: async () => [...sheetNames],
    sheetRoles: async () => ({
      hidden: roles.hidden.filter((n) => sheetNames.includes(n)),
      summaries: roles.summaries.filter((n) => sheetNames.includes(n)),
    }),
    activeSheet: async () => active,
    showSheet: async (name) => show(name),
    readSheet: async (name) => {
      known(name);
      return { snapshot: await checker.call("snapshot", { sheet: name }), mergesRead: true };
    },
    validate: (names, hidden, sheet, given) =>
      checker.call("validate", { names, hidden, sheet, settings: given }),
    selectCell: async (name, cell) => {
      known(name);
      if (!parseAddress(cell)) throw new HostFailure("other", cell);
      active = name;
      selection = { sheet: name, cell };
      emit({ type: "select", sheet: name, cell });
    },
    markCells: async (name, list: Mark[]) => {
      known(name);
      marks.set(name, new Map(list.map((m) => [m.cell, m.severity])));
      emit({ type: "marks", sheet: name });
    },
    clearMarks: async () => {
      const names = [...marks.keys()];
      marks.clear();
      for (const name of names) emit({ type: "marks", sheet: name });
    },
    async applyFix(sheet, cell, value, expected) {
      const { changed } = await fix([{ sheet, cell, value, expected }]);
      if (changed.length > 0) throw new HostFailure("cell-changed", cell);
    },
    applyFixes: fix,
    // Written in the worker; the written cells (info) and the findings shown are drawn over the grid.
    async writeAnswers(writes, shown) {
      const answer = await checker.call("answers", { writes: [...writes], shown: { ...shown } });
      for (const name of new Set([...writes.map((w) => w.sheet), ...Object.keys(shown)])) {
        const list = new Map<string, Severity>();
        for (const w of writes) if (w.sheet === name) list.set(w.cell, "info");
        for (const m of shown[name] ?? []) list.set(m.cell, m.severity);
        marks.set(name, list);
        emit({ type: "values", sheet: name });
        emit({ type: "marks", sheet: name });
      }
      return answer;
    },
    loadSettings: async () => settings,
    saveSettings: async (s) => {
      settings = structuredClone(s);
    },
    loadResult: async () => result,
    saveResult: async (r) => {
      result = r;
    },
    summarize: async (sheet, given, lang, kinds) =>
      inserted(await checker.call("summarize", { sheet, settings: given, lang, kinds })),
    // A plan made on the page (the pane makes none here: see summarize) is written where the workbook is.
    insertSummaries: async (makePlan) =>
      inserted(await checker.call("insert", { plan: makePlan(DATA_TABLE) })),
    savedCopy: () => checker.call("save", {}),
  };
}
