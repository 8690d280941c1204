import { validateSheet } from "../../../src/core/validate";
import { sheet } from "../../helpers/sheet";

describe("ratings written otherwise", () => {
  test("checkbox cells: the marked choice is the rating, by its letter as the legend spells it (a / b / c); none marked is no rating", () => {
    const s = sheet(
      [
        [
          "I 目標",
          "1 施策",
          "1 項目一",
          "総務課",
          "□ a.進んだ ■ b.やや進んだ □ c.現状維持",
          "報告一の本文です。",
        ],
        [
          null,
          null,
          "2 項目二",
          "企画課",
          "☑ a.進んだ □ b.やや進んだ □ c.現状維持",
          "報告二の本文です。",
        ],
        [
          null,
          null,
          "3 項目三",
          "財政課",
          "□ a.進んだ □ b.やや進んだ □ c.現状維持",
          "報告三の本文です。",
        ],
      ],
      {
        legend: [
          ["区分", "内容"],
          ["a", "進んだ"],
          ["b", "やや進んだ"],
          ["c", "現状維持"],
        ],
      }
    );
    const r = validateSheet(s);
    expect(r.plan!.entries.map((e) => [e.rating, e.code, e.state])).toEqual([
      ["b.やや進んだ", "b", "valid"],
      ["a.進んだ", "a", "valid"],
      ["", null, "missing"],
    ]);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell])).toEqual([
      ["rating-missing", "E10"],
    ]);
  });

  test("a legend of words written in one note under the table", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目一", "総務課", "順調", "報告一の本文です。"],
        [null, null, "2 項目二", "企画課", "やや遅れ", "報告二の本文です。"],
        [
          "※評価　順調：計画どおり　概ね順調：おおむね計画どおり　やや遅れ：計画より遅れ　遅れ：大幅な遅れ",
          null,
          null,
          null,
          null,
          null,
        ],
      ],
      { legend: null, merges: ["A6:F6"] }
    );
    const r = validateSheet(s);
    expect(r.scale).toMatchObject({
      codes: ["順調", "概ね順調", "やや遅れ", "遅れ"],
      achieved: ["順調", "概ね順調"],
      source: "A6",
    });
    expect(r.counts.entries).toBe(2);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});
