import type { SheetSnapshot } from "../core/snapshot";
import { ReadFailure } from "./errors";
import { LIMITS, limitText } from "./limits";

/**
 * Decode CSV bytes: a BOM says UTF-8 or UTF-16; otherwise UTF-8 if the bytes
 * are valid UTF-8, else Shift_JIS (CP932, what Japanese Excel writes), else
 * EUC-JP. Never guesses into mojibake: an undecodable file is refused.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  for (const encoding of ["utf-8", "shift_jis", "euc-jp"]) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      if (!text.includes("\u0000")) return text;
    } catch {
      // not this encoding: try the next one
    }
  }
  throw new ReadFailure("unknown-encoding", name);
}

/**
 * RFC 4180 rows: quoted fields may hold delimiters, quotes ("") and line breaks. Fields are
 * sliced from the text, not built a character at a time, and an empty field is null; rows and
 * filled cells are counted against the limits as they are met.
 */
export function parseDelimited(text: string, delimiter: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let cells = 0;
  const n = text.length;
  let i = 0;
  const push = (field: string) => {
    if (field !== "" && ++cells > LIMITS.cells)
      throw new ReadFailure("too-many-cells", limitText(LIMITS.cells));
    row.push(field === "" ? null : field);
  };
  const endRow = () => {
    if (rows.length >= LIMITS.rows) throw new ReadFailure("too-many-rows", limitText(LIMITS.rows));
    rows.push(row);
    row = [];
  };
  while (i < n) {
    let field: string;
    if (text.charCodeAt(i) === 34) {
      // Quoted: up to the quote that is not doubled.
      let j = i + 1;
      let parts = "";
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          parts += text.slice(j);
          j = n;
          break;
        }
        parts += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          parts += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Anything after the closing quote up to the delimiter belongs to the field, as spreadsheets read it.
      let k = j;
      while (k < n && text[k] !== delimiter && text[k] !== "\n" && text[k] !== "\r") k++;
      field = parts + text.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < n && text[k] !== delimiter && text[k] !== "\n" && text[k] !== "\r") k++;
      field = text.slice(i, k);
      i = k;
    }
    push(field);
    if (i >= n) break;
    if (text[i] === delimiter) {
      i++;
      // A delimiter at the very end still closes an empty last field.
      if (i >= n) push("");
      continue;
    }
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    endRow();
  }
  if (row.length > 0) endRow();
  return rows;
}

/** Tab when the first line has more tabs than commas. */
function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const tabs = firstLine.split("\t").length;
  const commas = firstLine.split(",").length;
  return tabs > commas ? "\t" : ",";
}

export function readCsv(bytes: Uint8Array, name: string, sheetName = "CSV"): SheetSnapshot {
  // Checked on the bytes, before a string too long for the engine is built from them.
  if (bytes.length > LIMITS.partBytes)
    throw new ReadFailure("file-too-large", `${name} (${limitText(LIMITS.partBytes)})`);
  const text = decodeText(bytes, name);
  return {
    name: sheetName,
    top: 0,
    left: 0,
    values: parseDelimited(text, sniffDelimiter(text)),
    merges: [],
  };
}
