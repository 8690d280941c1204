import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { patchAnswers, rewriteParts } from "../../src/xlsx/patch-answers";
import { readDirectory } from "../../src/xlsx/zip";
import { openXlsx } from "../../src/xlsx/read-xlsx";
import { WEB_IO } from "../../src/xlsx/web-io";

/** The smallest workbook around a sheet's XML, with a styles part and a calculation chain. */
function book(sheetData: string, prefix = ""): Uint8Array {
  const p = prefix ? `${prefix}:` : "";
  const ns = prefix ? `xmlns:${prefix}` : "xmlns";
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`
    ),
    "xl/calcChain.xml": strToU8(
      `<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="D3" i="1"/></calcChain>`
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0"?><${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${sheetData}</${p}sheetData></${p}worksheet>`
    ),
  });
}

const read = (bytes: Uint8Array) => {
  const b = openXlsx(bytes, "x.xlsx", WEB_IO);
  return b.readSheet(b.sheetNames[0]).values;
};

describe("writing answers into a sheet's XML in place", () => {
  const data = `<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="C1" s="3"><v>1</v></c></row><row r="3" spans="1:4" ht="30" customHeight="1"><c r="C3" s="7" t="s"><v>0</v></c><c r="D3"><f>1+1</f><v>2</v></c></row>`;

  test("cells and rows the file lacks are added in order; a cell written over keeps its style; text stays text; every other part is the same bytes", () => {
    const before = book(data);
    const after = patchAnswers(
      before,
      new Map([
        [
          "xl/worksheets/sheet1.xml",
          new Map<string, string | number>([
            ["B1", "B"],
            ["A2", "<&> 1\n2"],
            ["C3", "=not a formula"],
            ["E5", 4],
            ["A1", "_x0041_"],
          ]),
        ],
      ]),
      "x.xlsx"
    );
    const values = read(after);
    expect(values[0].slice(0, 3)).toEqual(["_x0041_", "B", 1]);
    expect(values[1][0]).toBe("<&> 1\n2");
    expect(values[2][2]).toBe("=not a formula");
    expect(values[4][4]).toBe(4);
    const xml = strFromU8(unzipSync(after)["xl/worksheets/sheet1.xml"]);
    expect(xml).toContain(
      `<row r="3" spans="1:4" ht="30" customHeight="1"><c r="C3" s="7" t="inlineStr">`
    );
    expect(xml.indexOf(`<row r="2">`)).toBeLessThan(xml.indexOf(`<row r="3"`));
    const a = unzipSync(before);
    const b = unzipSync(after);
    for (const name of Object.keys(a))
      if (name !== "xl/worksheets/sheet1.xml")
        expect([name, strFromU8(b[name])]).toEqual([name, strFromU8(a[name])]);
  });

  test("a formula cell written over drops the calculation chain (Excel rebuilds it)", () => {
    const after = unzipSync(
      patchAnswers(
        book(data),
        new Map([["xl/worksheets/sheet1.xml", new Map([["D3", "B"]])]]),
        "x.xlsx"
      )
    );
    expect(after["xl/calcChain.xml"]).toBeUndefined();
    expect(strFromU8(after["[Content_Types].xml"])).not.toContain("calcChain");
    expect(strFromU8(after["xl/_rels/workbook.xml.rels"])).not.toContain("calcChain");
  });

  test("a cell heading a shared formula is refused; prefixed XML is written with its prefix", () => {
    const shared = `<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1</f><v>0</v></c></row>`;
    expect(() =>
      patchAnswers(
        book(shared),
        new Map([["xl/worksheets/sheet1.xml", new Map([["A1", "B"]])]]),
        "x.xlsx"
      )
    ).toThrow(/A1 heads a shared formula/);
    const prefixed = patchAnswers(
      book(`<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row>`, "x"),
      new Map([
        [
          "xl/worksheets/sheet1.xml",
          new Map([
            ["B2", "C"],
            ["A1", "D"],
          ]),
        ],
      ]),
      "x.xlsx"
    );
    expect(strFromU8(unzipSync(prefixed)["xl/worksheets/sheet1.xml"])).toContain(
      `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve">D</x:t></x:is></x:c></x:row><x:row r="2">`
    );
    expect(read(prefixed).slice(0, 2)).toEqual([["D"], ["a", "C"]]);
  });
});

describe("parts rewritten by their edits", () => {
  const text = `<worksheet><sheetData>${Array.from(
    { length: 300 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 1009}</v></c></row>`
  ).join("")}</sheetData></worksheet>`;
  // Level 1: what rewriting would compress otherwise.
  const bytes = zipSync({ "a.xml": strToU8(text), "b.xml": strToU8(text) }, { level: 1 });
  /** A part's compressed bytes as the package holds them. */
  const stored = (zip: Uint8Array, name: string) => {
    const part = readDirectory(zip, "")!.get(name)!;
    const nameLength = zip[part.offset + 26] | (zip[part.offset + 27] << 8);
    const extra = zip[part.offset + 28] | (zip[part.offset + 29] << 8);
    const start = part.offset + 30 + nameLength + extra;
    return zip.slice(start, start + part.compressedSize);
  };

  test("a part its edit leaves as it was keeps its compressed bytes; one it changes is written anew", () => {
    const out = rewriteParts(
      bytes,
      new Map([
        ["a.xml", (xml: string) => xml],
        ["b.xml", (xml: string) => xml.replace("<sheetData>", "<sheetData><row/>")],
      ]),
      ""
    );
    expect(stored(out, "a.xml")).toEqual(stored(bytes, "a.xml"));
    expect(strFromU8(unzipSync(out)["a.xml"])).toBe(text);
    expect(strFromU8(unzipSync(out)["b.xml"])).toBe(
      text.replace("<sheetData>", "<sheetData><row/>")
    );
  });
});
