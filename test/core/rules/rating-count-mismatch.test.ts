import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";

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
});
