import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { validateSheet } from "../../../src/core/validate";
import { issueMessage } from "../../../src/core/i18n/messages";

describe("multiple-values", () => {
  test("two departments and two ratings in one cell: one warning, two entries", () => {
    const s = sheet([
      [
        "I 目標",
        "1 施策",
        "29 項目",
        "女性センター\n学校教育課",
        "B\nA",
        "報告の本文がここに入ります。",
      ],
    ]);
    const hits = issuesOf(s, "multiple-values");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: "D9", related: ["E9"], item: 29 });
    const result = validateSheet(s);
    expect(result.plan!.entries.map((e) => [e.department, e.code])).toEqual([
      ["女性センター", "B"],
      ["学校教育課", "A"],
    ]);
  });

  test("departments joined by 、 share one rating", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課、企画課", "B", "報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "multiple-values")).toHaveLength(1);
    expect(validateSheet(s).counts.entries).toBe(2);
  });

  test("a name with ・ inside it is one department", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "生涯学習・スポーツ課", "B", "報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "multiple-values")).toHaveLength(0);
    expect(validateSheet(s).counts.entries).toBe(1);
  });

  test("known names joined by ・ are split", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課・企画課", "B", "報告の本文がここに入ります。"],
      [null, null, "2 項目", "総務課", "B", "別の報告の本文がここに入ります。"],
      [null, null, "3 項目", "企画課", "B", "三つめの報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "multiple-values")).toHaveLength(1);
    expect(validateSheet(s).counts.entries).toBe(4);
  });

  test("a name with ・ between parts not both known stays whole, even when each part ends like a department", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "人権・男女共同参画課", "B", "報告の本文がここに入ります。"],
      [null, null, "2 項目", "保育課・子育て支援課", "B", "別の報告の本文がここに入ります。"],
      [null, null, "3 項目", "保育課", "B", "三つめの報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "multiple-values")).toHaveLength(0);
    expect(validateSheet(s).plan!.entries.map((e) => e.department)).toEqual([
      "人権・男女共同参画課",
      "保育課・子育て支援課",
      "保育課",
    ]);
  });

  test("in a later item: the warning names that item, in both languages", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
      [
        null,
        null,
        "2 項目",
        "女性センター\n学校教育課",
        "B\nA",
        "別の報告の本文がここに入ります。",
      ],
    ]);
    const hits = issuesOf(s, "multiple-values");
    expect(hits.map((i) => [i.cell, i.item])).toEqual([["D10", 2]]);
    expect(issueMessage(hits[0], "ja")).toBe(
      "1つのセルに担当課2件・達成度2件が入っています（取組項目 2）。1行に1課ずつ分けてください。"
    );
    expect(issueMessage(hits[0], "en")).toBe(
      "One cell holds 2 departments / 2 ratings (item 2). Put one department per row."
    );
  });

  test("other findings of the reader (an Excel error) are not multiple values", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", { error: "#REF!" }, "B", "報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "cell-error").map((i) => i.cell)).toEqual(["D9"]);
    expect(issuesOf(s, "multiple-values")).toEqual([]);
  });
});
