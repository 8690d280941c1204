import { OfficeMockObject } from "office-addin-mock";
import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";
import { cellAddress, isCellError, parseAddress } from "../../src/core/snapshot";

export interface Fill {
  color: string;
  pattern: string;
}
const NO_FILL: Fill = { color: "#FFFFFF", pattern: "None" };

/**
 * A mocked Excel workbook on office-addin-mock: sheets hold values, merged areas,
 * fills and settings; every object the adapter asks for is an OfficeMockObject, so
 * reading a property before load + sync fails as it does in Excel. It counts
 * context.sync calls, and can be told to fail a sync.
 */
export class ExcelMock {
  syncs = 0;
  readonly settings = new Map<string, unknown>();
  readonly fills = new Map<string, Fill>();
  /** Calls made, by name, for asserting what the adapter asked for. */
  readonly calls: string[] = [];
  private pending: OfficeMockObject[] = [];
  failSync?: (n: number) => Error | undefined;
  readonly context: Excel.RequestContext;

  constructor(readonly sheets: SheetSnapshot[], public active = sheets[0]?.name) {
    const mock = this;
    const data = {
      workbook: {
        worksheets: {
          getItem: (name: string) => mock.worksheet(name, false),
          getItemOrNullObject: (name: string) => mock.worksheet(name, true),
          getActiveWorksheet: () => mock.worksheet(mock.active!, false),
        },
        settings: {
          getItemOrNullObject: (key: string) =>
            mock.track({ isNullObject: !mock.settings.has(key), value: mock.settings.get(key) ?? "" }),
          add: (key: string, value: unknown) => {
            mock.calls.push("settings.add");
            mock.settings.set(key, value);
          },
        },
      },
      sync: async () => {
        mock.syncs++;
        const err = mock.failSync?.(mock.syncs);
        if (err) throw err;
        const list = mock.pending;
        mock.pending = [];
        for (const m of list) await m.sync();
        await new Promise((r) => setTimeout(r, 0));
      },
    };
    this.context = new OfficeMockObject(data) as unknown as Excel.RequestContext;
  }

  private track(data: object): OfficeMockObject {
    const m = new OfficeMockObject(data);
    // As in Excel, isNullObject needs no load: it is there once the batch has synced.
    if ("isNullObject" in data) Object.assign(m, { isNullObject: (data as { isNullObject: boolean }).isNullObject });
    this.pending.push(m);
    return m;
  }

  sheet(name: string): SheetSnapshot | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  fillOf(cell: string, sheet = this.active): Fill {
    return this.fills.get(`${sheet}!${cell}`) ?? NO_FILL;
  }

  private worksheet(name: string, orNull: boolean): unknown {
    const sheet = this.sheet(name);
    if (!sheet && !orNull) throw Object.assign(new Error(`no sheet ${name}`), { code: "ItemNotFound" });
    const mock = this;
    const ws = this.track({ isNullObject: !sheet, name });
    Object.assign(ws, {
      activate: () => {
        mock.calls.push("activate");
        mock.active = name;
      },
      getUsedRangeOrNullObject: () => {
        mock.calls.push("getUsedRangeOrNullObject");
        const rows = sheet!.values.length;
        const cols = Math.max(0, ...sheet!.values.map((r) => r.length));
        return mock.track({ isNullObject: rows === 0, rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: cols });
      },
      getRangeByIndexes: (row: number, col: number, rowCount: number, colCount: number) => {
        mock.calls.push("getRangeByIndexes");
        return mock.block(sheet!, row, col, rowCount, colCount);
      },
      getRange: (address: string) => mock.cellRange(name, address),
      getRanges: (address: string) => {
        mock.calls.push("getRanges");
        return mock.areas(name, address.split(","));
      },
    });
    return ws;
  }

  private block(sheet: SheetSnapshot, row: number, col: number, rowCount: number, colCount: number): unknown {
    const values: unknown[][] = [];
    const types: string[][] = [];
    for (let r = row; r < row + rowCount; r++) {
      const line = sheet.values[r] ?? [];
      const v: unknown[] = [];
      const t: string[] = [];
      for (let c = col; c < col + colCount; c++) {
        const x: CellValue = line[c] ?? null;
        if (isCellError(x)) {
          v.push(x.error);
          t.push("Error");
        } else if (x === null) {
          v.push("");
          t.push("Empty");
        } else {
          v.push(x);
          t.push(typeof x === "number" ? "Double" : typeof x === "boolean" ? "Boolean" : "String");
        }
      }
      values.push(v);
      types.push(t);
    }
    const range = this.track({ values, valueTypes: types });
    const mock = this;
    Object.assign(range, {
      getMergedAreasOrNullObject: () => {
        mock.calls.push("getMergedAreasOrNullObject");
        // As in Excel (office-js#3611): only areas whose top-left lies in the range.
        const inside = sheet.merges.filter((m) => m.top >= row && m.top < row + rowCount && m.left >= col && m.left < col + colCount);
        const address = inside.map((m) => `${sheet.name}!${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).join(", ");
        return mock.track({ isNullObject: inside.length === 0, address });
      },
    });
    return range;
  }

  private cellRange(sheet: string, address: string): unknown {
    const mock = this;
    const fill = this.fillOf(address, sheet);
    const at = parseAddress(address)!;
    const value = this.sheet(sheet)?.values[at.row]?.[at.col] ?? "";
    const range = this.track({ values: [[value ?? ""]], format: { fill: { color: fill.color, pattern: fill.pattern } } });
    Object.assign(range, { select: () => mock.calls.push(`select ${sheet}!${address}`) });
    const setValues = (v: unknown[][]) => {
      mock.calls.push(`write ${sheet}!${address}`);
      mock.sheet(sheet)!.values[at.row][at.col] = v[0][0] as CellValue;
    };
    return new Proxy(range, {
      set(target, prop, v) {
        // The mock's own load() also sets "values" (to a not-synced marker): only arrays are writes.
        if (prop === "values" && Array.isArray(v)) setValues(v);
        else (target as unknown as Record<string | symbol, unknown>)[prop] = v;
        return true;
      },
    });
  }

  /** RangeAreas: writes go straight to every cell (nothing is loaded from them). */
  private areas(sheet: string, cells: string[]): unknown {
    const mock = this;
    const each = (f: (key: string, cur: Fill) => Fill) => {
      for (const c of cells) {
        const key = `${sheet}!${c}`;
        mock.fills.set(key, f(key, mock.fills.get(key) ?? NO_FILL));
      }
    };
    return {
      format: {
        fill: {
          set color(v: string) {
            each((_k, cur) => ({ color: v, pattern: cur.pattern === "None" ? "Solid" : cur.pattern }));
          },
          set pattern(v: string) {
            each((_k, cur) => ({ ...cur, pattern: v }));
          },
          clear() {
            for (const c of cells) mock.fills.delete(`${sheet}!${c}`);
          },
        },
      },
    };
  }
}
