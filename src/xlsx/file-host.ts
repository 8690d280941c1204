import type { Severity } from "../core/issues";
import { DATA_TABLE, MARKER_PREFIX, type PlannedSheet } from "../core/plan/summary-plan";
import { freeSheetName, sheetOfReference } from "../core/plan/sheet-names";
import type { SheetSnapshot } from "../core/snapshot";
import type { ValidationResult } from "../core/validate";
import { cellText, makeGrid, parseAddress } from "../core/snapshot";
import { type Mark, type PaneSettings, type StoredResult, type WorkbookHost } from "../app/host";
import { HostFailure } from "../app/failures";
import { decodeXml, type WorkbookReader } from "./read-xlsx";
import { patchCells } from "./patch-cells";
import { readDirectory, readPart } from "./zip";
import { WEB_IO } from "./web-io";
import { LIMITS } from "./limits";
import { addSummarySheets } from "./write-summary";

export type FileHostEvent =
  | { type: "select"; sheet: string; cell: string }
  | { type: "marks"; sheet: string }
  | { type: "values"; sheet: string; cell: string }
  | { type: "active"; sheet: string }
  | { type: "sheets" };

/**
 * A WorkbookHost over a workbook file held in memory: the browser preview (for
 * people without add-in rights) and the browser tests. Marks are an overlay the
 * grid shows; clearing removes it, so the cells' own look is untouched.
 */
export interface FileHost extends WorkbookHost {
  sheet(name: string): SheetSnapshot;
  marks(sheet: string): ReadonlyMap<string, Severity>;
  selection(): { sheet: string; cell: string } | null;
  setActive(sheet: string): void;
  subscribe(listener: (e: FileHostEvent) => void): void;
  /** The workbook with the fixes applied so far, only the fixed cells changed; null before any fix or for a CSV. */
  fixedCopy(): Uint8Array | null;
  /**
   * What "save" writes: a copy of the file with the fixes made and the summary sheets inserted (an
   * .xlsx, a CSV's too); null when there is nothing of either.
   */
  savedCopy(): Promise<Uint8Array | null>;
}

/** Sheets an earlier run of the add-in or `achv summarize` made, by their ACHV_SUMMARY_* workbook names: [marker, sheet]. */
function markedSummarySheets(bytes: Uint8Array): [string, string][] {
  try {
    const part = readDirectory(bytes, "").get("xl/workbook.xml");
    if (!part) return [];
    const xml = WEB_IO.decode(readPart(bytes, part, "", WEB_IO.inflate, LIMITS.partBytes));
    const found: [string, string][] = [];
    for (const m of xml.matchAll(/<(?:\w+:)?definedName\b[^>]*\bname="([^"]*)"[^>]*>([^<]*)</g)) {
      if (!m[1].startsWith(MARKER_PREFIX)) continue;
      const sheet = sheetOfReference(decodeXml(m[2]));
      if (sheet) found.push([m[1], sheet]);
    }
    return found;
  } catch {
    // A workbook whose names cannot be read has no marked sheets to leave out.
    return [];
  }
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

/** Checks the sheets elsewhere (the browser page's Web Worker), told every fix made so far as [sheet, cell, value]. */
export type OffThreadCheck = (request: {
  names: string[];
  hidden: string[];
  sheet: string;
  settings: PaneSettings;
  fixes: [string, string, string][];
}) => Promise<ValidationResult>;

