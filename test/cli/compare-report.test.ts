import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COMPARE_RULES } from "../../src/core/compare/rules";
import { ROOT, tempDir } from "../helpers/workbooks";
import { writeYears } from "../core/compare/fixtures";

/** docs/compare-report.md is the report's contract: its example is the test pair's real report, and every field it names is there. */
const doc = readFileSync(join(ROOT, "docs", "compare-report.md"), "utf8");
const example = JSON.parse(doc.match(/```json\n([\s\S]*?)\n```/)![1].replace(/,\s*"…": "…"/g, ""));

let actual: Record<string, unknown> & {
  issues: Record<string, unknown>[];
  entries: { status: string }[];
  byGoal: object[];
  byDepartment: object[];
};

beforeAll(async () => {
  const dir = tempDir();
  await writeYears(dir);
  // Run where the files are, so the report names them as the example does.
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, "bin", "achv.js"),
      "compare",
      "plan-r4.xlsx",
      "plan-r5.xlsx",
      "--json",
      "--lang",
      "en",
    ],
    { cwd: dir, encoding: "utf8" }
  );
  expect(r.status).toBe(0);
  actual = JSON.parse(r.stdout);
});

/** The field names of the table under a heading (first backticked name of each row). */
function named(heading: string): string[] {
  const section = doc.slice(doc.indexOf(heading));
  const table = section.slice(0, section.indexOf("\n\n", section.indexOf("| --- |")));
  return [...table.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]);
}

test("the documented example is what achv compare prints for the test pair", () => {
  for (const key of ["last", "this", "counts", "renamedDepartments", "total"])
    expect(actual[key]).toEqual(example[key]);
  expect(actual.issues[0]).toEqual(example.issues[0]);
  expect(actual.entries.find((e) => e.status === "up")).toEqual(example.entries[0]);
  expect(actual.byGoal[0]).toEqual(example.byGoal[0]);
  expect(actual.byDepartment[0]).toMatchObject(example.byDepartment[0]);
});

test("every field the tables name is in the report, and every code the comparison raises is documented", () => {
  for (const field of named("## Fields")) expect(actual).toHaveProperty(field);
  for (const field of named("### An issue"))
    expect({ field, found: actual.issues.some((i) => field in i) }).toEqual({ field, found: true });
  for (const field of named("### An entry")) expect(actual.entries[0]).toHaveProperty(field);
  for (const field of named("### A row")) expect(actual.byGoal[0]).toHaveProperty(field);
  const documented = named("| code | severity | when | `args` |");
  expect([...documented].sort()).toEqual(COMPARE_RULES.map((r) => r.code).sort());
  for (const rule of COMPARE_RULES)
    expect(doc).toContain(`| \`${rule.code}\` | ${rule.severity} |`);
});

test("each finding's args are the names its code's row documents, no more, no fewer", () => {
  const section = doc.slice(doc.indexOf("| code | severity | when | `args` |"));
  const rows = new Map(
    [...section.matchAll(/^\| `([a-z-]+)` \| [a-z]+ \| [^|]+ \| ([^|]+) \|$/gm)].map((m) => [
      m[1],
      // The names are the backticked words outside parentheses (those explain them).
      [...m[2].replace(/\([^)]*\)/g, "").matchAll(/`([A-Za-z]+)`/g)].map((n) => n[1]).sort(),
    ])
  );
  const raised = new Set(actual.issues.map((i) => i.code as string));
  // The test pair raises all but scale-changed (scale.test.ts has its own pair).
  expect(raised.size).toBeGreaterThanOrEqual(rows.size - 1);
  for (const issue of actual.issues)
    expect({ code: issue.code, args: Object.keys(issue.args as object).sort() }).toEqual({
      code: issue.code,
      args: rows.get(issue.code as string),
    });
});
