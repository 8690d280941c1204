/*
 * The dev server's https certificate (webpack.config.js, scripts/start.js).
 *
 * office-addin-dev-certs makes a localhost certificate signed by its own CA and adds that CA to the
 * machine's trust store, through sudo on Linux. Where that cannot happen (no sudo, as in a root
 * container; a refused password; no trust store) it throws and the dev server used to stop. Here the
 * certificate is made anyway, the dev server starts, and the user is told how to trust the CA by hand.
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const DAY_MS = 24 * 60 * 60 * 1000;

function devCerts() {
  return require("office-addin-dev-certs");
}

/** The files office-addin-dev-certs reads and writes (~/.office-addin-dev-certs). */
function certificatePaths() {
  const d = require("office-addin-dev-certs/lib/defaults");
  return { ca: d.caCertificatePath, cert: d.localhostCertificatePath, key: d.localhostKeyPath };
}

function onPath(command) {
  return (process.env.PATH || "")
    .split(path.delimiter)
    .some((dir) => dir && fs.existsSync(path.join(dir, command)));
}

/** Trusting the CA needs sudo on Linux; Windows and macOS ask the user themselves. */
function canInstallTrust() {
  return process.platform !== "linux" || onPath("sudo");
}

/** True when the CA is in the trust store and the localhost certificate is valid (false, not a throw, when the check cannot run). */
function isTrusted() {
  try {
    return devCerts().verifyCertificates();
  } catch {
    return false;
  }
}

/** The certificate and key exist and stay valid for at least a day. */
function usableFiles(paths) {
  try {
    for (const f of [paths.ca, paths.cert]) {
      if (
        new Date(new crypto.X509Certificate(fs.readFileSync(f)).validTo).getTime() <
        Date.now() + DAY_MS
      )
        return false;
    }
    return fs.existsSync(paths.key);
  } catch {
    return false;
  }
}

/** How to trust the CA by hand, after the reason it was not trusted automatically. */
function manualTrustMessage(reason, caPath) {
  return [
    `The dev server's certificate is not trusted on this machine (${reason}); it is serving https://localhost anyway.`,
    `Trust its CA by hand on the machine whose browser or Excel opens the add-in (see docs/dev-server.md): ${caPath}`,
    `  Debian/Ubuntu: cp '${caPath}' /usr/local/share/ca-certificates/office-addin-dev-ca.crt && update-ca-certificates (as root); Chrome/Edge/Firefox: Settings > Certificates > Authorities > Import`,
    `  Windows: certutil -user -addstore Root ca.crt    macOS: security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db ca.crt`,
  ].join("\n");
}

function firstLine(error) {
  return (
    String((error && error.message) || error)
      .split("\n")
      .map((l) => l.trim())
      .find(Boolean) || "unknown error"
  );
}

/**
 * The https options for the dev server ({ ca, cert, key }). Trusted certificates when
 * office-addin-dev-certs can install them; otherwise the same certificates, untrusted, and
 * `warn` is told how to trust them by hand.
 */
async function devServerHttps(warn = (m) => console.warn(m)) {
  const paths = certificatePaths();
  if (!isTrusted()) {
    const reason = canInstallTrust()
      ? await installTrust()
      : "sudo is not available to add it to the trust store";
    if (reason) {
      // Keep certificates the user may already have trusted by hand; make them only when missing or expiring.
      if (!usableFiles(paths)) await devCerts().generateCertificates();
      warn(manualTrustMessage(reason, paths.ca));
    }
  }
  return {
    ca: fs.readFileSync(paths.ca),
    cert: fs.readFileSync(paths.cert),
    key: fs.readFileSync(paths.key),
  };
}

/** Make and trust the certificates (Windows and macOS ask the user, Linux runs sudo); the reason it failed, or "". */
async function installTrust() {
  try {
    await devCerts().ensureCertificatesAreInstalled();
    return "";
  } catch (e) {
    return firstLine(e);
  }
}

module.exports = { devServerHttps, canInstallTrust, manualTrustMessage };
