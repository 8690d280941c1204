import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/workbooks";

/** `npm run build:manifest -- …` as a user runs it. */
function buildManifest(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, "scripts/manifest.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ADDIN_BASE_URL: "" },
  });
}

const lines = (text: string) => text.split("\n").filter((l) => l.trim());
const urls = (xml: string) => [...xml.matchAll(/DefaultValue="(\w+:\/\/[^"]+)"/g)].map((m) => m[1]);

describe("production manifest (npm run build:manifest / ADDIN_BASE_URL)", () => {
  const dir = mkdtempSync(join(tmpdir(), "achv-manifest-"));

  test("every address moves to the base URL, help.html included, and the result passes the schemas", () => {
    const out = join(dir, "manifest.xml");
    const run = buildManifest("--base-url", "https://intranet.example.lg.jp/achv", "--out", out);
    expect(run.status).toBe(0);
    const xml = readFileSync(out, "utf8");
    expect(xml).not.toMatch(/localhost/);
    const all = urls(xml);
    expect(all.length).toBeGreaterThan(5);
    expect(all.filter((u) => !u.startsWith("https://intranet.example.lg.jp/achv/"))).toEqual([]);
    expect(xml).toMatch(
      /<SupportUrl DefaultValue="https:\/\/intranet\.example\.lg\.jp\/achv\/help\.html"\/>/
    );
    expect(xml).toMatch(
      /<bt:Url id="GetStarted\.LearnMoreUrl" DefaultValue="https:\/\/intranet\.example\.lg\.jp\/achv\/help\.html"\/>/
    );
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://intranet.example.lg.jp/achv/taskpane.html"/>'
    );
    // The same add-in as the development manifest, so a user never has two.
    const id = (s: string) => /<Id>([^<]+)<\/Id>/.exec(s)?.[1];
    expect(id(xml)).toBe(id(readFileSync(join(ROOT, "manifest.xml"), "utf8")));
    const xmllint = spawnSync(
      "xmllint",
      ["--noout", "--schema", join(ROOT, "manifest-schemas/OfficeAppManifestV1_1.xsd"), out],
      { encoding: "utf8" }
    );
    expect(xmllint.stderr).toContain("validates");
  });

  test("an address with & is written as XML and still validates", () => {
    const out = join(dir, "amp.xml");
    expect(
      buildManifest("--base-url", "https://apps.example.lg.jp/a&b/", "--out", out).status
    ).toBe(0);
    expect(readFileSync(out, "utf8")).toContain(
      'DefaultValue="https://apps.example.lg.jp/a&amp;b/taskpane.html"'
    );
  });

  test.each([
    ["http://intranet.example.lg.jp/achv/", /must start with https:\/\//],
    ["intranet.example.lg.jp/achv", /not an address/],
    ["https://intranet.example.lg.jp/achv/?v=1", /plain folder address/],
  ])("refuses %s with one line and writes nothing", (base, message) => {
    const out = join(dir, `refused-${Math.random()}.xml`);
    const run = buildManifest("--base-url", base, "--out", out);
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  test("without a base URL it says what to give", () => {
    const run = buildManifest("--out", join(dir, "none.xml"));
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual([expect.stringContaining("--base-url https://")]);
  });

  test("npm run build refuses an http ADDIN_BASE_URL with one line before building anything", () => {
    const run = spawnSync(
      process.execPath,
      ["-e", "require('./webpack.config.js')({}, { mode: 'production' })"],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, ADDIN_BASE_URL: "http://intranet.example.lg.jp/achv/" },
      }
    );
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^ADDIN_BASE_URL: .*https:\/\//)]);
  });
});

describe("help page", () => {
  const html = readFileSync(join(ROOT, "src/help/help.html"), "utf8");

  test("is built into dist/web as help.html, where the manifest points", () => {
    const run = spawnSync(
      process.execPath,
      [
        "-e",
        "require('./webpack.config.js')({}, { mode: 'production' }).then((cs) => console.log(JSON.stringify([].concat(cs).find((c) => c.name === 'pages').plugins.flatMap((p) => p.patterns || []))))",
      ],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, ADDIN_BASE_URL: "" } }
    );
    const patterns = JSON.parse(run.stdout) as { from: string; to: string }[];
    expect(patterns).toEqual(
      expect.arrayContaining([
        { from: "src/help/help.html", to: "help.html" },
        { from: "src/help/help.css", to: "help.css" },
      ])
    );
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    expect(manifest).toContain('<SupportUrl DefaultValue="https://localhost:3000/help.html"/>');
    expect(manifest).toContain(
      '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html"/>'
    );
  });

  test("has a Japanese and an English part that each explain the buttons, the findings and the Excel versions", () => {
    const ja = html.slice(html.indexOf('<section id="ja">'), html.indexOf('<section id="en"'));
    const en = html.slice(html.indexOf('<section id="en"'));
    for (const word of [
      "点検",
      "集計シートを挿入",
      "色を消す",
      "修正",
      "ExcelApi 1.1",
      "ExcelApi 1.9",
      "ExcelApi 1.8",
      "ExcelApi 1.13",
    ])
      expect(ja).toContain(word);
    for (const word of [
      "Validate",
      "Insert summary sheets",
      "Clear marks",
      "Fix",
      "ExcelApi 1.1",
      "ExcelApi 1.9",
      "ExcelApi 1.8",
      "ExcelApi 1.13",
    ])
      expect(en).toContain(word);
  });

  test("works offline with no script: nothing loaded from elsewhere, a policy that forbids scripts", () => {
    expect(html).not.toMatch(/<script|\son\w+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none';/);
    expect(html).not.toMatch(/script-src/);
    const css = readFileSync(join(ROOT, "src/help/help.css"), "utf8");
    expect(css).not.toMatch(/url\(|@import/);
  });
});
