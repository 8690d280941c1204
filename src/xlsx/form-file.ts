import { type FormProblem, type FormRead, readForm } from "../core/roundtrip/read-form";
import { openWorkbookBytes } from "./open-workbook";
import type { ReaderIo } from "./read-xlsx";

/**
 * A returned form from its file's bytes (Node's reader in the command, WEB_IO in the pane):
 * the form read, or why it is no form. A file that is no workbook at all throws ReadFailure,
 * as any input does.
 */
export function formFromBytes(
  bytes: Uint8Array,
  file: string,
  io: ReaderIo,
  year?: number
): FormRead | FormProblem {
  const book = openWorkbookBytes(bytes, file, io);
  return readForm({ file, sheets: book.sheetNames.map((n) => book.readSheet(n)) }, year);
}
