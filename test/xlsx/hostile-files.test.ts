import { readFileSync } from "node:fs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { WEB_IO } from "../../src/xlsx/web-io";
import { openXlsx } from "../../src/xlsx/read-xlsx";
import { failureMessage } from "../../src/xlsx/errors";
import { validateSheet } from "../../src/core/validate";
import { SAMPLE_XLSX } from "../helpers/workbooks";
import { storedZip64 } from "../helpers/zip64";
import { declareSize, failureOf } from "../helpers/bad-zips";
import { readCsv } from "../../src/xlsx/csv";

const SHEET = "xl/worksheets/sheet1.xml";
const sample = new Uint8Array(readFileSync(SAMPLE_XLSX));
const sampleParts = () => unzipSync(sample);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** A one-sheet workbook made from the sample's parts, with the sheet's XML (and optionally shared strings) replaced. */
function withSheet(sheetXml: string, sharedXml?: string): Uint8Array {
  const parts = sampleParts();
  parts[SHEET] = strToU8(sheetXml);
  if (sharedXml !== undefined) parts["xl/sharedStrings.xml"] = strToU8(sharedXml);
  return zipSync(parts);
}

const sheetXml = (data: string, after = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${after}</worksheet>`;

function read(bytes: Uint8Array) {
  const book = openXlsx(bytes, "hostile.xlsx", WEB_IO);
  return book.readSheet(book.sheetNames[0]);
}

/** Wall time of f, for a generous bound that only a quadratic or hanging reader would pass (the benchmark measures scaling). */
function timed<T>(f: () => T): { result: T; ms: number } {
  const t = performance.now();
  const result = f();
  return { result, ms: performance.now() - t };
}

const plain = read(sample);

describe("hostile sheet XML reads in time linear in its size", () => {
  test("200,000 unclosed <c> tags (7 KB zipped): read in well under 10 s, nothing thrown", () => {
    const bytes = withSheet(sheetXml(`<row r="1">${"<c>".repeat(200_000)}</row>`));
    expect(bytes.length).toBeLessThan(20_000);
    const { result, ms } = timed(() => read(bytes));
    expect(result.values.flat().filter((v) => v !== null)).toEqual([]);
    expect(ms).toBeLessThan(10_000);
  });

  test("200,000 unclosed <rPh> in one shared string: read in well under 10 s", () => {
    const shared = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>見出し</t>${"<rPh>".repeat(200_000)}</si></sst>`;
    const bytes = withSheet(sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), shared);
    const { result, ms } = timed(() => read(bytes));
    expect(result.values[0][0]).toBe("見出し");
    expect(ms).toBeLessThan(10_000);
  });

  test("one cell at XFD1 and one at A100000 (3 KB): two cells are kept, not a padded rectangle, and the check ends", () => {
    const bytes = withSheet(
      sheetXml(
        '<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row><row r="100000"><c r="A100000" t="inlineStr"><is><t>y</t></is></c></row>'
      )
    );
    const { result, ms } = timed(() => {
      const snap = read(bytes);
      return { snap, checked: validateSheet(snap) };
    });
    const { snap, checked } = result;
    expect(snap.values[0][16383]).toBe("x");
    expect(snap.values[99999][0]).toBe("y");
    expect(snap.values[50000]).toEqual([]);
    expect(checked.issues.map((i) => i.code)).toContain("header-not-found");
    expect(ms).toBeLessThan(10_000);
  });

  test("200,000 one-row merges over 200,000 rows: read and checked in well under 20 s", () => {
    const rows: string[] = [];
    const merges: string[] = [];
    for (let r = 1; r <= 200_000; r++) {
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
      merges.push(`<mergeCell ref="A${r}:B${r}"/>`);
    }
    const bytes = withSheet(
      sheetXml(rows.join(""), `<mergeCells count="200000">${merges.join("")}</mergeCells>`)
    );
    const { result, ms } = timed(() => {
      const snap = read(bytes);
      return { snap, checked: validateSheet(snap) };
    });
    expect(result.snap.merges).toHaveLength(200_000);
    expect(result.checked.header).toBeNull();
    expect(ms).toBeLessThan(20_000);
  });
});

