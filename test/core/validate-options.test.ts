import { sheet } from "../helpers/sheet";
import { PLAN_ONLY, validateSheet } from "../../src/core/validate";

/** A plan with an invalid rating (E10), a missing narrative (F10's item has none) and a numbering gap (item 3 after 1). */
const s = sheet([
  ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
  [null, null, "3 項目", "企画課", "E", null],
]);

describe("what validateSheet is asked for", () => {
  test("by default every rule runs and the plan is summarized", () => {
    const r = validateSheet(s);
    expect(r.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["rating-invalid", "narrative-missing", "numbering-gap"])
    );
    expect(r.summary?.total.entries).toBe(2);
  });

  test("PLAN_ONLY: the same plan, no finding and no summary (a comparison or a merge reads the plan only)", () => {
    const r = validateSheet(s, PLAN_ONLY);
    expect(r.issues).toEqual([]);
    expect(r.summary).toBeNull();
    expect(r.counts).toEqual({ goals: 1, measures: 1, items: 2, entries: 2 });
    expect(r.plan?.entries.map((e) => [e.department, e.rating])).toEqual([
      ["総務課", "B"],
      ["企画課", "E"],
    ]);
  });

  test("only the rules named: a form's answer cells are checked, the plan's numbering is not", () => {
    const r = validateSheet(s, { rules: new Set(["rating-invalid"]), summary: false });
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([["rating-invalid", "E10"]]);
    expect(r.summary).toBeNull();
  });

  test("a sheet with no header says so whatever rules are asked for", () => {
    const r = validateSheet(
      { name: "表紙", top: 0, left: 0, values: [["令和5年度"]], merges: [] },
      PLAN_ONLY
    );
    expect(r.issues.map((i) => i.code)).toEqual(["header-not-found"]);
    expect(r.plan).toBeNull();
  });
});
