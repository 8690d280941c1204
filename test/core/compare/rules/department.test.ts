import { issueMessage } from "../../../../src/core/i18n/messages";
import { compare, findings, row } from "./plans";

/* department-moved, department-renamed: the departments of each item, last year against this year. */

/** Item 2 names these four departments both years, so that none is taken for another's new name. */
const both = ["企画課", "財政課", "総務課", "税務課"].map((d, i) =>
  row(i === 0 ? "2 相談" : null, d, "A")
);

test("a department added to an item: department-moved at the new department's cell, with what was added", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), ...both],
    [row("1 講座", "総務課", "A"), row(null, "財政課", "B"), ...both]
  );
  const moved = findings(c, "department-moved");
  expect(moved).toEqual([
    {
      code: "department-moved",
      severity: "info",
      sheet: "R5",
      cell: "D10",
      cellIn: "this",
      related: [],
      goal: "I",
      measure: 1,
      item: 1,
      args: { item: "1「講座」", added: "財政課", dropped: "" },
    },
  ]);
  expect(issueMessage(moved[0], "ja")).toBe(
    "取組項目 1「講座」の担当課が前年度から変わりました（加わった課: 財政課）。"
  );
  expect(issueMessage(moved[0], "en")).toBe(
    "Item 1「講座」's departments changed since last year (added: 財政課)."
  );
  expect(c.issues).toHaveLength(1);
});

test("a department no longer named: department-moved at the item's label, last year's department cell related", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), row(null, "企画課", "B"), ...both],
    [row("1 講座", "総務課", "A"), ...both]
  );
  const moved = findings(c, "department-moved");
  expect(moved).toEqual([
    {
      code: "department-moved",
      severity: "info",
      sheet: "R5",
      cell: "C9",
      cellIn: "this",
      related: ["[plan-r4.xlsx]R4!D10"],
      goal: "I",
      measure: 1,
      item: 1,
      args: { item: "1「講座」", added: "", dropped: "企画課" },
    },
  ]);
  expect(issueMessage(moved[0], "ja")).toBe(
    "取組項目 1「講座」の担当課が前年度から変わりました（外れた課: 企画課）。"
  );
  expect(issueMessage(moved[0], "en")).toBe(
    "Item 1「講座」's departments changed since last year (no longer: 企画課)."
  );
});

test("departments added and dropped in one item: one finding naming all of them, joined with 、", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), row(null, "企画課", "A"), ...both],
    [row("1 講座", "財政課", "A"), row(null, "企画課", "A"), row(null, "税務課", "A"), ...both]
  );
  const moved = findings(c, "department-moved");
  expect(moved.map((i) => [i.cell, i.related, i.args])).toEqual([
    [
      "D9",
      ["[plan-r4.xlsx]R4!D9"],
      { item: "1「講座」", added: "財政課、税務課", dropped: "総務課" },
    ],
  ]);
  expect(issueMessage(moved[0], "ja")).toBe(
    "取組項目 1「講座」の担当課が前年度から変わりました（加わった課: 財政課、税務課、外れた課: 総務課）。"
  );
  expect(issueMessage(moved[0], "en")).toBe(
    "Item 1「講座」's departments changed since last year (added: 財政課、税務課; no longer: 総務課)."
  );
});

test("two departments no longer named are joined with 、", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), row(null, "企画課", "B"), row(null, "財政課", "B"), ...both],
    [row("1 講座", "総務課", "A"), ...both]
  );
  expect(findings(c, "department-moved").map((i) => [i.cell, i.related, i.args.dropped])).toEqual([
    ["C9", ["[plan-r4.xlsx]R4!D10", "[plan-r4.xlsx]R4!D11"], "企画課、財政課"],
  ]);
});

test("the departments of an item added or dropped whole are not department-moved", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), row("3 広報", "税務課", "A"), ...both],
    [row("1 講座", "総務課", "A"), ...both, row("4 研修", "人事課", "A")]
  );
  expect(findings(c, "department-moved")).toEqual([]);
  expect(c.issues.map((i) => i.code).sort()).toEqual(["item-added", "item-dropped"]);
});

test("a department renamed in every item: department-renamed once, at its first entry, counting its items", () => {
  const c = compare(
    [
      row("1 講座", "人権推進課", "A"),
      row("2 相談", "人権推進課", "B"),
      row("3 広報", "企画課", "A"),
    ],
    [
      row("1 講座", "企画課", "A"),
      row(null, "総務人権推進課", "A"),
      row("2 相談", "総務人権推進課", "B"),
      row("3 広報", "企画課", "A"),
    ]
  );
  const renamed = findings(c, "department-renamed");
  expect(renamed).toEqual([
    {
      code: "department-renamed",
      severity: "info",
      sheet: "R5",
      cell: "D10",
      cellIn: "this",
      department: "総務人権推進課",
      args: { from: "人権推進課", to: "総務人権推進課", items: 2 },
    },
  ]);
  expect(issueMessage(renamed[0], "ja")).toBe(
    "担当課「人権推進課」は今年度「総務人権推進課」になったものとして比べました（2 項目）。"
  );
  expect(issueMessage(renamed[0], "en")).toBe(
    'Department "人権推進課" was taken to be "総務人権推進課" this year (2 items).'
  );
  // Its entries are compared across the new name: item 1 gained 企画課, nothing else moved.
  expect(
    findings(c, "department-moved").map((i) => [i.item, i.args.added, i.args.dropped])
  ).toEqual([[1, "企画課", ""]]);
});

test("a department renamed on two entries of one item counts one item", () => {
  const c = compare(
    [
      row("1 講座", "人権推進課", "A"),
      row("2 相談", "人権推進課", "B"),
      row(null, "人権推進課", "B"),
    ],
    [
      row("1 講座", "総務人権推進課", "A"),
      row("2 相談", "総務人権推進課", "B"),
      row(null, "総務人権推進課", "B"),
    ]
  );
  expect(findings(c, "department-renamed").map((i) => [i.cell, i.args.items])).toEqual([["D9", 2]]);
});

test("a renamed department counts only the items it was renamed in: not an item it left, nor one the new name joined", () => {
  const c = compare(
    [
      row("1 講座", "人権推進課", "A"),
      row("2 相談", "人権推進課", "B"),
      row("3 広報", "企画課", "A"),
      row("4 調査", "人権推進課", "A"),
    ],
    [
      row("1 講座", "総務人権推進課", "A"),
      row("2 相談", "総務人権推進課", "B"),
      row("3 広報", "企画課", "A"),
      row(null, "総務人権推進課", "A"),
    ]
  );
  expect(findings(c, "department-renamed").map((i) => [i.cell, i.args])).toEqual([
    ["D9", { from: "人権推進課", to: "総務人権推進課", items: 2 }],
  ]);
  expect(findings(c, "item-dropped").map((i) => i.cell)).toEqual(["C12"]);
  expect(findings(c, "department-moved").map((i) => [i.cell, i.args.added])).toEqual([
    ["D12", "総務人権推進課"],
  ]);
});

test("a department written with a space or full-width letters one year is the same department, not renamed", () => {
  const c = compare(
    [row("1 講座", "総務 課", "A"), row("2 相談", "ＩＴ推進課", "A")],
    [row("1 講座", "総務課", "A"), row("2 相談", "IT推進課", "A")]
  );
  expect(c.renamedDepartments).toEqual([]);
  expect(c.issues).toEqual([]);
  expect(c.entries.map((e) => e.status)).toEqual(["same", "same"]);
});
