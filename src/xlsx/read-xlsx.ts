import type { CellRange, CellValue, SheetSnapshot } from "../core/snapshot";
import { parseAddress } from "../core/snapshot";
import { ReadFailure } from "./errors";
import { LIMITS, limitText } from "./limits";
import { type Inflate, readDirectory, readPart } from "./zip";

/**
 * A fast .xlsx reader: only the parts needed are unzipped and the sheet XML is
 * scanned directly, because a general XML DOM (or ExcelJS's model) costs
 * several times the bare load on sheets of tens of thousands of merged rows.
 */

export interface WorkbookReader {
  sheetNames: string[];
  /** Sheets the workbook hides (a template, last year's copy): looked at last when choosing a sheet. */
  hiddenSheets?: string[];
  readSheet(name: string): SheetSnapshot;
  /** The zip part holding a sheet's XML, for writing one cell back (xlsx only). */
  sheetPart?(name: string): string | undefined;
  /**
   * A UTF-8 part's text as decoded when its sheet was read (xlsx only), so that a writer
   * patching the part does not inflate and decode it a second time; undefined when not read.
   */
  partText?(path: string): string | undefined;
  /**
   * Inflate every part of the package within the limits, the ones this reader never reads too
   * (xlsx only): before the whole file goes to a library that unpacks all of it.
   */
  checkParts?(): void;
}

/** How bytes become text and parts come out of the zip: Node's zlib and Buffer decoding, or fflate in a browser (web-io.ts). */
export interface ReaderIo {
  inflate: Inflate;
  decode: (bytes: Uint8Array) => string;
  /** A UTF-8 part's text, inflated and decoded ahead at exactly its declared size (the browser page's worker); else undefined. */
  textAhead?: (path: string) => string | undefined;
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
export function attr(tag: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  // XML allows either quote around a value.
  if (!re) ATTRS.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
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

/** The tags the reader acts on, told apart by number so that no tag's name is cut out as a string. */
const enum Tag {
  Other,
  Row,
  C,
  V,
  Is,
  T,
  RPh,
  Si,
  MergeCell,
}

/** Which tag a name is, from its length and characters (a name is what runs up to white space or "/"). */
function tagOf(xml: string, start: number, length: number): Tag {
  const c = xml.charCodeAt(start);
  switch (length) {
    case 1:
      return c === 99 ? Tag.C : c === 118 ? Tag.V : c === 116 ? Tag.T : Tag.Other; // c v t
    case 2:
      if (c === 105 && xml.charCodeAt(start + 1) === 115) return Tag.Is;
      if (c === 115 && xml.charCodeAt(start + 1) === 105) return Tag.Si;
      return Tag.Other;
    case 3:
      if (xml.startsWith("row", start)) return Tag.Row;
      if (xml.startsWith("rPh", start)) return Tag.RPh;
      return Tag.Other;
    case 9:
      return xml.startsWith("mergeCell", start) ? Tag.MergeCell : Tag.Other;
    default:
      return Tag.Other;
  }
}

/**
 * One pass over XML tags, each visited once: the cost is linear in the text whatever it holds
 * (unclosed tags, deep nesting), where a pattern that looks ahead for a closing tag would scan
 * the rest of the part again for every opening one. `onTag` gets the tag, whether it closes,
 * whether it is empty (<x/>), and where its attributes and the text after it lie.
 */
function eachTag(
  xml: string,
  from: number,
  to: number,
  onTag: (tag: Tag, closing: boolean, empty: boolean, lt: number, gt: number) => void
): void {
  let pos = from;
  while (pos < to) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0 || lt >= to) return;
    const gt = xml.indexOf(">", lt + 1);
    if (gt < 0 || gt > to) return;
    pos = gt + 1;
    const closing = xml.charCodeAt(lt + 1) === 47; // "/"
    let i = closing ? lt + 2 : lt + 1;
    const nameStart = i;
    for (; i < gt; i++) {
      const ch = xml.charCodeAt(i);
      // Name ends at white space or "/"; a prefix (x:c) is already gone (withoutPrefixes).
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47) break;
    }
    onTag(tagOf(xml, nameStart, i - nameStart), closing, xml.charCodeAt(gt - 1) === 47, lt, gt);
  }
}

/** What \s matches in a pattern: the white space an attribute name must follow, as attr() reads it. */
function isPatternSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * attr(xml.slice(lt, gt), name) without cutting the tag out of the part: the first place where
 * white space, the name, "=" and a quoted value stand, the value ending before `gt`.
 */
function attrIn(xml: string, lt: number, gt: number, name: string): string | undefined {
  const first = name.charCodeAt(0);
  for (let k = lt + 1; k < gt; k++) {
    if (xml.charCodeAt(k) !== first || !isPatternSpace(xml.charCodeAt(k - 1))) continue;
    if (k + name.length > gt || !xml.startsWith(name, k)) continue;
    let i = k + name.length;
    while (i < gt && isPatternSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61) continue; // "="
    i++;
    while (i < gt && isPatternSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) continue;
    const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= gt) continue;
    return decodeXml(xml.slice(i + 1, close));
  }
  return undefined;
}

