import { readFileSync, statSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { ReadFailure } from "./errors";
import type { ReaderIo, WorkbookReader } from "./read-xlsx";
import { openWorkbookBytes } from "./open-workbook";

/** Node's native zlib and Buffer decoding: several times faster than the portable ones on large sheets. */
const NODE_IO: ReaderIo = {
  // One byte past the declared size is enough to tell a part that lies about its size.
  inflate: (data, size, cap) => inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(cap, size + 1)) }),
  decode: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8"),
};

/** Open .xlsx, .csv or .tsv from disk. Throws ReadFailure for anything that cannot be read. */
export function loadWorkbookFile(path: string): WorkbookReader {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new ReadFailure("is-directory", path);
    size = st.size;
  } catch (e) {
    if (e instanceof ReadFailure) throw e;
    throw new ReadFailure("not-found", path);
  }
  if (size === 0) throw new ReadFailure("empty-file", path);
  return openWorkbookBytes(new Uint8Array(readFileSync(path)), path, NODE_IO);
}
