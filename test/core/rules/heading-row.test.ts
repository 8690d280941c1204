import { issueMessage } from "../../../src/core/i18n/messages";
import { issuesOf } from "../../helpers/issues";
import { sheet } from "../../helpers/sheet";

const ITEM_HEADER = ["No.", "取組項目", "担当課", "達成度", "取組状況"];

/** Goals and measures as rows of their own merged across the table, the header under each measure (rows 8-18). */
const headed = () =>
  sheet(
    [
      ["基本目標1 ひとつめの目標"],
      ["施策1 ひとつめの施策"],
      ITEM_HEADER,
      [1, "1 項目一", "総務課", "B", "報告一の本文です。"],
      ["施策2 ふたつめの施策"],
      ITEM_HEADER,
      [1, "2 項目二", "企画課", "A", "報告二の本文です。"],
      ["基本目標2 ふたつめの目標"],
      ["施策3 みっつめの施策"],
      ITEM_HEADER,
      [1, "3 項目三", "財政課", "C", "報告三の本文です。"],
    ],
    { header: null, merges: ["A8:E8", "A9:E9", "A12:E12", "A15:E15", "A16:E16"] }
  );

describe("heading-row", () => {
  test("one note per level at its first heading row, counting the rows read as headings", () => {
    const hits = issuesOf(headed(), "heading-row");
    expect(hits.map((i) => [i.severity, i.cell])).toEqual([
      ["info", "A8"],
      ["info", "A9"],
    ]);
    expect(issueMessage(hits[0], "en")).toBe(
      "2 rows such as A8 are read as goal headings; the items below them belong to that goal."
    );
    expect(issueMessage(hits[1], "ja")).toBe(
      "A9 などの 3 行を施策の見出し行として読み、その下の取組項目をその施策に含めました。"
    );
  });

  test("goal and measure in columns of their own: no note", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告一の本文です。"],
      [null, "2 施策", "2 項目", "企画課", "A", "報告二の本文です。"],
    ]);
    expect(issuesOf(s, "heading-row")).toEqual([]);
  });
});