/** parseAddress, quick on the plain form a writer puts in r="F56"; anything else goes the long way. */
function cellAt(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const digits = ref.length - i;
  if (i === 0 || digits < 1 || digits > 7) return parseAddress(ref);
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return parseAddress(ref);
    row = row * 10 + (c - 48);
  }
  return row < 1 ? undefined : { row: row - 1, col: col - 1 };
}

/** The text of a string item (<si> or <is>): its <t> runs, leaving out phonetic runs (furigana, <rPh>). */
function makeTextCollector(xml: string) {
  let text = "";
  let inPhonetic = false;
  let tStart = -1;
  return {
    reset() {
      text = "";
      inPhonetic = false;
      tStart = -1;
    },
    tag(tag: Tag, closing: boolean, empty: boolean, lt: number, gt: number): boolean {
      if (tag === Tag.RPh) inPhonetic = !closing && !empty;
      else if (tag === Tag.T) {
        if (!closing && !empty) tStart = gt + 1;
        else if (closing && tStart >= 0) {
          if (!inPhonetic) text += xml.slice(tStart, lt);
          tStart = -1;
        }
      } else return false;
      return true;
    },
    text: () => decodeXml(text),
  };
}

function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const item = makeTextCollector(xml);
  let open = false;
  eachTag(xml, 0, xml.length, (tag, closing, empty, lt, gt) => {
    if (tag === Tag.Si) {
      if (!closing) {
        if (out.length >= LIMITS.sharedStrings)
          throw new ReadFailure("too-many-cells", limitText(LIMITS.sharedStrings));
        if (empty) out.push("");
        else {
          item.reset();
          open = true;
        }
      } else if (open) {
        out.push(item.text());
        open = false;
      }
    } else if (open) item.tag(tag, closing, empty, lt, gt);
  });
  return out;
}

