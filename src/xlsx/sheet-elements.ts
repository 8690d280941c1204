import { attr as attribute } from "./read-xlsx";
import { elementsAfterCells, elementsOf, withElements } from "./sheet-order";

/**
 * What ExcelJS drops from a sheet part it reads and writes back, put back from the original part
 * into the one it wrote: page breaks, a filter's criteria and sort, and the extensions that hold
 * a drop-down list drawn from another sheet or sparklines.
 */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * The extensions put back, by uri: self-contained (formulas and cell ranges only, no ids into
 * other parts or elements). Excel 2010 and later keep a list validation drawn from another sheet
 * in the first (not in <dataValidations>), sparklines in the second.
 */
const KEPT_EXTENSIONS = new Set([
  "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}",
  "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}",
]);

/** The namespace declarations of a start tag (or of every tag of a run of XML), by prefix. */
function declarations(xml: string): Map<string, string> {
  return new Map([...xml.matchAll(/\sxmlns:([\w.-]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** What an element taken out of a sheet part may lean on from the part's root element. */
interface Root {
  prefixes: Map<string, string>;
  /** The prefixes the root lets a reader ignore (mc:Ignorable): revision ids (xr:uid) and the like. */
  ignorable: Set<string>;
}

function rootOf(xml: string): Root {
  const tag = /<(?:[\w.-]+:)?worksheet\b[^>]*>/.exec(xml)?.[0] ?? "";
  const prefixes = declarations(tag);
  const mc = [...prefixes].find(([, uri]) => uri === COMPATIBILITY)?.[0];
  const ignorable = mc ? (attribute(tag, `${mc}:Ignorable`) ?? "") : "";
  return { prefixes, ignorable: new Set(ignorable.split(/\s+/).filter(Boolean)) };
}

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
 * (x:, as the Open XML SDK writes) taken off its tags, as ExcelJS writes the default namespace;
 * attributes the root let readers ignore (revision ids) left out, as ExcelJS's root does not
 * say they may be ignored and Excel 2010 and 2013 would refuse them; the other prefixes it
 * borrowed from the root declared on its own start tag. Null where it refers to another part
 * (r:id), which ExcelJS drops, or holds an element a reader may ignore.
 */
function movable(element: string, root: Root): string | null {
  const main = [...root.prefixes].filter(([, uri]) => uri === MAIN).map(([p]) => p);
  let text = main.reduce(
    (t, p) => t.replace(new RegExp(`<(/?)${p.replace(/\./g, "\\.")}:`, "g"), "<$1"),
    element
  );
  for (const p of root.ignorable) {
    if (new RegExp(`<${p}:`).test(text)) return null;
    text = text.replace(new RegExp(`\\s${p}:[\\w.-]+\\s*=\\s*(?:"[^"]*"|'[^']*')`, "g"), "");
  }
  const used = prefixesUsed(text);
  const uriOf = (p: string) => declarations(text).get(p) ?? root.prefixes.get(p);
  if (used.some((p) => uriOf(p) === RELATIONSHIPS)) return null;
  const start = /^<[^>]*?(?=\/?>)/.exec(text)![0];
  const own = declarations(`${start} `);
  const borrowed = used
    .filter((p) => !own.has(p) && root.prefixes.has(p))
    .map((p) => ` xmlns:${p}="${root.prefixes.get(p)}"`)
    .join("");
  return start + borrowed + text.slice(start.length);
}

/** A sheet part's own extension list (not one inside a conditional format's rule), as written. */
const extensionList = (xml: string) =>
  (elementsAfterCells(xml) ?? []).find((e) => e.name === "extLst")?.text;

/** The <ext> elements of an extension list, each with its uri. */
function extensionsIn(list: string | undefined): { uri: string; xml: string }[] {
  const inner = list ? /^<[^>]*>([\s\S]*)<\/[^>]*>$/.exec(list)?.[1] : undefined;
  return (inner ? (elementsOf(inner) ?? []) : [])
    .filter((e) => e.name === "ext")
    .map((e) => ({ uri: attribute(/^<[^>]*>/.exec(e.text)![0], "uri") ?? "", xml: e.text }));
}

/**
 * The sheet part ExcelJS wrote (`written`) with the original's extensions of KEPT_EXTENSIONS that
 * it dropped, after its own extensions (its conditional formats').
 */
export function withSheetExtensions(original: string, written: string): string {
  const root = rootOf(original);
  const list = extensionList(written);
  const present = new Set(extensionsIn(list).map((e) => e.uri));
  const kept = extensionsIn(extensionList(original)).flatMap(({ uri, xml }) => {
    const ext = KEPT_EXTENSIONS.has(uri) && !present.has(uri) ? movable(xml, root) : null;
    return ext === null ? [] : [ext];
  });
  if (kept.length === 0) return written;
  const merged = list
    ? list.replace(/<\/[^>]*>$/, (end) => kept.join("") + end)
    : `<extLst>${kept.join("")}</extLst>`;
  return withElements(written, new Set(["extLst"]), [merged]);
}

/** The sheet part ExcelJS wrote with the original's elements of `names` (after the cells) in place of its own. */
function withOriginal(original: string, written: string, names: ReadonlySet<string>): string {
  const found = (elementsAfterCells(original) ?? []).filter((e) => names.has(e.name));
  if (found.length === 0) return written;
  const root = rootOf(original);
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
