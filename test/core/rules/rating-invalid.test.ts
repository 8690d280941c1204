import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { issueMessage } from "../../../src/core/i18n/messages";

describe("rating-invalid", () => {
  test("a code outside the legend is an error naming the legend's codes", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "E", "報告の本文がここに入ります。"],
      [null, null, null, "企画課", "◎", null],
      [null, null, null, "財政課", "B", null],
    ]);
    const hits = issuesOf(s, "rating-invalid");
    expect(hits.map((i) => i.cell)).toEqual(["E9", "E10"]);
    expect(hits[0].args).toMatchObject({ value: "E", codes: "A, B, C, D" });
    expect(hits.map((i) => i.department)).toEqual(["総務課", "企画課"]);
    expect(issueMessage(hits[0], "ja")).toBe(
      "達成度「E」は凡例の区分（A, B, C, D）にありません（取組項目 1）。"
    );
    expect(issueMessage(hits[0], "en")).toBe(
      'Rating "E" is not a code of the legend (A, B, C, D) (item 1).'
    );
  });

  test("a wrong code on a row without a department names no department", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
      [null, null, null, null, "E", null],
    ]);
    const hits = issuesOf(s, "rating-invalid");
    expect(hits.map((i) => [i.cell, i.department])).toEqual([["E10", undefined]]);
  });

  test("the legend decides: S is valid on an S/A/B/C legend and D is not", () => {
    const legend: [string, string][] = [
      ["区分", "内容"],
      ["S", "計画以上"],
      ["A", "計画どおり"],
      ["B", "やや遅れ"],
      ["C", "遅れ"],
    ];
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目", "総務課", "S", "報告の本文がここに入ります。"],
        [null, null, null, "企画課", "D", null],
      ],
      { legend }
    );
    expect(issuesOf(s, "rating-invalid").map((i) => i.args?.value)).toEqual(["D"]);
  });

  test("full-width and lower-case forms of a valid code are not invalid", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "Ｂ", "報告の本文がここに入ります。"],
      [null, null, null, "企画課", "b", null],
    ]);
    expect(issuesOf(s, "rating-invalid")).toHaveLength(0);
  });
});
