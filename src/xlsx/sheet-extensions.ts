import { attr as attribute } from "./read-xlsx";
import { elementsOf } from "./sheet-order";

const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const EXTENSION_LIST = /<(?:[\w.-]+:)?extLst\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?extLst>/;

/** The namespace declarations of a start tag, by prefix. */
function declarations(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/\sxmlns:([\w.-]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1], m[2]]));
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

/** The <ext> elements of a sheet part's extension list, each with its uri. */
function extensionsIn(xml: string): { uri: string; xml: string }[] {
  const list = EXTENSION_LIST.exec(xml.slice(Math.max(0, xml.lastIndexOf("sheetData"))));
  return (list ? (elementsOf(list[1]) ?? []) : [])
    .filter((e) => e.name === "ext")
    .map((e) => ({ uri: attribute(/^<[^>]*>/.exec(e.text)![0], "uri") ?? "", xml: e.text }));
}

/**
 * The sheet part ExcelJS wrote (`written`) with the extensions of the original it does not write:
 * a drop-down list drawn from another sheet (Excel 2010 and later keep it in the extension list,
 * not in <dataValidations>), sparklines, and the like. An extension ExcelJS wrote itself (its
 * conditional formats') stays as it wrote it; one that refers to another part (a slicer's, a
 * timeline's) is left out, as ExcelJS drops those parts. Each kept extension declares the
 * prefixes it borrowed from the original's root element, which ExcelJS writes anew.
 */
export function withSheetExtensions(original: string, written: string): string {
  const root = declarations(/<(?:[\w.-]+:)?worksheet\b[^>]*>/.exec(original)?.[0] ?? "");
  const relationships = [...root].filter(([, uri]) => uri === RELATIONSHIPS).map(([p]) => p);
  const present = new Set(extensionsIn(written).map((e) => e.uri));
  const kept = extensionsIn(original).flatMap(({ uri, xml }) => {
    const start = /^<(?:[\w.-]+:)?ext\b([^>]*)>/.exec(xml)!;
    // The <ext> element itself is written in the default namespace, as ExcelJS writes the part.
    const body = xml.slice(start[0].length).replace(/<\/[\w.-]+:ext>$/, "</ext>");
    const used = prefixesUsed(start[1] + body);
    if (present.has(uri) || used.some((p) => relationships.includes(p))) return [];
    const own = declarations(start[0]);
    const borrowed = used
      .filter((p) => !own.has(p) && root.has(p))
      .map((p) => ` xmlns:${p}="${root.get(p)}"`)
      .join("");
    return [`<ext${start[1]}${borrowed}>${body}`];
  });
  if (kept.length === 0) return written;
  const close = written.lastIndexOf("</extLst>");
  if (close >= 0) return written.slice(0, close) + kept.join("") + written.slice(close);
  const end = written.lastIndexOf("</");
  return `${written.slice(0, end)}<extLst>${kept.join("")}</extLst>${written.slice(end)}`;
}
