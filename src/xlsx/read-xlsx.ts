import type { CellRange, CellValue, SheetSnapshot } from "../core/snapshot";
import { parseAddress } from "../core/snapshot";
import { ReadFailure } from "./errors";
import { type Inflate, readDirectory, readPart } from "./zip";

/**
 * A fast .xlsx reader: only the parts needed are unzipped and the sheet XML is
 * scanned directly, because a general XML DOM (or ExcelJS's model) costs
 * several times the bare load on sheets of tens of thousands of merged rows.
 */

/** Cap on what one workbook may expand to: a zip bomb is refused, not unpacked. */
export const MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;

/**
 * Rows read at most. The benchmark's 100,000-entry sheet peaks near 300 MB in
 * the command; this keeps a sheet within the 1 GB memory target, and a larger
 * one is refused before its rows are parsed, with the reason.
 */
export const MAX_ROWS = 250_000;

export interface WorkbookReader {
  sheetNames: string[];
  /** Sheets the workbook hides (a template, last year's copy): looked at last when choosing a sheet. */
  hiddenSheets?: string[];
  readSheet(name: string): SheetSnapshot;
  /** The zip part holding a sheet's XML, for writing one cell back (xlsx only). */
  sheetPart?(name: string): string | undefined;
}

/** How bytes become text and parts come out of the zip: Node's zlib and Buffer decoding, or fflate in a browser (web-io.ts). */
export interface ReaderIo {
  inflate: Inflate;
  decode: (bytes: Uint8Array) => string;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));|_x([0-9A-Fa-f]{4})_/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0 && s.indexOf("_x") < 0) return s;
  return s.replace(ENTITY, (_m, dec, hex, named, ooxml) => {
    if (named) return NAMED[named];
    const code = dec ? Number(dec) : parseInt(hex ?? ooxml, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

const ATTRS = new Map<string, RegExp>();

/** An attribute's value; one compiled pattern per attribute name, not per call. */
function attr(tag: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`(?:^|\\s)${name}="([^"]*)"`)));
  const m = re.exec(tag);
  return m ? decodeXml(m[1]) : undefined;
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Whether the bytes hold the text in UTF-16LE (how OLE directories name their streams). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) {
      if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** An OLE compound file: either an encrypted .xlsx (EncryptionInfo stream) or an old .xls. */
function refuseCompoundFile(bytes: Uint8Array, name: string): never {
  throw new ReadFailure(containsUtf16(bytes, "EncryptionInfo") ? "encrypted" : "old-xls", name);
}

function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    const start = xml.indexOf("<si", pos);
    if (start < 0) break;
    const open = xml.indexOf(">", start);
    if (xml[open - 1] === "/") {
      out.push("");
      pos = open + 1;
      continue;
    }
    const end = xml.indexOf("</si>", open);
    if (end < 0) break;
    // Phonetic runs (furigana) are not part of the cell's text.
    const body = xml.slice(open + 1, end).replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
    let text = "";
    for (const m of body.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) text += m[1];
    out.push(decodeXml(text));
    pos = end + 5;
  }
  return out;
}

const CELL_OR_ROW = /<row\b([^>]*)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function innerText(body: string, tag: string): string | undefined {
  const open = body.indexOf(`<${tag}`);
  if (open < 0) return undefined;
  const close = body.indexOf(">", open);
  if (body[close - 1] === "/") return "";
  const end = body.indexOf(`</${tag}>`, close);
  return end < 0 ? undefined : body.slice(close + 1, end);
}

function cellValue(type: string | undefined, body: string, shared: string[]): CellValue {
  if (type === "inlineStr") {
    const is = innerText(body, "is") ?? "";
    let text = "";
    for (const m of is.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) text += m[1];
    return decodeXml(text);
  }
  const v = innerText(body, "v");
  if (v === undefined || v === "") return null;
  switch (type) {
    case "s":
      return shared[Number(v)] ?? null;
    case "str":
    case "d":
      return decodeXml(v);
    case "b":
      return v === "1" || v === "true";
    case "e":
      return { error: decodeXml(v) };
    default: {
      const n = Number(v);
      return Number.isFinite(n) ? n : decodeXml(v);
    }
  }
}

