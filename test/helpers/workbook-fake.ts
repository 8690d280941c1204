import { parseAddress } from "../../src/core/snapshot";

/**
 * A fake Excel workbook for the summary writer: like Office.js, every call is
 * queued and only carried out at context.sync(), in order, and a batch is not a
 * transaction — when an operation fails, the ones before it stay done. Collections
 * (worksheets, names, tables) load their items, which office-addin-mock cannot
 * model. It counts syncs, can make a chosen operation fail, and can refuse a
 * request whose cell text is over a size, as Excel on the web does past 5 MB.
 */
export interface FakeSheet {
  name: string;
  cells: Map<string, unknown>;
  formats: string[];
  merges: string[];
  tables: string[];
  pivots: { name: string; rows?: string; columns?: string; summarizeBy?: string }[];
  charts: { type: string; source: string; title?: string }[];
}

export class WorkbookFake {
  syncs = 0;
  ops: { what: string; run: () => void; bytes: number }[] = [];
  /** Every operation carried out, in order. */
  log: string[] = [];
  sheets: FakeSheet[] = [];
  /** Workbook-level names and the sheet each refers to (it follows renames, as in Excel). */
  names = new Map<string, FakeSheet>();
  tables = new Map<string, string>();
  screenSuspended = 0;
  /** Make the first queued operation whose description matches fail at sync. */
  failOn?: RegExp;
  /** Refuse, whole and before any of it runs, a request carrying more bytes than this (cell text as JSON, UTF-8). */
  requestLimit?: number;
  /** Bytes of every request sent, in order (refused ones included). */
  requests: number[] = [];
  readonly context: Excel.RequestContext;

  constructor(sheetNames: string[]) {
    for (const n of sheetNames) this.sheets.push(this.blank(n));
    this.context = this.makeContext() as unknown as Excel.RequestContext;
  }

