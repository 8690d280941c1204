import { attr as attribute } from "./read-xlsx";
import { elementsAfterCells, elementsOf, withElements } from "./sheet-order";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const EXTENSION_LIST = /<(?:[\w.-]+:)?extLst\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?extLst>/;

/** The namespace declarations of a start tag, by prefix. */
function declarations(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/\sxmlns:([\w.-]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** The namespace declarations of a sheet part's root element, by prefix. */
export const rootDeclarations = (xml: string) =>
  declarations(/<(?:[\w.-]+:)?worksheet\b[^>]*>/.exec(xml)?.[0] ?? "");

/** The prefixes a run of XML uses on its elements and attributes, in the order they first appear. */
function prefixesUsed(xml: string): string[] {
  const used = new Set<string>();
  for (const m of xml.matchAll(/<\/?([\w.-]+):|\s([\w.-]+):[\w.-]+\s*=/g)) {
    const prefix = m[1] ?? m[2];
    if (prefix !== "xmlns" && prefix !== "xml") used.add(prefix);
  }
  return [...used];
}

/**
 * An element taken out of a sheet part, as it can stand in another: the main namespace's prefix
 * (x:, as the Open XML SDK writes) taken off its tags, as ExcelJS writes the default namespace,
 * and the prefixes it borrowed from the part's root element declared on its own start tag, as
 * ExcelJS writes the root anew. Null where it refers to another part (r:id), which ExcelJS drops.
 */
export function movable(element: string, root: ReadonlyMap<string, string>): string | null {
  const main = [...root].filter(([, uri]) => uri === MAIN).map(([p]) => p);
  const text = main.reduce(
    (t, p) => t.replace(new RegExp(`<(/?)${p.replace(/\./g, "\\.")}:`, "g"), "<$1"),
    element
  );
  const used = prefixesUsed(text);
  if (used.some((p) => root.get(p) === RELATIONSHIPS)) return null;
  const start = /^<[^>]*?(?=\/?>)/.exec(text)![0];
  const own = declarations(`${start} `);
  const borrowed = used
    .filter((p) => !own.has(p) && root.has(p))
    .map((p) => ` xmlns:${p}="${root.get(p)}"`)
    .join("");
  return start + borrowed + text.slice(start.length);
}

/** The <ext> elements of a sheet part's extension list, each with its uri. */
function extensionsIn(xml: string): { uri: string; xml: string }[] {
  const list = EXTENSION_LIST.exec(xml.slice(Math.max(0, xml.lastIndexOf("sheetData"))));
  return (list ? (elementsOf(list[1]) ?? []) : [])
    .filter((e) => e.name === "ext")
    .map((e) => ({ uri: attribute(/^<[^>]*>/.exec(e.text)![0], "uri") ?? "", xml: e.text }));
}

/**
 * What ExcelJS drops from a sheet part it reads and writes back, put back from the original part
 * into the one it wrote: page breaks, a filter's criteria and sort, extensions.
 */

/**
 * The sheet part ExcelJS wrote (`written`) with the extensions of the original it does not write:
 * a drop-down list drawn from another sheet (Excel 2010 and later keep it in the extension list,
 * not in <dataValidations>), sparklines, and the like. An extension ExcelJS wrote itself (its
 * conditional formats') stays as it wrote it; one that refers to another part (a slicer's, a
 * timeline's) is left out, as ExcelJS drops those parts.
 */
export function withSheetExtensions(original: string, written: string): string {
  const root = rootDeclarations(original);
  const present = new Set(extensionsIn(written).map((e) => e.uri));
  const kept = extensionsIn(original).flatMap(({ uri, xml }) => {
    const ext = present.has(uri) ? null : movable(xml, root);
    return ext === null ? [] : [ext];
  });
  if (kept.length === 0) return written;
  const close = written.lastIndexOf("</extLst>");
  if (close >= 0) return written.slice(0, close) + kept.join("") + written.slice(close);
  const end = written.lastIndexOf("</");
  return `${written.slice(0, end)}<extLst>${kept.join("")}</extLst>${written.slice(end)}`;
}

/** The sheet part ExcelJS wrote with the original's elements of `names` (after the cells) in place of its own. */
function withOriginal(original: string, written: string, names: ReadonlySet<string>): string {
  const found = (elementsAfterCells(original) ?? []).filter((e) => names.has(e.name));
  if (found.length === 0) return written;
  const root = rootDeclarations(original);
  const moved = found.map((e) => movable(e.text, root));
  return moved.every((e) => e !== null) ? withElements(written, names, moved) : written;
}

const FILTER = new Set(["autoFilter", "sortState"]);
const PAGE_BREAKS = new Set(["rowBreaks", "colBreaks"]);

/**
 * The sheet part ExcelJS wrote with the original's filter and sort (<autoFilter> with its criteria,
 * <sortState>): ExcelJS keeps a filter's range only, so the rows it hid stayed hidden under a
 * filter that showed none set.
 */
export const withFilter = (original: string, written: string) =>
  withOriginal(original, written, FILTER);

/**
 * The sheet part ExcelJS wrote with the manual page breaks of the original (rows and columns):
 * ExcelJS reads none of them, so a plan printed a goal to a page came back as one run of pages.
 */
export const withPageBreaks = (original: string, written: string) =>
  withOriginal(original, written, PAGE_BREAKS);
