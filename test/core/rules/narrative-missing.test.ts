import { validateSheet } from "../../../src/core/validate";
import { sheet } from "../../helpers/sheet";
import { issueMessage } from "../../../src/core/i18n/messages";

const codes = (s: ReturnType<typeof sheet>, code: string) =>
  validateSheet(s).issues.filter((i) => i.code === code);

describe("narrative-missing", () => {
  test("an item whose narrative cell is blank is reported at that cell", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目一", "総務課", "B", "実施した内容の報告です。"],
        [null, null, "2 項目二", "総務課", "B", null],
        [null, null, null, "企画課", "A", null],
      ],
      { merges: ["A9:A11", "B9:B11", "C10:C11", "F10:F11"] }
    );
    const issues = codes(s, "narrative-missing");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      cell: "F10",
      item: 2,
      measure: 1,
      goal: "I",
      severity: "error",
    });
  });

  test("a narrative merged across two items covers both", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目一", "総務課", "B", "二つの項目をまとめた報告です。"],
        [null, null, "2 項目二", "企画課", "B", null],
      ],
      { merges: ["A9:A10", "B9:B10", "F9:F10"] }
    );
    expect(codes(s, "narrative-missing")).toHaveLength(0);
    expect(codes(s, "narrative-duplicate")).toHaveLength(0);
  });

  test("an unmerged sheet with the narrative on the item's first row only is complete", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目一", "総務課", "B", "一行目にだけ書いた報告です。"],
      [null, null, null, "企画課", "B", null],
      [null, null, "2 項目二", "企画課", "B", "二つ目の項目の報告です。"],
    ]);
    expect(codes(s, "narrative-missing")).toHaveLength(0);
  });

  test("an item with only spaces in its narrative is missing", () => {
    const s = sheet([["I 目標", "1 施策", "1 項目一", "総務課", "B", " \u3000 "]]);
    expect(codes(s, "narrative-missing").map((i) => i.cell)).toEqual(["F9"]);
  });

  test("the message names the item", () => {
    const s = sheet([["I 目標", "1 施策", "22 項目", "総務課", "B", null]]);
    const [hit] = codes(s, "narrative-missing");
    expect(issueMessage(hit, "ja")).toBe("取組項目 22 の取組計画と達成状況が記入されていません。");
    expect(issueMessage(hit, "en")).toBe("Item 22 has no narrative.");
  });

  test("a sheet without a narrative column: the header note only, not an error on every item", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目", "総務課", "B"],
        [null, null, "2 項目", "企画課", "A"],
      ],
      { header: ["基本目標", "施策", "取組項目", "担当課", "達成度"] }
    );
    expect(
      validateSheet(s).issues.map((i) => [i.code, i.args && "field" in i.args ? i.args.field : ""])
    ).toEqual([["header-field-missing", "narrative"]]);
  });
});
