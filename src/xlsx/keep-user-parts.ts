import { DATA_MARKER } from "../core/plan/summary-plan";
import { rewriteParts } from "./patch-answers";
import { attr as attribute, resolveTarget } from "./read-xlsx";
import { type ZipPart, readDirectory, readPart } from "./zip";
import { WEB_IO } from "./web-io";
import { LIMITS } from "./limits";
import { definedNames, sheetNames, withUserNames } from "./workbook-names";
import { tablesOf, userTableEdits } from "./user-tables";
import { inSchemaOrder } from "./sheet-order";
import { withFilter, withPageBreaks, withSheetExtensions } from "./sheet-elements";

/**
 * What ExcelJS changes of the user's workbook when it reads and writes it back, put back as the
 * file had it, part by part, after ExcelJS has written: the workbook names, the sheets' manual
 * page breaks, filters (criteria and sort), extensions (lists drawn from another sheet,
 * sparklines) and their Excel tables; and each sheet's elements in the order Excel requires. What it loses beyond these is listed in README.md ("Summary sheets").
 */

const WORKBOOK_PART = "xl/workbook.xml";

/** A package's parts as text, read when asked for; null for one it has not or that cannot be read. */
function partsOf(bytes: Uint8Array): (path: string) => string | null {
  let directory: Map<string, ZipPart> | undefined;
  return (path) => {
    try {
      directory ??= readDirectory(bytes, "");
      const part = directory.get(path);
      return part
        ? WEB_IO.decode(readPart(bytes, part, "", WEB_IO.inflate, LIMITS.partBytes))
        : null;
    } catch {
      return null;
    }
  };
}

/** The workbook part's text; null when the file has none or it cannot be read. */
export const workbookXml = (bytes: Uint8Array) => partsOf(bytes)(WORKBOOK_PART);

/** Each sheet's part, by the sheet's name. */
function sheetParts(text: (path: string) => string | null): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of (text("xl/_rels/workbook.xml.rels") ?? "").matchAll(
    /<(?:\w+:)?Relationship\b([^>]*)>/g
  )) {
    const id = attribute(m[1], "Id");
    const target = attribute(m[1], "Target");
    if (id && target) targets.set(id, resolveTarget(target));
  }
  const parts = new Map<string, string>();
  for (const m of (text(WORKBOOK_PART) ?? "").matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attribute(m[1], "name");
    const path = targets.get(/\s[A-Za-z0-9]+:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1] ?? "");
    if (name !== undefined && path) parts.set(name, path);
  }
  return parts;
}

/**
 * The names, in lower case, that the add-in's data table cannot take in the workbook file: its
 * tables' but the one on the add-in's earlier data sheet (`earlier`, its names in the file; that
 * sheet goes when a data table is written), and its workbook names (Excel keeps one list for
 * tables and names, and refuses a file with a name twice).
 */
export function takenTableNames(
  bytes: Uint8Array,
  earlier: readonly (readonly [marker: string, sheet: string | null])[]
): Set<string> {
  const replaced = new Set(
    earlier.flatMap(([m, sheet]) => (m === DATA_MARKER && sheet ? [sheet] : []))
  );
  const text = partsOf(bytes);
  const tables = tablesOf(text, sheetParts(text)).filter((t) => !replaced.has(t.sheet));
  const names = definedNames(text(WORKBOOK_PART) ?? "");
  return new Set(
    [...tables.flatMap((t) => [t.name, t.displayName]), ...names.map((n) => n.name)]
      .filter(Boolean)
      .map((n) => n.toLowerCase())
  );
}

/**
 * The package ExcelJS wrote (`written`) from `original` (the file it read), with the user's
 * workbook names, page breaks and Excel tables as `original` has them. `placed`: the sheets the
 * add-in wrote, whose names, print settings and tables are ExcelJS's.
 */
export function keepUserParts(
  original: Uint8Array,
  written: Uint8Array,
  placed: readonly { name: string }[]
): Uint8Array {
  const before = partsOf(original);
  const after = partsOf(written);
  const originalWorkbook = before(WORKBOOK_PART);
  const writtenParts = sheetParts(after);
  // Every sheet ExcelJS wrote, in the schema's element order (a sheet with notes comes out of it).
  const ordered = (edits: Map<string, (xml: string) => string>) => {
    for (const target of writtenParts.values()) {
      const edit = edits.get(target);
      edits.set(target, edit ? (w) => inSchemaOrder(edit(w)) : inSchemaOrder);
    }
    return rewriteParts(written, edits, "");
  };
  // Nothing read (no workbook part, or one in an encoding read as nothing): ExcelJS's parts stand, in order.
  if (originalWorkbook === null || sheetNames(originalWorkbook).length === 0)
    return ordered(new Map());
  const ours = new Set(placed.map((p) => p.name));
  const originalParts = sheetParts(before);
  const edits = userTableEdits(before, after, { before: originalParts, after: writtenParts }, ours);
  edits.set(WORKBOOK_PART, (w) => withUserNames(originalWorkbook, w, ours));
  for (const [sheet, path] of originalParts) {
    const target = writtenParts.get(sheet);
    if (!target || ours.has(sheet)) continue;
    const xml = before(path);
    if (xml !== null)
      edits.set(target, (w) => withFilter(xml, withSheetExtensions(xml, withPageBreaks(xml, w))));
  }
  return ordered(edits);
}
