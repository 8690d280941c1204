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

async function inflate({ id, data, size }: ToInflater): Promise<void> {
  let n = 0;
  try {
    const reader = new Blob([data])
      .stream()
      .pipeThrough(new DecompressionStream("deflate-raw"))
      .getReader();
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
