import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";

describe("rating-unnormalized", () => {
  test("Ｂ, b and ' B ' are flagged with a one-cell fix to the code, applied only to the text read", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "Ｂ", "報告の本文がここに入ります。"],
      [null, null, null, "企画課", "b", null],
      [null, null, null, "財政課", " B ", null],
      [null, null, null, "税務課", "B", null],
    ]);
    const hits = issuesOf(s, "rating-unnormalized");
    expect(hits.map((i) => [i.cell, i.fix])).toEqual([
      ["E9", { cell: "E9", value: "B", expected: "Ｂ" }],
      ["E10", { cell: "E10", value: "B", expected: "b" }],
      ["E11", { cell: "E11", value: "B", expected: " B " }],
    ]);
    expect(hits[0].severity).toBe("warning");
  });

  test("a cell holding two ratings gets no fix (it is a multiple-values case)", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課\n企画課", "Ｂ\nＢ", "報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "rating-unnormalized")).toHaveLength(0);
  });
});
