import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";

describe("department-missing", () => {
  test("a rating with no department", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
      [null, null, null, null, "A", null],
    ]);
    const hits = issuesOf(s, "department-missing");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: "D10", severity: "error", args: { rating: "A" } });
  });

  test("a blank row inside an item (no department, no rating) is not an entry", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
        [null, null, null, null, null, null],
      ],
      { merges: ["C9:C10", "F9:F10"] }
    );
    expect(issuesOf(s, "department-missing")).toHaveLength(0);
    expect(issuesOf(s, "rating-missing")).toHaveLength(0);
  });
});
