import type { CellRange } from "../../../src/core/snapshot";
import { cellAddress } from "../../../src/core/snapshot";
import {
  MAX_COLS,
  MAX_ROWS,
  NO_FILL,
  coerceWritten,
  getCell,
  intersects,
  liveSheets,
  newSheet,
  parseRange,
  quoteSheet,
  rangeAddress,
  setCell,
  sheetNamed,
  simError,
  usedWithin,
  type SimBook,
  type SimBorder,
  type SimChart,
  type SimFill,
  type SimName,
  type SimPageLayout,
  type SimPivot,
  type SimSheet,
  type SimTable,
} from "./book";
import { isSetSupported, type HostProfile } from "./profiles";

/**
 * Excel.RequestContext on a SimBook, with Excel's documented behaviour. Each rule
 * names its source; keys: R = OfficeDev/office-js-docs-reference, P =
 * OfficeDev/office-js-docs-pr, Y(x) = R docs/docs-ref-autogen/excel/excel/excel.x.yml,
 * T = the remarks in @types/office-js (node_modules/@types/office-js/index.d.ts).
 * Where the docs are silent the stricter reading is taken and the comment says so.
 */

export interface SimStats {
  syncs: number;
  /** Bytes of every request sent, refused ones included. */
  requests: number[];
  /** Bytes of every response, refused ones included. */
  responses: number[];
  /** Cell writes carried out while the add-in had asked for screen updating off but a sync had turned it back on. */
  writesWithScreenOn: number;
  /** A test's stand-in for a failure Excel may give at any sync (protection, a lost connection): the nth sync fails before it runs. */
  failSync?: (n: number) => Error | undefined;
}

export function newStats(): SimStats {
  return { syncs: 0, requests: [], responses: [], writesWithScreenOn: 0 };
}

/** Whole-request and per-action JSON sizes: the simulator serializes the request as Office.js does (RichApi JSON). */
const jsonBytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x) ?? "null");

/** P docs/excel/performance.md:127-130: get operations are limited to 5,000,000 cells on every platform (past it, stricter: an error). */
const READ_CELL_LIMIT = 5_000_000;
/** P docs/excel/excel-add-ins-troubleshooting.md:90: getRange/getRanges addresses are cut at 8,192 characters (stricter: refused). */
const ADDRESS_LIMIT = 8192;
/** T Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512, then this method will fail to return the result" (error code UNCONFIRMED: GeneralException). */
const MERGED_AREAS_LIMIT = 512;
/**
 * Settings: R removed "A maximum of 2MB is available for the settings of each add-in" (e59cf88a89);
 * OfficeDev/office-js#3957 reports an InvalidArgument near 1 MB. Stricter: 1,000,000 bytes of JSON in all (see settingsBytes).
 */
export const SETTINGS_LIMIT = 1_000_000;

interface Delivery {
  bytes: number;
  deliver(): void;
}
interface Action {
  bytes: number;
  run(): Delivery | void;
}

class Session {
  queue: Action[] = [];
  id = 1;
  screenSuspended = false;
  suspendedOnce = false;
  constructor(
    readonly book: SimBook,
    readonly profile: HostProfile,
    readonly stats: SimStats
  ) {}

  push(bytes: number, run: () => Delivery | void) {
    this.queue.push({ bytes, run });
  }

  /** Bytes of an object path plus its Instantiate action, as Office.js sends them. */
  pathBytes(name: string, args: unknown[]): number {
    const id = ++this.id;
    return (
      jsonBytes({
        [id]: {
          Id: id,
          ObjectPathType: 3,
          Name: name,
          ParentId: id - 1,
          ArgumentInfo: { Arguments: args },
        },
      }) + jsonBytes({ Id: ++this.id, ActionType: 1, Name: "", ObjectPathId: id })
    );
  }

  actionBytes(type: number, name: string, args: unknown[]): number {
    const id = ++this.id;
    return jsonBytes({
      Id: id,
      ActionType: type,
      Name: name,
      ObjectPathId: id - 1,
      ArgumentInfo: { Arguments: args },
    });
  }

  /** An API outside the host's requirement sets: ApiNotFound (P docs/testing/application-specific-api-error-handling.md). */
  need(set: string, version: string, what: string) {
    if (!isSetSupported(this.profile, set, version))
      throw simError(
        "ApiNotFound",
        `${what} needs ${set} ${version}, which ${this.profile.label} lacks`
      );
  }

  /** Y(application) suspendScreenUpdatingUntilNextSync: suspended "until the next context.sync()". */
  wrote() {
    if (this.suspendedOnce && !this.screenSuspended) this.stats.writesWithScreenOn++;
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    const actions = this.queue;
    this.queue = [];
    const request = 64 + actions.reduce((n, a) => n + a.bytes + 1, 0);
    this.stats.requests.push(request);
    await Promise.resolve();
    const injected = this.stats.failSync?.(this.stats.syncs);
    if (injected) throw injected;
    const cap = this.profile.payloadCap;
    // P docs/excel/performance.md:127 and docs/testing/application-specific-api-error-handling.md: RequestPayloadSizeLimitExceeded, web only; nothing runs.
    if (cap !== undefined && request > cap)
      throw simError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${request} bytes).`
      );
    const deliveries: Delivery[] = [];
    let response = 64;
    try {
      // A batch is not a transaction: actions before a failing one stay done (stricter; the docs promise no rollback).
      for (const a of actions) {
        const d = a.run();
        if (d) {
          deliveries.push(d);
          response += d.bytes;
        }
      }
    } finally {
      this.screenSuspended = false;
      this.stats.responses.push(response);
    }
    // Same sources: ResponsePayloadSizeLimitExceeded; the loaded values never reach the add-in.
    if (cap !== undefined && response > cap)
      throw simError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${response} bytes).`
      );
    for (const d of deliveries) d.deliver();
  }
}

function splitProps(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (Array.isArray(spec)) return spec.map(String);
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  throw simError("InvalidArgument", "load() takes property names");
}

type State = "pending" | "ok" | "null";

/** Members anything may probe on an object without it being an API call: promise resolution, JSON, Jest's matchers and printer. */
const PROBES = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "_isMockFunction",
]);

/**
 * The object itself, except that reading or setting a member the simulator does not model throws
 * (code NotModelled) instead of passing as `undefined` or as a new property: a call the simulator
 * cannot judge must fail the test, never pass it.
 */
export function strict<O extends object>(o: O, what: string): O {
  const gap = (p: string) =>
    simError(
      "NotModelled",
      `${what}.${p} is not modelled by the Excel simulator (test/helpers/excel-sim).`
    );
  return new globalThis.Proxy(o, {
    get(t, p, receiver) {
      if (typeof p === "string" && !(p in t) && !PROBES.has(p)) throw gap(p);
      return Reflect.get(t, p, receiver);
    },
    set(t, p, v, receiver) {
      if (typeof p === "string" && !(p in t)) throw gap(p);
      // A getter without a setter (a read-only property) makes Reflect.set false: a TypeError in strict code, as in Office.js.
      return Reflect.set(t, p, v, receiver);
    },
  });
}

/**
 * A client object (R officeextension.clientobject.yml): commands are queued until sync; properties
 * are readable only once loaded and synced. Fields are plain `private` (not `#`) so that the strict
 * wrapper the constructor returns can reach them.
 */
abstract class ClientObject<T> {
  private state: State = "pending";
  private resolved: T | undefined;
  private synced = false;
  protected loaded = new Map<string, unknown>();
  private navigation = new Map<string, unknown>();

  constructor(
    readonly s: Session,
    private resolver: () => T | null,
    protected orNull = false,
    bytes = 0,
    private api?: [string, string, string]
  ) {
    // Objects returned by methods are instantiated in the request (bytes > 0): a missing item fails the batch even if unused.
    if (bytes > 0)
      s.push(bytes, () => {
        this.peek();
        return { bytes: 0, deliver: () => (this.synced = true) };
      });
    return strict(this, new.target.name);
  }

  /** A navigation property: made once, then the same object (as Office.js caches them), so what was loaded on it stays readable. */
  protected nav<C>(name: string, make: () => C): C {
    if (!this.navigation.has(name)) this.navigation.set(name, make());
    return this.navigation.get(name) as C;
  }

  /** Adopt an already resolved target with loaded values (collection items). */
  adopt(target: T, values: Record<string, unknown>): this {
    this.state = "ok";
    this.resolved = target;
    this.synced = true;
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
    return this;
  }

