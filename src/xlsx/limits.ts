/**
 * What one input may hold before it is refused, for .xlsx and CSV alike, each measured on
 * content (never on what a file claims about itself). A plan of 100,000 entries — the
 * benchmark's largest — stays well inside every one; past them a file is refused with one
 * message that names the limit, before memory or time run away.
 */
export const LIMITS = {
  /** Bytes of the file itself. */
  fileBytes: 512 * 1024 * 1024,
  /** Bytes all the parts a workbook reads may expand to: a zip bomb is refused, not unpacked. */
  uncompressedBytes: 1024 * 1024 * 1024,
  /**
   * Bytes of one XML part or of a CSV's text. V8 cannot build a string of more than about
   * 512 million characters; this stays under that with room for the strings made from it.
   */
  partBytes: 400 * 1024 * 1024,
  /** Rows that hold a value (empty or styled rows do not count). */
  rows: 250_000,
  /** Cells that hold a value: a 100,000-entry plan has about 600,000. */
  cells: 5_000_000,
  /** Shared strings, the texts cells point to. */
  sharedStrings: 5_000_000,
  /** Merged areas on one sheet: the 100,000-entry plan has about 64,000. */
  merges: 1_000_000,
  /**
   * Merged areas on any sheet of a workbook `achv summarize` copies: ExcelJS checks each new area
   * against all the others (20,000 areas: about 40 s), so more are refused with a message.
   */
  mergesToCopy: 12_000,
  /** A department list given with --departments. */
  departmentBytes: 4 * 1024 * 1024,
} as const;

/** A limit's number as the message shows it. */
export function limitText(n: number): string {
  return n >= 1024 * 1024 && n % (1024 * 1024) === 0
    ? `${(n / 1024 / 1024).toLocaleString("en")} MB`
    : n.toLocaleString("en");
}
