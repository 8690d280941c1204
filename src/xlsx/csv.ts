import type { SheetSnapshot } from "../core/snapshot";
import { ReadFailure } from "./errors";

/**
 * Decode CSV bytes: a BOM says UTF-8 or UTF-16; otherwise UTF-8 if the bytes
 * are valid UTF-8, else Shift_JIS (CP932, what Japanese Excel writes), else
 * EUC-JP. Never guesses into mojibake: an undecodable file is refused.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
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

/** RFC 4180 rows: quoted fields may hold delimiters, quotes ("") and line breaks. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      i++;
    } else if (ch === delimiter) {
      row.push(field);
      field = "";
      i++;
    } else if (ch === "\n" || ch === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
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
  const text = decodeText(bytes, name);
  const rows = parseDelimited(text, sniffDelimiter(text));
  return {
    name: sheetName,
    top: 0,
    left: 0,
    values: rows.map((r) => r.map((v) => (v === "" ? null : v))),
    merges: [],
  };
}