  /** The target, or null for a null object; resolves on first use at sync. */
  peek(): T | null {
    if (this.api) this.s.need(...this.api);
    if (this.state === "pending") {
      const t = this.resolver();
      // A missing item from getItem and the like: ItemNotFound (P application-specific-api-error-handling.md).
      if (t === null && !this.orNull)
        throw simError("ItemNotFound", "The requested resource doesn't exist.");
      this.state = t === null ? "null" : "ok";
      this.resolved = t ?? undefined;
    }
    if (this.state === "null") return null;
    this.checkAlive(this.resolved as T);
    return this.resolved as T;
  }

  /**
   * The target for a command. A command on a null object fails: R officeextension.clientobject.yml only says
   * isNullObject must be checked after a sync; using the object anyway is taken as an error (stricter).
   */
  target(): T {
    const t = this.peek();
    if (t === null) throw simError("ItemNotFound", "The object is a null object.");
    return t;
  }

  /**
   * An object passed as an argument must come from the same request context: OfficeExtension.ErrorCodes.invalidRequestContext
   * (R officeextension.errorcodes.yml), thrown at the call.
   */
  protected sameContext(...args: ClientObject<unknown>[]) {
    for (const a of args)
      if (a.s !== this.s)
        throw simError(
          "InvalidRequestContext",
          "Cannot use the object across different request contexts."
        );
  }

  /**
   * An object whose sheet was deleted since it was got fails. Excel on the web answers InvalidRequestContext, "the specified
   * worksheet cannot be found" (office-js#6964); elsewhere the code is UNCONFIRMED: ItemNotFound.
   */
  protected checkAlive(t: T): void {
    const sheet = (t as { sheet?: SimSheet }).sheet ?? (t as unknown as SimSheet);
    if ((sheet as SimSheet).deleted !== true && (t as { deleted?: boolean }).deleted !== true)
      return;
    if (this.s.profile.platform === "OfficeOnline")
      throw simError(
        "InvalidRequestContext",
        "The request cannot be processed because the specified worksheet cannot be found. Please try again."
      );
    throw simError("ItemNotFound", "The object was deleted.");
  }

  /** R officeextension.clientobject.yml: "You must call context.sync() before reading the isNullObject property." */
  get isNullObject(): boolean {
    if (!this.synced)
      throw simError("PropertyNotLoaded", "isNullObject is read before context.sync().");
    return this.state === "null";
  }

  load(spec?: unknown): this {
    const props = splitProps(spec);
    this.s.push(this.s.actionBytes(2, "", [{ Select: props, Expand: [] }]), () => {
      const t = this.peek();
      if (t === null) return { bytes: 8, deliver: () => (this.synced = true) };
      const out: Record<string, unknown> = {};
      for (const p of props) out[p] = this.read(t, p);
      return {
        bytes: jsonBytes(out) + 24,
        deliver: () => {
          this.synced = true;
          for (const p of props) this.absorb(p, out[p]);
        },
      };
    });
    return this;
  }

  protected absorb(prop: string, value: unknown) {
    this.loaded.set(prop, value);
  }

  /** The value a load returns for a property (at sync). */
  protected abstract read(t: T, prop: string): unknown;

  /** OfficeExtension.ErrorCodes.propertyNotLoaded (R officeextension.errorcodes.yml): reading before load + sync. */
  protected got<V>(prop: string): V {
    if (!this.loaded.has(prop))
      throw simError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    return this.loaded.get(prop) as V;
  }

  protected put(name: string, value: unknown, apply: (t: T) => void) {
    this.s.push(this.s.actionBytes(4, name, [value]), () => {
      apply(this.target());
    });
  }

  protected invoke(name: string, args: unknown[], apply: (t: T) => void) {
    this.s.push(this.s.actionBytes(3, name, args), () => {
      apply(this.target());
    });
  }

  protected unknown(prop: string): never {
    throw simError("InvalidArgument", `The simulator does not know the property '${prop}'.`);
  }
}

/** A result of a method (OfficeExtension.ClientResult): value readable after sync. */
class Result<V> {
  private result: { v: V } | undefined;
  constructor(s: Session, bytes: number, compute: () => V) {
    s.push(bytes, () => {
      const v = compute();
      return { bytes: jsonBytes(v) + 24, deliver: () => (this.result = { v }) };
    });
    return strict(this, "ClientResult");
  }
  get value(): V {
    if (!this.result)
      throw simError("PropertyNotLoaded", "A ClientResult is read before context.sync().");
    return this.result.v;
  }
}

/* ---------------------------------------------------------------- ranges */

interface RangeTarget {
  sheet: SimSheet;
  r: CellRange;
}
interface AreasTarget {
  sheet: SimSheet;
  areas: CellRange[];
}

function cellsIn(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function readLimit(r: CellRange) {
  if (cellsIn(r) > READ_CELL_LIMIT)
    throw simError(
      "RangeExceedsLimit",
      "The number of cells in the range has exceeded the maximum supported number."
    );
}

function matrix<V>(r: CellRange, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: V[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(f(row, col));
    out.push(line);
  }
  return out;
}

/**
 * Y(range) values: the dimensions of a written matrix must match the range's (InvalidArgument). A null in it
 * leaves that cell as it is; "" clears it (P docs/excel/excel-add-ins-blank-null-values.md).
 */
function checkShape(r: CellRange, m: unknown) {
  if (
    !Array.isArray(m) ||
    m.length !== r.bottom - r.top + 1 ||
    m.some((line) => !Array.isArray(line) || line.length !== r.right - r.left + 1)
  ) {
    throw simError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
}

function typeOf(sheet: SimSheet, row: number, col: number): string {
  const c = getCell(sheet, row, col);
  if (!c) return "Empty";
  if (c.error) return "Error";
  return typeof c.value === "number"
    ? "Double"
    : typeof c.value === "boolean"
      ? "Boolean"
      : "String";
}

function fillKey(row: number, col: number) {
  return cellAddress(row, col);
}

/** Fills over several cells read as null unless all equal (Y(rangefill)). */
function uniformFill(sheet: SimSheet, areas: CellRange[], prop: keyof SimFill): unknown {
  let value: unknown;
  let first = true;
  for (const r of areas)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const v = (sheet.fills.get(fillKey(row, col)) ?? NO_FILL)[prop];
        if (first) value = v;
        else if (v !== value) return null;
        first = false;
      }
  return value;
}

function eachCell(areas: CellRange[], f: (row: number, col: number) => void) {
  for (const r of areas)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) f(row, col);
}

const FILL_SETS: Record<keyof SimFill, string> = {
  color: "1.1",
  pattern: "1.9",
  patternColor: "1.9",
  tintAndShade: "1.9",
  patternTintAndShade: "1.9",
};

/** RangeFill over a range or areas (Y(rangefill)): color 1.1, clear 1.1, pattern and the rest 1.9. */
class Fill extends ClientObject<AreasTarget> {
  protected read(t: AreasTarget, prop: string): unknown {
    if (!(prop in FILL_SETS)) return this.unknown(prop);
    this.s.need("ExcelApi", FILL_SETS[prop as keyof SimFill], `RangeFill.${prop}`);
    return uniformFill(t.sheet, t.areas, prop as keyof SimFill);
  }
  private set(prop: keyof SimFill, v: unknown) {
    // P docs/excel/excel-add-ins-blank-null-values.md: null is not a valid value for a single property such as fill.color.
    if (v === null || v === undefined)
      throw simError("InvalidArgument", `RangeFill.${prop} cannot be set to ${v}.`);
    this.put(prop, v, (t) => {
      this.s.need("ExcelApi", FILL_SETS[prop], `RangeFill.${prop}`);
      this.s.wrote();
      eachCell(t.areas, (row, col) => {
        const k = fillKey(row, col);
        const cur = t.sheet.fills.get(k) ?? NO_FILL;
        if (prop === "pattern" && v === "None") t.sheet.fills.delete(k);
        // Setting a colour on a cell without fill gives it a solid fill.
        else
          t.sheet.fills.set(k, {
            ...cur,
            [prop]: v,
            ...(prop === "color" && cur.pattern === "None" ? { pattern: "Solid" } : {}),
          });
      });
    });
  }
  get color(): string {
    return this.got("color");
  }
  set color(v: string) {
    this.set("color", v);
  }
  get pattern(): string {
    return this.got("pattern");
  }
  set pattern(v: string) {
    this.set("pattern", v);
  }
  set patternColor(v: string) {
    this.set("patternColor", v);
  }
  set tintAndShade(v: number) {
    this.set("tintAndShade", v);
  }
  set patternTintAndShade(v: number) {
    this.set("patternTintAndShade", v);
  }
  clear() {
    this.invoke("clear", [], (t) => {
      this.s.wrote();
      eachCell(t.areas, (row, col) => t.sheet.fills.delete(fillKey(row, col)));
    });
  }
}

