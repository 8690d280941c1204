import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { validateSheet } from "../../../src/core/validate";
import { issueMessage } from "../../../src/core/i18n/messages";

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
    const hits = issuesOf(s, "header-field-missing");
    expect(hits.map((i) => i.args?.field)).toEqual(["department"]);
    expect(issueMessage(hits[0], "ja")).toBe(
      "見出し行（8行目）に担当課の列が見つからないため、担当課を点検できません。見出しのセルに「担当課 / 所管課 / 担当部署 / 担当」のいずれかを書いてください。"
    );
    expect(issueMessage(hits[0], "en")).toMatch(/^The header \(row 8\) has no department column/);
  });

  test("a table starting in column B: the error stands at the header's first cell, B8", () => {
    const shifted = rows.map((r) => [null, ...r]);
    const s = sheet(shifted, {
      header: [null, "基本目標", "施策", "取組項目", "担当課", null, "取組計画と達成状況"] as never,
    });
    expect(issuesOf(s, "header-field-missing").map((i) => [i.cell, i.args?.field])).toEqual([
      ["B8", "rating"],
    ]);
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
