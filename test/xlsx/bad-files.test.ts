import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { WEB_IO } from "../../src/xlsx/web-io";
import { openXlsx } from "../../src/xlsx/read-xlsx";
import { failureMessage } from "../../src/xlsx/errors";
import { SAMPLE_XLSX, tempDir } from "../helpers/workbooks";
import { declareSize, failureOf } from "../helpers/bad-zips";

const dir = tempDir();
const SHEET = "xl/worksheets/sheet1.xml";

/** Both readers: the portable one (browser) and Node's (zlib). */
const readers: [string, (bytes: Uint8Array, path: string) => unknown][] = [
  [
    "portable",
    (bytes, path) => {
      const book = openXlsx(bytes, path, WEB_IO);
      return book.readSheet(book.sheetNames[0]);
    },
  ],
  [
    "node",
    (bytes, path) => {
      writeFileSync(path, bytes);
      const book = loadWorkbookFile(path);
      return book.readSheet(book.sheetNames[0]);
    },
  ],
];

describe.each(readers)("bad workbooks (%s reader)", (_kind, read) => {
  const sample = new Uint8Array(readFileSync(SAMPLE_XLSX));

  test("a part declaring more than the cap is refused before it is inflated", () => {
    const f = failureOf(() => read(declareSize(sample, SHEET, 0xfffffff0), join(dir, "bomb.xlsx")));
    expect(f.kind).toBe("too-large");
    expect(failureMessage(f, "en")).toMatch(/too large/);
    expect(failureMessage(f, "ja")).toMatch(/大きすぎます/);
  });

  test("a part inflating past its declared size (a lying zip bomb) is refused", () => {
    const parts = unzipSync(sample);
    parts[SHEET] = strToU8(new TextDecoder().decode(parts[SHEET]) + " ".repeat(5_000_000));
    const zip = zipSync(parts, { level: 9 });
    const f = failureOf(() => read(declareSize(zip, SHEET, 1000), join(dir, "liar.xlsx")));
    expect(f.kind).toBe("too-large");
  });

  test("a truncated central directory is damaged, not a crash", () => {
    expect(
      failureOf(() => read(sample.subarray(0, sample.length - 10), join(dir, "short.xlsx"))).kind
    ).toBe("truncated");
  });
});

describe("workbooks from other writers", () => {
  test("elements with a namespace prefix (<x:row>, <x:c>) read the same", () => {
    const sample = new Uint8Array(readFileSync(SAMPLE_XLSX));
    const parts = unzipSync(sample);
    for (const name of ["xl/workbook.xml", "xl/sharedStrings.xml", SHEET]) {
      const xml = new TextDecoder().decode(parts[name]);
      parts[name] = strToU8(
        xml.replace(/<(\/?)(?!\?)([A-Za-z]+)([\s>/])/g, "<$1x:$2$3").replace(/xmlns="/, 'xmlns:x="')
      );
    }
    const prefixed = openXlsx(zipSync(parts), "prefixed.xlsx", WEB_IO);
    const plain = openXlsx(sample, "plain.xlsx", WEB_IO);
    const name = plain.sheetNames[0];
    expect(prefixed.sheetNames).toEqual([name]);
    expect(prefixed.readSheet(name)).toEqual(plain.readSheet(name));
  });
});
