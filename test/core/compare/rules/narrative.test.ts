import { issueMessage } from "../../../../src/core/i18n/messages";
import { compareYears } from "../../../../src/core/compare/compare";
import { compare, findings, planOf, row } from "./plans";

/* narrative-stale, narrative-similar: this year's 取組計画と達成状況 against last year's, item by item. */

/** 31 characters. */
const REPORT = "男女共同参画講座を年三回開催し、延べ百二十人の市民が参加した。";

test("last year's narrative word for word is narrative-stale: a warning at this year's cell, last year's cell in the message", () => {
  const c = compare(
    [
      row("1 講座", "総務課", "A", REPORT),
      row("2 相談", "企画課", "A", "相談窓口を週三回開設し、相談を受けた。"),
    ],
    [
      row("1 講座", "総務課", "A", REPORT),
      row("2 相談", "企画課", "A", "相談窓口を毎日開設し、二百件の相談を受けた。"),
    ]
  );
  const stale = findings(c, "narrative-stale");
  expect(stale).toEqual([
    {
      code: "narrative-stale",
      severity: "warning",
      sheet: "R5",
      cell: "F9",
      cellIn: "this",
      related: ["[plan-r4.xlsx]R4!F9"],
      goal: "I",
      measure: 1,
      item: 1,
      args: { item: "1「講座」", lastCell: "[plan-r4.xlsx]R4!F9" },
    },
  ]);
  expect(issueMessage(stale[0], "ja")).toBe(
    "取組項目 1「講座」の取組計画と達成状況が前年度（[plan-r4.xlsx]R4!F9）と一字一句同じです。今年度の内容に書き改めてください。"
  );
  expect(issueMessage(stale[0], "en")).toBe(
    "Item 1「講座」's narrative is word for word last year's ([plan-r4.xlsx]R4!F9): write this year's."
  );
  expect(c.issues).toHaveLength(1);
});

test("one character changed is narrative-similar, a note: 30 of 31 alike shows as 96%, never rounded up", () => {
  const c = compare(
    [row("1 講座", "総務課", "A", REPORT)],
    [row("1 講座", "総務課", "A", REPORT.replace("三", "四"))]
  );
  const similar = findings(c, "narrative-similar");
  expect(similar).toEqual([
    {
      code: "narrative-similar",
      severity: "info",
      sheet: "R5",
      cell: "F9",
      cellIn: "this",
      related: ["[plan-r4.xlsx]R4!F9"],
      goal: "I",
      measure: 1,
      item: 1,
      args: { item: "1「講座」", lastCell: "[plan-r4.xlsx]R4!F9", percent: 96 },
    },
  ]);
  expect(issueMessage(similar[0], "ja")).toBe(
    "取組項目 1「講座」の取組計画と達成状況が前年度（[plan-r4.xlsx]R4!F9）とほぼ同じです（96% 一致）。"
  );
  expect(issueMessage(similar[0], "en")).toBe(
    "Item 1「講座」's narrative is nearly last year's ([plan-r4.xlsx]R4!F9; 96% alike)."
  );
  expect(findings(c, "narrative-stale")).toEqual([]);
});

test("three characters of 31 changed is still similar (90%); four is a new text", () => {
  const three = REPORT.replace("三", "四").replace("二", "五").replace("市民", "区民");
  const c = compare(
    [row("1 講座", "総務課", "A", REPORT), row("2 研修", "企画課", "A", REPORT)],
    [
      row("1 講座", "総務課", "A", three),
      row("2 研修", "企画課", "A", three.replace("講座", "講演")),
    ]
  );
  expect(findings(c, "narrative-similar").map((i) => [i.cell, i.args.percent])).toEqual([
    ["F9", 90],
  ]);
  expect(c.issues.map((i) => i.code)).toEqual(["narrative-similar"]);
});

test("both years in one workbook: last year's cell names its sheet", () => {
  const c = compare(
    [row("1 講座", "総務課", "A", REPORT)],
    [row("1 講座", "総務課", "A", REPORT)],
    {
      sameWorkbook: true,
    }
  );
  expect(findings(c, "narrative-stale").map((i) => [i.cell, i.related, i.args.lastCell])).toEqual([
    ["F9", ["R4!F9"], "R4!F9"],
  ]);
});

test("a narrative only retyped in full-width letters or with spaces is still word for word last year's", () => {
  const c = compare(
    [row("1 講座", "総務課", "A", "ＰＤＣＡサイクルで事業を見直した。")],
    [row("1 講座", "総務課", "A", "PDCA サイクルで 事業を見直した。")]
  );
  expect(findings(c, "narrative-stale").map((i) => [i.cell, i.related])).toEqual([
    ["F9", ["[plan-r4.xlsx]R4!F9"]],
  ]);
  expect(findings(c, "narrative-similar")).toEqual([]);
});

test("a report of ten characters repeated is stale; nine are too short to tell a copy", () => {
  const c = compare(
    [
      row("1 講座", "総務課", "A", "講座を三回開催した。"),
      row("2 相談", "企画課", "A", "相談を受け付けた。"),
    ],
    [
      row("1 講座", "総務課", "A", "講座を三回開催した。"),
      row("2 相談", "企画課", "A", "相談を受け付けた。"),
    ]
  );
  expect(findings(c, "narrative-stale").map((i) => [i.cell, i.item])).toEqual([["F9", 1]]);
});

test("a placeholder kept both years is not a copied report (narrative-placeholder tells it)", () => {
  const c = compare(
    [row("1 講座", "総務課", "A", "・・・・・・・・・・・・")],
    [row("1 講座", "総務課", "A", "・・・・・・・・・・・・")]
  );
  expect(c.issues).toEqual([]);
});

test("exactly 90% alike (3 of 30 characters changed) is still similar", () => {
  const thirty = REPORT.slice(0, 30);
  const c = compare(
    [row("1 講座", "総務課", "A", thirty)],
    [
      row(
        "1 講座",
        "総務課",
        "A",
        thirty.replace("三", "四").replace("二", "五").replace("市", "区")
      ),
    ]
  );
  expect(findings(c, "narrative-similar").map((i) => [i.cell, i.args.percent])).toEqual([
    ["F9", 90],
  ]);
});

test("two workbooks whose sheets have one name: last year's narrative copied is still stale", () => {
  const rows = [row("1 講座", "総務課", "A", REPORT)];
  const c = compareYears(planOf(rows, "一覧"), planOf(rows, "一覧"), { lastBook: "R4.xlsx" });
  expect(findings(c, "narrative-stale").map((i) => [i.cell, i.related])).toEqual([
    ["F9", ["[R4.xlsx]一覧!F9"]],
  ]);
});