  blank(name: string): FakeSheet {
    return { name, cells: new Map(), formats: [], merges: [], tables: [], pivots: [], charts: [] };
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private q(what: string, run: () => void, bytes = 100) {
    this.ops.push({ what, run, bytes });
  }

  private makeContext() {
    const fake = this;
    const sheetRef = (get: () => FakeSheet | undefined, label: string, orNull = false) => {
      const must = () => {
        const s = get();
        if (!s) throw Object.assign(new Error(`ItemNotFound ${label}`), { code: "ItemNotFound" });
        return s;
      };
      const range = (address: string, origin = parseAddress(address.split(":")[0]) ?? { row: 0, col: 0 }) => ({
        __sheet: label,
        set formulas(m: unknown[][]) {
          fake.q(
            `formulas ${label}!${address}`,
            () => {
              const s = must();
              m.forEach((row, r) => row.forEach((v, c) => v !== "" && s.cells.set(`${origin.row + r},${origin.col + c}`, v)));
            },
            Buffer.byteLength(JSON.stringify(m)),
          );
        },
        set numberFormat(_v: unknown) {
          fake.q(`numberFormat ${label}!${address}`, () => must().formats.push(`numberFormat ${address}`));
        },
        format: {
          font: { set bold(_v: boolean) { fake.q(`bold ${label}!${address}`, () => must().formats.push(`bold ${address}`)); } },
          fill: { set color(_v: string) { fake.q(`fill ${label}!${address}`, () => must().formats.push(`fill ${address}`)); } },
        },
        merge: () => fake.q(`merge ${label}!${address}`, () => must().merges.push(address)),
        getEntireColumn: () => ({ format: { set columnWidth(_v: number) { fake.q(`width ${label}`, () => must()); } } }),
      });
      return {
        getRange: (address: string) => range(address),
        getRangeByIndexes: (r: number, c: number) => range(`${r},${c}`, { row: r, col: c }),
        delete: () => fake.q(`delete sheet ${label}`, () => {
          const s = get();
          if (!s && !orNull) must();
          fake.sheets = fake.sheets.filter((x) => x !== s);
          for (const [n, target] of fake.names) if (target === s) fake.names.delete(n);
        }),
        set name(v: string) {
          fake.q(`rename ${label} -> ${v}`, () => (must().name = v));
        },
        tables: {
          add: (address: string) => {
            const t = { name: "" };
            fake.q(`table ${label}!${address}`, () => must().tables.push(address));
            return new Proxy(t, {
              set: (_t, _p, v) => {
                fake.q(`table name ${v}`, () => fake.tables.set(v, label));
                return true;
              },
            });
          },
        },
        pivotTables: {
          add: (name: string) => {
            const p: FakeSheet["pivots"][number] = { name };
            fake.q(`pivot ${name}`, () => must().pivots.push(p));
            const hierarchy = (field: string) => field;
            return {
              hierarchies: { getItem: hierarchy },
              rowHierarchies: { add: (f: string) => fake.q(`pivot rows ${f}`, () => (p.rows = f)) },
              columnHierarchies: { add: (f: string) => fake.q(`pivot columns ${f}`, () => (p.columns = f)) },
              dataHierarchies: {
                add: (f: string) => ({
                  set summarizeBy(v: string) {
                    fake.q(`pivot values ${f} ${v}`, () => (p.summarizeBy = v));
                  },
                }),
              },
            };
          },
        },
        charts: {
          add: (type: string) => {
            const c: FakeSheet["charts"][number] = { type, source: "" };
            fake.q(`chart ${type}`, () => must().charts.push(c));
            return {
              title: { set text(v: string) { fake.q("chart title", () => (c.title = v)); } },
              setPosition: () => fake.q("chart position", () => undefined),
              series: { getItemAt: () => ({ setXAxisValues: () => fake.q("chart categories", () => undefined) }) },
            };
          },
        },
      };
    };
    const worksheets = {
      items: [] as { name: string }[],
      load: () => fake.q("load worksheets", () => (worksheets.items = fake.sheets.map((s) => ({ name: s.name })))),
      add: (name: string) => {
        fake.q(`add sheet ${name}`, () => {
          if (fake.sheet(name)) throw Object.assign(new Error("ItemAlreadyExists"), { code: "ItemAlreadyExists" });
          fake.sheets.push(fake.blank(name));
        });
        return sheetRef(() => fake.sheet(name), name);
      },
      getItem: (name: string) => sheetRef(() => fake.sheet(name), name),
      getItemOrNullObject: (name: string) => sheetRef(() => fake.sheet(name), name, true),
    };
    const names = {
      items: [] as { name: string; formula: string; delete(): void }[],
      load: () =>
        fake.q("load names", () => {
          names.items = [...fake.names].map(([name, target]) => ({ name, formula: `='${target.name}'!$A$1`, delete: () => fake.q(`delete name ${name}`, () => fake.names.delete(name)) }));
        }),
      add: (name: string, _range: unknown) => {
        const sheetName = (_range as { __sheet?: string }).__sheet;
        fake.q(`add name ${name}`, () => {
          if (fake.names.has(name)) throw Object.assign(new Error("ItemAlreadyExists"), { code: "ItemAlreadyExists" });
          const target = fake.sheet(sheetName!);
          if (!target) throw Object.assign(new Error("InvalidReference"), { code: "InvalidReference" });
          fake.names.set(name, target);
        });
      },
      getItemOrNullObject: (name: string) => ({ delete: () => fake.q(`delete name ${name}`, () => fake.names.delete(name)) }),
    };
    const tables = {
      items: [] as { name: string }[],
      load: () => fake.q("load tables", () => (tables.items = [...fake.tables.keys()].map((name) => ({ name })))),
    };
    return {
      workbook: { worksheets, names, tables },
      application: { suspendScreenUpdatingUntilNextSync: () => fake.q("suspend", () => fake.screenSuspended++) },
      sync: async () => {
        fake.syncs++;
        const ops = fake.ops;
        fake.ops = [];
        const bytes = ops.reduce((n, op) => n + op.bytes, 0);
        fake.requests.push(bytes);
        if (fake.requestLimit !== undefined && bytes > fake.requestLimit) {
          throw Object.assign(new Error("The request payload size has exceeded the limit."), { code: "RequestPayloadSizeLimitExceeded" });
        }
        for (const op of ops) {
          if (fake.failOn && fake.failOn.test(op.what)) {
            fake.failOn = undefined;
            throw Object.assign(new Error(`failed at ${op.what}`), { code: "GeneralException" });
          }
          op.run();
          fake.log.push(op.what);
        }
      },
    };
  }
}
