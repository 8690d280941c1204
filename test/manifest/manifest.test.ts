import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/workbooks";

const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  test("asks for ReadWriteDocument only and names no extra domains", () => {
    expect([...manifest.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual(["ReadWriteDocument"]);
    expect(manifest).not.toMatch(/<AppDomains?>/);
  });

  test("every source location is https", () => {
    const urls = [...manifest.matchAll(/DefaultValue="(\w+:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  test("the ribbon's buttons call the functions the function file registers", () => {
    const commands = readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8");
    const named = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(named).toEqual(["validateActiveSheet", "insertSummarySheets"]);
    for (const name of named) expect(commands).toContain(`Office.actions.associate("${name}"`);
  });

  test("Japanese labels for the group and every button", () => {
    for (const id of ["Group.Label", "Validate.Label", "Summary.Label", "Taskpane.Label"]) {
      expect(manifest).toMatch(new RegExp(`<bt:String id="${id.replace(".", "\\.")}"[^>]*>\\s*<bt:Override Locale="ja-JP" Value="[^"]+"`));
    }
  });
});
