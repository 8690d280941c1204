import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { issueMessage } from "../../../src/core/i18n/messages";

describe("department-duplicate", () => {
  test("the same department twice in one item, pointing at the first copy", () => {
    const s = sheet([
      ["I 目標", "1 施策", "5 項目", "女性センター", "B", "報告の本文がここに入ります。"],
      [null, null, null, "女性センター", "B", null],
      [null, null, null, "学校教育課", "B", null],
    ]);
    const hits = issuesOf(s, "department-duplicate");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      cell: "D10",
      related: ["D9"],
      department: "女性センター",
      item: 5,
    });
    expect(issueMessage(hits[0], "ja")).toBe("取組項目 5 に「女性センター」が2回あります（D9）。");
    expect(issueMessage(hits[0], "en")).toBe('Item 5 lists "女性センター" twice (D9).');
  });

  test("the same department in two different items is fine", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "女性センター", "B", "報告の本文がここに入ります。"],
      [null, null, "2 項目", "女性センター", "B", "別の報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "department-duplicate")).toHaveLength(0);
  });

  test("one department cell merged over two rating rows is one department", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
        [null, null, null, null, "B", null],
      ],
      { merges: ["D9:D10", "C9:C10", "F9:F10"] }
    );
    expect(issuesOf(s, "department-duplicate")).toHaveLength(0);
  });

  test("full-width spaces do not hide a duplicate", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
      [null, null, null, "総務課\u3000", "B", null],
    ]);
    expect(issuesOf(s, "department-duplicate")).toHaveLength(1);
  });

  test("full-width letters and digits do not hide a duplicate (ＩＴ推進課 / IT推進課, 第２課 / 第2課)", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "ＩＴ推進課", "B", "報告の本文がここに入ります。"],
      [null, null, null, "IT推進課", "B", null],
      [null, null, "2 項目", "第２課", "B", "別の報告の本文がここに入ります。"],
      [null, null, null, "第2課", "B", null],
    ]);
    expect(issuesOf(s, "department-duplicate").map((i) => [i.cell, i.related])).toEqual([
      ["D10", ["D9"]],
      ["D12", ["D11"]],
    ]);
  });

  test("two ratings without a department are two missing departments, not a duplicate", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", null, "B", "報告の本文がここに入ります。"],
      [null, null, null, null, "A", null],
    ]);
    expect(issuesOf(s, "department-missing").map((i) => i.cell)).toEqual(["D9", "D10"]);
    expect(issuesOf(s, "department-duplicate")).toEqual([]);
  });
});
