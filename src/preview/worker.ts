import type { SheetSnapshot } from "../core/snapshot";
import { parseAddress } from "../core/snapshot";
import { checkSnapshots } from "../app/workflow";
import { ReadFailure } from "../xlsx/errors";
import { openWorkbookBytes } from "../xlsx/open-workbook";
import { WEB_IO } from "../xlsx/web-io";
import type { CheckRequest, FromChecker, ToChecker } from "./checker-messages";

/**
 * The browser page's reading and checking, in a Web Worker: a 100,000-entry workbook is parsed and
 * checked here while the page stays responsive. It keeps the sheets it read, with the fixes the page
 * made, so a check sends only names and settings.
 */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToChecker>) => void) | null;
  postMessage(m: FromChecker): void;
};
let sheets = new Map<string, SheetSnapshot>();

function applyFixes(fixes: CheckRequest["fixes"]): void {
  for (const [name, cell, value] of fixes) {
    const s = sheets.get(name);
    const at = parseAddress(cell);
    const row = s && at ? s.values[at.row - s.top] : undefined;
    if (s && at && row) row[at.col - s.left] = value;
  }
}

scope.onmessage = (e) => {
  const m = e.data;
  if (m.kind === "open") {
    try {
      const book = openWorkbookBytes(m.bytes, m.name, WEB_IO);
      const snapshots = book.sheetNames.map((n) => book.readSheet(n));
      sheets = new Map(snapshots.map((s) => [s.name, s]));
      scope.postMessage({
        kind: "opened",
        sheetNames: book.sheetNames,
        hiddenSheets: book.hiddenSheets ?? [],
        xlsx: Boolean(book.sheetPart),
        snapshots,
      });
    } catch (err) {
      scope.postMessage({
        kind: "failed",
        failure: err instanceof ReadFailure ? { kind: err.kind, detail: err.detail } : null,
      });
    }
    return;
  }
  try {
    applyFixes(m.fixes);
    const snapshots = m.names
      .map((n) => sheets.get(n))
      .filter((s): s is SheetSnapshot => s !== undefined);
    scope.postMessage({
      kind: "checked",
      id: m.id,
      result: checkSnapshots(snapshots, new Set(m.hidden), m.sheet, m.settings),
    });
  } catch (err) {
    scope.postMessage({
      kind: "check-failed",
      id: m.id,
      message: err instanceof Error ? err.message : String(err),
    });
  }
};
