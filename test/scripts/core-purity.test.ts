import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

/** What the project's lint (`npm run lint`, run as CI runs it) reports for this text if it stood in the given file. */
function lint(text: string, file: string): string[] {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "eslint", "bin", "eslint.js"),
      "--stdin",
      "--stdin-filename",
      file,
      "--format",
      "json",
    ],
    { cwd: ROOT, input: text, encoding: "utf8" }
  );
  const [result] = JSON.parse(run.stdout) as {
    messages: { ruleId: string | null; message: string }[];
  }[];
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe("the core stays pure (checked by the lint, not by convention)", () => {
  test("an Office.js, DOM or Node global in src/core is an error; the same line in src/excel is not", () => {
    const text =
      "export const run = Excel.run;\nexport const title = (): string => document.title;\nexport const env = (): unknown => process.env;\n";
    expect(lint(text, "src/core/probe.ts")).toEqual([
      "no-restricted-globals",
      "no-restricted-globals",
      "no-restricted-globals",
    ]);
    expect(lint(text, "src/excel/probe.ts")).toEqual([]);
  });

  test("importing a Node module, ExcelJS or an adapter from src/core is an error", () => {
    const text =
      'import { readFileSync } from "node:fs";\nimport ExcelJS from "exceljs";\nimport { readSheet } from "../excel/read-sheet";\nexport const all = [readFileSync, ExcelJS, readSheet];\n';
    expect(lint(text, "src/core/probe.ts")).toEqual([
      "no-restricted-imports",
      "no-restricted-imports",
      "no-restricted-imports",
    ]);
  });
});
