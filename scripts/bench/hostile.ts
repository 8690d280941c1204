import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";

/**
 * Hostile workbooks for the benchmark, n units of trouble each, made from the bundled sample's
 * parts with its sheet replaced: unclosed <c> tags, one-row merged areas, and cells scattered
 * far apart (sparse rows and columns up to XFD).
 */
export type HostileKind = "unclosed tags" | "one-row merges" | "sparse far cells";
export const HOSTILE_KINDS: HostileKind[] = ["unclosed tags", "one-row merges", "sparse far cells"];

const SHEET = "xl/worksheets/sheet1.xml";

function sheetXml(data: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${after}</worksheet>`;
}

function body(kind: HostileKind, n: number): string {
  const parts: string[] = [];
  switch (kind) {
    case "unclosed tags":
      return sheetXml(`<row r="1">${"<c>".repeat(n)}</row>`);
    case "one-row merges": {
      const merges: string[] = [];
      for (let r = 1; r <= n; r++) {
        parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
        merges.push(`<mergeCell ref="A${r}:B${r}"/>`);
      }
      return sheetXml(parts.join(""), `<mergeCells count="${n}">${merges.join("")}</mergeCells>`);
    }
    case "sparse far cells":
      // Row r holds one cell, its column walking across all 16,384; rows spread to the sheet's end.
      for (let i = 0; i < n; i++) {
        const row = 1 + Math.floor((i * 1_048_575) / n);
        parts.push(
          `<row r="${row}"><c r="${column((i * 7919) % 16384)}${row}" t="inlineStr"><is><t>x</t></is></c></row>`
        );
      }
      return sheetXml(parts.join(""));
  }
}

function column(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function hostileXlsx(root: string, kind: HostileKind, n: number): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(join(root, "samples", "plan-r5.xlsx"))));
  parts[SHEET] = strToU8(body(kind, n));
  return zipSync(parts);
}
