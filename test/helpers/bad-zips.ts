import { strToU8 } from "fflate";
import { ReadFailure } from "../../src/xlsx/errors";

/** A copy of a zip whose central directory declares another uncompressed size for one part (a lying zip bomb). */
export function declareSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const name = strToU8(part);
  for (let p = out.length - 22; p >= 0; p--) {
    if (out[p] !== 0x50 || out[p + 1] !== 0x4b || out[p + 2] !== 0x01 || out[p + 3] !== 0x02)
      continue;
    const len = out[p + 28] | (out[p + 29] << 8);
    if (len === name.length && name.every((b, i) => out[p + 46 + i] === b)) {
      new DataView(out.buffer).setUint32(p + 24, size >>> 0, true);
      return out;
    }
  }
  throw new Error(`no ${part}`);
}

/** The ReadFailure a read ends with; anything else it throws, or no failure at all, fails the test. */
export function failureOf(f: () => unknown): ReadFailure {
  try {
    f();
  } catch (e) {
    if (e instanceof ReadFailure) return e;
    throw e;
  }
  throw new Error("did not fail");
}
