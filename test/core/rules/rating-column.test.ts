import { issueMessage } from "../../../src/core/i18n/messages";
import { validateSheet } from "../../../src/core/validate";
import { issuesOf } from "../../helpers/issues";
import { sheet } from "../../helpers/sheet";

const header = (e: string, f: string) => [
  "基本目標",
  "施策",
  "取組項目",
  "担当課",
  e,
  f,
  "取組状況",
];

describe("rating-column", () => {
  test("担当課評価 beside 審議会評価: the department's own is checked, a note at its header cell names both", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目", "総務課", "B", "A", "報告一の本文です。"],
        [null, null, "2 項目", "企画課", "C", "A", "報告二の本文です。"],
      ],
      { header: header("担当課評価", "審議会評価") }
    );
    const hits = issuesOf(s, "rating-column");
    expect(hits.map((i) => [i.severity, i.cell])).toEqual([["info", "E8"]]);
    expect(issueMessage(hits[0], "en")).toBe(
      'Several columns are named as ratings (E「担当課評価」, F「審議会評価」): checked column E, "担当課評価", the department\'s own evaluation.'
    );
    expect(issueMessage(hits[0], "ja")).toBe(
      "達成度の列が複数あります（E「担当課評価」, F「審議会評価」）。担当課自身の評価である E 列「担当課評価」を点検しました。"
    );
    expect(validateSheet(s).summary!.total.ratings).toMatchObject({ A: 0, B: 1, C: 1 });
  });

  test("審議会評価 first: the note still stands at the department's own column", () => {
    const s = sheet([["I 目標", "1 施策", "1 項目", "総務課", "A", "B", "報告一の本文です。"]], {
      header: header("審議会評価", "担当課評価"),
    });
    expect(issuesOf(s, "rating-column").map((i) => i.cell)).toEqual(["F8"]);
  });

  test("a column of directions (拡充 / 継続) beside one of codes: the codes are checked, the note says why", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目", "総務課", "拡充", "B", "報告一の本文です。"],
        [null, null, "2 項目", "企画課", "継続", "A", "報告二の本文です。"],
      ],
      { header: header("達成度", "評価") }
    );
    const hits = issuesOf(s, "rating-column");
    expect(hits.map((i) => i.cell)).toEqual(["F8"]);
    expect(issueMessage(hits[0], "ja")).toBe(
      "達成度の列が複数あります（E「達成度」, F「評価」）。値が凡例の区分に合う F 列「評価」を点検しました（ほかの列は今後の方向性など、達成度ではないと見ました）。"
    );
    expect(issueMessage(hits[0], "en")).toContain(
      'checked column F, "評価", whose values are the legend\'s codes'
    );
    expect(issuesOf(s, "rating-invalid")).toEqual([]);
  });

  test("one rating column: no note", () => {
    const s = sheet([["I 目標", "1 施策", "1 項目", "総務課", "B", "報告一の本文です。"]]);
    expect(issuesOf(s, "rating-column")).toEqual([]);
  });

  test("審議会 and 担当課 under one merged 評価, the header repeated on a later page: the note stands at the 担当課 sub-column on the first page", () => {
    const top = ["基本目標", "施策", "取組項目", "担当課", "評価", null, "取組状況"];
    const sub = [null, null, null, null, "審議会", "担当課", null];
    // Header rows 8-9, data 10-11, the header again on 12-13, data 14.
    const s = sheet(
      [
        sub,
        ["I 目標", "1 施策", "1 項目", "総務課", "A", "B", "報告一の本文です。"],
        [null, null, "2 項目", "企画課", "A", "C", "報告二の本文です。"],
        top,
        sub,
        ["I 目標", "1 施策", "3 項目", "財政課", "A", "B", "報告三の本文です。"],
      ],
      {
        header: top as string[],
        merges: ["E8:F8", "A8:A9", "B8:B9", "C8:C9", "D8:D9", "G8:G9", "E12:F12", "A12:A13"],
      }
    );
    const r = validateSheet(s);
    expect(r.counts.entries).toBe(3);
    expect(r.summary!.total.ratings).toMatchObject({ A: 0, B: 2, C: 1 });
    expect(r.issues.filter((i) => i.code === "rating-column").map((i) => i.cell)).toEqual(["F9"]);
  });
});
