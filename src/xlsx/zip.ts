import { ReadFailure } from "./errors";

/**
 * Just enough of the zip format to take single parts out of an .xlsx: the
 * central directory names every part with its sizes, so a part is inflated only
 * when asked for, its declared size is checked against a cap before any work,
 * and the inflater can be Node's native zlib where there is one.
 */
export interface ZipPart {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Raw-deflate inflater; `size` is the part's declared size, `cap` the most it may produce. */
export type Inflate = (data: Uint8Array, size: number, cap: number) => Uint8Array;

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) =>
  (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
/** A 64-bit little-endian number, exact up to 2^53 (a larger one is past any file we read). */
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 2 ** 32;
const ascii = new TextDecoder("utf-8");
/** More entries than any workbook has: each costs a directory record, so a flood of them is refused. */
const MAX_ENTRIES = 1_000_000;

export function readDirectory(bytes: Uint8Array, fileName: string): Map<string, ZipPart> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ReadFailure("truncated", fileName);
  let count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  // Zip64 (APPNOTE 4.3.14–4.3.15): past 65,535 entries or 4 GB the real figures sit in a record
  // found through the locator just before the end record.
  if (
    (count === 0xffff || p === 0xffffffff) &&
    eocd >= 20 &&
    u32(bytes, eocd - 20) === 0x07064b50
  ) {
    const record = u64(bytes, eocd - 12);
    if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50)
      throw new ReadFailure("truncated", fileName);
    count = u64(bytes, record + 32);
    p = u64(bytes, record + 48);
  }
  if (count > MAX_ENTRIES) throw new ReadFailure("too-large", fileName);
  const parts = new Map<string, ZipPart>();
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50)
      throw new ReadFailure("truncated", fileName);
    const nameLength = u16(bytes, p + 28);
    const name = ascii.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    const extraLength = u16(bytes, p + 30);
    const part = {
      name,
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      offset: u32(bytes, p + 42),
    };
    readZip64Extra(bytes, p + 46 + nameLength, extraLength, part);
    parts.set(name, part);
    p += 46 + nameLength + extraLength + u16(bytes, p + 32);
  }
  return parts;
}

/** Sizes and offset that do not fit 32 bits are in the Zip64 extra field (id 1), in this order (APPNOTE 4.5.3). */
function readZip64Extra(bytes: Uint8Array, start: number, length: number, part: ZipPart): void {
  const end = Math.min(bytes.length, start + length);
  for (let q = start; q + 4 <= end; q += 4 + u16(bytes, q + 2)) {
    if (u16(bytes, q) !== 1) continue;
    let f = q + 4;
    const next = () => {
      const v = f + 8 <= end ? u64(bytes, f) : 0xffffffff;
      f += 8;
      return v;
    };
    if (part.size === 0xffffffff) part.size = next();
    if (part.compressedSize === 0xffffffff) part.compressedSize = next();
    if (part.offset === 0xffffffff) part.offset = next();
    return;
  }
}

/** A part's bytes as stored (compressed or not); null where no local header stands where the directory says, or they run past the end. */
export function storedBytes(bytes: Uint8Array, part: ZipPart): Uint8Array | null {
  const local = part.offset;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return null;
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + part.compressedSize;
  return end > bytes.length ? null : bytes.subarray(start, end);
}

export function readPart(
  bytes: Uint8Array,
  part: ZipPart,
  fileName: string,
  inflate: Inflate,
  cap: number
): Uint8Array {
  if (part.size > cap) throw new ReadFailure("too-large", fileName);
  const data = storedBytes(bytes, part);
  if (!data) throw new ReadFailure("truncated", fileName);
  if (part.method === 0) return data;
  if (part.method !== 8) throw new ReadFailure("not-workbook", fileName);
  let out: Uint8Array;
  try {
    out = inflate(data, part.size, cap);
  } catch (e) {
    // Node's zlib says "too large" with a RangeError (ERR_BUFFER_TOO_LARGE), whatever realm it comes from.
    const err = (typeof e === "object" && e !== null ? e : {}) as { name?: string; code?: string };
    const tooLarge = err.name === "RangeError" || err.code === "ERR_BUFFER_TOO_LARGE";
    throw new ReadFailure(tooLarge ? "too-large" : "truncated", fileName);
  }
  // A part that inflates to other than its declared size is damaged (or lying about its size).
  if (out.length !== part.size)
    throw new ReadFailure(out.length > part.size ? "too-large" : "truncated", fileName);
  return out;
}
