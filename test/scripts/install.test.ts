import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/workbooks";

/** What `npm ci` installed (with .npmrc's omit=peer): the Office tooling loads, and nothing needs a native build. */
describe("the installed tooling", () => {
  test.each([
    "office-addin-debugging",
    "office-addin-dev-settings",
    "office-addin-manifest",
    "office-addin-dev-certs",
    "office-addin-test-server",
  ])("%s loads in a fresh Node process", (name) => {
    const r = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(name)})`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test("no package with a native build against system libraries (keytar) was installed", () => {
    expect(existsSync(join(ROOT, "node_modules", "keytar"))).toBe(false);
    expect(existsSync(join(ROOT, "node_modules", "@microsoft", "m365agentstoolkit-cli"))).toBe(
      false
    );
  });
});
