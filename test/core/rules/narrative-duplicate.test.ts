import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { issueMessage } from "../../../src/core/i18n/messages";

const TEXT = "市が発信する情報における表現に配慮するよう、職員向けの手引きを配布した。";

describe("narrative-duplicate", () => {
  test("two items with the same narrative word for word, in separate cells", () => {
    const s = sheet([
      ["I 目標", "1 施策", "6 項目", "総務課", "B", TEXT],
      [null, null, "7 項目", "総務課", "B", TEXT],
    ]);
    const hits = issuesOf(s, "narrative-duplicate");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: "F10", related: ["F9"], item: 7 });
    expect(issueMessage(hits[0], "ja")).toBe(
      "取組項目 7 の取組計画と達成状況が取組項目 6 と一字一句同じです（F9）。"
    );
    expect(issueMessage(hits[0], "en")).toBe(
      "Item 7's narrative is word for word the same as item 6's (F9)."
    );
  });

  test("spacing and width differences still count as the same text", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", TEXT],
      [null, null, "2 項目", "総務課", "B", TEXT.replace("、", "、 ").normalize("NFKC") + "\n"],
    ]);
    expect(issuesOf(s, "narrative-duplicate")).toHaveLength(1);
  });

  test("full-width letters and digits still count as the same text (令和５年度 / 令和5年度, ＩＴ / IT)", () => {
    const s = sheet([
      [
        "I 目標",
        "1 施策",
        "1 項目",
        "総務課",
        "B",
        "令和５年度にＩＴ講座を３回開き、市民に周知した。",
      ],
      [null, null, "2 項目", "総務課", "B", "令和5年度にIT講座を3回開き、市民に周知した。"],
    ]);
    expect(issuesOf(s, "narrative-duplicate").map((i) => [i.cell, i.related])).toEqual([
      ["F10", ["F9"]],
    ]);
  });

  test("the same item continued on a new page is not a duplicate of itself", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", TEXT],
      ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組計画と達成状況"],
      ["I 目標（続）", "1 施策（続）", "1 項目（続）", "企画課", "B", TEXT],
    ]);
    expect(issuesOf(s, "narrative-duplicate")).toHaveLength(0);
  });

  test("different narratives are not reported", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", TEXT],
      [null, null, "2 項目", "総務課", "B", TEXT + "また、研修も行った。"],
    ]);
    expect(issuesOf(s, "narrative-duplicate")).toHaveLength(0);
  });

  test("short reports repeat by nature: under ten characters is not a duplicate, ten is", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "実施した。"],
      [null, null, "2 項目", "企画課", "B", "実施した。"],
      [null, null, "3 項目", "総務課", "B", "講座を三回開催した。"],
      [null, null, "4 項目", "企画課", "B", "講座を三回開催した。"],
    ]);
    expect(issuesOf(s, "narrative-duplicate").map((i) => [i.cell, i.related])).toEqual([
      ["F12", ["F11"]],
    ]);
  });

  test("two missing narratives are two missing narratives, not a duplicate", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", null],
      [null, null, "2 項目", "企画課", "B", null],
    ]);
    expect(issuesOf(s, "narrative-missing").map((i) => i.cell)).toEqual(["F9", "F10"]);
    expect(issuesOf(s, "narrative-duplicate")).toEqual([]);
  });

  test("one narrative cell merged across two items is shared on purpose, not copied", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目", "総務課", "B", TEXT],
        [null, null, "2 項目", "企画課", "B", null],
      ],
      { merges: ["F9:F10"] }
    );
    expect(issuesOf(s, "narrative-duplicate")).toEqual([]);
    expect(issuesOf(s, "narrative-missing")).toEqual([]);
  });
});
