import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { issueMessage } from "../../../src/core/i18n/messages";
import { validateSheet } from "../../../src/core/validate";

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
    expect(issueMessage(hits[0], "ja")).toBe("達成度が入力されていません（取組項目 1、企画課）。");
    expect(issueMessage(hits[0], "en")).toBe("No rating (item 1, 企画課).");
  });

  test("without a department the message names the item alone", () => {
    const s = sheet([["I 目標", "1 施策", "4 項目", null, null, "報告の本文がここに入ります。"]]);
    const [hit] = issuesOf(s, "rating-missing");
    expect(issueMessage(hit, "ja")).toBe("達成度が入力されていません（取組項目 4）。");
    expect(issueMessage(hit, "en")).toBe("No rating (item 4).");
  });

  test("a sheet without a rating column: the header note only, not an error on every row", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目", "総務課", "報告の本文がここに入ります。"],
        [null, null, null, "企画課", null],
      ],
      { header: ["基本目標", "施策", "取組項目", "担当課", "取組状況"] }
    );
    expect(
      validateSheet(s)
        .issues.filter((i) => i.severity !== "info")
        .map((i) => [i.code, i.args && "field" in i.args ? i.args.field : ""])
    ).toEqual([["header-field-missing", "rating"]]);
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