class Font extends ClientObject<AreasTarget> {
  protected read(t: AreasTarget, prop: string): unknown {
    if (prop === "bold")
      return t.areas.every((r) =>
        matrix(r, (row, col) => t.sheet.bold.has(fillKey(row, col)))
          .flat()
          .every(Boolean)
      );
    return this.unknown(prop);
  }
  set bold(v: boolean) {
    this.put("bold", v, (t) => {
      this.s.wrote();
      eachCell(t.areas, (row, col) =>
        v ? t.sheet.bold.add(fillKey(row, col)) : t.sheet.bold.delete(fillKey(row, col))
      );
    });
  }
}

class Format extends ClientObject<AreasTarget> {
  protected read(_t: AreasTarget, prop: string): unknown {
    return this.unknown(prop);
  }
  get fill(): Fill {
    return this.nav(
      "fill",
      () => new Fill(this.s, () => this.target(), false, this.s.pathBytes("fill", []))
    );
  }
  get font(): Font {
    return this.nav(
      "font",
      () => new Font(this.s, () => this.target(), false, this.s.pathBytes("font", []))
    );
  }
  /** Y(rangeformat) wrapText: ExcelApi 1.1. */
  set wrapText(v: boolean) {
    if (typeof v !== "boolean")
      throw simError("InvalidArgument", "RangeFormat.wrapText takes true or false.");
    this.put("wrapText", v, (t) => {
      this.s.wrote();
      if (v) t.sheet.wrapped.push(...t.areas.map((r) => ({ ...r })));
      else t.sheet.wrapped = t.sheet.wrapped.filter((w) => !t.areas.some((r) => intersects(r, w)));
    });
  }
  /** Y(rangeformat) borders: ExcelApi 1.1. */
  get borders(): RangeBorderCollection {
    return this.nav(
      "borders",
      () =>
        new RangeBorderCollection(
          this.s,
          () => this.target(),
          false,
          this.s.pathBytes("borders", [])
        )
    );
  }
  /** Y(rangeformat) columnWidth: ExcelApi 1.2. */
  set columnWidth(v: number) {
    this.put("columnWidth", v, (t) => {
      this.s.need("ExcelApi", "1.2", "RangeFormat.columnWidth");
      for (const r of t.areas)
        for (let c = r.left; c <= r.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
}

/** Excel.BorderIndex, Excel.BorderLineStyle and Excel.BorderWeight (T): the values Y(rangeborder) accepts; any other is InvalidArgument (stricter, code UNCONFIRMED). */
const BORDER_SIDES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const BORDER_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

interface BorderTarget extends AreasTarget {
  side: string;
}

/** Y(rangeborder): one edge of a range; style and weight ExcelApi 1.1. A new border is a thin continuous line (Excel's default weight). */
class RangeBorder extends ClientObject<BorderTarget> {
  protected read(_t: BorderTarget, prop: string): unknown {
    return this.unknown(prop);
  }
  private record(t: BorderTarget, change: Partial<Pick<SimBorder, "style" | "weight">>) {
    this.s.wrote();
    for (const r of t.areas) {
      const found = t.sheet.borders.find(
        (b) =>
          b.side === t.side &&
          b.range.top === r.top &&
          b.range.left === r.left &&
          b.range.bottom === r.bottom &&
          b.range.right === r.right
      );
      if (found) Object.assign(found, change);
      else
        t.sheet.borders.push({
          range: { ...r },
          side: t.side,
          style: "Continuous",
          weight: "Thin",
          ...change,
        });
    }
  }
  set style(v: string) {
    if (!BORDER_STYLES.includes(v)) throw simError("InvalidArgument", `Not a border style: ${v}`);
    this.put("style", v, (t) => this.record(t, { style: v }));
  }
  set weight(v: string) {
    if (!BORDER_WEIGHTS.includes(v)) throw simError("InvalidArgument", `Not a border weight: ${v}`);
    this.put("weight", v, (t) => this.record(t, { weight: v }));
  }
}

/** Y(rangebordercollection) getItem(index): ExcelApi 1.1, by Excel.BorderIndex. */
class RangeBorderCollection extends ClientObject<AreasTarget> {
  protected read(_t: AreasTarget, prop: string): unknown {
    return this.unknown(prop);
  }
  getItem(index: string): RangeBorder {
    if (!BORDER_SIDES.includes(index))
      throw simError("InvalidArgument", `Not a border index: ${index}`);
    return new RangeBorder(
      this.s,
      () => ({ ...this.target(), side: index }),
      false,
      this.s.pathBytes("getItem", [index])
    );
  }
}

/* ---------------------------------------------------------------- page layout (ExcelApi 1.9) */

/** Y(headerfooter) centerHeader / centerFooter: ExcelApi 1.9; the text is Excel's header and footer codes (&A, &P, &N, && for "&"). */
class HeaderFooter extends ClientObject<SimSheet> {
  protected read(t: SimSheet, prop: string): unknown {
    if (prop === "centerHeader") return t.pageLayout.centerHeader;
    if (prop === "centerFooter") return t.pageLayout.centerFooter;
    return this.unknown(prop);
  }
  set centerHeader(v: string) {
    this.put("centerHeader", v, (t) => (t.pageLayout.centerHeader = String(v)));
  }
  set centerFooter(v: string) {
    this.put("centerFooter", v, (t) => (t.pageLayout.centerFooter = String(v)));
  }
}

/** Y(headerfootergroup) defaultForAllPages: ExcelApi 1.9; used while the group's state is "Default", a new sheet's state. */
class HeaderFooterGroup extends ClientObject<SimSheet> {
  protected read(_t: SimSheet, prop: string): unknown {
    return this.unknown(prop);
  }
  get defaultForAllPages(): HeaderFooter {
    return this.nav(
      "defaultForAllPages",
      () =>
        new HeaderFooter(
          this.s,
          () => this.target(),
          false,
          this.s.pathBytes("defaultForAllPages", [])
        )
    );
  }
}

/** Entire rows as setPrintTitleRows wants them: "$4:$4", "4:5" (Y(pagelayout): "The range must span the entire row to be valid"). */
function entireRows(address: string): string | null {
  const m = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(address);
  return m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) && Number(m[2]) <= MAX_ROWS
    ? `$${m[1]}:$${m[2]}`
    : null;
}

/**
 * Y(pagelayout): Worksheet.pageLayout, ExcelApi 1.9 for the object and every member used here.
 * orientation takes "Portrait" or "Landscape" (Excel.PageOrientation). zoom "must be set as a JSON
 * object" (x.zoom = {…}); its scale is 10–400 and null when fitting to pages (Y(pagelayoutzoomoptions)):
 * a scale with fit values, or a fit value that is not a whole number ≥ 0, is refused (stricter, InvalidArgument).
 */
class PageLayout extends ClientObject<SimSheet> {
  protected read(t: SimSheet, prop: string): unknown {
    switch (prop) {
      case "orientation":
        return t.pageLayout.orientation;
      case "zoom":
        return { ...t.pageLayout.zoom };
      case "centerHorizontally":
        return t.pageLayout.centerHorizontally;
      default:
        return this.unknown(prop);
    }
  }
  get orientation(): string {
    return this.got("orientation");
  }
  set orientation(v: string) {
    if (v !== "Portrait" && v !== "Landscape")
      throw simError("InvalidArgument", `Not a page orientation: ${v}`);
    this.put("orientation", v, (t) => (t.pageLayout.orientation = v));
  }
  get zoom(): SimPageLayout["zoom"] {
    return this.got("zoom");
  }
  set zoom(v: SimPageLayout["zoom"]) {
    const fits = [v?.horizontalFitToPages, v?.verticalFitToPages].filter(
      (x) => x !== undefined && x !== null
    );
    const scale = v?.scale;
    const badScale =
      scale !== undefined &&
      scale !== null &&
      (typeof scale !== "number" || scale < 10 || scale > 400 || fits.length > 0);
    if (
      typeof v !== "object" ||
      v === null ||
      badScale ||
      fits.some((x) => !Number.isInteger(x) || (x as number) < 0) ||
      (fits.length === 0 && (scale === undefined || scale === null))
    ) {
      throw simError("InvalidArgument", `Not page zoom options: ${JSON.stringify(v)}`);
    }
    this.put("zoom", v, (t) => (t.pageLayout.zoom = { ...v }));
  }
  get centerHorizontally(): boolean {
    return this.got("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.put("centerHorizontally", v, (t) => (t.pageLayout.centerHorizontally = Boolean(v)));
  }
  /** Y(pagelayout) headersFooters: ExcelApi 1.9. */
  get headersFooters(): HeaderFooterGroup {
    return this.nav(
      "headersFooters",
      () =>
        new HeaderFooterGroup(
          this.s,
          () => this.target(),
          false,
          this.s.pathBytes("headersFooters", [])
        )
    );
  }
  /** Rows repeated on every page; not entire rows: InvalidArgument (the code is UNCONFIRMED). */
  setPrintTitleRows(rows: string) {
    if (typeof rows !== "string")
      throw simError("NotModelled", "setPrintTitleRows is modelled with an address only.");
    this.invoke("setPrintTitleRows", [rows], (t) => {
      const entire = entireRows(rows);
      if (!entire)
        throw simError("InvalidArgument", `Print title rows must be entire rows: ${rows}`);
      t.pageLayout.printTitleRows = entire;
    });
  }
  /** The range or ranges to print, as an address on this sheet. */
  setPrintArea(area: string) {
    if (typeof area !== "string")
      throw simError("NotModelled", "setPrintArea is modelled with an address only.");
    this.invoke("setPrintArea", [area], (t) => {
      const ranges = area.split(",").map((a) => parseRange(a.trim()));
      if (ranges.some((r) => !r)) throw simError("InvalidArgument", `Not a print area: ${area}`);
      t.pageLayout.printArea = (ranges as CellRange[]).map(rangeAddress).join(",");
    });
  }
}

function sheetAddress(t: RangeTarget): string {
  return `${quoteSheet(t.sheet.name)}!${rangeAddress(t.r)}`;
}

/**
 * The merged areas getMergedAreasOrNullObject reports, each whole: T says "the merged areas in this range"; office-js#3611
 * (open) finds only those whose top-left cell is in the range. Stricter, both ways: only those are reported, while every
 * area meeting the range counts towards the 512 limit.
 */
function mergedAreasOf(t: RangeTarget): { reported: CellRange[]; meeting: number } {
  const meeting = t.sheet.merges.filter((m) => intersects(m, t.r));
  const inside = (m: CellRange) =>
    m.top >= t.r.top && m.top <= t.r.bottom && m.left >= t.r.left && m.left <= t.r.right;
  return { reported: meeting.filter(inside), meeting: meeting.length };
}

class Range extends ClientObject<RangeTarget> {
  protected read(t: RangeTarget, prop: string): unknown {
    switch (prop) {
      case "values":
        readLimit(t.r);
        return matrix(t.r, (row, col) => getCell(t.sheet, row, col)?.value ?? "");
      case "valueTypes":
        readLimit(t.r);
        return matrix(t.r, (row, col) => typeOf(t.sheet, row, col));
      case "formulas":
        readLimit(t.r);
        return matrix(t.r, (row, col) => {
          const c = getCell(t.sheet, row, col);
          return c?.formula ?? c?.value ?? "";
        });
      case "numberFormat":
        readLimit(t.r);
        return matrix(t.r, (row, col) => t.sheet.numberFormats.get(fillKey(row, col)) ?? "General");
      case "address":
        return sheetAddress(t);
      case "rowIndex":
        return t.r.top;
      case "columnIndex":
        return t.r.left;
      case "rowCount":
        return t.r.bottom - t.r.top + 1;
      case "columnCount":
        return t.r.right - t.r.left + 1;
      default:
        return this.unknown(prop);
    }
  }
  get values(): unknown[][] {
    return this.got("values");
  }
  set values(m: unknown[][]) {
    this.write("values", m);
  }
  get formulas(): unknown[][] {
    return this.got("formulas");
  }
  set formulas(m: unknown[][]) {
    this.write("formulas", m);
  }
  get valueTypes(): string[][] {
    return this.got("valueTypes");
  }
  get address(): string {
    return this.got("address");
  }
  get rowIndex(): number {
    return this.got("rowIndex");
  }
  get columnIndex(): number {
    return this.got("columnIndex");
  }
  get rowCount(): number {
    return this.got("rowCount");
  }
  get columnCount(): number {
    return this.got("columnCount");
  }
  set numberFormat(m: unknown[][]) {
    this.put("numberFormat", m, (t) => {
      checkShape(t.r, m);
      this.s.wrote();
      m.forEach((line, i) =>
        line.forEach(
          (f, j) =>
            f === null || t.sheet.numberFormats.set(fillKey(t.r.top + i, t.r.left + j), String(f))
        )
      );
    });
  }
  private write(name: string, m: unknown[][]) {
    this.put(name, m, (t) => {
      checkShape(t.r, m);
      this.s.wrote();
      m.forEach((line, i) =>
        line.forEach(
          (v, j) => v === null || setCell(t.sheet, t.r.top + i, t.r.left + j, coerceWritten(v))
        )
      );
    });
  }
  get format(): Format {
    return this.nav(
      "format",
      () =>
        new Format(
          this.s,
          () => ({ sheet: this.target().sheet, areas: [this.target().r] }),
          false,
          this.s.pathBytes("format", [])
        )
    );
  }
  select() {
    this.invoke("select", [], (t) => {
      if (this.s.book.active !== t.sheet)
        throw simError("InvalidOperation", "The range is not on the active sheet.");
      this.s.book.selection = { sheet: t.sheet.name, address: rangeAddress(t.r) };
    });
  }
  /**
   * Y(range) merge: ExcelApi 1.2. Overlapping an existing merged area or a table is refused (stricter; Excel's UI refuses both).
   * Only the upper-left cell's content is kept (Microsoft support, "Merge and unmerge cells": the other cells' contents are
   * deleted; that is the UI's rule, UNCONFIRMED for Office.js, taken as is: stricter).
   */
  merge() {
    this.invoke("merge", [false], (t) => {
      this.s.need("ExcelApi", "1.2", "Range.merge");
      if (t.sheet.merges.some((m) => intersects(m, t.r)))
        throw simError("InvalidOperation", "Cannot merge over a merged area.");
      if (
        this.s.book.tables.some(
          (x) => !x.deleted && x.sheet === t.sheet && intersects(x.range, t.r)
        )
      )
        throw simError("InvalidOperation", "Cannot merge cells in a table.");
      this.s.wrote();
      eachCell([t.r], (row, col) => {
        if (row !== t.r.top || col !== t.r.left) setCell(t.sheet, row, col, null);
      });
      t.sheet.merges.push({ ...t.r });
    });
  }
  getEntireColumn(): Range {
    return new Range(
      this.s,
      () => ({
        sheet: this.target().sheet,
        r: {
          top: 0,
          bottom: MAX_ROWS - 1,
          left: this.target().r.left,
          right: this.target().r.right,
        },
      }),
      false,
      this.s.pathBytes("getEntireColumn", [])
    );
  }
  /** Y(range) getUsedRangeOrNullObject: ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return new Range(
      this.s,
      () => {
        this.s.need("ExcelApi", "1.4", "Range.getUsedRangeOrNullObject");
        const t = this.target();
        const used = usedBounds(t.sheet, t.r, valuesOnly === true);
        return used ? { sheet: t.sheet, r: used } : null;
      },
      true,
      this.s.pathBytes("getUsedRangeOrNullObject", [valuesOnly])
    );
  }
  /** T getMergedAreasOrNullObject: ExcelApi 1.13, fails past 512 areas. */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(
      this.s,
      () => {
        this.s.need("ExcelApi", "1.13", "Range.getMergedAreasOrNullObject");
        const t = this.target();
        const { reported, meeting } = mergedAreasOf(t);
        if (meeting > MERGED_AREAS_LIMIT)
          throw simError(
            "GeneralException",
            `getMergedAreasOrNullObject: ${meeting} merged areas, more than 512.`
          );
        return reported.length ? { sheet: t.sheet, areas: reported } : null;
      },
      true,
      this.s.pathBytes("getMergedAreasOrNullObject", [])
    );
  }
  /** Y(range) getCellProperties: ExcelApi 1.9; only the fill is modelled (what the add-in asks for). */
  getCellProperties(spec: {
    format?: { fill?: Partial<Record<keyof SimFill, boolean>> };
  }): Result<{ format: { fill: Partial<SimFill> } }[][]> {
    return new Result(this.s, this.s.actionBytes(3, "getCellProperties", [spec]), () => {
      this.s.need("ExcelApi", "1.9", "Range.getCellProperties");
      const t = this.target();
      readLimit(t.r);
      const wanted = Object.keys(spec.format?.fill ?? {}) as (keyof SimFill)[];
      if (
        Object.keys(spec).some((k) => k !== "format") ||
        Object.keys(spec.format ?? {}).some((k) => k !== "fill")
      )
        this.unknown(JSON.stringify(spec));
      return matrix(t.r, (row, col) => {
        const f = t.sheet.fills.get(fillKey(row, col)) ?? NO_FILL;
        return { format: { fill: Object.fromEntries(wanted.map((k) => [k, f[k]])) } };
      });
    });
  }
}

function usedBounds(sheet: SimSheet, within: CellRange, valuesOnly: boolean): CellRange | null {
  let used = usedWithin(sheet, within);
  if (!valuesOnly) {
    // Formatting counts too (Y(worksheet) getUsedRange: valuesOnly "considers only cells with values as used cells").
    for (const k of [...sheet.fills.keys(), ...sheet.numberFormats.keys()]) {
      const r = parseRange(k)!;
      if (!intersects(r, within)) continue;
      used = used
        ? {
            top: Math.min(used.top, r.top),
            left: Math.min(used.left, r.left),
            bottom: Math.max(used.bottom, r.bottom),
            right: Math.max(used.right, r.right),
          }
        : r;
    }
  }
  return used;
}

const AREA_PROPS: Record<string, (r: CellRange) => number> = {
  rowIndex: (r) => r.top,
  columnIndex: (r) => r.left,
  rowCount: (r) => r.bottom - r.top + 1,
  columnCount: (r) => r.right - r.left + 1,
};

/** RangeAreas (Y(rangeareas), ExcelApi 1.9): from getRanges and getMergedAreasOrNullObject. */
class RangeAreas extends ClientObject<AreasTarget> {
  /** The areas loaded through "areas/items/<property>": each property's value per area. */
  private areaValues = new Map<string, number[]>();
  private areaTargets: RangeTarget[] | undefined;
  protected read(t: AreasTarget, prop: string): unknown {
    switch (prop) {
      case "address":
        return t.areas.map((r) => `${quoteSheet(t.sheet.name)}!${rangeAddress(r)}`).join(",");
      case "areaCount":
        return t.areas.length;
      default: {
        const f = prop.startsWith("areas/items/")
          ? AREA_PROPS[prop.slice("areas/items/".length)]
          : undefined;
        if (!f) return this.unknown(prop);
        const values = t.areas.map(f);
        // The response carries the numbers only; the areas themselves ride along for the items' targets.
        return {
          values,
          targets: t.areas.map((r) => ({ sheet: t.sheet, r })),
          toJSON: () => values,
        };
      }
    }
  }
  protected absorb(prop: string, value: unknown) {
    if (!prop.startsWith("areas/items/")) return super.absorb(prop, value);
    const v = value as { targets: RangeTarget[]; values: number[] };
    this.areaTargets = v.targets;
    this.areaValues.set(prop.slice("areas/items/".length), v.values);
  }
  get address(): string {
    return this.got("address");
  }
  get areaCount(): number {
    return this.got("areaCount");
  }
  /** Y(rangeareas) areas: a RangeCollection (ExcelApi 1.9) whose items exist once loaded, each with only the properties loaded. */
  get areas(): { items: Range[] } {
    const targets = this.areaTargets;
    if (!targets) throw simError("PropertyNotLoaded", "The property 'areas' is not available.");
    const items = targets.map((t, i) =>
      new Range(this.s, () => t).adopt(
        t,
        Object.fromEntries([...this.areaValues].map(([k, v]) => [k, v[i]]))
      )
    );
    return strict({ items }, "RangeCollection");
  }
  get format(): Format {
    return this.nav(
      "format",
      () => new Format(this.s, () => this.target(), false, this.s.pathBytes("format", []))
    );
  }
}

/* ---------------------------------------------------------------- sheets */

/**
 * Sheet names (Y(worksheet) name: "must be fewer than 32 characters"). The forbidden characters
 * : \ / ? * [ ], a blank name, an apostrophe at either end and "History" are Excel's UI rules,
 * UNCONFIRMED for Office.js: taken as InvalidArgument (stricter). Unique ignoring case: ItemAlreadyExists.
 */
function checkSheetName(book: SimBook, name: string, self?: SimSheet) {
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    /^'|'$/.test(name) ||
    name.toLowerCase() === "history" ||
    name.trim() === ""
  ) {
    throw simError("InvalidArgument", `Not a valid sheet name: ${name}`);
  }
  const other = sheetNamed(book, name);
  if (other && other !== self)
    throw simError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
}

class Worksheet extends ClientObject<SimSheet> {
  protected read(t: SimSheet, prop: string): unknown {
    switch (prop) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      // Y(worksheet) visibility: "Visible" | "Hidden" | "VeryHidden"; reading it is ExcelApi 1.1 (setting it 1.2).
      case "visibility":
        return t.visibility ?? "Visible";
      default:
        return this.unknown(prop);
    }
  }
  get name(): string {
    return this.got("name");
  }
  set name(v: string) {
    this.put("name", v, (t) => {
      checkSheetName(this.s.book, v, t);
      t.name = v;
    });
  }
  get id(): string {
    return this.got("id");
  }
  get visibility(): string {
    return this.got("visibility");
  }
  activate() {
    this.invoke("activate", [], (t) => (this.s.book.active = t));
  }
  /** Y(worksheet) delete; the last visible sheet cannot go (stricter: InvalidOperation). Names on it become #REF!. */
  delete() {
    this.invoke("delete", [], (t) => {
      if (liveSheets(this.s.book).length === 1)
        throw simError("InvalidOperation", "A workbook must keep one visible sheet.");
      t.deleted = true;
      for (const x of this.s.book.tables) if (x.sheet === t) x.deleted = true;
      if (this.s.book.active === t) this.s.book.active = liveSheets(this.s.book)[0];
    });
  }
  private range(
    name: string,
    args: unknown[],
    find: (t: SimSheet) => CellRange,
    api?: [string, string]
  ): Range {
    return new Range(
      this.s,
      () => {
        if (api) this.s.need(api[0], api[1], `Worksheet.${name}`);
        const t = this.target();
        return { sheet: t, r: find(t) };
      },
      false,
      this.s.pathBytes(name, args)
    );
  }
  getRange(address: string): Range {
    return this.range("getRange", [address], () => {
      const r = address.length <= ADDRESS_LIMIT ? parseRange(address) : undefined;
      if (!r) throw simError("InvalidArgument", `Not a range address: ${address.slice(0, 40)}`);
      return r;
    });
  }
  /** Y(worksheet) getRangeByIndexes: ExcelApi 1.7. */
  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): Range {
    return this.range(
      "getRangeByIndexes",
      [row, col, rowCount, colCount],
      () => {
        if (
          row < 0 ||
          col < 0 ||
          rowCount < 1 ||
          colCount < 1 ||
          row + rowCount > MAX_ROWS ||
          col + colCount > MAX_COLS
        )
          throw simError("InvalidArgument", "Indexes outside the sheet.");
        return { top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 };
      },
      ["ExcelApi", "1.7"]
    );
  }
  /** Y(worksheet) getUsedRange: ExcelApi 1.1, the valuesOnly argument 1.2; a blank sheet gives A1. */
  getUsedRange(valuesOnly?: boolean): Range {
    return this.range("getUsedRange", valuesOnly === undefined ? [] : [valuesOnly], (t) => {
      if (valuesOnly !== undefined) this.s.need("ExcelApi", "1.2", "getUsedRange(valuesOnly)");
      return (
        usedBounds(
          t,
          { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 },
          valuesOnly === true
        ) ?? { top: 0, left: 0, bottom: 0, right: 0 }
      );
    });
  }
  /** Y(worksheet) getUsedRangeOrNullObject: ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return new Range(
      this.s,
      () => {
        this.s.need("ExcelApi", "1.4", "Worksheet.getUsedRangeOrNullObject");
        const t = this.target();
        const used = usedBounds(
          t,
          { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 },
          valuesOnly === true
        );
        return used ? { sheet: t, r: used } : null;
      },
      true,
      this.s.pathBytes("getUsedRangeOrNullObject", [valuesOnly])
    );
  }
  /** Y(worksheet) getRanges: ExcelApi 1.9; addresses past 8,192 characters refused (see ADDRESS_LIMIT). */
  getRanges(address: string): RangeAreas {
    return new RangeAreas(
      this.s,
      () => {
        this.s.need("ExcelApi", "1.9", "Worksheet.getRanges");
        if (address.length > ADDRESS_LIMIT)
          throw simError("InvalidArgument", `getRanges address of ${address.length} characters.`);
        const areas = address.split(",").map((a) => parseRange(a.trim()));
        if (areas.some((a) => !a))
          throw simError("InvalidArgument", "Not a list of range addresses.");
        return { sheet: this.target(), areas: areas as CellRange[] };
      },
      false,
      this.s.pathBytes("getRanges", [address])
    );
  }
  get tables(): TableCollection {
    return this.nav(
      "tables",
      () => new TableCollection(this.s, () => this.target(), false, this.s.pathBytes("tables", []))
    );
  }
  get charts(): ChartCollection {
    return this.nav(
      "charts",
      () => new ChartCollection(this.s, () => this.target(), false, this.s.pathBytes("charts", []))
    );
  }
  /** Y(worksheet) pageLayout: ExcelApi 1.9. */
  get pageLayout(): PageLayout {
    return this.nav(
      "pageLayout",
      () =>
        new PageLayout(this.s, () => this.target(), false, this.s.pathBytes("pageLayout", []), [
          "ExcelApi",
          "1.9",
          "Worksheet.pageLayout",
        ])
    );
  }
  /** Y(worksheet) pivotTables: ExcelApi 1.3. */
  get pivotTables(): PivotTableCollection {
    return this.nav(
      "pivotTables",
      () =>
        new PivotTableCollection(
          this.s,
          () => this.target(),
          false,
          this.s.pathBytes("pivotTables", []),
          ["ExcelApi", "1.3", "Worksheet.pivotTables"]
        )
    );
  }
}

