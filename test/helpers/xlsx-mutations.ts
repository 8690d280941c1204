import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";

/** The project's folder, from test/helpers or from its compiled copy in dist/test/helpers (npm run fuzz). */
let root = __dirname;
while (!existsSync(join(root, "samples", "plan-r5.xlsx")) && dirname(root) !== root)
  root = dirname(root);

/** The real workbook the mutations start from: the bundled sample (merged cells, shared strings, a legend). */
const SAMPLE = unzipSync(new Uint8Array(readFileSync(join(root, "samples", "plan-r5.xlsx"))));
const XML_PARTS = [
  "xl/worksheets/sheet1.xml",
  "xl/sharedStrings.xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
].filter((p) => p in SAMPLE);

type Mutation =
  | { kind: "truncate-zip"; at: number }
  | { kind: "delete-tag"; part: number; nth: number }
  | { kind: "corrupt-attribute"; part: number; nth: number; value: string }
  | { kind: "cut-part"; part: number; at: number }
  | { kind: "repeat-tag"; part: number; nth: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("truncate-zip" as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant("delete-tag" as const),
    part: fc.nat(XML_PARTS.length - 1),
    nth: fc.nat(5000),
  }),
  fc.record({
    kind: fc.constant("corrupt-attribute" as const),
    part: fc.nat(XML_PARTS.length - 1),
    nth: fc.nat(5000),
    value: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        "",
        "-1",
        "XFE1",
        "A0",
        "A1048577",
        "999999999999",
        "s",
        "e",
        "inlineStr",
        "NaN",
        "A1:XFD1048576"
      )
    ),
  }),
  fc.record({
    kind: fc.constant("cut-part" as const),
    part: fc.nat(XML_PARTS.length - 1),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant("repeat-tag" as const),
    part: fc.nat(XML_PARTS.length - 1),
    nth: fc.nat(5000),
    times: fc.integer({ min: 2, max: 2000 }),
  })
);

function apply(
  parts: Record<string, Uint8Array>,
  m: Exclude<Mutation, { kind: "truncate-zip" }>
): void {
  const name = XML_PARTS[m.part];
  const xml = new TextDecoder().decode(parts[name]);
  const tags = [...xml.matchAll(/<[^>]*>/g)];
  let out = xml;
  if (m.kind === "cut-part") out = xml.slice(0, Math.floor(xml.length * m.at));
  else if (tags.length > 0) {
    const tag = tags[m.nth % tags.length];
    const start = tag.index!;
    const end = start + tag[0].length;
    if (m.kind === "delete-tag") out = xml.slice(0, start) + xml.slice(end);
    else if (m.kind === "repeat-tag")
      out = xml.slice(0, end) + tag[0].repeat(m.times) + xml.slice(end);
    else
      out =
        xml.slice(0, start) +
        tag[0].replace(/="[^"]*"/, `="${m.value.replace(/"/g, "")}"`) +
        xml.slice(end);
  }
  parts[name] = strToU8(out);
}

/** An .xlsx made from a real workbook by one to three structure-aware mutations. */
export const mutatedXlsx: fc.Arbitrary<{ bytes: Uint8Array; mutations: Mutation[] }> = fc
  .array(mutation, { minLength: 1, maxLength: 3 })
  .map((mutations) => {
    const parts: Record<string, Uint8Array> = { ...SAMPLE };
    for (const m of mutations) if (m.kind !== "truncate-zip") apply(parts, m);
    let bytes = zipSync(parts);
    for (const m of mutations)
      if (m.kind === "truncate-zip") bytes = bytes.subarray(0, Math.floor(bytes.length * m.at));
    return { bytes, mutations };
  });
