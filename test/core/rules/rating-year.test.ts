import { issueMessage } from "../../../src/core/i18n/messages";
import { validateSheet } from "../../../src/core/validate";
import { issuesOf } from "../../helpers/issues";
import { sheet } from "../../helpers/sheet";

/** Three years' ratings side by side (E-G), R3 rated A, R4 C, R5 B everywhere; the header on row 8. */
const HEADER = [
  "基本目標",
  "施策",
  "取組項目",
  "担当課",
  "評価（R3）",
  "評価（R4）",
  "評価（R5）",
  "取組状況",
];
const rows = () => [
  ["I 目標", "1 施策", "1 項目", "総務課", "A", "C", "B", "報告一の本文です。"],
  [null, null, "2 項目", "企画課", "A", "C", "B", "報告二の本文です。"],
];

describe("rating-year", () => {
  test("several years and none named: the latest is checked, a note at its header cell says which and why", () => {
    const s = sheet(rows(), { header: HEADER });
    const hits = issuesOf(s, "rating-year");
    expect(hits.map((i) => [i.severity, i.cell])).toEqual([["info", "G8"]]);
    expect(issueMessage(hits[0], "en")).toBe(
      'Ratings stand for several years (評価（R3）, 評価（R4）, 評価（R5）): checked the column of the latest year, "評価（R5）" (choose another with --year).'
    );
    expect(validateSheet(s).summary!.total.ratings).toMatchObject({ A: 0, B: 2, C: 0 });
  });

  test("the year asked for: the note stands at that year's column and says it was asked for", () => {
    const s = sheet(rows(), { header: HEADER });
    const r = validateSheet(s, { year: 2022 });
    const hits = r.issues.filter((i) => i.code === "rating-year");
    expect(hits.map((i) => i.cell)).toEqual(["F8"]);
    expect(issueMessage(hits[0], "ja")).toBe(
      "達成度の列が複数の年度（評価（R3）, 評価（R4）, 評価（R5））にあるため、指定された年度「評価（R4）」の列を点検しました（--year で変えられます）。"
    );
    expect(r.summary!.total.ratings).toMatchObject({ A: 0, B: 0, C: 2 });
  });

  test("the year named in the title", () => {
    const s = sheet(rows(), { header: HEADER });
    s.values[0] = ["令和3年度 達成状況一覧"];
    const hits = issuesOf(s, "rating-year");
    expect(hits.map((i) => i.cell)).toEqual(["E8"]);
    expect(issueMessage(hits[0], "en")).toContain('the year in the title, "評価（R3）"');
  });

  test("one rating column: no note", () => {
    const s = sheet([["I 目標", "1 施策", "1 項目", "総務課", "B", "報告一の本文です。"]]);
    expect(issuesOf(s, "rating-year")).toEqual([]);
  });

  test("years under one merged 評価 on a two-row header, repeated on a later page: the note stands at the year's own cell on the first page", () => {
    const top = ["基本目標", "施策", "取組項目", "担当課", "評価", null, null, "取組状況"];
    const sub = [null, null, null, null, "令和3年度", "令和4年度", "令和5年度", null];
    // Header rows 8-9, data 10-11, the header again on 12-13, data 14.
    const s = sheet(
      [
        sub,
        ["I 目標", "1 施策", "1 項目", "総務課", "A", "C", "B", "報告一の本文です。"],
        [null, null, "2 項目", "企画課", "A", "C", "B", "報告二の本文です。"],
        top,
        sub,
        ["I 目標", "1 施策", "3 項目", "財政課", "A", "C", "B", "報告三の本文です。"],
      ],
      {
        header: top as string[],
        merges: ["E8:G8", "A8:A9", "B8:B9", "C8:C9", "D8:D9", "H8:H9", "E12:G12", "A12:A13"],
      }
    );
    const r = validateSheet(s);
    expect(r.counts.entries).toBe(3);
    expect(r.issues.filter((i) => i.code === "rating-year").map((i) => i.cell)).toEqual(["G9"]);
  });
});