abstract class Collection<T, I> extends ClientObject<T> {
  private loadedItems: I[] | undefined;
  protected abstract list(t: T): unknown[];
  protected abstract item(target: unknown, values: Record<string, unknown>): I;
  protected abstract readItem(target: unknown, prop: string): unknown;
  protected read(t: T, prop: string): unknown {
    if (!prop.startsWith("items/")) return this.unknown(prop);
    const p = prop.slice("items/".length);
    return this.list(t).map((x) => this.readItem(x, p));
  }
  load(spec?: unknown): this {
    const props = splitProps(spec).map((p) => (p.startsWith("items/") ? p : `items/${p}`));
    this.s.push(this.s.actionBytes(2, "", [{ Select: props, Expand: [] }]), () => {
      const t = this.target();
      const targets = this.list(t);
      const cols = props.map((p) => this.read(t, p) as unknown[]);
      return {
        bytes: jsonBytes(cols) + 24,
        deliver: () => {
          this.loadedItems = targets.map((x, i) =>
            this.item(x, Object.fromEntries(props.map((p, k) => [p.slice(6), cols[k][i]])))
          );
        },
      };
    });
    return this;
  }
  get items(): I[] {
    if (!this.loadedItems)
      throw simError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }
}

class WorksheetCollection extends Collection<SimBook, Worksheet> {
  protected list(t: SimBook) {
    return liveSheets(t);
  }
  protected item(target: unknown, values: Record<string, unknown>) {
    return new Worksheet(this.s, () => target as SimSheet).adopt(target as SimSheet, values);
  }
  protected readItem(target: unknown, prop: string) {
    const s = target as SimSheet;
    if (prop === "name") return s.name;
    if (prop === "id") return s.id;
    if (prop === "visibility") return s.visibility ?? "Visible";
    return this.unknown(prop);
  }
  /** Y(worksheetcollection) getItem: by name or ID, ExcelApi 1.1; a missing one is ItemNotFound. */
  getItem(key: string): Worksheet {
    return new Worksheet(
      this.s,
      () => sheetNamed(this.s.book, key) ?? null,
      false,
      this.s.pathBytes("getItem", [key])
    );
  }
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(
      this.s,
      () => sheetNamed(this.s.book, key) ?? null,
      true,
      this.s.pathBytes("getItemOrNullObject", [key]),
      ["ExcelApi", "1.4", "WorksheetCollection.getItemOrNullObject"]
    );
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(
      this.s,
      () => this.s.book.active ?? null,
      false,
      this.s.pathBytes("getActiveWorksheet", [])
    );
  }
  add(name?: string): Worksheet {
    let made: SimSheet | undefined;
    return new Worksheet(
      this.s,
      () => {
        if (made) return made;
        const book = this.s.book;
        const n = name ?? `Sheet${liveSheets(book).length + 1}`;
        checkSheetName(book, n);
        made = newSheet(book, n);
        book.sheets.push(made);
        return made;
      },
      false,
      this.s.pathBytes("add", [name])
    );
  }
}

