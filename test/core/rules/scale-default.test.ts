import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { issueMessage } from "../../../src/core/i18n/messages";

describe("scale-default", () => {
  test("without a legend the sheet is checked against A-D and a note says so", () => {
    const s = sheet(
      [["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"]],
      { legend: null }
    );
    const hits = issuesOf(s, "scale-default");
    expect(hits).toHaveLength(1);
    expect(hits[0].severity).toBe("info");
    // Title, blank, then the header on row 3: the note stands at its rating cell.
    expect(hits[0].cell).toBe("E3");
    expect(issueMessage(hits[0], "ja")).toBe(
      "達成度の凡例（区分と説明）が見つからないため、A・B・C・D の4段階として確認しました。"
    );
    expect(issueMessage(hits[0], "en")).toBe(
      "No rating legend (codes and descriptions) found: checked against A, B, C, D."
    );
  });

  test("without a rating column either, the note stands at the header's first cell", () => {
    const s = sheet(
      [[null, "I 目標", "1 施策", "1 項目", "総務課", "報告の本文がここに入ります。"]],
      {
        legend: null,
        header: [null, "基本目標", "施策", "取組項目", "担当課", "取組状況"] as never,
      }
    );
    expect(issuesOf(s, "scale-default").map((i) => i.cell)).toEqual(["B3"]);
  });

  test("with a legend there is no note", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "scale-default")).toHaveLength(0);
  });
});