describe("limits measured on content, not on what the file claims", () => {
  test("a dimension claiming A1:XFD1048576 reads the sample as it is", () => {
    const parts = sampleParts();
    parts[SHEET] = strToU8(
      text(parts[SHEET]).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
    );
    expect(text(parts[SHEET])).toContain("A1:XFD1048576");
    expect(read(zipSync(parts))).toEqual(plain);
  });

  test("a styled empty row at 300,000 does not refuse the plan", () => {
    const parts = sampleParts();
    parts[SHEET] = strToU8(
      text(parts[SHEET]).replace(
        "</sheetData>",
        '<row r="300000" s="1" customFormat="1" ht="20" customHeight="1"/></sheetData>'
      )
    );
    const snap = read(zipSync(parts));
    expect(validateSheet(snap).counts).toEqual({ goals: 4, measures: 19, items: 59, entries: 128 });
  });

  test("a stray value at the last row Excel has reads, sparse", () => {
    const parts = sampleParts();
    parts[SHEET] = strToU8(
      text(parts[SHEET]).replace(
        "</sheetData>",
        '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
      )
    );
    const snap = read(zipSync(parts));
    expect(snap.values[1048575][0]).toBe("x");
    expect(validateSheet(snap).counts.entries).toBe(128);
  });

  test("more than 250,000 rows holding values are refused, with the limit", () => {
    const rows: string[] = [];
    for (let r = 1; r <= 250_001; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
    const f = failureOf(() => read(withSheet(sheetXml(rows.join("")))));
    expect(f.kind).toBe("too-many-rows");
    expect(failureMessage(f, "en")).toContain("250,000");
    expect(failureMessage(f, "ja")).toContain("250,000");
  });

  test("a Zip64 package with more than 65,535 entries reads", () => {
    const parts = sampleParts();
    for (let i = 0; i < 65_600; i++) parts[`customXml/item${i}.xml`] = new Uint8Array(0);
    const zip = storedZip64(parts);
    expect(read(zip)).toEqual(plain);
  });

  test("XML parts in UTF-16 (with a byte-order mark, as XML allows) read the same", () => {
    const parts = sampleParts();
    for (const name of ["xl/workbook.xml", "xl/sharedStrings.xml", SHEET]) {
      const xml = text(parts[name]).replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
      parts[name] = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(xml, "utf16le"))]);
    }
    expect(read(zipSync(parts))).toEqual(plain);
  });

  test("shared strings declaring 1,000 MB are refused with the workbook's own message, before inflating", () => {
    const parts = sampleParts();
    const zip = declareSize(zipSync(parts), "xl/sharedStrings.xml", 1000 * 1024 * 1024);
    const f = failureOf(() => read(zip));
    expect(f.kind).toBe("too-large");
    expect(failureMessage(f, "ja")).toMatch(/大きすぎます/);
  });

  test("a shared-string index past the list reads as an empty cell, not a crash", () => {
    const snap = read(
      withSheet(
        sheetXml(
          '<row r="1"><c r="A1" t="s"><v>999999</v></c><c r="B1" t="inlineStr"><is><t>ok</t></is></c></row>'
        )
      )
    );
    expect(snap.values[0][0] ?? null).toBeNull();
    expect(snap.values[0][1]).toBe("ok");
  });

  test("attribute values in single quotes read like double-quoted ones", () => {
    const snap = read(
      withSheet(sheetXml("<row r='2'><c r='C2' t='inlineStr'><is><t>x</t></is></c></row>"))
    );
    expect(snap.values[1][2]).toBe("x");
  });
});

describe("CSV under the same limits", () => {
  test("more than 250,000 rows are refused as they are met, with the limit", () => {
    const text = "a,b\n".repeat(250_001);
    const f = failureOf(() => readCsv(new TextEncoder().encode(text), "many.csv"));
    expect(f.kind).toBe("too-many-rows");
    expect(failureMessage(f, "en")).toContain("250,000");
  });

  test("an unclosed quote over 2 MB of text and 100,000 quoted fields read in time linear in the text", () => {
    const { result, ms } = timed(() => [
      readCsv(new TextEncoder().encode(`a,"${"x,".repeat(1_000_000)}`), "open.csv"),
      readCsv(new TextEncoder().encode('"a""b",'.repeat(100_000)), "quoted.csv"),
    ]);
    expect(result[0].values[0][1]).toHaveLength(2_000_000);
    expect(result[1].values[0][0]).toBe('a"b');
    expect(ms).toBeLessThan(10_000);
  });
});