/* ---------------------------------------------------------------- tables and names */

const NAME_RULE = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
/** Defined and table names (Excel's UI rules; UNCONFIRMED in Office.js docs): letters, digits, _ . \, not a cell reference, ≤ 255. */
function checkDefinedName(name: string) {
  if (
    !NAME_RULE.test(name) ||
    name.length > 255 ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[rRcC]$/.test(name) ||
    /^[rR]\d*[cC]\d*$/.test(name)
  ) {
    throw simError("InvalidArgument", `Not a valid name: ${name}`);
  }
}

/** Table names are unique among tables and defined names, ignoring case (stricter reading of Y(table) name). */
function nameTaken(book: SimBook, name: string, self?: unknown): boolean {
  const lower = name.toLowerCase();
  return (
    book.tables.some((t) => !t.deleted && t !== self && t.name.toLowerCase() === lower) ||
    book.names.some((n) => !n.deleted && n !== self && n.name.toLowerCase() === lower)
  );
}

class Table extends ClientObject<SimTable> {
  protected read(t: SimTable, prop: string): unknown {
    if (prop === "name") return t.name;
    return this.unknown(prop);
  }
  get name(): string {
    return this.got("name");
  }
  set name(v: string) {
    this.put("name", v, (t) => {
      checkDefinedName(v);
      if (nameTaken(this.s.book, v, t))
        throw simError(
          "InvalidArgument",
          `The name ${v} is already used by a table or a defined name.`
        );
      t.name = v;
    });
  }
}

