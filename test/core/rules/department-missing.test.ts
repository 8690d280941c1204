import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { issueMessage } from "../../../src/core/i18n/messages";
import { validateSheet } from "../../../src/core/validate";

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

  test("the message names the rating and the item", () => {
    const s = sheet([
      ["I 目標", "1 施策", "3 項目", "総務課", "B", "報告の本文がここに入ります。"],
      [null, null, null, null, "A", null],
    ]);
    const [hit] = issuesOf(s, "department-missing");
    expect(issueMessage(hit, "ja")).toBe("達成度「A」に担当課がありません（取組項目 3）。");
    expect(issueMessage(hit, "en")).toBe('Rating "A" has no department (item 3).');
  });

  test("an item with neither department nor rating gets one finding, rating-missing, not also this", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", null, null, "報告の本文がここに入ります。"],
      [null, null, "2 項目", "総務課", "B", "別の報告の本文がここに入ります。"],
    ]);
    expect(validateSheet(s).issues.map((i) => [i.code, i.cell])).toEqual([
      ["rating-missing", "E9"],
    ]);
  });

  test("a sheet without a department column: the header note only, not an error on every row", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目", "B", "報告の本文がここに入ります。"],
        [null, null, null, "A", null],
      ],
      { header: ["基本目標", "施策", "取組項目", "達成度", "取組状況"] }
    );
    expect(validateSheet(s).issues.map((i) => [i.code, i.cell])).toEqual([
      ["header-field-missing", "A8"],
    ]);
  });
});
