import { strToU8, unzipSync, zipSync } from "fflate";
import { parseAddress } from "../core/snapshot";
import { HostFailure } from "../app/failures";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Write text into cells of one sheet of an .xlsx and leave everything else as it
 * was: only the cells' own XML changes (their style kept), every other part is
 * copied byte for byte. This is how the browser preview saves the fixes a user
 * clicked, without a workbook library rewriting the file.
 */
export function patchCells(
  bytes: Uint8Array,
  part: string,
  changes: ReadonlyMap<string, string>
): Uint8Array {
  const parts = unzipSync(bytes);
  const data = parts[part];
  // The file changed under the page (or the part was never there): the save cannot go on, said as the other hosts say it.
  if (!data) throw new HostFailure("sheet-gone", part);
  let xml = new TextDecoder().decode(data);
  for (const [cell, value] of changes) {
    if (!parseAddress(cell)) throw new HostFailure("other", `not a cell: ${cell}`);
    const at = new RegExp(`<c\\b([^>]*?)\\sr="${cell}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
    const m = at.exec(xml);
    if (!m) throw new HostFailure("cell-changed", `no cell ${cell} in ${part}`);
    const attrs = `${m[1]}${m[2]}`.replace(/\s+t="[^"]*"/, "").replace(/\s*\/$/, "");
    xml =
      xml.slice(0, m.index) +
      `<c r="${cell}"${attrs} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>` +
      xml.slice(m.index + m[0].length);
  }
  parts[part] = strToU8(xml);
  return zipSync(parts, { level: 6 });
}
