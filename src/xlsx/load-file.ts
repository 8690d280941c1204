import { closeSync, constants, openSync, readFileSync, readSync, statSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { ReadFailure } from "./errors";
import { LIMITS, limitText } from "./limits";
import type { ReaderIo, WorkbookReader } from "./read-xlsx";
import { openWorkbookBytes } from "./open-workbook";

/**
 * zlib's output buffer for a part: the whole part in one chunk, because collecting it in the
 * default 16 KB chunks costs more than the inflating itself on a sheet of megabytes. Never more
 * than deflate can expand the data to (1032:1), so a size a damaged file lies about costs nothing.
 */
export function oneChunk(data: Uint8Array, most: number): number {
  return Math.max(64, Math.min(most, data.length * 1032 + 64));
}

/** Node's native zlib and Buffer decoding: several times faster than the portable ones on large sheets. */
export const NODE_IO: ReaderIo = {
  // One byte past the declared size is enough to tell a part that lies about its size.
  inflate: (data, size, cap) => {
    const most = Math.max(1, Math.min(cap, size + 1));
    return inflateRawSync(data, { maxOutputLength: most, chunkSize: oneChunk(data, most) });
  },
  decode: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8"),
};

/** How long a pipe or device may stay silent before it is given up on (a FIFO nobody writes to). */
export const SILENCE_MS = 5000;

function tooLarge(path: string, cap: number): ReadFailure {
  return new ReadFailure("file-too-large", `${path} (${limitText(cap)})`);
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new ReadFailure("not-found", path);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The bytes of a file the user named, at most `cap` of them. A regular file is read at once;
 * a pipe (`<(cat x.csv)`), FIFO or device is opened without blocking and read as it comes,
 * stopped past the cap (/dev/zero) or after a silence (a FIFO nobody writes to), each with one
 * message. A blocking open would hang in a worker thread that even process.exit waits for.
 */
export async function readInput(path: string, cap: number = LIMITS.fileBytes): Promise<Uint8Array> {
  const st = statOf(path);
  if (st.isDirectory()) throw new ReadFailure("is-directory", path);
  if (st.isFile()) {
    if (st.size > cap) throw tooLarge(path, cap);
    if (st.size === 0) throw new ReadFailure("empty-file", path);
    return new Uint8Array(readFileSync(path));
  }
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    throw new ReadFailure("not-found", path);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let quietSince = Date.now();
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as { code?: string }).code !== "EAGAIN") throw new ReadFailure("not-found", path);
        n = -1;
      }
      if (n > 0) {
        total += n;
        if (total > cap) throw tooLarge(path, cap);
        chunks.push(chunk.subarray(0, n));
        quietSince = Date.now();
        continue;
      }
      // End of input; but a FIFO whose writer has not come yet also reads 0 until it does.
      if (n === 0 && (total > 0 || !st.isFIFO())) break;
      if (Date.now() - quietSince > SILENCE_MS) throw new ReadFailure("no-answer", path);
      await sleep(10);
    }
  } finally {
    closeSync(fd);
  }
  if (total === 0) throw new ReadFailure("empty-file", path);
  return new Uint8Array(Buffer.concat(chunks));
}

/** Open .xlsx, .csv or .tsv from disk (a regular file). Throws ReadFailure for anything that cannot be read. */
export function loadWorkbookFile(path: string): WorkbookReader {
  const st = statOf(path);
  if (st.isDirectory()) throw new ReadFailure("is-directory", path);
  if (st.size === 0) throw new ReadFailure("empty-file", path);
  if (st.size > LIMITS.fileBytes) throw tooLarge(path, LIMITS.fileBytes);
  return openWorkbookBytes(new Uint8Array(readFileSync(path)), path, NODE_IO);
}