function cellValue(
  type: string | undefined,
  v: string | undefined,
  inline: string | undefined,
  shared: string[]
): CellValue {
  if (type === "inlineStr") return inline ?? "";
  if (v === undefined || v === "") return null;
  switch (type) {
    case "s": {
      // An index past the shared strings is a damaged part: the cell reads as empty.
      const text = shared[Number(v)];
      return typeof text === "string" ? text : null;
    }
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

/** Excel's last column (XFD), 0-based. */
const LAST_COLUMN = 16383;

/**
 * A sheet's values and merged areas. Rows are kept sparse (a row holds only up to its last
 * value, a row with none is empty), so one far cell (XFD1, A1000000) costs one cell, not a
 * padded rectangle; the core reads missing cells as empty.
 */
export function parseSheetXml(xml: string, name: string, shared: string[]): SheetSnapshot {
  const values: CellValue[][] = [];
  let row = -1;
  let col = -1;
  let rowsWithValues = 0;
  let rowCounted = -1;
  let cells = 0;
  const dataStart = xml.indexOf("<sheetData");
  const dataEnd = xml.indexOf("</sheetData>", dataStart);
  // The cell being read: its type, its <v> text and its inline string.
  let inCell = false;
  let type: string | undefined;
  let v: string | undefined;
  let vStart = -1;
  let inInline = false;
  let inline: string | undefined;
  const inlineText = makeTextCollector(xml);
  const finishCell = () => {
    inCell = false;
    const value = cellValue(type, v, inline, shared);
    if (value === null || col > LAST_COLUMN) return;
    if (row !== rowCounted) {
      if (++rowsWithValues > LIMITS.rows)
        throw new ReadFailure("too-many-rows", limitText(LIMITS.rows));
      rowCounted = row;
    }
    if (++cells > LIMITS.cells) throw new ReadFailure("too-many-cells", limitText(LIMITS.cells));
    (values[row] ??= [])[col] = value;
  };
  if (dataStart >= 0) {
    eachTag(
      xml,
      dataStart,
      dataEnd > dataStart ? dataEnd : xml.length,
      (tag, closing, empty, lt, gt) => {
        switch (tag) {
          case Tag.Row:
            if (closing) return;
            if (inCell) finishCell();
            {
              const r = Number(attrIn(xml, lt, gt, "r"));
              row = Number.isInteger(r) && r >= 1 && r <= 1_048_576 ? r - 1 : row + 1;
            }
            col = -1;
            return;
          case Tag.C:
            if (closing) {
              if (inCell) finishCell();
              return;
            }
            if (inCell) finishCell();
            {
              const ref = attrIn(xml, lt, gt, "r");
              const at = ref ? cellAt(ref) : undefined;
              if (at) {
                row = at.row;
                col = at.col;
              } else col++;
              if (row < 0) row = 0;
              type = attrIn(xml, lt, gt, "t");
            }
            v = undefined;
            inline = undefined;
            inCell = !empty;
            return;
          case Tag.V:
            if (!inCell) return;
            if (!closing && !empty) vStart = gt + 1;
            else if (closing && vStart >= 0) {
              v = xml.slice(vStart, lt);
              vStart = -1;
            }
            return;
          case Tag.Is:
            if (!inCell) return;
            if (!closing && !empty) {
              inInline = true;
              inlineText.reset();
            } else if (closing && inInline) {
              inInline = false;
              inline = inlineText.text();
            }
            return;
          default:
            if (inInline) inlineText.tag(tag, closing, empty, lt, gt);
        }
      }
    );
    if (inCell) finishCell();
  }
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { name, top: 0, left: 0, values, merges: readMerges(xml, dataEnd > 0 ? dataEnd : 0) };
}

/** Merged areas: <mergeCell ref="A1:B2"/>, read in one pass after the sheet data. */
function readMerges(xml: string, from: number): CellRange[] {
  const merges: CellRange[] = [];
  const start = xml.indexOf("<mergeCells", from);
  if (start < 0) return merges;
  const end = xml.indexOf("</mergeCells>", start);
  eachTag(xml, start, end > start ? end : xml.length, (tag, closing, _empty, lt, gt) => {
    if (tag !== Tag.MergeCell || closing) return;
    const [first, second] = (attrIn(xml, lt, gt, "ref") ?? "").split(":");
    const a = cellAt(first ?? "");
    const b = cellAt(second ?? first ?? "");
    if (!a || !b) return;
    if (merges.length >= LIMITS.merges)
      throw new ReadFailure("too-many-merges", limitText(LIMITS.merges));
    merges.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  });
  return merges;
}

/** Whether a part is UTF-16 (a byte-order mark, or "<" in two bytes): decoded as such, not as UTF-8. */
export const isUtf16 = (data: Uint8Array) =>
  (data[0] === 0xff && data[1] === 0xfe) ||
  (data[0] === 0xfe && data[1] === 0xff) ||
  (data[0] === 0x3c && data[1] === 0x00) ||
  (data[0] === 0x00 && data[1] === 0x3c);

/** XML parts are UTF-8 unless a byte-order mark says UTF-16 (which XML allows). */
function decodePart(data: Uint8Array, io: ReaderIo): string {
  if (data[0] === 0xff && data[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff)
    return new TextDecoder("utf-16be").decode(data.subarray(2));
  if (data[0] === 0x3c && data[1] === 0x00) return new TextDecoder("utf-16le").decode(data);
  if (data[0] === 0x00 && data[1] === 0x3c) return new TextDecoder("utf-16be").decode(data);
  return io.decode(data);
}

/** Some writers (the Open XML SDK among them) prefix every element: <x:row>, <x:c>. */
const PREFIXED_ROOT = /^[\s\S]{0,600}?<[A-Za-z][\w.-]*:(?:worksheet|sst|workbook|Relationships)\b/;

function withoutPrefixes(xml: string): string {
  return PREFIXED_ROOT.test(xml) ? xml.replace(/<(\/?)[A-Za-z][\w.-]*:/g, "<$1") : xml;
}

/**
 * A relationship target as a part name, from the folder of the part whose relationship it is (the
 * workbook part's by default): "worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml".
 */
export function resolveTarget(target: string, folder = "xl"): string {
  const t = target.replace(/\\/g, "/");
  if (t.startsWith("/")) return t.slice(1);
  const parts = folder.split("/");
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
  let budget: number = LIMITS.uncompressedBytes;
  const decoded = new Map<string, string>();
  const text = (path: string): string => {
    const part = parts.get(path);
    if (!part) return "";
    // Checked on the declared size before inflating, and on the real one after (readPart stops a liar).
    if (part.size > LIMITS.partBytes) throw new ReadFailure("too-large", fileName);
    const ahead = io.textAhead?.(path);
    if (ahead !== undefined) {
      // The same budget as a part inflated here: its size was checked against its declared one.
      if (part.size > budget) throw new ReadFailure("too-large", fileName);
      budget -= part.size;
      decoded.set(path, ahead);
      return withoutPrefixes(ahead);
    }
    const data = readPart(bytes, part, fileName, io.inflate, Math.min(budget, LIMITS.partBytes));
    budget -= data.length;
    const xml = decodePart(data, io);
    if (!isUtf16(data)) decoded.set(path, xml);
    return withoutPrefixes(xml);
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
    partText: (path) => decoded.get(path),
    checkParts() {
      let total = 0;
      for (const part of parts.values()) {
        if (part.size > LIMITS.partBytes) throw new ReadFailure("too-large", fileName);
        total += readPart(
          bytes,
          part,
          fileName,
          io.inflate,
          Math.min(LIMITS.partBytes, LIMITS.uncompressedBytes - total)
        ).length;
      }
    },
  };
}
