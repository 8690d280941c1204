import { DATA_TABLE, type PlannedSheet } from "../core/plan/summary-plan";
import { freeSheetName, freeTableName } from "../core/plan/sheet-names";
import type { SheetSnapshot } from "../core/snapshot";
import { cellText, makeGrid, parseAddress } from "../core/snapshot";
import { type Mark, type PaneSettings, type StoredResult, type WorkbookHost } from "../app/host";
import { HostFailure } from "../app/failures";
import type { WorkbookReader } from "./read-xlsx";
import { patchCells } from "./patch-cells";
import { patchAnswers } from "./patch-answers";
import { addSummarySheets, summaryMarkers } from "./write-summary";
import { keepUserParts, takenTableNames } from "./keep-user-parts";

/**
 * A WorkbookHost over a workbook file held in memory: the browser page runs it in its Web Worker
 * (src/preview/worker.ts), the tests in Node. A file has no screen: selecting and marking cells only
 * check what they are given; the page shows both over its grid (src/preview/page-host.ts), and marks
 * are never written into the file.
 */
export interface FileHost extends WorkbookHost {
  sheet(name: string): SheetSnapshot;
  /** The workbook with the fixes applied so far, only the fixed cells changed; null before any fix or for a CSV. */
  fixedCopy(): Uint8Array | null;
  /**
   * What "save" writes: a copy of the file with the fixes made and the summary sheets inserted (an
   * .xlsx, a CSV's too); null when there is nothing of either.
   */
  savedCopy(): Promise<Uint8Array | null>;
}

/** A planned summary sheet as the grid shows it: the values (formulas' computed results) and merges. */
function plannedSnapshot(name: string, planned: PlannedSheet): SheetSnapshot {
  const values: (string | number | null)[][] = [];
  for (const c of planned.cells) {
    const row = (values[c.row] ??= []);
    row[c.col] =
      typeof c.value === "number" && c.numberFormat?.endsWith("%")
        ? `${(c.value * 100).toFixed(1)}%`
        : c.value;
  }
  let width = 0;
  for (const c of planned.cells) width = Math.max(width, c.col + 1);
  const dense = Array.from({ length: values.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => values[r]?.[c] ?? null)
  );
  return { name, top: 0, left: 0, values: dense, merges: planned.merges };
}

