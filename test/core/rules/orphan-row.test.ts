import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { issueMessage } from "../../../src/core/i18n/messages";

describe("orphan-row", () => {
  test("a rated row before any item is an orphan", () => {
    const s = sheet([
      [null, null, null, "総務課", "B", null],
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
    ]);
    const hits = issuesOf(s, "orphan-row");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: "E9", severity: "error", args: { row: 9 } });
    expect(issueMessage(hits[0], "ja")).toBe(
      "9行目には評価がありますが、上に基本目標・施策・取組項目がありません。"
    );
    expect(issueMessage(hits[0], "en")).toBe(
      "Row 9 is rated but has no goal, measure or item above it."
    );
  });

  test("other findings of the reader (an Excel error) are not orphans", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", { error: "#N/A" }, "報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "cell-error").map((i) => i.cell)).toEqual(["E9"]);
    expect(issuesOf(s, "orphan-row")).toEqual([]);
  });

  test("a new goal without a measure leaves its rated rows orphaned", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
      ["II 目標", null, null, "企画課", "B", null],
    ]);
    expect(issuesOf(s, "orphan-row").map((i) => i.cell)).toEqual(["E10"]);
  });

  test("a note row under the table is not an orphan nor an item", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
      ["※ 達成度は担当課の自己評価です。", null, null, null, null, null],
    ]);
    expect(issuesOf(s, "orphan-row")).toHaveLength(0);
    expect(issuesOf(s, "rating-missing")).toHaveLength(0);
  });
});
