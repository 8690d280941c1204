// @ts-nocheck
import { loadWorkbookFile } from "../../src/xlsx/load-file";

/** The floor for `achv validate`: read the file into a snapshot with the same reader, nothing else. */
const book = loadWorkbookFile(process.argv[2]);
const sheet = book.readSheet(book.sheetNames[0]);
process.stdout.write(`${sheet.values.length}\n`);
