import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { issueMessage } from "../../../src/core/i18n/messages";

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

  test("the message names the department and, when there is one, the name meant", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務人権推進科", "B", "報告の本文がここに入ります。"],
      [null, null, null, "市民課", "B", null],
    ]);
    const [near, far] = issuesOf(s, "department-unknown", { departments: MASTER });
    expect(issueMessage(near, "ja")).toBe(
      "担当課「総務人権推進科」は担当課一覧にありません。「総務人権推進課」ではありませんか。"
    );
    expect(issueMessage(near, "en")).toBe(
      'Department "総務人権推進科" is not in the department list. Did you mean "総務人権推進課"?'
    );
    expect(issueMessage(far, "ja")).toBe("担当課「市民課」は担当課一覧にありません。");
    expect(issueMessage(far, "en")).toBe('Department "市民課" is not in the department list.');
  });

  test("a slip of a third of the longer name is still suggested (2 of 6, 2 of 7 letters); one more is not", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "こども応援係", "B", "報告の本文がここに入ります。"],
      [null, null, null, "総務推進課", "B", null],
      [null, null, null, "こ応援係", "B", null],
    ]);
    expect(
      issuesOf(s, "department-unknown", { departments: MASTER }).map((i) => [
        i.cell,
        i.args?.suggestion,
      ])
    ).toEqual([
      ["D9", "こども支援課"],
      ["D10", "総務人権推進課"],
      ["D11", ""],
    ]);
  });

  test("an unknown name in one department cell merged over two rating rows is reported once", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", "1 項目", "健康長寿課", "B", "報告の本文がここに入ります。"],
        [null, null, null, null, "A", null],
      ],
      { merges: ["D9:D10", "C9:C10", "F9:F10"] }
    );
    expect(issuesOf(s, "department-unknown", { departments: MASTER }).map((i) => i.cell)).toEqual([
      "D9",
    ]);
  });

  test("an empty master list is no list: nothing is reported", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "どこかの課", "B", "報告の本文がここに入ります。"],
    ]);
    expect(issuesOf(s, "department-unknown", { departments: [] })).toEqual([]);
  });
});