export function parseSheetXml(xml: string, name: string, shared: string[]): SheetSnapshot {
  const dimension = /<dimension\b[^>]*\bref="[A-Za-z]+\d+:[A-Za-z]+(\d+)"/.exec(xml.slice(0, 2000));
  if (dimension && Number(dimension[1]) > MAX_ROWS) throw new ReadFailure("too-many-rows", MAX_ROWS.toLocaleString("en"));
  const values: CellValue[][] = [];
  let row = -1;
  let col = -1;
  const dataStart = xml.indexOf("<sheetData");
  const dataEnd = xml.indexOf("</sheetData>");
  const data = dataStart >= 0 && dataEnd > dataStart ? xml.slice(dataStart, dataEnd) : "";
  for (const m of data.matchAll(CELL_OR_ROW)) {
    if (m[1] !== undefined) {
      const r = attr(m[1], "r");
      row = r ? Number(r) - 1 : row + 1;
      if (row >= MAX_ROWS) throw new ReadFailure("too-many-rows", MAX_ROWS.toLocaleString("en"));
      col = -1;
      continue;
    }
    const attrs = m[2];
    const ref = attr(attrs, "r");
    const at = ref ? parseAddress(ref) : undefined;
    if (at) {
      row = at.row;
      col = at.col;
      if (row >= MAX_ROWS) throw new ReadFailure("too-many-rows", MAX_ROWS.toLocaleString("en"));
    } else col++;
    if (row < 0) row = 0;
    const value = m[3] === undefined ? null : cellValue(attr(attrs, "t"), m[3], shared);
    if (value === null) continue;
    let line = values[row];
    if (!line) line = values[row] = [];
    line[col] = value;
  }
  let width = 0;
  for (let r = 0; r < values.length; r++) {
    const line = values[r] ?? (values[r] = []);
    if (line.length > width) width = line.length;
  }
  for (const line of values) {
    for (let c = 0; c < width; c++) if (line[c] === undefined) line[c] = null;
  }
  const merges: CellRange[] = [];
  for (const m of xml.matchAll(/<mergeCell\b[^>]*\bref="([A-Za-z]+\d+)(?::([A-Za-z]+\d+))?"/g)) {
    const a = parseAddress(m[1]);
    const b = parseAddress(m[2] ?? m[1]);
    if (!a || !b) continue;
    merges.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  }
  return { name, top: 0, left: 0, values, merges };
}

/** Some writers (the Open XML SDK among them) prefix every element: <x:row>, <x:c>. */
const PREFIXED_ROOT = /^[\s\S]{0,600}?<[A-Za-z][\w.-]*:(?:worksheet|sst|workbook|Relationships)\b/;

function withoutPrefixes(xml: string): string {
  return PREFIXED_ROOT.test(xml) ? xml.replace(/<(\/?)[A-Za-z][\w.-]*:/g, "<$1") : xml;
}

function resolveTarget(target: string): string {
  const t = target.replace(/\\/g, "/");
  if (t.startsWith("/")) return t.slice(1);
  const parts = ["xl"];
  for (const p of t.split("/")) {
    if (p === "..") parts.pop();
    else if (p && p !== ".") parts.push(p);
  }
  return parts.join("/");
}

/** Open a workbook's bytes. Throws ReadFailure (never anything else) when the bytes are not a readable .xlsx. */
export function openXlsx(bytes: Uint8Array, fileName: string, io: ReaderIo): WorkbookReader {
  if (bytes.length === 0) throw new ReadFailure("empty-file", fileName);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) refuseCompoundFile(bytes, fileName);
  if (!startsWith(bytes, [0x50, 0x4b])) throw new ReadFailure("not-workbook", fileName);
  const parts = readDirectory(bytes, fileName);
  if (!parts.has("xl/workbook.xml")) {
    throw new ReadFailure(parts.has("xl/workbook.bin") ? "xlsb" : "not-workbook", fileName);
  }
  let budget = MAX_UNCOMPRESSED_BYTES;
  const text = (path: string): string => {
    const part = parts.get(path);
    if (!part) return "";
    const data = readPart(bytes, part, fileName, io.inflate, budget);
    budget -= data.length;
    return withoutPrefixes(io.decode(data));
  };
  const workbookXml = text("xl/workbook.xml");
  const relsXml = text("xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    const type = attr(m[1], "Type") ?? "";
    if (id && target && /\/worksheet$/.test(type)) targets.set(id, resolveTarget(target));
  }
  const sheets: { name: string; path: string }[] = [];
  const hiddenSheets: string[] = [];
  for (const m of workbookXml.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attr(m[1], "name");
    const id = /\s[A-Za-z0-9]+:id="([^"]*)"/.exec(m[1])?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name === undefined || !path || !parts.has(path)) continue;
    sheets.push({ name, path });
    if (/^(hidden|veryHidden)$/.test(attr(m[1], "state") ?? "")) hiddenSheets.push(name);
  }
  if (sheets.length === 0) throw new ReadFailure("no-sheets", fileName);
  let shared: string[] | null = null;
  return {
    sheetNames: sheets.map((s) => s.name),
    hiddenSheets,
    readSheet(name) {
      const sheet = sheets.find((s) => s.name === name);
      if (!sheet) throw new ReadFailure("sheet-not-found", name);
      shared ??= readSharedStrings(text("xl/sharedStrings.xml"));
      return parseSheetXml(text(sheet.path), name, shared);
    },
    sheetPart: (name) => sheets.find((s) => s.name === name)?.path,
  };
}
