import { deflateSync, inflateSync, strToU8 } from "fflate";
import { parseAddress } from "../core/snapshot";
import { ReadFailure } from "./errors";

/**
 * Write answers into an .xlsx without a workbook library rewriting it: each changed sheet's XML
 * is patched in one pass (only the written cells' own XML changes, their style kept; a cell or
 * row the file does not have yet is added in order), and every other part of the package is
 * copied as it was, compressed bytes and all. So the plan's formatting, conditional formats,
 * images, print settings and anything else survive, and a 10,000-entry plan is patched in well
 * under a second.
 */

/** Cell text as XML element content. */
export const xmlText = (s: string) =>
  !/[&<>_\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s)
    ? s
    : s
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        // Text that looks like an escape is escaped itself; characters XML cannot hold are written as escapes (ECMA-376 22.9.2.19).
        .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
        .replace(
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g,
          (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`
        );

function cellXml(prefix: string, ref: string, style: string, value: string | number): string {
  if (typeof value === "number")
    return `<${prefix}c r="${ref}"${style}><${prefix}v>${value}</${prefix}v></${prefix}c>`;
  return `<${prefix}c r="${ref}"${style} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${xmlText(value)}</${prefix}t></${prefix}is></${prefix}c>`;
}

function columnOf(ref: string): number {
  return parseAddress(ref)!.col;
}

const ATTR_R = /\sr\s*=\s*"([^"]*)"/;
const ATTR_S = /\ss\s*=\s*"([^"]*)"/;

/**
 * The sheet XML with the cells changed: `changes` maps 0-based rows to columns to values. Refuses
 * (throws) a cell that heads a shared formula, which other cells' formulas are written from.
 */
export function patchSheetXml(
  xml: string,
  changes: ReadonlyMap<number, ReadonlyMap<number, string | number>>,
  part: string
): { xml: string; formulasReplaced: boolean } {
  const open = /<([A-Za-z_][\w.-]*:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) throw new Error(`no sheetData in ${part}`);
  const prefix = open[1] ?? "";
  const bodyStart = open.index + open[0].length;
  const closeTag = `</${prefix}sheetData>`;
  const bodyEnd = open[2] === "/" ? bodyStart : xml.indexOf(closeTag, bodyStart);
  if (bodyEnd < 0) throw new Error(`unclosed sheetData in ${part}`);
  const body = xml.slice(bodyStart, bodyEnd);
  let formulasReplaced = false;
  const pending = [...changes].sort((a, b) => a[0] - b[0]);
  let next = 0;
  const cellRe = new RegExp(`<${prefix}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}c>)`, "g");
  const out: string[] = [];
  let last = 0;
  let implied = 0;
  /** Rows the sheet does not have yet, before row `before`, written in order. */
  const newRows = (before: number) => {
    for (; next < pending.length && pending[next][0] < before; next++) {
      const [row, cells] = pending[next];
      const sorted = [...cells].sort((a, b) => a[0] - b[0]);
      out.push(
        `<${prefix}row r="${row + 1}">${sorted.map(([col, v]) => cellXml(prefix, refOf(row, col), "", v)).join("")}</${prefix}row>`
      );
    }
  };
  const openRow = `<${prefix}row`;
  const closeRow = `</${prefix}row>`;
  // Rows found with indexOf, not a pattern: a sheet of 10,000 rows is scanned once, and rows left alone are copied in stretches.
  for (
    let at = body.indexOf(openRow);
    at >= 0 && next < pending.length;
    at = body.indexOf(openRow, at + 1)
  ) {
    const after = body.charCodeAt(at + openRow.length);
    // <row …>, <row/>: not <rowBreaks> or another element starting the same.
    if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13)
      continue;
    const tagEnd = body.indexOf(">", at);
    if (tagEnd < 0) break;
    const selfClosing = body.charCodeAt(tagEnd - 1) === 47;
    const attrs = body.slice(at + openRow.length, selfClosing ? tagEnd - 1 : tagEnd);
    const close = selfClosing ? tagEnd + 1 : body.indexOf(closeRow, tagEnd);
    if (close < 0) throw new Error(`unclosed row in ${part}`);
    const end = selfClosing ? close : close + closeRow.length;
    const r = ATTR_R.exec(attrs);
    const row = r ? Number(r[1]) - 1 : implied;
    implied = row + 1;
    if (pending[next][0] > row) {
      at = end - 1;
      continue;
    }
    out.push(body.slice(last, at));
    last = end;
    newRows(row);
    if (next >= pending.length || pending[next][0] !== row) {
      out.push(body.slice(at, end));
      at = end - 1;
      continue;
    }
    const cells = pending[next][1];
    next++;
    const todo = new Map(cells);
    const content = selfClosing ? "" : body.slice(tagEnd + 1, close);
    const parts: string[] = [];
    let from = 0;
    let col = -1;
    const insertBefore = (limit: number) => {
      for (const c of [...todo.keys()].sort((a, b) => a - b)) {
        if (c >= limit) break;
        parts.push(cellXml(prefix, refOf(row, c), "", todo.get(c)!));
        todo.delete(c);
      }
    };
    cellRe.lastIndex = 0;
    for (let c = cellRe.exec(content); c; c = cellRe.exec(content)) {
      const ref = ATTR_R.exec(c[1]);
      col = ref ? columnOf(ref[1]) : col + 1;
      parts.push(content.slice(from, c.index));
      from = c.index + c[0].length;
      insertBefore(col);
      if (!todo.has(col)) {
        parts.push(c[0]);
        continue;
      }
      const inner = c[2] ?? "";
      if (new RegExp(`<${prefix}f\\b[^>]*\\bref\\s*=`).test(inner))
        throw new Error(`${refOf(row, col)} heads a shared formula in ${part}`);
      if (new RegExp(`<${prefix}f\\b`).test(inner)) formulasReplaced = true;
      const st = ATTR_S.exec(c[1]);
      parts.push(cellXml(prefix, refOf(row, col), st ? ` s="${st[1]}"` : "", todo.get(col)!));
      todo.delete(col);
    }
    parts.push(content.slice(from));
    insertBefore(Infinity);
    out.push(`<${prefix}row${attrs.replace(/\s*\/$/, "")}>${parts.join("")}</${prefix}row>`);
    at = end - 1;
  }
  out.push(body.slice(last));
  newRows(Infinity);
  const patched = out.join("");
  if (open[2] === "/")
    return {
      xml: `${xml.slice(0, open.index)}<${prefix}sheetData>${patched}${closeTag}${xml.slice(bodyStart)}`,
      formulasReplaced,
    };
  return { xml: xml.slice(0, bodyStart) + patched + xml.slice(bodyEnd), formulasReplaced };
}

function refOf(row: number, col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row + 1}`;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Entry {
  nameBytes: Uint8Array;
  name: string;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  data: Uint8Array;
  size: number;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) =>
  (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/** The package's entries with their compressed bytes (a Zip64 package, past 4 GB, is refused: no plan is that large). */
function entries(bytes: Uint8Array, file: string): Entry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ReadFailure("truncated", file);
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new ReadFailure("too-large", file);
  const out: Entry[] = [];
  const utf8 = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50)
      throw new ReadFailure("truncated", file);
    const nameLength = u16(bytes, p + 28);
    const nameBytes = bytes.slice(p + 46, p + 46 + nameLength);
    const compressed = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    const local = u32(bytes, p + 42);
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
      throw new ReadFailure("too-large", file);
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50)
      throw new ReadFailure("truncated", file);
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + compressed > bytes.length) throw new ReadFailure("truncated", file);
    out.push({
      nameBytes,
      name: utf8.decode(nameBytes),
      method: u16(bytes, p + 10),
      // Bit 3 (sizes after the data) is dropped: this writer puts them in the header. Bit 11 (UTF-8 names) is kept.
      flags: u16(bytes, p + 8) & 0x0800,
      time: u16(bytes, p + 12),
      date: u16(bytes, p + 14),
      crc: u32(bytes, p + 16),
      data: bytes.subarray(start, start + compressed),
      size,
    });
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return out;
}