export function createFileHost(
  book: WorkbookReader,
  language: string,
  bytes?: Uint8Array,
  check?: OffThreadCheck
): FileHost {
  /** Fixes applied, by sheet and cell, to write into a copy of the file. */
  const fixes = new Map<string, Map<string, string>>();
  const sheets = new Map<string, SheetSnapshot>();
  const names = [...book.sheetNames];
  /** Sheets this host inserted, by the marker of their kind. */
  const own = new Map<string, string>();
  const marks = new Map<string, Map<string, Severity>>();
  const listeners: ((e: FileHostEvent) => void)[] = [];
  let active = book.sheetNames[0];
  let selection: { sheet: string; cell: string } | null = null;
  let settings: PaneSettings = {};
  let result: StoredResult | null = null;
  /** The summary sheets last inserted, by their kind's marker (前年度比較 apart from the others): written into the saved copy. */
  const summaries = new Map<string, PlannedSheet>();
  const marked = bytes && book.sheetPart ? markedSummarySheets(bytes) : [];
  const emit = (e: FileHostEvent) => listeners.forEach((l) => l(e));
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
    emit({ type: "values", sheet: name, cell });
  };
  const fixedCopy = (): Uint8Array | null => {
    if (!bytes || fixes.size === 0 || !book.sheetPart) return null;
    let out = bytes;
    for (const [name, cells] of fixes) {
      const part = book.sheetPart(name);
      if (part) out = patchCells(out, part, cells);
    }
    return out;
  };
  /** The workbook through ExcelJS (loaded only now): the file with its fixes, or a CSV's one sheet, and the summaries. */
  const workbookCopy = async (): Promise<Uint8Array> => {
    const loaded = await import("exceljs");
    const { Workbook } = (loaded as unknown as { default?: typeof loaded }).default ?? loaded;
    const wb = new Workbook();
    if (bytes && book.sheetPart) {
      book.checkParts?.();
      // ExcelJS's types name Node's Buffer; in a browser it takes the bytes as they are.
      await wb.xlsx.load((fixedCopy() ?? bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
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
    if (summaries.size > 0) addSummarySheets(wb, { sheets: [...summaries.values()] });
    return new Uint8Array(await wb.xlsx.writeBuffer());
  };

  return {
    kind: "file",
    displayLanguage: () => language,
    sheet,
    marks: (name) => marks.get(name) ?? new Map(),
    selection: () => selection,
    setActive(name) {
      sheet(name);
      active = name;
      emit({ type: "active", sheet: name });
    },
    subscribe: (l) => void listeners.push(l),
    ...(check
      ? {
          validate: (sheetNames: string[], hidden: string[], chosen: string, given: PaneSettings) =>
            check({
              names: sheetNames,
              hidden,
              sheet: chosen,
              settings: given,
              fixes: [...fixes].flatMap(([name, cells]) =>
                [...cells].map(([cell, value]): [string, string, string] => [name, cell, value])
              ),
            }),
        }
      : {}),
    listSheets: async () => [...names],
    sheetRoles: async () => ({
      hidden: (book.hiddenSheets ?? []).filter((n) => names.includes(n)),
      summaries: [...own.values(), ...marked.map(([, n]) => n).filter((n) => names.includes(n))],
    }),
    activeSheet: async () => active,
    showSheet: async (name) => {
      sheet(name);
      active = name;
      emit({ type: "active", sheet: name });
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
      selection = { sheet: name, cell };
      emit({ type: "select", sheet: name, cell });
    },
    markCells: async (name, list: Mark[]) => {
      sheet(name);
      marks.set(name, new Map(list.map((m) => [m.cell, m.severity])));
      emit({ type: "marks", sheet: name });
    },
    clearMarks: async () => {
      const names = [...marks.keys()];
      marks.clear();
      for (const name of names) emit({ type: "marks", sheet: name });
    },
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
      if (summaries.size > 0 || (fixes.size > 0 && !book.sheetPart)) return workbookCopy();
      return fixedCopy();
    },
    insertSummaries: async (makePlan) => {
      const plan = makePlan(DATA_TABLE);
      // Only the kinds inserted now are replaced, as the writers do: 前年度比較 leaves the summaries, and the other way round.
      const kinds = new Set(plan.sheets.map((p) => p.marker));
      // Sheets an earlier run made are replaced when the copy is saved: the page stops showing them now.
      for (const [marker, name] of marked)
        if (kinds.has(marker) && names.includes(name)) names.splice(names.indexOf(name), 1);
      for (const [marker, name] of own) {
        if (!kinds.has(marker)) continue;
        names.splice(names.indexOf(name), 1);
        sheets.delete(name);
        marks.delete(name);
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
      emit({ type: "sheets" });
      return { sheets: placed, pivots: false };
    },
  };
}
