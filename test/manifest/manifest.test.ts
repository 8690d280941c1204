import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/workbooks";

const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  test("asks for ReadWriteDocument only and names no extra domains", () => {
    expect([...manifest.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual(
      ["ReadWriteDocument"]
    );
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

  test("asks for ExcelApi 1.1 only, and says why: newer sets are detected at run time, the ribbon comes with VersionOverrides", () => {
    const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifest)?.[1] ?? "";
    expect(
      [...requirements.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map(
        (m) => `${m[1]} ${m[2]}`
      )
    ).toEqual(["ExcelApi 1.1"]);
    expect(requirements).toMatch(/<Sets DefaultMinVersion="1.1">/);
    // AddinCommands there would hide the add-in from Office 2016 volume-licensed, where checking works.
    expect(manifest).not.toMatch(/Name="AddinCommands"/);
    expect(manifest).toMatch(/<VersionOverrides [^>]*xsi:type="VersionOverridesV1_0">/);
    const comment = /<!--([\s\S]*?)-->\s*<Requirements>/.exec(manifest)?.[1] ?? "";
    for (const said of ["ExcelApi 1.1", "run time", "AddinCommands", "VersionOverrides"])
      expect(comment).toContain(said);
  });

  test("Japanese labels for the group and every button", () => {
    for (const id of ["Group.Label", "Validate.Label", "Summary.Label", "Taskpane.Label"]) {
      expect(manifest).toMatch(
        new RegExp(
          `<bt:String id="${id.replace(".", "\\.")}"[^>]*>\\s*<bt:Override Locale="ja-JP" Value="[^"]+"`
        )
      );
    }
  });
});
