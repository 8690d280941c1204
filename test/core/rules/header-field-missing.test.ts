import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { validateSheet } from "../../../src/core/validate";

const rows = [
  ["I 目標", "1 施策", "1 項目", "総務課", "Z", "報告の本文がここに入ります。"],
  [null, null, null, "企画課", null, null],
];

describe("header-field-missing", () => {
  test.each([
    ["blank", null],
    ["#NULL!", { error: "#NULL!" }],
  ])(
    "a rating header cell that is %s: an error the user sees, never 'no issues'",
    (_kind, cell) => {
      const s = sheet(rows, {
        header: ["基本目標", "施策", "取組項目", "担当課", cell as never, "取組計画と達成状況"],
      });
      const hits = issuesOf(s, "header-field-missing");
      expect(hits.map((i) => [i.cell, i.severity, i.args?.field])).toEqual([
        ["A8", "error", "rating"],
      ]);
      expect(validateSheet(s).issues.some((i) => i.severity === "error")).toBe(true);
    }
  );

  test("a header with every field but the department names that one", () => {
    const s = sheet(rows, {
      header: ["基本目標", "施策", "取組項目", "", "達成度", "取組計画と達成状況"],
    });
    expect(issuesOf(s, "header-field-missing").map((i) => i.args?.field)).toEqual(["department"]);
  });

  test("the seed's header lacks nothing", () => {
    expect(issuesOf(sheet(rows), "header-field-missing")).toEqual([]);
  });

  test("goals and measures given by heading rows are not missing columns", () => {
    const s = sheet([["1 項目", "総務課", "A", "報告の本文がここに入ります。"]], {
      header: ["取組項目", "担当課", "達成度", "取組状況"],
      legend: null,
    });
    expect(issuesOf(s, "header-field-missing")).toEqual([]);
  });
});
