/**
 * A worksheet part's child elements in the order its schema requires (CT_Worksheet, ECMA-376
 * Part 1, §18.3.1.99). Excel refuses a sheet part whose elements are out of this order.
 */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const RANK = new Map(WORKSHEET_ORDER.map((name, i) => [name, i]));

/**
 * A start or end tag: whether it closes, its qualified name, its attributes, whether it is empty.
 * A quoted attribute value may hold ">" (XML does not require it escaped).
 */
export const TAG = /<(\/?)([A-Za-z][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** The top-level elements of a run of XML, each with its name (prefix taken off); null where the run is not whole elements alone. */
export function elementsOf(xml: string): { name: string; text: string }[] | null {
  const out: { name: string; text: string }[] = [];
  let depth = 0;
  let start = 0;
  let name = "";
  for (const m of xml.matchAll(TAG)) {
    const [tag, closing, qualified, , empty] = m;
    const local = qualified.slice(qualified.indexOf(":") + 1);
    const at = m.index;
    if (depth === 0) {
      if (closing || xml.slice(start, at).trim() !== "") return null;
      start = at;
      name = local;
    }
    if (closing) depth--;
    else if (!empty) depth++;
    if (depth === 0) {
      out.push({ name, text: xml.slice(start, at + tag.length) });
      start = at + tag.length;
    }
  }
  return depth === 0 && xml.slice(start).trim() === "" ? out : null;
}

/** Where a sheet part's cells end and its closing tag starts: what lies between is short whatever the sheet's size. */
function tailOf(xml: string): { from: number; to: number } | null {
  // The cells' closing tag (</sheetData>, </x:sheetData>) or an empty <sheetData/>: not the word
  // elsewhere after the cells (a hyperlink's location="sheetData!A1", a sheet so named in a formula).
  let from = -1;
  for (let at = xml.lastIndexOf("sheetData"); at > 0; at = xml.lastIndexOf("sheetData", at - 1)) {
    const gt = xml.indexOf(">", at);
    const tag = xml.slice(xml.lastIndexOf("<", at), gt + 1);
    if (/^<(?:\/(?:[\w.-]+:)?sheetData\s*|(?:[\w.-]+:)?sheetData\b[^<>]*\/)>$/.test(tag)) {
      from = gt + 1;
      break;
    }
  }
  const to = xml.lastIndexOf("</");
  return from <= 0 || to < from ? null : { from, to };
}

/** The elements after a sheet part's cells; null where that is not whole elements alone (or there are no cells). */
export function elementsAfterCells(xml: string): { name: string; text: string }[] | null {
  const tail = tailOf(xml);
  return tail ? elementsOf(xml.slice(tail.from, tail.to)) : null;
}

/**
 * The sheet part with its elements after the cells named in `names` replaced by `elements` (whole
 * elements, as the part writes them), every element after the cells in the schema's order; the
 * part as it was where that tail is not whole elements alone. An element the schema does not name
 * keeps its place after the one before it; one added goes after those of its kind already there.
 */
export function withElements(
  xml: string,
  names: ReadonlySet<string>,
  elements: readonly string[]
): string {
  const tail = tailOf(xml);
  const present = tail ? elementsOf(xml.slice(tail.from, tail.to)) : null;
  const added = elementsOf(elements.join(""));
  if (!tail || !present || !added) return xml;
  const kept = present.filter((e) => !names.has(e.name));
  let rank = RANK.get("sheetData")!;
  const ranked = [...kept, ...added].map((e, i) => ({
    ...e,
    i,
    rank: (rank = RANK.get(e.name) ?? rank),
  }));
  const inOrder = ranked.every((e, i) => i === 0 || ranked[i - 1].rank <= e.rank);
  if (inOrder && kept.length === present.length && added.length === 0) return xml;
  ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return xml.slice(0, tail.from) + ranked.map((e) => e.text).join("") + xml.slice(tail.to);
}

/**
 * The sheet part with the elements after its cells in the schema's order, else as it was.
 * ExcelJS writes a sheet's notes (<legacyDrawing>) last, after its tables and extensions, a part
 * Excel cannot open (exceljs#1369). A tail with anything but whole elements (a comment, text) is left alone.
 */
export function inSchemaOrder(xml: string): string {
  return withElements(xml, new Set(), []);
}
