import type { ReaderIo } from "./read-xlsx";
import { readDirectory, readPart } from "./zip";

/** The most a `<cols>` list is read from: it sits before the sheet's data, in the first few kilobytes. */
const HEAD_BYTES = 1024 * 1024;

/**
 * A sheet's column widths as its file sets them (`<col min max width>`), 0-based, so a form
 * made from it opens with the plan's own widths. Columns without a width are left out.
 */
export function columnWidths(
  bytes: Uint8Array,
  part: string,
  fileName: string,
  io: ReaderIo
): (number | undefined)[] {
  const entry = readDirectory(bytes, fileName).get(part);
  if (!entry) return [];
  const xml = readPart(bytes, entry, fileName, io.inflate, Number.MAX_SAFE_INTEGER);
  // Only the text before the cells is decoded: the rows (most of the part) are not looked at.
  const end = indexOfAscii(xml, "sheetData");
  const head = io.decode(xml.subarray(0, end < 0 ? Math.min(xml.length, HEAD_BYTES) : end));
  const widths: (number | undefined)[] = [];
  for (const m of head.matchAll(/<(?:\w+:)?col\b([^>]*)\/?>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(m[1])?.[1];
    const min = Number(attr("min"));
    const max = Math.min(Number(attr("max")), min + 255);
    const width = Number(attr("width"));
    if (!Number.isInteger(min) || !Number.isInteger(max) || !(width > 0)) continue;
    for (let c = min; c <= max; c++) widths[c - 1] = width;
  }
  return widths;
}

/** Where an ASCII word first stands in UTF-8 bytes, or -1. */
function indexOfAscii(bytes: Uint8Array, word: string): number {
  const first = word.charCodeAt(0);
  outer: for (
    let i = bytes.indexOf(first);
    i >= 0 && i + word.length <= bytes.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let k = 1; k < word.length; k++) if (bytes[i + k] !== word.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}
