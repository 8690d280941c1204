import { matchField } from "../../../src/core/layout/fields";

// Each test uses texts of its own: matchField remembers what it has read.
describe("the field a header cell names", () => {
  test("English words written with spaces and in full width", () => {
    expect(matchField("Basic  goal")?.field).toBe("goal");
    expect(matchField("Ｄｅｐｔ")?.field).toBe("department");
  });

  test("full-width text naming no field, and an empty cell, name none", () => {
    expect(matchField("ＡＢＣ")).toBeNull();
    expect(matchField("")).toBeNull();
  });

  test("text too long for a header names none, whatever words it holds", () => {
    expect(matchField("取組計画と達成状況についての詳細な説明と今後の課題")).toBeNull();
    expect(matchField(`評価${" ".repeat(47)}`)).toBeNull();
  });

  test("an exact word beats one the text ends with, which beats one inside it", () => {
    const exact = matchField("施策")!;
    const ending = matchField("主な施策")!;
    const inside = matchField("施策名称")!;
    expect([exact.field, ending.field, inside.field]).toEqual(["measure", "measure", "measure"]);
    expect(exact.score).toBeGreaterThan(ending.score);
    expect(ending.score).toBeGreaterThan(inside.score);
  });

  test("a longer word beats a shorter one", () => {
    expect(matchField("施策の方向")!.score).toBeGreaterThan(matchField("分野")!.score);
    expect(matchField("重点基本施策")!.score).toBeGreaterThan(matchField("重点の施策")!.score);
  });

  test("a compound is the field of the word it ends with (担当課評価 is a rating, 担当課名 a department)", () => {
    expect(matchField("担当課評価")?.field).toBe("rating");
    expect(matchField("担当課名")?.field).toBe("department");
  });
});

describe("the lengths a header cell may have", () => {
  test("a long header word with its year is read (取組計画と達成状況（令和5年度）)", () => {
    expect(matchField("取組計画と達成状況（令和5年度）")?.field).toBe("narrative");
  });

  test("up to 24 characters once folded, up to 48 as written", () => {
    expect(matchField(`${"あ".repeat(22)}評価`)?.field).toBe("rating");
    expect(matchField(`${"あ".repeat(23)}評価`)).toBeNull();
    expect(matchField(`達成度${" ".repeat(45)}`)?.field).toBe("rating");
  });

  test("the best word wins, not the last one found (実績評価 is a rating)", () => {
    expect(matchField("実績評価")?.field).toBe("rating");
  });

  test("of two words inside a text, equally good, the field listed first wins (評価と実績の欄: rating)", () => {
    expect(matchField("評価と実績の欄")?.field).toBe("rating");
  });
});