class TableCollection extends Collection<SimBook | SimSheet, Table> {
  protected list(t: SimBook | SimSheet) {
    return this.s.book.tables.filter((x) => !x.deleted && ("rows" in t ? x.sheet === t : true));
  }
  protected item(target: unknown, values: Record<string, unknown>) {
    return new Table(this.s, () => target as SimTable).adopt(target as SimTable, values);
  }
  protected readItem(target: unknown, prop: string) {
    if (prop === "name") return (target as SimTable).name;
    return this.unknown(prop);
  }
  /** Y(tablecollection) add: ExcelApi 1.1 (a Range argument 1.3). A table over merged cells is refused (stricter; Excel's UI refuses it). */
  add(address: string, hasHeaders: boolean): Table {
    let made: SimTable | undefined;
    return new Table(
      this.s,
      () => {
        if (made) return made;
        const sheet = this.target() as SimSheet;
        const bang = address.lastIndexOf("!");
        const r = parseRange(bang >= 0 ? address.slice(bang + 1) : address);
        if (!r) throw simError("InvalidArgument", `Not a range: ${address}`);
        if (sheet.merges.some((m) => intersects(m, r)))
          throw simError("InvalidOperation", "A table cannot overlap merged cells.");
        if (
          this.s.book.tables.some((x) => !x.deleted && x.sheet === sheet && intersects(x.range, r))
        )
          throw simError("InvalidOperation", "A table cannot overlap another table.");
        let n = 1;
        while (nameTaken(this.s.book, `Table${n}`)) n++;
        this.s.wrote();
        made = { name: `Table${n}`, sheet, range: r, deleted: false };
        if (!hasHeaders)
          throw simError("InvalidArgument", "The simulator models tables with headers only.");
        this.s.book.tables.push(made);
        return made;
      },
      false,
      this.s.pathBytes("add", [address, hasHeaders])
    );
  }
}

class NamedItem extends ClientObject<SimName> {
  protected read(t: SimName, prop: string): unknown {
    if (prop === "name") return t.name;
    if (prop === "formula") {
      // Y(nameditem) formula: ExcelApi 1.7. A name whose sheet is gone refers to #REF!.
      this.s.need("ExcelApi", "1.7", "NamedItem.formula");
      return t.sheet.deleted ? `=#REF!${t.address}` : `=${quoteSheet(t.sheet.name)}!${t.address}`;
    }
    return this.unknown(prop);
  }
  protected checkAlive(t: SimName) {
    if (t.deleted) throw simError("ItemNotFound", "The name was deleted.");
  }
  get name(): string {
    return this.got("name");
  }
  get formula(): string {
    return this.got("formula");
  }
  /** Y(nameditem) delete: ExcelApi 1.4. */
  delete() {
    this.invoke("delete", [], (t) => {
      this.s.need("ExcelApi", "1.4", "NamedItem.delete");
      t.deleted = true;
    });
  }
}

