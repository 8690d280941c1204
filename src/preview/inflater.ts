import type { FromInflater, ToInflater } from "./inflater-messages";

/**
 * A worker of the checking worker's own: it inflates the workbook's parts with the browser's
 * DecompressionStream and hands each piece over as it comes, so that the checking worker decodes
 * one piece while the next is inflated (on two cores, reading a large sheet takes the longer of
 * the two, not their sum). Parts in the order sent; a part stops as soon as it outgrows its
 * declared size, and the checking worker leaves it to its own reader, which says what is wrong.
 */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToInflater>) => void) | null;
  postMessage(m: FromInflater, transfer?: Transferable[]): void;
};

/** Compressed bytes fed at a time: about a megabyte of XML out. */
const SLICE = 32 * 1024;

async function inflate({ id, data, size }: ToInflater): Promise<void> {
  let n = 0;
  try {
    // Fed a slice at a time: the stream inflates what it is given in one go, so the whole part
    // at once would be one long task, and nothing handed over until it ends.
    const stream = new DecompressionStream("deflate-raw");
    const writer = stream.writable.getWriter();
    const feed = async () => {
      for (let at = 0; at < data.length; at += SLICE)
        await writer.write(data.subarray(at, at + SLICE));
      await writer.close();
    };
    // A damaged part fails the writing too; the reading below fails and says so.
    feed().catch(() => undefined);
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.length;
      if (n > size) {
        await reader.cancel();
        break;
      }
      scope.postMessage({ id, piece: value }, [value.buffer]);
    }
  } catch {
    n = -1;
  }
  scope.postMessage({ id, whole: n === size });
}

let queue = Promise.resolve();
scope.onmessage = (e) => {
  queue = queue.then(() => inflate(e.data));
};
