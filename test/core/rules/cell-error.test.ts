import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { issueMessage } from "../../../src/core/i18n/messages";

describe("cell-error", () => {
  test("Excel errors in needed cells are reported once per cell", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", { error: "#REF!" }, "総務課", "B", { error: "#N/A" }],
        [null, null, null, { error: "#VALUE!" }, "B", null],
      ],
      { merges: ["F9:F10", "C9:C10"] }
    );
    const hits = issuesOf(s, "cell-error");
    expect(hits.map((i) => [i.cell, i.args?.value])).toEqual([
      ["C9", "#REF!"],
      ["F9", "#N/A"],
      ["D10", "#VALUE!"],
    ]);
    expect(issueMessage(hits[0], "ja")).toBe(
      "セルがエラー値「#REF!」です。数式か参照先を確認してください。"
    );
    expect(issueMessage(hits[0], "en")).toBe(
      "The cell holds the Excel error #REF!: check its formula or what it refers to."
    );
  });

  test("a narrative cell holding an error is a cell-error, not also a missing narrative", () => {
    const s = sheet([["I 目標", "1 施策", "1 項目", "総務課", "B", { error: "#N/A" }]]);
    expect(issuesOf(s, "cell-error").map((i) => i.cell)).toEqual(["F9"]);
    expect(issuesOf(s, "narrative-missing")).toEqual([]);
  });

  test("an error outside the mapped columns is not reported", () => {
    const s = sheet([
      [
        "I 目標",
        "1 施策",
        "1 項目",
        "総務課",
        "B",
        "報告の本文がここに入ります。",
        { error: "#DIV/0!" },
      ],
    ]);
    expect(issuesOf(s, "cell-error")).toHaveLength(0);
  });
});
