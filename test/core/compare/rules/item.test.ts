import { issueMessage } from "../../../../src/core/i18n/messages";
import { compare, findings, row } from "./plans";

/* item-added, item-dropped, item-renumbered, item-pairing-unsure: the items of both lists, paired. */

test("an item only this year is item-added, at its label cell, with no cell of last year", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), row("2 相談", "企画課", "A")],
    [row("1 講座", "総務課", "A"), row("2 相談", "企画課", "A"), row("3 広報", "財政課", "B")]
  );
  const added = findings(c, "item-added");
  expect(added).toEqual([
    {
      code: "item-added",
      severity: "info",
      sheet: "R5",
      cell: "C11",
      cellIn: "this",
      goal: "I",
      measure: 1,
      item: 3,
      args: { item: "3「広報」" },
    },
  ]);
  expect(issueMessage(added[0], "ja")).toBe(
    "取組項目 3「広報」は今年度の新しい項目です（前年度の一覧にありません）。"
  );
  expect(issueMessage(added[0], "en")).toBe(
    "Item 3「広報」 is new this year (not in last year's list)."
  );
  expect(c.issues).toHaveLength(1);
});

test("an item only last year is item-dropped, a warning at last year's label cell; the item after it renumbered", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), row("2 相談", "企画課", "A"), row("3 広報", "財政課", "A")],
    [row("1 講座", "総務課", "A"), row("2 広報", "財政課", "A")]
  );
  const dropped = findings(c, "item-dropped");
  expect(dropped).toEqual([
    {
      code: "item-dropped",
      severity: "warning",
      sheet: "R4",
      cell: "C10",
      cellIn: "last",
      goal: "I",
      measure: 1,
      item: 2,
      args: { item: "2「相談」" },
    },
  ]);
  expect(issueMessage(dropped[0], "ja")).toBe(
    "前年度の取組項目 2「相談」が今年度の一覧にありません（終了した項目か、写し漏れか確かめてください）。"
  );
  expect(issueMessage(dropped[0], "en")).toBe(
    "Last year's item 2「相談」 is not in this year's list (ended, or left out by mistake?)."
  );
  const renumbered = findings(c, "item-renumbered");
  expect(renumbered).toMatchObject([
    {
      severity: "info",
      sheet: "R5",
      cell: "C10",
      cellIn: "this",
      related: ["[plan-r4.xlsx]R4!C11"],
      item: 2,
      args: { item: "2「広報」", from: "3", to: "2" },
    },
  ]);
  expect(issueMessage(renumbered[0], "ja")).toBe(
    "取組項目 2「広報」は前年度の 3 から番号が変わりました（今年度 2）。"
  );
  expect(issueMessage(renumbered[0], "en")).toBe(
    "Item 2「広報」 was numbered 3 last year (now 2)."
  );
  // The warning first, then the note; item 1 kept its number and gives nothing.
  expect(c.issues.map((i) => i.code)).toEqual(["item-dropped", "item-renumbered"]);
});

test("an item that kept its number but moved to another measure is renumbered by its whole path, as the reader numbers it", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), [null, "2 啓発", "1 広報", "財政課", "A", "した。"]],
    [row("1 講座", "総務課", "A"), [null, "3 啓発", "1 広報", "財政課", "A", "した。"]]
  );
  expect(findings(c, "item-renumbered").map((i) => [i.cell, i.args.from, i.args.to])).toEqual([
    ["C10", "I-2-1", "I-3-1"],
  ]);
});

test("an item whose goal changed number is renumbered by its whole path, as the reader numbers it", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), ["Ⅱ 環境", "1 啓発", "1 広報", "財政課", "A", "した。"]],
    [row("1 講座", "総務課", "A"), ["Ⅲ 環境", "1 啓発", "1 広報", "財政課", "A", "した。"]]
  );
  expect(findings(c, "item-renumbered").map((i) => [i.cell, i.args.from, i.args.to])).toEqual([
    ["C10", "II-1-1", "III-1-1"],
  ]);
});

test("a title rewritten beyond a small edit is paired but noted as unsure, with last year's title and how alike", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), row("2 相談窓口の周知", "企画課", "A")],
    [row("1 講座", "総務課", "A"), row("2 相談窓口の周知・広報", "企画課", "A")]
  );
  const unsure = findings(c, "item-pairing-unsure");
  expect(unsure).toEqual([
    {
      code: "item-pairing-unsure",
      severity: "info",
      sheet: "R5",
      cell: "C10",
      cellIn: "this",
      related: ["[plan-r4.xlsx]R4!C10"],
      goal: "I",
      measure: 1,
      item: 2,
      // 7 of 10 characters alike.
      args: { item: "2「相談窓口の周知・広報」", lastTitle: "相談窓口の周知", percent: 70 },
    },
  ]);
  expect(issueMessage(unsure[0], "ja")).toBe(
    "取組項目 2「相談窓口の周知・広報」を前年度の「相談窓口の周知」と同じ項目とみなしました（名称の一致 70%）。違う場合は確かめてください。"
  );
  expect(issueMessage(unsure[0], "en")).toBe(
    'Item 2「相談窓口の周知・広報」 was taken for last year\'s "相談窓口の周知" (titles 70% alike); check that they are the same item.'
  );
  expect(c.issues).toHaveLength(1);
});

test("a percent of likeness is rounded to the nearest: 2 of 3 characters alike is 67%", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), row("2 相談会", "企画課", "A")],
    [row("1 講座", "総務課", "A"), row("2 相談室", "企画課", "A")]
  );
  expect(findings(c, "item-pairing-unsure").map((i) => i.args.percent)).toEqual([67]);
});

test("a small edit pairs quietly; an identical list gives no item finding", () => {
  const rows = [row("1 男女共同参画講座の開催", "総務課", "A"), row("2 相談", "企画課", "A")];
  expect(
    compare(rows, [row("1 男女共同参画講座を開催", "総務課", "A"), row("2 相談", "企画課", "A")])
      .issues
  ).toEqual([]);
  expect(compare(rows, rows).issues).toEqual([]);
});
