import { makeGrid, type Grid, type SheetSnapshot } from "../core/snapshot";
import { HostFailure } from "../app/failures";
import { insertSummaries, validateOnHost } from "../app/workflow";
import { ReadFailure } from "../xlsx/errors";
import { createFileHost, type FileHost } from "../xlsx/file-host";
import { openWorkbookBytes } from "../xlsx/open-workbook";
import type {
  CallFailure,
  CallName,
  CheckerCalls,
  FromChecker,
  OpenedBook,
  ToChecker,
} from "./checker-messages";
import { gridWindow } from "./grid-window";
import { prepareReadAhead, readAhead } from "./native-inflate";

/**
 * The browser page's workbook, in a Web Worker: a 100,000-entry workbook is read, checked, fixed,
 * summarized and saved here while the page stays responsive. The page gets only what it shows
 * (findings, sheet names, the rows of the grid's window): large messages would hold the page's
 * main thread while it copies them in.
 */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToChecker>) => void) | null;
  postMessage(m: FromChecker, transfer?: Transferable[]): void;
};
let host: FileHost | undefined;
/** The grid of each sheet drawn, kept while its snapshot is the same (a fix changes a value, not the merges). */
const grids = new WeakMap<SheetSnapshot, Grid>();

function opened(): FileHost {
  if (!host) throw new HostFailure("other", "no workbook");
  return host;
}

async function book(): Promise<OpenedBook> {
  const h = opened();
  return {
    sheetNames: await h.listSheets(),
    roles: (await h.sheetRoles?.()) ?? { hidden: [], summaries: [] },
  };
}

const calls: { [K in CallName]: (args: CheckerCalls[K][0]) => Promise<CheckerCalls[K][1]> } = {
  async open({ bytes, name, language }) {
    const read = openWorkbookBytes(bytes, name, await readAhead(bytes, name));
    // Every sheet is read now, so a damaged one is told at once, with its reason, before anything is shown.
    const snapshots = new Map(read.sheetNames.map((n) => [n, read.readSheet(n)]));
    host = createFileHost(
      { ...read, readSheet: (n) => snapshots.get(n) ?? read.readSheet(n) },
      language,
      bytes
    );
    return book();
  },
  async window({ sheet, top }) {
    const s = opened().sheet(sheet);
    let grid = grids.get(s);
    if (!grid) grids.set(s, (grid = makeGrid(s)));
    return gridWindow(sheet, grid, top);
  },
  snapshot: async ({ sheet }) => opened().sheet(sheet),
  async validate({ names, hidden, sheet, settings }) {
    const h = opened();
    // The worker's host reads and checks itself (it has no `validate`): the same path as in Excel.
    const { result, departments } = await validateOnHost(
      {
        ...h,
        listSheets: async () => names,
        sheetRoles: async () => ({ hidden, summaries: [] }),
      },
      sheet,
      settings
    );
    return { result: { ...result, plan: null, summary: null }, departments };
  },
  fix: async ({ fixes }) => opened().applyFixes!(fixes),
  answers: async ({ writes, shown }) => opened().writeAnswers!(writes, shown),
  async summarize({ sheet, settings, lang, kinds }) {
    const inserted = await insertSummaries(opened(), sheet, settings, lang, kinds);
    return { inserted, book: await book() };
  },
  async insert({ plan }) {
    const inserted = await opened().insertSummaries(() => plan);
    return { inserted, book: await book() };
  },
  save: async () => opened().savedCopy(),
};

function failureOf(e: unknown): CallFailure {
  if (e instanceof ReadFailure) return { kind: "read", reason: e.kind, detail: e.detail };
  if (e instanceof HostFailure) return { kind: "host", reason: e.kind, detail: e.detail };
  return { kind: "other", detail: e instanceof Error ? e.message : String(e) };
}

prepareReadAhead();
scope.onmessage = async (e) => {
  const { id, call, args } = e.data;
  try {
    const answer = await (calls[call] as (a: typeof args) => Promise<CheckerCalls[CallName][1]>)(
      args
    );
    scope.postMessage({ id, answer }, answer instanceof Uint8Array ? [answer.buffer] : []);
  } catch (err) {
    scope.postMessage({ id, failure: failureOf(err) });
  }
};
