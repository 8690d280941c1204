import { MARKER_PREFIX } from "../core/plan/summary-plan";
import { STATUS_MARKER } from "../core/roundtrip/status";
import { attr as attribute, decodeXml } from "./read-xlsx";

/** A workbook name's element as written (any namespace prefix taken off), its name, the sheet position it is local to, and its formula. */
interface DefinedName {
  xml: string;
  name: string;
  localSheetId: number | null;
  formula: string;
}

const isAddins = (name: string) => name.startsWith(MARKER_PREFIX) || name === STATUS_MARKER;

/** The sheets of a workbook part, by name, in their order (the positions sheet-local names count). */
export function sheetNames(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)].map((m) => attribute(m[1], "name") ?? "");
}

/** The workbook part's names, in its order. */
export function definedNames(xml: string): DefinedName[] {
  const found: DefinedName[] = [];
  for (const m of xml.matchAll(
    /<(?:(\w+):)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g
  )) {
    const local = attribute(m[2], "localSheetId");
    found.push({
      // ExcelJS writes the workbook part in the default namespace: an element from a prefixed one is written as its own.
      xml: m[1] ? m[0].replace(/^<\w+:/, "<").replace(/<\/\w+:(definedName>)$/, "</$1") : m[0],
      name: attribute(m[2], "name") ?? "",
      localSheetId: local !== undefined && /^\d+$/.test(local) ? Number(local) : null,
      formula: decodeXml(m[3] ?? ""),
    });
  }
  return found;
}

/** A reference into another workbook: [1]Sheet!A1, '[1]My sheet'!A1, [1]!Name (a table's [1] column is never followed by !). */
const OTHER_WORKBOOK = /\[\d+\][^!\[\]]*!/;

/**
 * The workbook part ExcelJS wrote (`written`), its names replaced: the user's as the original
 * part has them, element for element, a name local to a sheet moved with it when sheets before it
 * were removed or added; the add-in's own (ACHV_*, and the print names of the sheets it placed)
 * as ExcelJS wrote them. A name local to a sheet that is gone (an earlier summary sheet replaced, a
 * chart sheet ExcelJS drops) goes with it, as in Excel; so does a name into another workbook when
 * the links to other workbooks were dropped, as it would point at none.
 */
export function withUserNames(
  original: string,
  written: string,
  placed: ReadonlySet<string>
): string {
  const before = sheetNames(original);
  const after = sheetNames(written);
  const linked = /<(?:\w+:)?externalReferences\b/.test(written);
  const users = definedNames(original).flatMap((n) => {
    if (isAddins(n.name) || (!linked && OTHER_WORKBOOK.test(n.formula))) return [];
    if (n.localSheetId === null) return [n.xml];
    const sheet = before[n.localSheetId];
    const at = sheet === undefined || placed.has(sheet) ? -1 : after.indexOf(sheet);
    if (at < 0) return [];
    return [n.xml.replace(/(\slocalSheetId\s*=\s*["'])\d+/, (_m, head: string) => `${head}${at}`)];
  });
  const ours = definedNames(written)
    .filter((n) =>
      n.localSheetId === null ? isAddins(n.name) : placed.has(after[n.localSheetId] ?? "")
    )
    .map((n) => n.xml);
  const names = [...users, ...ours];
  const block = names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "";
  const present = /<definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/definedNames>)/;
  return present.test(written)
    ? written.replace(present, () => block)
    : written.replace("</sheets>", () => `</sheets>${block}`);
}
