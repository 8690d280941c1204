import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";

describe("scale-default", () => {
  test("without a legend the sheet is checked against A-D and a note says so", () => {
    const s = sheet(
      [["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"]],
      { legend: null }
    );
    const hits = issuesOf(s, "scale-default");
    expect(hits).toHaveLength(1);
    expect(hits[0].severity).toBe("info");
  });

  test("with a legend there is no note", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "scale-default")).toHaveLength(0);
  });
});
