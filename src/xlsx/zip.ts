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
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const ascii = new TextDecoder("utf-8");

export function readDirectory(bytes: Uint8Array, fileName: string): Map<string, ZipPart> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ReadFailure("truncated", fileName);
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  const parts = new Map<string, ZipPart>();
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new ReadFailure("truncated", fileName);
    const nameLength = u16(bytes, p + 28);
    const name = ascii.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    parts.set(name, {
      name,
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      offset: u32(bytes, p + 42),
    });
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return parts;
}

export function readPart(bytes: Uint8Array, part: ZipPart, fileName: string, inflate: Inflate, cap: number): Uint8Array {
  if (part.size > cap || part.size === 0xffffffff) throw new ReadFailure("too-large", fileName);
  const local = part.offset;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new ReadFailure("truncated", fileName);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + part.compressedSize;
  if (end > bytes.length) throw new ReadFailure("truncated", fileName);
  const data = bytes.subarray(start, end);
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
  if (out.length !== part.size) throw new ReadFailure(out.length > part.size ? "too-large" : "truncated", fileName);
  return out;
}
