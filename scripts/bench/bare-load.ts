import { loadWorkbookFile } from "../../src/xlsx/load-file";

/**
 * The floor for `achv validate` (one file) and `achv compare` (two): read each file's first sheet
 * into a snapshot with the same reader, nothing else.
 */
for (const file of process.argv.slice(2)) {
  const book = loadWorkbookFile(file);
  const sheet = book.readSheet(book.sheetNames[0]);
  process.stdout.write(`${sheet.values.length}\n`);
}
