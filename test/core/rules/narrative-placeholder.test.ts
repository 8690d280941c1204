import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { issueMessage } from "../../../src/core/i18n/messages";
import { isPlaceholder } from "../../../src/core/rules/narrative-placeholder";

describe("narrative-placeholder", () => {
  test.each([
    "同上",
    "なし",
    "特になし",
    "未記入",
    "-",
    "－",
    "ー",
    "―",
    "〃",
    " 特に無し。",
    "特になし。。",
    "N/A",
    "・".repeat(24),
  ])("%s is a placeholder", (text) => {
    expect(isPlaceholder(text)).toBe(true);
  });

  test.each(["なしくずしに進めた。", "特になし崩し", "講座を開催した。", "B", "・".repeat(25)])(
    "%s is not",
    (text) => {
      expect(isPlaceholder(text)).toBe(false);
    }
  );

  test("reported at the narrative cell as a warning", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "講座を開催し、参加者は120人だった。"],
      [null, null, "2 項目", "総務課", "B", "同上"],
    ]);
    const hits = issuesOf(s, "narrative-placeholder");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: "F10", severity: "warning", item: 2 });
    expect(issueMessage(hits[0], "ja")).toBe(
      "取組項目 2 の取組計画と達成状況が「同上」だけです。内容を記入してください。"
    );
    expect(issueMessage(hits[0], "en")).toBe(
      'Item 2\'s narrative is only "同上": a placeholder, not a report.'
    );
    expect(issuesOf(s, "narrative-missing")).toHaveLength(0);
  });
});