export function createFileHost(
  book: WorkbookReader,
  language: string,
  bytes?: Uint8Array
): FileHost {
  /** Fixes applied, by sheet and cell, to write into a copy of the file. */
  const fixes = new Map<string, Map<string, string>>();
  /** Merged answers written, by sheet and cell (a rating code may be a number): a cell is in this map or in `fixes`, whichever wrote it last. */
  const answers = new Map<string, Map<string, string | number>>();
  const sheets = new Map<string, SheetSnapshot>();
  const names = [...book.sheetNames];
  /** Sheets this host inserted, by the marker of their kind. */
  const own = new Map<string, string>();
  let active = book.sheetNames[0];
  let settings: PaneSettings = {};
  let result: StoredResult | null = null;
  /** The summary sheets last inserted, by their kind's marker (前年度比較 apart from the others): written into the saved copy. */
  const summaries = new Map<string, PlannedSheet>();
  /** The add-in's names in the file as opened (fixes and answers leave its workbook part as it is). */
  const marked = bytes && book.sheetPart ? summaryMarkers(bytes) : [];
  let taken: Set<string> | undefined;
  /** The table and workbook names of the file's that stay in the saved copy: the add-in's table takes none of them. */
  const takenNames = () =>
    (taken ??= bytes && book.sheetPart ? takenTableNames(bytes, marked) : new Set());
  const sheet = (name: string): SheetSnapshot => {
    let s = sheets.get(name);
    if (!s) {
      if (!names.includes(name)) throw new HostFailure("sheet-gone", name);
      s = book.readSheet(name);
      sheets.set(name, s);
    }
    return s;
  };

  const applyFix = async (
    name: string,
    cell: string,
    value: string,
    expected: string
  ): Promise<void> => {
    const s = sheet(name);
    const at = parseAddress(cell);
    const row = at ? s.values[at.row - s.top] : undefined;
    if (!at || !row || at.col - s.left < 0) throw new HostFailure("other", cell);
    if (cellText(makeGrid(s).own(at.row, at.col)) !== expected)
      throw new HostFailure("cell-changed", cell);
    row[at.col - s.left] = value;
    if (!fixes.has(name)) fixes.set(name, new Map());
    fixes.get(name)!.set(cell, value);
    answers.get(name)?.delete(cell);
  };
  const fixedCopy = (): Uint8Array | null => {
    if (!bytes || (fixes.size === 0 && answers.size === 0) || !book.sheetPart) return null;
    let out = bytes;
    for (const [name, cells] of fixes) {
      const part = book.sheetPart(name);
      if (part) out = patchCells(out, part, cells);
    }
    const answered = new Map<string, Map<string, string | number>>();
    for (const [name, cells] of answers) {
      const part = book.sheetPart(name);
      if (part && cells.size > 0) answered.set(part, cells);
    }
    return answered.size > 0 ? patchAnswers(out, answered, "") : out;
  };
  /** The workbook through ExcelJS (loaded only now): the file with its fixes, or a CSV's one sheet, and the summaries. */
  const workbookCopy = async (): Promise<Uint8Array> => {
    const loaded = await import("exceljs");
    const { Workbook } = (loaded as unknown as { default?: typeof loaded }).default ?? loaded;
    const wb = new Workbook();
    let source: Uint8Array | null = null;
    if (bytes && book.sheetPart) {
      book.checkParts?.();
      source = fixedCopy() ?? bytes;
      // ExcelJS's types name Node's Buffer; in a browser it takes the bytes as they are.
      await wb.xlsx.load(source as unknown as Parameters<typeof wb.xlsx.load>[0]);
    } else {
      for (const name of book.sheetNames) {
        const ws = wb.addWorksheet(name.replace(/[:\\/?*[\]]/g, "_").slice(0, 31) || "Sheet1");
        const s = sheet(name);
        for (const row of s.values)
          ws.addRow(
            Array.from(row ?? [], (v) =>
              typeof v === "object" && v !== null ? v.error : (v ?? null)
            )
          );
      }
    }
    const placed =
      summaries.size > 0 ? addSummarySheets(wb, { sheets: [...summaries.values()] }, marked) : [];
    const written = new Uint8Array(await wb.xlsx.writeBuffer());
    // The user's workbook names and page breaks as the file has them: ExcelJS rewrites them on the way through.
    return source ? keepUserParts(source, written, placed) : written;
  };

  return {
    kind: "file",
    displayLanguage: () => language,
    sheet,
    listSheets: async () => [...names],
    sheetRoles: async () => ({
      hidden: (book.hiddenSheets ?? []).filter((n) => names.includes(n)),
      summaries: [
        ...own.values(),
        ...marked.flatMap(([, n]) => (n !== null && names.includes(n) ? [n] : [])),
      ],
    }),
    activeSheet: async () => active,
    showSheet: async (name) => {
      sheet(name);
      active = name;
    },
    readSheet: async (name, onProgress) => {
      const s = sheet(name);
      onProgress?.(s.values.length, s.values.length);
      return { snapshot: s, mergesRead: true };
    },
    selectCell: async (name, cell) => {
      sheet(name);
      if (!parseAddress(cell)) throw new HostFailure("other", cell);
      active = name;
    },
    markCells: async (name, list: Mark[]) => {
      sheet(name);
      return { marked: list.length, unmarked: 0 };
    },
    clearMarks: async () => {},
    applyFix,
    async applyFixes(list) {
      const changed: string[] = [];
      for (const f of list) {
        try {
          await applyFix(f.sheet, f.cell, f.value, f.expected);
        } catch (e) {
          if (e instanceof HostFailure && e.kind === "cell-changed") changed.push(f.cell);
          else throw e;
        }
      }
      return { changed };
    },
    async writeAnswers(writes, shown) {
      const changed = writes
        .filter((w) => {
          const s = sheet(w.sheet);
          const at = parseAddress(w.cell);
          return !at || cellText(makeGrid(s).own(at.row, at.col)) !== w.before;
        })
        .map((w) => `${w.sheet}!${w.cell}`);
      if (changed.length > 0) throw new HostFailure("cell-changed", changed.join(", "));
      for (const w of writes) {
        const s = sheet(w.sheet);
        const at = parseAddress(w.cell)!;
        // A cell outside the sheet's values so far (an empty narrative at the edge) widens them.
        const row = (s.values[at.row - s.top] ??= []);
        row[at.col - s.left] = w.value;
        if (!answers.has(w.sheet)) answers.set(w.sheet, new Map());
        answers.get(w.sheet)!.set(w.cell, w.value);
        fixes.get(w.sheet)?.delete(w.cell);
      }
      // As markCells here, marks are only counted: the page draws them over its grid.
      let marked = 0;
      for (const name of new Set([...writes.map((w) => w.sheet), ...Object.keys(shown)])) {
        const cells = new Set(writes.filter((w) => w.sheet === name).map((w) => w.cell));
        for (const m of shown[name] ?? []) cells.add(m.cell);
        marked += cells.size;
      }
      return { written: writes.length, marked, unmarked: 0 };
    },
    loadSettings: async () => settings,
    saveSettings: async (s) => {
      settings = structuredClone(s);
    },
    loadResult: async () => result,
    saveResult: async (r) => {
      result = r;
    },
    fixedCopy,
    async savedCopy() {
      if (summaries.size > 0 || ((fixes.size > 0 || answers.size > 0) && !book.sheetPart))
        return workbookCopy();
      return fixedCopy();
    },
    insertSummaries: async (makePlan) => {
      const plan = makePlan(freeTableName(DATA_TABLE, (n) => takenNames().has(n)));
      // Only the kinds inserted now are replaced, as the writers do: 前年度比較 leaves the summaries, and the other way round.
      const kinds = new Set(plan.sheets.map((p) => p.marker));
      // Sheets an earlier run made are replaced when the copy is saved: the page stops showing them now.
      for (const [marker, name] of marked)
        if (kinds.has(marker) && name !== null && names.includes(name))
          names.splice(names.indexOf(name), 1);
      for (const [marker, name] of own) {
        if (!kinds.has(marker)) continue;
        names.splice(names.indexOf(name), 1);
        sheets.delete(name);
        own.delete(marker);
        summaries.delete(marker);
      }
      const placed = plan.sheets.map((planned) => {
        const name = freeSheetName(planned.name, (n) =>
          names.some((x) => x.toLowerCase() === n.toLowerCase())
        );
        names.push(name);
        sheets.set(name, plannedSnapshot(name, planned));
        own.set(planned.marker, name);
        summaries.set(planned.marker, planned);
        return { kind: planned.kind, name };
      });
      return { sheets: placed, pivots: false };
    },
  };
}
