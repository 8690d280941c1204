// @ts-nocheck
import { inflateSync } from "fflate";
import type { ReaderIo } from "./read-xlsx";

const utf8 = new TextDecoder("utf-8");

/**
 * Reading in a browser: fflate inflates (room for one byte past the declared
 * size, so a part that fills it lies about its size). Kept apart from the reader
 * so the command line, which has Node's zlib, never loads it.
 */
export const WEB_IO: ReaderIo = {
  inflate: (data, size, cap) => inflateSync(data, { out: new Uint8Array(Math.min(cap, size + 1)) }),
  decode: (b) => utf8.decode(b),
};
