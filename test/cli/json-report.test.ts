import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, tempDir } from "../helpers/workbooks";

/** docs/json-report.md is the report's contract: its example is the sample's real report, and every field it names is there. */
const doc = readFileSync(join(ROOT, "docs", "json-report.md"), "utf8");
const example = JSON.parse(
  doc
    .match(/```json\n([\s\S]*?)\n```/)![1]
    .replace(/,\s*"…": "…"/g, "")
    .replace(/"title": "…", /g, "")
);

function report(file = "samples/plan-r5.xlsx") {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "bin", "achv.js"), "validate", file, "--json", "--lang", "en"],
    { cwd: ROOT, encoding: "utf8" }
  );
  expect(r.status).not.toBe(2);
  return JSON.parse(r.stdout);
}

test("the documented example is what achv prints for the bundled sample", () => {
  const actual = report();
  expect(actual.issues.filter((i: { severity: string }) => i.severity === "error")).toHaveLength(4);
  for (const key of ["file", "sheet", "sheets", "header", "scale", "counts"])
    expect(actual[key]).toEqual(example[key]);
  expect(actual.issues[0]).toEqual(example.issues[0]);
  expect(actual.summary.byGoal[0]).toEqual(example.summary.byGoal[0]);
  expect(actual.summary.total).toEqual(example.summary.total);
  for (const key of ["codes", "notEvaluableCodes", "achievedCodes"])
    expect(actual.summary[key]).toEqual(example.summary[key]);
  for (const key of ["byMeasure", "byDepartment", "goalByDepartment"])
    expect(actual.summary[key][0]).toMatchObject(example.summary[key][0]);
});

test("every field the field tables name is in the report", () => {
  const actual = report();
  const named = (heading: string) => {
    const section = doc.slice(doc.indexOf(heading));
    const table = section.slice(0, section.indexOf("\n\n", section.indexOf("| --- |")));
    return [...table.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]);
  };
  for (const field of named("## Fields")) expect(actual).toHaveProperty(field.split(".")[0]);
  // The sample offers no fix: a full-width rating does.
  const csv = join(tempDir(), "fullwidth.csv");
  writeFileSync(
    csv,
    "基本目標,施策,取組項目,担当課,達成度,取組状況\nI 目標,1 施策,1 項目,総務課,Ｂ,講座を開いた。\n"
  );
  const issues = [...actual.issues, ...report(csv).issues];
  for (const field of named("### An issue"))
    expect({ field, found: issues.some((i: object) => field in i) }).toEqual({
      field,
      found: true,
    });
  for (const field of named("### A summary row"))
    expect(actual.summary.byGoal[0]).toHaveProperty(field);
});
