import { compareYears } from "../../../../src/core/compare/compare";
import { issueMessage } from "../../../../src/core/i18n/messages";
import { findings, planOf, row } from "./plans";

/* scale-changed: the legend's codes of last year against this year's, at this year's rating header. */

const AD: [string, string][] = [
  ["区分", "達成度"],
  ["A", "計画以上"],
  ["B", "計画どおり"],
  ["C", "計画以下"],
  ["D", "未着手"],
];
const rows = [row("1 講座", "総務課", "A"), row("2 相談", "企画課", "B")];
const compareLegends = (last: [string, string][], current: [string, string][]) =>
  compareYears(planOf(rows, "R4", last), planOf(rows, "R5", current));

test("as many codes, other letters: a warning at this year's rating header, ratings ranked by their place", () => {
  const c = compareLegends(
    [
      ["区分", "達成度"],
      ["S", "計画以上"],
      ["A", "計画どおり"],
      ["B", "やや遅れ"],
      ["C", "遅れ"],
    ],
    AD
  );
  const changed = findings(c, "scale-changed");
  expect(changed).toEqual([
    {
      code: "scale-changed",
      severity: "warning",
      sheet: "R5",
      cell: "E8",
      cellIn: "this",
      args: { from: "S, A, B, C", to: "A, B, C, D", ranked: 1 },
    },
  ]);
  expect(issueMessage(changed[0], "ja")).toBe(
    "達成度の区分が前年度（S, A, B, C）と今年度（A, B, C, D）で違います。凡例の順位どうしで比べました。"
  );
  expect(issueMessage(changed[0], "en")).toBe(
    "The rating codes changed (last year S, A, B, C, this year A, B, C, D): ratings were compared by their place in each legend."
  );
});

test("fewer codes last year: not ranked, and the message says no rating is called up or down", () => {
  const c = compareLegends(AD.slice(0, 4), AD);
  // Last year's legend has one row less: this year's header is still row 8.
  const changed = findings(c, "scale-changed");
  expect(changed.map((i) => [i.cell, i.args])).toEqual([
    ["E8", { from: "A, B, C", to: "A, B, C, D", ranked: 0 }],
  ]);
  expect(issueMessage(changed[0], "ja")).toBe(
    "達成度の区分が前年度（A, B, C）と今年度（A, B, C, D）で違います。区分の数が違うため、上がった・下がったは判定していません。"
  );
  expect(issueMessage(changed[0], "en")).toBe(
    "The rating codes changed (last year A, B, C, this year A, B, C, D): they differ in number, so no rating is called up or down."
  );
});

test("this year's header on another row: the finding follows it", () => {
  const c = compareLegends(AD, AD.slice(0, 4));
  expect(findings(c, "scale-changed").map((i) => [i.cell, i.args.from, i.args.to])).toEqual([
    ["E7", "A, B, C, D", "A, B, C"],
  ]);
});

test("the same codes, or a not-evaluable code added, is no change of scale", () => {
  expect(compareLegends(AD, AD).issues).toEqual([]);
  expect(compareLegends(AD, [...AD, ["-", "評価対象外"]]).issues).toEqual([]);
  // The same codes in another order are another scale.
  const reordered: [string, string][] = [AD[0], AD[2], AD[1], AD[3], AD[4]];
  expect(findings(compareLegends(AD, reordered), "scale-changed").map((i) => i.args)).toEqual([
    { from: "A, B, C, D", to: "B, A, C, D", ranked: 1 },
  ]);
});
