import { LIMITS } from "../xlsx/limits";
import { isUtf16, type ReaderIo } from "../xlsx/read-xlsx";
import { WEB_IO } from "../xlsx/web-io";
import { readDirectory, storedBytes, type ZipPart } from "../xlsx/zip";
import type { FromInflater, ToInflater } from "./inflater-messages";
// The inflating worker's own bundle, as text (webpack builds it first), started from a blob as the checker is.
import inflaterSource from "../../dist/inflater-src/inflater.js?raw";

/** The XML parts a reader reads (sheets, shared strings, the workbook and its relationships). */
const READ = /\.(xml|rels)$/i;

function startInflater(): Worker | null {
  try {
    new DecompressionStream("deflate-raw");
    const url = URL.createObjectURL(new Blob([inflaterSource], { type: "text/javascript" }));
    const worker = new Worker(url);
    URL.revokeObjectURL(url);
    return worker;
  } catch {
    return null;
  }
}

/** Started with this worker, so that a file's first part does not wait for a thread to start. */
let spare: Worker | null | undefined;
export function prepareReadAhead(): void {
  spare ??= startInflater();
}

/** A part being read ahead: its text so far, piece by piece. */
interface Reading {
  path: string;
  decoder: TextDecoder;
  text: string[];
  usable: boolean;
  done: () => void;
}

/**
 * The reader's io with the parts it will read already inflated by the browser and decoded as
 * UTF-8. Inflating (in a worker of this worker's own) and decoding (here) go on side by side:
 * on a 100,000-entry sheet each takes about a second, and together not much more than one.
 * A part that does not inflate to exactly its declared size, or is UTF-16, is not read ahead:
 * the reader meets it with its portable inflater and says what is wrong, as everywhere else.
 * In a browser without "deflate-raw" or workers, nothing is read ahead.
 */
export async function readAhead(bytes: Uint8Array, fileName: string): Promise<ReaderIo> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return WEB_IO;
  let parts: Map<string, ZipPart>;
  try {
    parts = readDirectory(bytes, fileName);
  } catch {
    // The reader reads the directory again and says what is wrong with it.
    return WEB_IO;
  }
  // One file per checking worker (the page starts a new one for the next file).
  const inflater = spare ?? startInflater();
  spare = undefined;
  if (!inflater) return WEB_IO;
  const texts = new Map<string, string>();
  const reading = new Map<number, Reading>();
  const finish = (id: number, whole: boolean) => {
    const r = reading.get(id);
    if (!r) return;
    reading.delete(id);
    if (whole && r.usable) texts.set(r.path, r.text.join("") + r.decoder.decode());
    r.done();
  };
  inflater.onmessage = (e: MessageEvent<FromInflater>) => {
    const m = e.data;
    if (!("piece" in m)) return finish(m.id, m.whole);
    const r = reading.get(m.id);
    if (!r) return;
    if (r.text.length === 0 && isUtf16(m.piece)) r.usable = false;
    if (r.usable) r.text.push(r.decoder.decode(m.piece, { stream: true }));
  };
  // A worker that could not start or failed: what it did not finish is left to the reader.
  inflater.onerror = () => [...reading.keys()].forEach((id) => finish(id, false));
  const work: Promise<void>[] = [];
  let budget: number = LIMITS.uncompressedBytes;
  let id = 0;
  for (const part of parts.values()) {
    if (part.method !== 8 || !READ.test(part.name) || part.size > LIMITS.partBytes) continue;
    if (part.size > budget) break;
    budget -= part.size;
    const data = storedBytes(bytes, part);
    if (!data) continue;
    const at = ++id;
    work.push(
      new Promise<void>((done) =>
        reading.set(at, {
          path: part.name,
          decoder: new TextDecoder("utf-8"),
          text: [],
          usable: true,
          done,
        })
      )
    );
    // The part's own bytes, not a view of the whole file (which would be copied for every part).
    const own = data.slice();
    inflater.postMessage({ id: at, data: own, size: part.size } satisfies ToInflater, [own.buffer]);
  }
  await Promise.all(work);
  inflater.terminate();
  return { ...WEB_IO, textAhead: (path) => texts.get(path) };
}
