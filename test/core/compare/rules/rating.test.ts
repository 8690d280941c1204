import { issueMessage } from "../../../../src/core/i18n/messages";
import { compare, findings, row } from "./plans";

/* rating-up, rating-down, rating-new: an entry's rating against last year's, at this year's rating cell. */

test("a rating better than last year's is rating-up: this year's cell, last year's related, both codes in the message", () => {
  const c = compare(
    [row("1 講座", "総務課", "C"), row("2 相談", "企画課", "B")],
    [row("1 講座", "総務課", "B"), row("2 相談", "企画課", "B")]
  );
  const up = findings(c, "rating-up");
  expect(up).toEqual([
    {
      code: "rating-up",
      severity: "info",
      sheet: "R5",
      cell: "E9",
      cellIn: "this",
      related: ["[plan-r4.xlsx]R4!E9"],
      goal: "I",
      measure: 1,
      item: 1,
      department: "総務課",
      args: { item: "1「講座」", department: "総務課", from: "C", to: "B" },
    },
  ]);
  expect(issueMessage(up[0], "ja")).toBe(
    "取組項目 1「講座」（総務課）の達成度が C から B に上がりました。"
  );
  expect(issueMessage(up[0], "en")).toBe("Item 1「講座」 (総務課): rating up from C to B.");
  expect(findings(c, "rating-down")).toEqual([]);
});

test("a rating worse than last year's is rating-down, a warning; an unchanged one gives nothing", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), row("2 相談", "企画課", "B"), row("3 広報", "財政課", "B")],
    [row("1 講座", "総務課", "A"), row("2 相談", "企画課", "D"), row("3 広報", "財政課", "B")]
  );
  const down = findings(c, "rating-down");
  expect(down).toMatchObject([
    {
      severity: "warning",
      sheet: "R5",
      cell: "E10",
      related: ["[plan-r4.xlsx]R4!E10"],
      item: 2,
      department: "企画課",
      args: { item: "2「相談」", department: "企画課", from: "B", to: "D" },
    },
  ]);
  expect(issueMessage(down[0], "ja")).toBe(
    "取組項目 2「相談」（企画課）の達成度が B から D に下がりました。"
  );
  expect(issueMessage(down[0], "en")).toBe("Item 2「相談」 (企画課): rating down from B to D.");
  expect(c.issues).toHaveLength(1);
});

test("rated this year where last year's cell was blank is rating-new: 未評価 last year", () => {
  const c = compare(
    [row("1 講座", "総務課", ""), row("2 相談", "企画課", "A")],
    [row("1 講座", "総務課", "C"), row("2 相談", "企画課", "A")]
  );
  const rated = findings(c, "rating-new");
  expect(rated).toMatchObject([
    {
      severity: "info",
      sheet: "R5",
      cell: "E9",
      related: ["[plan-r4.xlsx]R4!E9"],
      item: 1,
      department: "総務課",
      args: { from: "", to: "C" },
    },
  ]);
  expect(issueMessage(rated[0], "ja")).toBe(
    "取組項目 1「講座」（総務課）は今年度はじめて評価されました（C）。前年度は未評価でした。"
  );
  expect(issueMessage(rated[0], "en")).toBe(
    "Item 1「講座」 (総務課) is rated this year (C); last year it was not rated."
  );
  expect(findings(c, "rating-up")).toEqual([]);
  expect(findings(c, "rating-down")).toEqual([]);
});

test("rated this year where last year wrote something not of the scale: the message quotes last year's text", () => {
  const c = compare([row("1 講座", "総務課", "済")], [row("1 講座", "総務課", "B")]);
  const rated = findings(c, "rating-new");
  expect(rated.map((i) => i.args)).toEqual([
    { item: "1「講座」", department: "総務課", from: "済", to: "B" },
  ]);
  expect(issueMessage(rated[0], "ja")).toBe(
    "取組項目 1「講座」（総務課）は今年度はじめて評価されました（B）。前年度は「済」でした。"
  );
  expect(issueMessage(rated[0], "en")).toBe(
    'Item 1「講座」 (総務課) is rated this year (B); last year\'s rating "済" was not a code of the scale.'
  );
});

test("both years in one workbook: last year's cell names its sheet", () => {
  const c = compare([row("1 講座", "総務課", "D")], [row("1 講座", "総務課", "A")], {
    sameWorkbook: true,
  });
  expect(findings(c, "rating-up").map((i) => i.related)).toEqual([["R4!E9"]]);
});

test("several entries change: one finding each, the warning first, then by cell", () => {
  const c = compare(
    [row("1 講座", "総務課", "B"), row(null, "企画課", "A"), row("2 相談", "財政課", "")],
    [row("1 講座", "総務課", "A"), row(null, "企画課", "C"), row("2 相談", "財政課", "B")]
  );
  expect(c.issues.map((i) => [i.code, i.cell, i.department])).toEqual([
    ["rating-down", "E10", "企画課"],
    ["rating-up", "E9", "総務課"],
    ["rating-new", "E11", "財政課"],
  ]);
});