class NamedItemCollection extends Collection<SimBook, NamedItem> {
  protected list(t: SimBook) {
    return t.names.filter((n) => !n.deleted);
  }
  protected item(target: unknown, values: Record<string, unknown>) {
    return new NamedItem(this.s, () => target as SimName).adopt(target as SimName, values);
  }
  protected readItem(target: unknown, prop: string) {
    return (
      new NamedItem(this.s, () => target as SimName) as unknown as {
        read(t: SimName, p: string): unknown;
      }
    ).read(target as SimName, prop);
  }
  /** Y(nameditemcollection) add: ExcelApi 1.4; names are unique ignoring case, among tables too. */
  add(name: string, reference: Range): void {
    this.sameContext(reference);
    this.invoke("add", [name, "range"], () => {
      this.s.need("ExcelApi", "1.4", "NamedItemCollection.add");
      checkDefinedName(name);
      if (nameTaken(this.s.book, name))
        throw simError("ItemAlreadyExists", `The name ${name} already exists.`);
      const r = reference.target();
      this.s.book.names.push({
        name,
        sheet: r.sheet,
        address: rangeAddress(r.r).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2"),
        deleted: false,
      });
    });
  }
  getItemOrNullObject(name: string): NamedItem {
    const lower = name.toLowerCase();
    return new NamedItem(
      this.s,
      () => this.s.book.names.find((n) => !n.deleted && n.name.toLowerCase() === lower) ?? null,
      true,
      this.s.pathBytes("getItemOrNullObject", [name]),
      ["ExcelApi", "1.4", "NamedItemCollection.getItemOrNullObject"]
    );
  }
}

/* ---------------------------------------------------------------- charts and PivotTables */

interface SeriesTarget {
  sheet: SimSheet;
  chart: SimChart;
  index: number;
}

class ChartSeries extends ClientObject<SeriesTarget> {
  protected read(_t: SeriesTarget, prop: string): unknown {
    return this.unknown(prop);
  }
  /** Y(chartseries) setXAxisValues: ExcelApi 1.7. */
  setXAxisValues(source: Range) {
    this.sameContext(source);
    this.invoke("setXAxisValues", ["range"], (t) => {
      this.s.need("ExcelApi", "1.7", "ChartSeries.setXAxisValues");
      t.chart.categories[t.index] = rangeAddress(source.target().r);
    });
  }
}

interface ChartTarget {
  sheet: SimSheet;
  chart: SimChart;
}

class Chart extends ClientObject<ChartTarget> {
  protected read(_t: ChartTarget, prop: string): unknown {
    return this.unknown(prop);
  }
  /** Y(chart) title, Y(charttitle) text: ExcelApi 1.1. */
  get title(): ChartTitle {
    return this.nav(
      "title",
      () => new ChartTitle(this.s, () => this.target(), false, this.s.pathBytes("title", []))
    );
  }
  setPosition(from: string, to: string) {
    this.invoke("setPosition", [from, to], () => {
      if (!parseRange(from) || !parseRange(to)) throw simError("InvalidArgument", "Not a cell.");
    });
  }
  /** Y(chart) series: ExcelApi 1.1. */
  get series(): ChartSeriesCollection {
    return this.nav(
      "series",
      () =>
        new ChartSeriesCollection(
          this.s,
          () => this.target(),
          false,
          this.s.pathBytes("series", [])
        )
    );
  }
}

class ChartTitle extends ClientObject<ChartTarget> {
  protected read(t: ChartTarget, prop: string): unknown {
    return prop === "text" ? (t.chart.title ?? "") : this.unknown(prop);
  }
  get text(): string {
    return this.got("text");
  }
  set text(v: string) {
    this.put("text", v, (t) => (t.chart.title = v));
  }
}

class ChartSeriesCollection extends ClientObject<ChartTarget> {
  protected read(_t: ChartTarget, prop: string): unknown {
    return this.unknown(prop);
  }
  /** Y(chartseriescollection) getItemAt, ExcelApi 1.1: an index past the count fails (InvalidArgument; stricter, the code is UNCONFIRMED). */
  getItemAt(i: number): ChartSeries {
    return new ChartSeries(
      this.s,
      () => {
        const t = this.target();
        if (!Number.isInteger(i) || i < 0 || i >= t.chart.seriesCount)
          throw simError(
            "InvalidArgument",
            `No series at ${i}: the chart has ${t.chart.seriesCount}.`
          );
        return { ...t, index: i };
      },
      false,
      this.s.pathBytes("getItemAt", [i])
    );
  }
}

class ChartCollection extends ClientObject<SimSheet> {
  protected read(_t: SimSheet, prop: string): unknown {
    return this.unknown(prop);
  }
  /**
   * Y(chartcollection) add: ExcelApi 1.1. Series follow the data: one per column of the source
   * ("Columns"), one per row ("Rows"); "Auto" takes the shorter side as series, as Excel's UI does.
   */
  add(type: string, source: Range, seriesBy = "Auto"): Chart {
    this.sameContext(source);
    let made: ChartTarget | undefined;
    return new Chart(
      this.s,
      () => {
        if (made) return made;
        const sheet = this.target();
        const r = source.target().r;
        const rows = r.bottom - r.top + 1;
        const cols = r.right - r.left + 1;
        const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows >= cols);
        this.s.wrote();
        const chart: SimChart = {
          type,
          source: rangeAddress(r),
          seriesCount: byColumns ? cols : rows,
          categories: [],
        };
        sheet.charts.push(chart);
        made = { sheet, chart };
        return made;
      },
      false,
      this.s.pathBytes("add", [type, "range", seriesBy])
    );
  }
}

interface PivotTarget {
  sheet: SimSheet;
  pivot: SimPivot;
  columns: string[];
}

/** Y(pivothierarchy): a field of the PivotTable's source, by name (ExcelApi 1.8). */
class PivotHierarchy extends ClientObject<PivotTarget & { field: string }> {
  protected read(t: PivotTarget & { field: string }, prop: string): unknown {
    return prop === "name" ? t.field : this.unknown(prop);
  }
  get name(): string {
    return this.got("name");
  }
}

class PivotHierarchyCollection extends ClientObject<PivotTarget> {
  protected read(_t: PivotTarget, prop: string): unknown {
    return this.unknown(prop);
  }
  /** Y(pivothierarchycollection) getItem: a name that is not a column of the source is ItemNotFound. */
  getItem(name: string): PivotHierarchy {
    return new PivotHierarchy(
      this.s,
      () => {
        const t = this.target();
        return t.columns.includes(name) ? { ...t, field: name } : null;
      },
      false,
      this.s.pathBytes("getItem", [name])
    );
  }
}

/** Y(datapivothierarchy) summarizeBy, ExcelApi 1.8. */
class DataPivotHierarchy extends ClientObject<{
  pivot: SimPivot;
  field: string;
  sheet: SimSheet;
}> {
  protected read(t: { pivot: SimPivot; field: string }, prop: string): unknown {
    return prop === "summarizeBy"
      ? t.pivot.data.find((x) => x.field === t.field)?.summarizeBy
      : this.unknown(prop);
  }
  get summarizeBy(): string {
    return this.got("summarizeBy");
  }
  set summarizeBy(v: string) {
    this.put("summarizeBy", v, (t) => {
      t.pivot.data.find((x) => x.field === t.field)!.summarizeBy = v;
    });
  }
}

/** Row, column and data hierarchies (Y(rowcolumnpivothierarchycollection), Y(datapivothierarchycollection)): add a hierarchy of this PivotTable once. */
class PivotAxis extends ClientObject<PivotTarget> {
  constructor(
    s: Session,
    pivot: () => PivotTarget,
    private axis: "rows" | "columns" | "data"
  ) {
    super(s, pivot, false, s.pathBytes(`${axis}Hierarchies`, []), [
      "ExcelApi",
      "1.8",
      `PivotTable.${axis}Hierarchies`,
    ]);
  }
  protected read(_t: PivotTarget, prop: string): unknown {
    return this.unknown(prop);
  }
  add(hierarchy: PivotHierarchy): DataPivotHierarchy {
    this.sameContext(hierarchy);
    let made: { pivot: SimPivot; field: string; sheet: SimSheet } | undefined;
    return new DataPivotHierarchy(
      this.s,
      () => {
        if (made) return made;
        const t = this.target();
        const h = hierarchy.target();
        if (h.pivot !== t.pivot)
          throw simError("InvalidArgument", "The hierarchy belongs to another PivotTable.");
        const p = t.pivot;
        // A field sits on one axis of a PivotTable at a time (stricter: adding it twice is refused).
        if ([...p.rows, ...p.columns].includes(h.field) && this.axis !== "data")
          throw simError("InvalidArgument", `The field ${h.field} is already on an axis.`);
        if (this.axis === "data") p.data.push({ field: h.field, summarizeBy: "Sum" });
        else p[this.axis].push(h.field);
        made = { pivot: p, field: h.field, sheet: t.sheet };
        return made;
      },
      false,
      this.s.pathBytes("add", ["hierarchy"])
    );
  }
}

