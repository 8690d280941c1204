import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";

const MASTER = ["総務人権推進課", "女性センター", "学校教育課", "こども支援課"];

describe("department-unknown", () => {
  test("a name not in the master list gets the closest known name", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務人権推進科", "B", "報告の本文がここに入ります。"],
      [null, null, null, "女性センター", "B", null],
      [null, null, null, "子ども支援課", "B", null],
    ]);
    const hits = issuesOf(s, "department-unknown", { departments: MASTER });
    expect(hits.map((i) => [i.cell, i.args?.suggestion])).toEqual([
      ["D9", "総務人権推進課"],
      ["D11", "こども支援課"],
    ]);
  });

  test("a name unlike every known one is reported without a suggestion (健康長寿課 is not a slip for こども支援課)", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "健康長寿課", "B", "報告の本文がここに入ります。"],
      [null, null, null, "市民課", "B", null],
    ]);
    const hits = issuesOf(s, "department-unknown", { departments: MASTER });
    expect(hits.map((i) => [i.cell, i.args?.suggestion])).toEqual([
      ["D9", ""],
      ["D10", ""],
    ]);
  });

  test("without a master list nothing is reported", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "どこかの課", "B", "報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "department-unknown")).toHaveLength(0);
  });

  test("width differences are not unknown names", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "女性ｾﾝﾀｰ", "B", "報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "department-unknown", { departments: MASTER })).toHaveLength(0);
  });
});
