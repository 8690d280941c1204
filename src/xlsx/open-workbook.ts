import { readCsv } from "./csv";
import { type ReaderIo, type WorkbookReader, openXlsx } from "./read-xlsx";

/**
 * A workbook from its bytes: CSV/TSV by name (or a name with no extension), unless the bytes say zip or OLE
 * (an .xlsx or .xls misnamed), else .xlsx. The CSV's one sheet is named after the file.
 */
export function openWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  io: ReaderIo
): WorkbookReader {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isCompound = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  // A name with no extension (a pipe: /dev/fd/63) is told by its bytes.
  const textName =
    /\.(csv|tsv|txt)$/i.test(fileName) ||
    !/\.[A-Za-z0-9]{1,5}$/.test(fileName.replace(/^.*[\\/]/, ""));
  if (textName && !isZip && !isCompound) {
    const sheet = readCsv(
      bytes,
      fileName,
      fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "")
    );
    return { sheetNames: [sheet.name], readSheet: () => sheet };
  }
  return openXlsx(bytes, fileName, io);
}
