import { validateSheet } from "../../../src/core/validate";
import {
  entryIssue,
  itemIssue,
  itemLabel,
  lastCell,
  thisCell,
} from "../../../src/core/compare/where";
import type { CompareContext, EntrySide } from "../../../src/core/compare/types";
import { sheet } from "../../helpers/sheet";

/** A comparison's context as where.ts reads it: this year's and last year's plans and the options. */
function context(options: CompareContext["options"]): CompareContext {
  const current = validateSheet(
    sheet([["I 目標", "1 施策", "1 講座", "総務課", "A", "x"]], { name: "R5" })
  ).plan!;
  const last = validateSheet(
    sheet([["I 目標", "1 施策", "1 講座", "総務課", "B", "y"]], { name: "R4" })
  ).plan!;
  return { last, current, items: [], entries: [], renamedDepartments: [], narratives: [], options };
}

describe("where a comparison's issue points", () => {
  test("a cell of this year's plan, on its own sheet unless named", () => {
    const ctx = context({});
    expect(thisCell(ctx, "E9")).toEqual({ sheet: "R5", cell: "E9" });
    expect(thisCell(ctx, "目標2!E9")).toEqual({ sheet: "目標2", cell: "E9" });
  });

  test("last year's cell in another workbook names the workbook and the sheet", () => {
    expect(lastCell(context({ lastBook: "plan-r4.xlsx" }), "F12", "R5")).toBe(
      "[plan-r4.xlsx]R4!F12"
    );
  });

  test("last year's cell in the same workbook: plain on the issue's own sheet, with its sheet on another", () => {
    const ctx = context({ sameWorkbook: true, lastBook: "plan.xlsx" });
    expect(lastCell(ctx, "一覧!F12", "一覧")).toBe("F12");
    expect(lastCell(ctx, "F12", "R5")).toBe("R4!F12");
  });

  test("without a workbook's name, last year's cell names its sheet", () => {
    expect(lastCell(context({}), "F12", "R4")).toBe("R4!F12");
  });
});

describe("how an item is named in a comparison's message", () => {
  test("its number and its title, cut at 30 characters; a title alone without a number", () => {
    const plan = validateSheet(
      sheet([
        ["I 目標", "1 施策", "12 男女共同参画に関する情報提供", "総務課", "A", "x"],
        [null, null, `13 ${"あ".repeat(31)}`, "総務課", "A", "x"],
        [null, null, "相談窓口", "総務課", "A", "x"],
      ])
    ).plan!;
    expect([0, 1, 2, 3].map((i) => itemLabel(plan, i))).toEqual([
      "12「男女共同参画に関する情報提供」",
      `13「${"あ".repeat(30)}…」`,
      "「相談窓口」",
      "",
    ]);
  });
});

describe("an issue about an entry or an item", () => {
  const side = (sheet: string, rating: string, department = "総務課"): EntrySide => ({
    entry: 0,
    sheet,
    cell: "E9",
    item: "1",
    department,
    rating,
    valid: true,
  });

  test("an entry's rating at this year's cell, last year's as related, with the item, department and both ratings", () => {
    const ctx = context({ lastBook: "plan-r4.xlsx" });
    expect(
      entryIssue(ctx, { status: "up", pair: 0, last: side("R4", "B"), this: side("R5", "A") })
    ).toEqual({
      sheet: "R5",
      cell: "E9",
      cellIn: "this",
      related: ["[plan-r4.xlsx]R4!E9"],
      goal: "I",
      measure: 1,
      item: 1,
      department: "総務課",
      args: { item: "1「講座」", department: "総務課", from: "B", to: "A" },
    });
  });

  test("a new entry has no related cell and no rating before; an entry with no department names none", () => {
    const ctx = context({});
    const issue = entryIssue(ctx, {
      status: "added",
      pair: 0,
      last: null,
      this: side("R5", "A", ""),
    });
    expect(issue).not.toHaveProperty("related");
    expect(issue).not.toHaveProperty("department");
    expect(issue.args).toEqual({ item: "1「講座」", department: "", from: "", to: "A" });
  });

  test("an item at its label cell, with last year's label cell as related when it had one", () => {
    const ctx = context({ lastBook: "plan-r4.xlsx" });
    expect(itemIssue(ctx, { last: 0, this: 0, score: 1, unsure: false })).toEqual({
      sheet: "R5",
      cell: "C9",
      cellIn: "this",
      related: ["[plan-r4.xlsx]R4!C9"],
      goal: "I",
      measure: 1,
      item: 1,
      args: { item: "1「講座」" },
    });
    expect(itemIssue(ctx, { last: null, this: 0, score: 0, unsure: false })).not.toHaveProperty(
      "related"
    );
  });

  test("a title of exactly 30 characters is not cut", () => {
    const plan = validateSheet(
      sheet([["I 目標", "1 施策", `1 ${"い".repeat(30)}`, "総務課", "A", "x"]])
    ).plan!;
    expect(itemLabel(plan, 0)).toBe(`1「${"い".repeat(30)}」`);
  });
});
