import type { SheetSnapshot } from "../core/snapshot";
import type { ValidationResult } from "../core/validate";
import { ReadFailure } from "../xlsx/errors";
import type { CheckRequest, FromChecker, ToChecker } from "./checker-messages";
// The worker's own bundle, as text (webpack builds it first): a page opened from a folder (file://)
// may not start a worker from a file, but may from a blob.
import workerSource from "../../dist/worker-src/preview-worker.js?raw";

export interface Opened {
  sheetNames: string[];
  hiddenSheets: string[];
  xlsx: boolean;
  snapshots: SheetSnapshot[];
}

export interface Checker {
  /** Read every sheet of the file; a damaged one is a ReadFailure. */
  open(bytes: Uint8Array, name: string): Promise<Opened>;
  check(request: Omit<CheckRequest, "kind" | "id">): Promise<ValidationResult>;
  stop(): void;
}

/** A worker of its own per file opened: the next file never waits on the last one's work. */
export function startChecker(): Checker {
  const url = URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
  const worker = new Worker(url);
  URL.revokeObjectURL(url);
  let next = 0;
  const waiting = new Map<
    number,
    { resolve: (r: ValidationResult) => void; reject: (e: Error) => void }
  >();
  let opening: { resolve: (o: Opened) => void; reject: (e: Error) => void } | null = null;
  worker.onmessage = (e: MessageEvent<FromChecker>) => {
    const m = e.data;
    if (m.kind === "opened") opening?.resolve(m);
    else if (m.kind === "failed")
      opening?.reject(
        m.failure ? new ReadFailure(m.failure.kind, m.failure.detail) : new Error("unreadable")
      );
    else if (m.kind === "checked") waiting.get(m.id)?.resolve(m.result);
    else waiting.get(m.id)?.reject(new Error(m.message));
    if (m.kind === "checked" || m.kind === "check-failed") waiting.delete(m.id);
  };
  const post = (m: ToChecker, transfer: Transferable[] = []) => worker.postMessage(m, transfer);
  return {
    open: (bytes, name) =>
      new Promise((resolve, reject) => {
        opening = { resolve, reject };
        // A copy goes to the worker: the page keeps the file's bytes for saving.
        const copy = bytes.slice();
        post({ kind: "open", bytes: copy, name }, [copy.buffer]);
      }),
    check: (request) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        waiting.set(id, { resolve, reject });
        post({ kind: "check", id, ...request });
      }),
    stop: () => worker.terminate(),
  };
}