class PivotTable extends ClientObject<PivotTarget> {
  protected read(_t: PivotTarget, prop: string): unknown {
    return this.unknown(prop);
  }
  get hierarchies(): PivotHierarchyCollection {
    return this.nav(
      "hierarchies",
      () =>
        new PivotHierarchyCollection(
          this.s,
          () => this.target(),
          false,
          this.s.pathBytes("hierarchies", []),
          ["ExcelApi", "1.8", "PivotTable.hierarchies"]
        )
    );
  }
  get rowHierarchies(): PivotAxis {
    return this.nav("rowHierarchies", () => new PivotAxis(this.s, () => this.target(), "rows"));
  }
  get columnHierarchies(): PivotAxis {
    return this.nav(
      "columnHierarchies",
      () => new PivotAxis(this.s, () => this.target(), "columns")
    );
  }
  get dataHierarchies(): PivotAxis {
    return this.nav("dataHierarchies", () => new PivotAxis(this.s, () => this.target(), "data"));
  }
}

class PivotTableCollection extends ClientObject<SimSheet> {
  protected read(_t: SimSheet, prop: string): unknown {
    return this.unknown(prop);
  }
  /** Y(pivottablecollection) add: ExcelApi 1.8; the source is a table; names are unique in the workbook (stricter). */
  add(name: string, source: Table, destination: Range): PivotTable {
    this.sameContext(source, destination);
    let made: PivotTarget | undefined;
    return new PivotTable(
      this.s,
      () => {
        if (made) return made;
        this.s.need("ExcelApi", "1.8", "PivotTableCollection.add");
        const sheet = this.target();
        const table = source.target();
        destination.target();
        if (
          liveSheets(this.s.book).some((x) =>
            x.pivots.some((p) => p.name.toLowerCase() === name.toLowerCase())
          )
        )
          throw simError("InvalidArgument", `A PivotTable named ${name} exists.`);
        const columns = this.s.book.tables.includes(table) ? headerOf(table) : [];
        this.s.wrote();
        const pivot: SimPivot = { name, table: table.name, rows: [], columns: [], data: [] };
        sheet.pivots.push(pivot);
        made = { sheet, pivot, columns };
        return made;
      },
      false,
      this.s.pathBytes("add", [name, "table", "range"])
    );
  }
}

function headerOf(t: SimTable): string[] {
  const out: string[] = [];
  for (let c = t.range.left; c <= t.range.right; c++)
    out.push(String(getCell(t.sheet, t.range.top, c)?.value ?? ""));
  return out;
}

/* ---------------------------------------------------------------- settings and the rest */

/** The settings' size: the JSON of them all, in UTF-8 or UTF-16 bytes, whichever is larger (the unit is UNCONFIRMED: stricter). */
function settingsBytes(m: Map<string, unknown>): number {
  const json = JSON.stringify(Object.fromEntries(m));
  return Math.max(Buffer.byteLength(json), 2 * json.length);
}

/** The settings limit: the write that takes them past SETTINGS_LIMIT fails with InvalidArgument. */
export function checkSettingsSize(m: Map<string, unknown>) {
  const size = settingsBytes(m);
  if (size > SETTINGS_LIMIT)
    throw simError("InvalidArgument", `Settings of ${size} bytes are over the limit.`);
}

class Setting extends ClientObject<{ key: string }> {
  protected read(t: { key: string }, prop: string): unknown {
    if (prop === "value") return this.s.book.settings.get(t.key);
    if (prop === "key") return t.key;
    return this.unknown(prop);
  }
  /** A setting deleted since it was got is gone (ItemNotFound, as for getItem). */
  protected checkAlive(t: { key: string }) {
    if (!this.s.book.settings.has(t.key)) throw simError("ItemNotFound", `No setting ${t.key}.`);
  }
  get value(): unknown {
    return this.got("value");
  }
  get key(): string {
    return this.got("key");
  }
  delete() {
    this.invoke("delete", [], (t) => this.s.book.settings.delete(t.key));
  }
}

/** Y(settingcollection): Workbook.settings, ExcelApi 1.4. */
class SettingCollection extends Collection<SimBook, Setting> {
  protected list(t: SimBook) {
    return [...t.settings.keys()].map((key) => ({ key }));
  }
  protected item(target: unknown, values: Record<string, unknown>) {
    return new Setting(this.s, () => target as { key: string }).adopt(
      target as { key: string },
      values
    );
  }
  protected readItem(target: unknown, prop: string) {
    const key = (target as { key: string }).key;
    if (prop === "key") return key;
    if (prop === "value") return this.s.book.settings.get(key);
    return this.unknown(prop);
  }
  getItem(key: string): Setting {
    return new Setting(
      this.s,
      () => (this.target().settings.has(key) ? { key } : null),
      false,
      this.s.pathBytes("getItem", [key])
    );
  }
  getItemOrNullObject(key: string): Setting {
    return new Setting(
      this.s,
      () => (this.target().settings.has(key) ? { key } : null),
      true,
      this.s.pathBytes("getItemOrNullObject", [key])
    );
  }
  add(key: string, value: unknown): void {
    this.invoke("add", [key, value], (t) => {
      const next = new Map(t.settings);
      next.set(key, value);
      checkSettingsSize(next);
      // The workbook keeps a copy of the value, not the object: a later change to it is not kept.
      t.settings.set(key, JSON.parse(JSON.stringify(value)));
    });
  }
}

class Application extends ClientObject<SimBook> {
  protected read(_t: SimBook, prop: string): unknown {
    return this.unknown(prop);
  }
  suspendScreenUpdatingUntilNextSync() {
    this.invoke("suspendScreenUpdatingUntilNextSync", [], () => {
      this.s.need("ExcelApi", "1.9", "Application.suspendScreenUpdatingUntilNextSync");
      this.s.screenSuspended = true;
      this.s.suspendedOnce = true;
    });
  }
}

class Workbook extends ClientObject<SimBook> {
  protected read(_t: SimBook, prop: string): unknown {
    return this.unknown(prop);
  }
  get worksheets() {
    return this.nav(
      "worksheets",
      () =>
        new WorksheetCollection(
          this.s,
          () => this.target(),
          false,
          this.s.pathBytes("worksheets", [])
        )
    );
  }
  get names() {
    return this.nav(
      "names",
      () =>
        new NamedItemCollection(this.s, () => this.target(), false, this.s.pathBytes("names", []))
    );
  }
  get tables() {
    return this.nav(
      "tables",
      () => new TableCollection(this.s, () => this.target(), false, this.s.pathBytes("tables", []))
    );
  }
  get settings() {
    return this.nav(
      "settings",
      () =>
        new SettingCollection(
          this.s,
          () => this.target(),
          false,
          this.s.pathBytes("settings", []),
          ["ExcelApi", "1.4", "Workbook.settings"]
        )
    );
  }
}

/** An Excel.RequestContext on the book, counting into `stats`. */
export function simContext(
  book: SimBook,
  profile: HostProfile,
  stats: SimStats
): Excel.RequestContext {
  const s = new Session(book, profile, stats);
  const workbook = new Workbook(s, () => book);
  const application = new Application(s, () => book);
  return strict(
    {
      workbook,
      application,
      sync: () => s.sync(),
      __pending: () => s.queue.length,
    },
    "RequestContext"
  ) as unknown as Excel.RequestContext;
}

/**
 * Excel.run on the book: a new context per batch; commands still queued when the batch
 * returns are sent in one more sync, as Excel.run does (P docs/develop/application-specific-api-model.md).
 */
export function simRun(book: SimBook, profile: HostProfile, stats: SimStats) {
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = simContext(book, profile, stats);
    const result = await batch(context);
    if ((context as unknown as { __pending(): number }).__pending() > 0) await context.sync();
    return result;
  };
}
