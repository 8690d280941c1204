import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { issueMessage } from "../../../src/core/i18n/messages";

describe("rating-count-mismatch", () => {
  test("three departments with two ratings cannot be paired", () => {
    const s = sheet([
      [
        "I 目標",
        "1 施策",
        "1 項目",
        "総務課\n企画課\n財政課",
        "A\nB",
        "報告の本文がここに入ります。",
      ],
    ]);
    const hits = issuesOf(s, "rating-count-mismatch");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      cell: "E9",
      related: ["D9"],
      args: { departments: 3, ratings: 2 },
    });
  });

  test("two departments with two ratings, or with one shared rating, pair up", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課\n企画課", "A\nB", "報告の本文がここに入ります。"],
      [null, null, "2 項目", "総務課\n企画課", "A", "別の報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "rating-count-mismatch")).toHaveLength(0);
  });

  test("in a later item: the message names that item, in both languages", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
      [null, null, "2 項目", "総務課\n企画課\n財政課", "A\nB", "別の報告の本文がここに入ります。"],
    ]);
    const hits = issuesOf(s, "rating-count-mismatch");
    expect(hits.map((i) => [i.cell, i.item])).toEqual([["E10", 2]]);
    expect(issueMessage(hits[0], "ja")).toBe(
      "担当課が3つに対し達成度が2つあり、対応が分かりません（取組項目 2）。"
    );
    expect(issueMessage(hits[0], "en")).toMatch(
      /^2 ratings for 3 department\(s\): cannot tell which is whose \(item 2\)/
    );
  });
});
