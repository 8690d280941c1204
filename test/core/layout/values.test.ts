import { splitDepartments, splitRatings } from "../../../src/core/layout/values";

describe("splitDepartments", () => {
  const none = new Set<string>();
  test("line breaks, 、 and slashes always separate", () => {
    expect(splitDepartments("女性センター\n学校教育課", none)).toEqual([
      "女性センター",
      "学校教育課",
    ]);
    expect(splitDepartments("総務課、企画課／財政課", none)).toEqual([
      "総務課",
      "企画課",
      "財政課",
    ]);
  });
  test("・ and spaces separate only known names", () => {
    expect(splitDepartments("生涯学習・スポーツ課", none)).toEqual(["生涯学習・スポーツ課"]);
    expect(splitDepartments("総務課・企画課", none)).toEqual(["総務課・企画課"]);
    expect(splitDepartments("総務課・企画課", new Set(["総務課"]))).toEqual(["総務課・企画課"]);
    expect(splitDepartments("総務課・企画課", new Set(["総務課", "企画課"]))).toEqual([
      "総務課",
      "企画課",
    ]);
    expect(splitDepartments("秘書広報 市民協働", new Set(["秘書広報", "市民協働"]))).toEqual([
      "秘書広報",
      "市民協働",
    ]);
    expect(splitDepartments("まちづくり 推進", none)).toEqual(["まちづくり 推進"]);
  });
  test("・ separates known names that have spaces in them", () => {
    const known = new Set(["総務部 総務課", "企画課"]);
    expect(splitDepartments("総務部 総務課・企画課", known)).toEqual(["総務部 総務課", "企画課"]);
    expect(splitDepartments("総務部 総務課 ・ 企画課", known)).toEqual(["総務部 総務課", "企画課"]);
  });
  test("a leading ・ written as a bullet before known names", () => {
    expect(splitDepartments("・総務課 企画課", new Set(["総務課", "企画課"]))).toEqual([
      "総務課",
      "企画課",
    ]);
    expect(
      splitDepartments("・総務部 総務課・企画課", new Set(["総務部 総務課", "企画課"]))
    ).toEqual(["総務部 総務課", "企画課"]);
  });
  test("one name, blank lines and an empty cell", () => {
    expect(splitDepartments("総務課", none)).toEqual(["総務課"]);
    expect(splitDepartments("総務課\n\n企画課\n", none)).toEqual(["総務課", "企画課"]);
    expect(splitDepartments("", none)).toEqual([]);
  });
});

describe("splitRatings", () => {
  test("one rating per line or separator; nothing for blank", () => {
    expect(splitRatings("B\nB")).toEqual(["B", "B"]);
    expect(splitRatings(" Ｂ ")).toEqual(["Ｂ"]);
    expect(splitRatings("A・B")).toEqual(["A", "B"]);
    expect(splitRatings("  ")).toEqual([]);
    expect(splitRatings("A")).toEqual(["A"]);
    expect(splitRatings("")).toEqual([]);
  });
});

describe("a sub-unit in brackets on its own line", () => {
  test("joins the department above it", () => {
    expect(splitDepartments("生涯学習課\n（文化係）\n学校教育課", new Set())).toEqual([
      "生涯学習課（文化係）",
      "学校教育課",
    ]);
  });
  test("a name ending in brackets, or a name starting with them, is a department of its own", () => {
    expect(splitDepartments("総務課\n生涯学習課（文化係）", new Set())).toEqual([
      "総務課",
      "生涯学習課（文化係）",
    ]);
    expect(splitDepartments("総務課\n（仮称）こども家庭課", new Set())).toEqual([
      "総務課",
      "（仮称）こども家庭課",
    ]);
  });
  test("a bracketed sub-unit on the first line stays as written", () => {
    expect(splitDepartments("（文化係）\n学校教育課", new Set())).toEqual([
      "（文化係）",
      "学校教育課",
    ]);
  });
});

describe("a division and its section", () => {
  test("'総務部 総務課' is one department unless both names are known alone", () => {
    expect(splitDepartments("総務部 総務課", new Set())).toEqual(["総務部 総務課"]);
    expect(splitDepartments("総務課 企画課", new Set(["総務課", "企画課"]))).toEqual([
      "総務課",
      "企画課",
    ]);
  });
});