function writeZip(list: Entry[]): Uint8Array {
  let total = 22;
  for (const e of list) total += 30 + 46 + 2 * e.nameBytes.length + e.data.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  const header = (e: Entry, at: number, central: boolean) => {
    let q = at;
    view.setUint32(q, central ? 0x02014b50 : 0x04034b50, true);
    q += 4;
    if (central) {
      view.setUint16(q, 20, true);
      q += 2;
    }
    view.setUint16(q, 20, true);
    view.setUint16(q + 2, e.flags, true);
    view.setUint16(q + 4, e.method, true);
    view.setUint16(q + 6, e.time, true);
    view.setUint16(q + 8, e.date, true);
    view.setUint32(q + 10, e.crc, true);
    view.setUint32(q + 14, e.data.length, true);
    view.setUint32(q + 18, e.size, true);
    view.setUint16(q + 22, e.nameBytes.length, true);
    view.setUint16(q + 24, 0, true);
    q += 26;
    return q;
  };
  for (const e of list) {
    offsets.push(p);
    p = header(e, p, false);
    out.set(e.nameBytes, p);
    p += e.nameBytes.length;
    out.set(e.data, p);
    p += e.data.length;
  }
  const directory = p;
  list.forEach((e, i) => {
    p = header(e, p, true);
    // Comment length, disk, internal and external attributes, then the local header's offset.
    view.setUint16(p, 0, true);
    view.setUint16(p + 2, 0, true);
    view.setUint16(p + 4, 0, true);
    view.setUint32(p + 6, 0, true);
    view.setUint32(p + 10, offsets[i], true);
    p += 14;
    out.set(e.nameBytes, p);
    p += e.nameBytes.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, list.length, true);
  view.setUint16(p + 10, list.length, true);
  view.setUint32(p + 12, p - directory, true);
  view.setUint32(p + 16, directory, true);
  return out.subarray(0, p + 22);
}

/** A package from its parts, each deflated with `deflate` (Node's zlib in the command). */
export function zipParts(
  parts: Record<string, Uint8Array>,
  deflate: (data: Uint8Array) => Uint8Array
): Uint8Array {
  const utf8 = new TextEncoder();
  return writeZip(
    Object.entries(parts).map(([name, data]) => ({
      name,
      nameBytes: utf8.encode(name),
      method: 8,
      flags: 0,
      // 1980-01-01 00:00, the zip format's earliest: the package says nothing of when it was made.
      time: 0,
      date: 0x21,
      crc: crc32(data),
      data: deflate(data),
      size: data.length,
    }))
  );
}

/** How parts are compressed and read: Node's zlib and Buffer decoding in the command, fflate in a browser. */
export interface PatchIo {
  /** Raw deflate and inflate. */
  deflate: (data: Uint8Array) => Uint8Array;
  /** `size`: the part's declared size, a hint for the output buffer. */
  inflate: (data: Uint8Array, size: number) => Uint8Array;
  decode: (b: Uint8Array) => string;
  encode: (s: string) => Uint8Array;
}

export const PORTABLE_PATCH_IO: PatchIo = {
  deflate: (data) => deflateSync(data, { level: 6 }),
  inflate: (data) => inflateSync(data),
  decode: (b) => new TextDecoder().decode(b),
  encode: (s) => strToU8(s),
};

/** Drop the calculation chain (Excel rebuilds it) when a formula cell was written over: a chain naming it would be repaired on opening. */
function dropCalcChain(list: Entry[], io: PatchIo): Entry[] {
  const strip = (e: Entry, re: RegExp): Entry => {
    const text = io.decode(raw(e, io)).replace(re, "");
    const data = io.encode(text);
    return { ...e, method: 8, crc: crc32(data), data: io.deflate(data), size: data.length };
  };
  return list
    .filter((e) => e.name !== "xl/calcChain.xml")
    .map((e) =>
      e.name === "[Content_Types].xml"
        ? strip(e, /<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/)
        : e.name === "xl/_rels/workbook.xml.rels"
          ? strip(e, /<Relationship\b[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/)
          : e
    );
}

function raw(e: Entry, io: PatchIo): Uint8Array {
  if (e.method === 0) return e.data;
  if (e.method !== 8) throw new Error(`${e.name}: compression method ${e.method}`);
  return io.inflate(e.data, e.size);
}

/**
 * The package with cells written into sheet parts: `changes` maps a part (xl/worksheets/sheet1.xml)
 * to A1 addresses and values. Parts left alone keep their compressed bytes.
 */
export function patchAnswers(
  bytes: Uint8Array,
  changes: ReadonlyMap<string, ReadonlyMap<string, string | number>>,
  file: string,
  io: PatchIo = PORTABLE_PATCH_IO,
  /** A part's text already decoded by the reader (WorkbookReader.partText). */
  decoded: (part: string) => string | undefined = () => undefined
): Uint8Array {
  let list = entries(bytes, file);
  let formulas = false;
  for (const [part, cells] of changes) {
    const i = list.findIndex((x) => x.name === part);
    if (i < 0) throw new Error(`no part ${part}`);
    const byRow = new Map<number, Map<number, string | number>>();
    for (const [cell, value] of cells) {
      const at = parseAddress(cell);
      if (!at) throw new Error(`not a cell: ${cell}`);
      let row = byRow.get(at.row);
      if (!row) byRow.set(at.row, (row = new Map()));
      row.set(at.col, value);
    }
    const patched = patchSheetXml(decoded(part) ?? io.decode(raw(list[i], io)), byRow, part);
    formulas ||= patched.formulasReplaced;
    const data = io.encode(patched.xml);
    list[i] = {
      ...list[i],
      method: 8,
      crc: crc32(data),
      data: io.deflate(data),
      size: data.length,
    };
  }
  if (formulas) list = dropCalcChain(list, io);
  return writeZip(list);
}

/** The package with parts' text rewritten, each by its edit; every other part, and one its edit leaves as it was, keeps its compressed bytes. */
export function rewriteParts(
  bytes: Uint8Array,
  edits: ReadonlyMap<string, (xml: string) => string>,
  file: string,
  io: PatchIo = PORTABLE_PATCH_IO
): Uint8Array {
  const list = entries(bytes, file).map((e) => {
    const edit = edits.get(e.name);
    if (!edit) return e;
    const text = io.decode(raw(e, io));
    const edited = edit(text);
    if (edited === text) return e;
    const data = io.encode(edited);
    return { ...e, method: 8, crc: crc32(data), data: io.deflate(data), size: data.length };
  });
  return writeZip(list);
}
