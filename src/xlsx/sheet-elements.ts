import { attr as attribute } from "./read-xlsx";
import { TAG, elementsAfterCells, elementsOf, withElements } from "./sheet-order";

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
  "{CCE6A557-97BC-4B89-ADB6-D9C93CAAB3DF}",
  "{05C60535-1F16-4FD2-B633-F4F36F0B64E0}",
]);

/** One attribute of a tag, its value whole whatever it holds. */
const ATTRIBUTE = /(\s+)([A-Za-z_][\w.:-]*)\s*=\s*("[^"]*"|'[^']*')/g;

const prefixOf = (name: string) => (name.includes(":") ? name.slice(0, name.indexOf(":")) : null);

/** The namespace declarations of the start tags of a run of XML (either quote), by prefix; the first one wins. */
function declarations(xml: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const tag of xml.matchAll(TAG))
    for (const a of tag[3].matchAll(ATTRIBUTE))
      if (a[2].startsWith("xmlns:") && !found.has(a[2].slice(6)))
        found.set(a[2].slice(6), a[3].slice(1, -1));
  return found;
}

/** The prefixes a run of XML uses on its elements and attribute names, in the order they first appear. */
function prefixesUsed(xml: string): string[] {
  const used = new Set<string>();
  for (const tag of xml.matchAll(TAG)) {
    const own = prefixOf(tag[2]);
    if (own) used.add(own);
    for (const a of tag[3].matchAll(ATTRIBUTE)) {
      const p = prefixOf(a[2]);
      if (p && p !== "xmlns" && p !== "xml") used.add(p);
    }
  }
  return [...used];
}

/** What an element taken out of a sheet part may lean on from the elements around it. */
interface Context {
  /** Declarations of the part's root and of the element's other ancestors (an extension's <extLst>). */
  prefixes: Map<string, string>;
  /** The prefixes the root lets a reader ignore (mc:Ignorable): revision ids (xr:uid) and the like. */
  ignorable: Set<string>;
}

function contextOf(xml: string, ...ancestors: string[]): Context {
  const tag = /<(?:[\w.-]+:)?worksheet\b(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(xml)?.[0] ?? "";
  const prefixes = declarations(tag);
  for (const a of ancestors) for (const [p, uri] of declarations(a)) prefixes.set(p, uri);
  const mc = [...prefixes].find(([, uri]) => uri === COMPATIBILITY)?.[0];
  const ignorable = mc ? (attribute(tag, `${mc}:Ignorable`) ?? "") : "";
  return { prefixes, ignorable: new Set(ignorable.split(/\s+/).filter(Boolean)) };
}

/**
 * An element taken out of a sheet part, as it can stand in another: the main namespace's prefix
 * (x:, as the Open XML SDK writes) taken off its tags, as ExcelJS writes the default namespace;
 * attributes in namespaces the root let readers ignore (revision ids, xr:uid) left out, as
 * ExcelJS's root does not say they may be ignored and Excel 2010 and 2013 would refuse them; the
 * prefixes it borrowed from around it declared on its own start tag. Null where it refers to
 * another part (r:id), which ExcelJS drops, or uses a prefix nothing declares.
 */
function movable(element: string, context: Context): string | null {
  const main = new Set([...context.prefixes].filter(([, uri]) => uri === MAIN).map(([p]) => p));
  const text = element.replace(
    TAG,
    (whole, close: string, name: string, rest: string, end: string) => {
      const p = prefixOf(name);
      const local = p !== null && main.has(p) ? name.slice(p.length + 1) : name;
      const kept = rest.replace(ATTRIBUTE, (a, _space, attr: string) => {
        const ap = prefixOf(attr);
        return ap !== null && context.ignorable.has(ap) ? "" : a;
      });
      return local === name && kept === rest ? whole : `<${close}${local}${kept}${end}>`;
    }
  );
  const inner = declarations(text);
  const uriOf = (p: string) => inner.get(p) ?? context.prefixes.get(p);
  const used = prefixesUsed(text);
  if (used.some((p) => uriOf(p) === undefined || uriOf(p) === RELATIONSHIPS)) return null;
  const start = /^<(?:[^>"'/]|"[^"]*"|'[^']*'|\/(?!>))*/.exec(text)![0];
  const own = declarations(`${start}>`);
  const borrowed = used
    .filter((p) => !own.has(p) && context.prefixes.has(p))
    .map((p) => ` xmlns:${p}="${context.prefixes.get(p)}"`)
    .join("");
  return start + borrowed + text.slice(start.length);
}

/** A sheet part's own extension list (not one inside a conditional format's rule), as written. */
const extensionList = (xml: string) =>
  (elementsAfterCells(xml) ?? []).find((e) => e.name === "extLst")?.text;

/** The <ext> elements of an extension list, each with its uri in capitals. */
function extensionsIn(list: string | undefined): { uri: string; xml: string }[] {
  const inner = list ? /^<[^>]*>([\s\S]*)<\/[^>]*>$/.exec(list)?.[1] : undefined;
  return (
    (inner ? (elementsOf(inner) ?? []) : [])
      .filter((e) => e.name === "ext")
      // A uri is a GUID: Excel writes some letters small, other writers all capitals.
      .map((e) => ({
        uri: (attribute(/^<[^>]*>/.exec(e.text)![0], "uri") ?? "").toUpperCase(),
        xml: e.text,
      }))
  );
}

/**
 * The sheet part ExcelJS wrote (`written`) with the original's extensions of KEPT_EXTENSIONS that
 * it dropped, after its own extensions (its conditional formats').
 */
export function withSheetExtensions(original: string, written: string): string {
  const originalList = extensionList(original);
  const context = contextOf(original, /^<[^>]*>/.exec(originalList ?? "")?.[0] ?? "");
  const list = extensionList(written);
  const present = new Set(extensionsIn(list).map((e) => e.uri));
  const kept = extensionsIn(originalList).flatMap(({ uri, xml }) => {
    const ext = KEPT_EXTENSIONS.has(uri) && !present.has(uri) ? movable(xml, context) : null;
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
  const context = contextOf(original);
  const moved = found.map((e) => movable(e.text, context));
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
