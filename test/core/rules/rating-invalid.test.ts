import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";

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
