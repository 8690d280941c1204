import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";

describe("rating-missing", () => {
  test("a department row with no rating is reported at its rating cell", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
      [null, null, null, "企画課", null, null],
    ]);
    const hits = issuesOf(s, "rating-missing");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      cell: "E10",
      department: "企画課",
      item: 1,
      severity: "error",
    });
  });

  test("an item with no department and no rating at all is unrated", () => {
    const s = sheet([["I 目標", "1 施策", "1 項目", null, null, "報告の本文がここに入ります。"]]);
    expect(issuesOf(s, "rating-missing").map((i) => i.cell)).toEqual(["E9"]);
  });

  test("a rating cell merged over several department rows rates every one of them", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
        [null, null, null, "企画課", null, null],
      ],
      { merges: ["E9:E10", "C9:C10", "F9:F10"] }
    );
    expect(issuesOf(s, "rating-missing")).toHaveLength(0);
  });

  test("an Excel error in the rating cell is a cell-error, not a missing rating", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", { error: "#N/A" }, "報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "rating-missing")).toHaveLength(0);
    expect(issuesOf(s, "cell-error").map((i) => i.cell)).toEqual(["E9"]);
  });
});
