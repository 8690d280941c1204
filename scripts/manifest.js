#!/usr/bin/env node
/*
 * The production manifest: manifest.xml with every https://localhost:3000/ address replaced by
 * the base URL where dist/web is hosted, checked against manifest-schemas/ as `npm run validate`
 * does. Plain JavaScript so that webpack.config.js can call it during `npm run build`.
 *
 *   node scripts/manifest.js --base-url https://intranet.example.lg.jp/achv/ [--out dist/manifest.xml]
 *   (or ADDIN_BASE_URL=https://… in the environment)
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DEV_MANIFEST = path.join(ROOT, "manifest.xml");
const SCHEMA = path.join(ROOT, "manifest-schemas", "OfficeAppManifestV1_1.xsd");
const DEFAULT_OUT = path.join(ROOT, "dist", "manifest.xml");
/** Where manifest.xml points during development (webpack's dev server). */
const DEV_BASE = "https://localhost:3000/";

/** A problem the user can fix; the CLI prints its message as one line. */
class ManifestError extends Error {}

/** The base URL as an https address ending in "/", or a ManifestError saying what is wrong with it. */
function parseBaseUrl(text) {
  const given = String(text ?? "").trim();
  if (!given)
    throw new ManifestError(
      "Give the address where dist/web will be hosted, e.g. --base-url https://intranet.example.lg.jp/achv/"
    );
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new ManifestError(
      `The base URL is not an address: "${given}" (write it as https://server/folder/)`
    );
  }
  if (url.protocol !== "https:") {
    throw new ManifestError(
      `The base URL must start with https:// — Office loads add-ins only over https: ${given}`
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ManifestError(
      `The base URL must be a plain folder address, without ?query, #fragment or user name: ${given}`
    );
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

function escapeAttribute(text) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** manifest.xml's text with the development base replaced; refuses one that still names localhost. */
function productionManifest(devXml, baseUrl) {
  const xml = devXml.split(DEV_BASE).join(escapeAttribute(baseUrl));
  if (new URL(baseUrl).hostname !== "localhost") {
    const left = xml.match(/\w+:\/\/(localhost|127\.0\.0\.1)[^"<\s]*/);
    if (left)
      throw new ManifestError(
        `manifest.xml has an address outside ${DEV_BASE} that cannot be rebased: ${left[0]}`
      );
  }
  return xml;
}

/** Check a manifest file against the schemas with xmllint; a ManifestError with xmllint's first complaint if it fails. */
function validateManifest(file) {
  try {
    execFileSync("xmllint", ["--noout", "--schema", SCHEMA, file], { stdio: "pipe" });
  } catch (e) {
    if (e.code === "ENOENT") {
      throw new ManifestError(
        "xmllint is needed to check the manifest (Debian/Ubuntu: apt-get install libxml2-utils; macOS has it)"
      );
    }
    const first =
      String(e.stderr || "")
        .split("\n")
        .find((l) => l.trim() && !/fails to validate/.test(l)) || "fails to validate";
    throw new ManifestError(`The manifest does not match the schemas: ${first.trim()}`);
  }
}

/** Write the production manifest for `baseUrlText` to `out`; only a manifest that validates is left there. */
function writeProductionManifest(baseUrlText, out = DEFAULT_OUT) {
  const baseUrl = parseBaseUrl(baseUrlText);
  const xml = productionManifest(fs.readFileSync(DEV_MANIFEST, "utf8"), baseUrl);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const pending = `${out}.tmp`;
  fs.writeFileSync(pending, xml);
  try {
    validateManifest(pending);
    fs.renameSync(pending, out);
  } finally {
    fs.rmSync(pending, { force: true });
  }
  return { baseUrl, out };
}

function parseArgs(argv) {
  const args = { baseUrl: process.env.ADDIN_BASE_URL, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] =
      a.startsWith("--") && a.includes("=")
        ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
        : [a, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === "--base-url") args.baseUrl = value();
    else if (flag === "--out") args.out = path.resolve(value() ?? "");
    else
      throw new ManifestError(
        `Unknown argument "${a}". Usage: npm run build:manifest -- --base-url https://server/folder/ [--out FILE]`
      );
  }
  return args;
}

if (require.main === module) {
  try {
    const { baseUrl, out } = parseArgs(process.argv.slice(2));
    const written = writeProductionManifest(baseUrl, out);
    const shown = path.relative(process.cwd(), written.out);
    console.log(
      `Wrote ${shown.startsWith("..") ? written.out : shown} for ${written.baseUrl} (checked against manifest-schemas/)`
    );
  } catch (e) {
    console.error(
      e instanceof ManifestError ? e.message : `Cannot write the manifest: ${e.message}`
    );
    process.exit(2);
  }
}

module.exports = {
  DEV_BASE,
  DEFAULT_OUT,
  ManifestError,
  parseBaseUrl,
  productionManifest,
  validateManifest,
  writeProductionManifest,
};
