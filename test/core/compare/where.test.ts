import { validateSheet } from "../../../src/core/validate";
import { itemLabel, lastCell, thisCell } from "../../../src/core/compare/where";
import type { CompareContext } from "../../../src/core/compare/types";
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
