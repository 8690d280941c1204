import { HostFailure } from "../app/failures";
import { ReadFailure } from "../xlsx/errors";
import type {
  CallFailure,
  CallName,
  CheckerCalls,
  FromChecker,
  ToChecker,
} from "./checker-messages";
// The worker's own bundle, as text (webpack builds it first): a page opened from a folder (file://)
// may not start a worker from a file, but may from a blob.
import workerSource from "../../dist/worker-src/preview-worker.js?raw";

/** The page's side of its worker: each call answered in turn, a failure rebuilt as the error it was. */
export interface Checker {
  call<K extends CallName>(name: K, args: CheckerCalls[K][0]): Promise<CheckerCalls[K][1]>;
  stop(): void;
}

function errorOf(f: CallFailure): Error {
  if (f.kind === "read") return new ReadFailure(f.reason, f.detail);
  if (f.kind === "host") return new HostFailure(f.reason, f.detail);
  return new Error(f.detail);
}

/** A worker of its own per file opened: the next file never waits on the last one's work. */
export function startChecker(): Checker {
  const url = URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
  const worker = new Worker(url);
  URL.revokeObjectURL(url);
  let next = 0;
  const waiting = new Map<number, { resolve: (a: unknown) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent<FromChecker>) => {
    const m = e.data;
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if ("failure" in m) w?.reject(errorOf(m.failure));
    else w?.resolve(m.answer);
  };
  return {
    call: (name, args) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        waiting.set(id, { resolve: resolve as (a: unknown) => void, reject });
        // The file's bytes go to the worker, not a copy: the page keeps nothing of the workbook.
        const transfer = "bytes" in args ? [args.bytes.buffer] : [];
        worker.postMessage({ id, call: name, args } as ToChecker, transfer);
      }),
    stop: () => worker.terminate(),
  };
}
