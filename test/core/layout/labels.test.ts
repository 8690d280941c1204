import { parseLabel, formatNumber } from "../../../src/core/layout/labels";

describe("parseLabel", () => {
  test.each([
    ["1 人権尊重の理念に基づいた意識の啓発", 1, false, "人権尊重の理念に基づいた意識の啓発"],
    ["１２　相談機能の充実", 12, false, "相談機能の充実"],
    ["① 手続きの簡素化", 1, false, "手続きの簡素化"],
    ["Ⅲ すこやかで安心できる安全な暮らしの実現", 3, true, "すこやかで安心できる安全な暮らしの実現"],
    ["IV 男女共同参画を推進する体制の充実", 4, true, "男女共同参画を推進する体制の充実"],
    ["(2) 相談体制", 2, false, "相談体制"],
    ["3. 啓発", 3, false, "啓発"],
  ])("%s", (raw, number, roman, title) => {
    expect(parseLabel(raw)).toMatchObject({ number, roman, title, continued: false });
  });

  test("continuations: （続）, (続), 続き, and a numeral after the title", () => {
    expect(parseLabel("14 関係機関との連携（続）")).toMatchObject({
      number: 14,
      continued: true,
      key: "関係機関との連携",
    });
    expect(parseLabel("Ⅲ すこやかな暮らし(続) (施策11~14は計画)")).toMatchObject({
      number: 3,
      continued: true,
      key: "すこやかな暮らし",
    });
    expect(parseLabel("女性の活躍の推進（続） II（施策3～8は女性活躍推進計画）")).toMatchObject({
      number: 2,
      roman: true,
      continued: true,
      title: "女性の活躍の推進 (施策3~8は女性活躍推進計画)",
      key: "女性の活躍の推進",
    });
    expect(parseLabel("5 相談 続き")).toMatchObject({ number: 5, continued: true });
  });

  test("words that merely end in 続き, or start with I, are not continuations or numerals", () => {
    expect(parseLabel("申請手続き")).toMatchObject({
      continued: false,
      number: undefined,
      roman: false,
    });
    expect(parseLabel("Item list")).toMatchObject({ number: undefined });
  });

  test("goals are written back as ASCII Roman numerals", () => {
    expect(formatNumber(parseLabel("Ⅳ 体制"))).toBe("IV");
    expect(formatNumber(parseLabel("2 体制"))).toBe("2");
    expect(formatNumber(parseLabel("体制の充実"))).toBe("");
  });

  test.each([
    [1, "I"],
    [4, "IV"],
    [8, "VIII"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [59, "LIX"],
    [90, "XC"],
    [100, "C"],
  ])("goal %i is written back as %s", (number, written) => {
    expect(formatNumber({ number, roman: true })).toBe(written);
  });

  test("a continued label's title leaves out （続）", () => {
    expect(parseLabel("14 関係機関との連携（続）").title).toBe("関係機関との連携");
  });

  test("a numeral right after （続） is the label's number", () => {
    expect(parseLabel("女性の活躍の推進（続）II")).toMatchObject({
      number: 2,
      roman: true,
      continued: true,
      title: "女性の活躍の推進",
    });
  });
});

describe("numbers within the parent", () => {
  test.each([
    ["1-2 相談体制の充実", 2],
    ["2.3 啓発", 3],
    ["1. 啓発", 1],
    ["1-(2) 相談体制の充実", 2],
  ])("%s is number %i", (raw, number) => {
    expect(parseLabel(raw).number).toBe(number);
  });
});

describe("ordinals: 第 and a counter word number a label", () => {
  test.each([
    ["第1章 地域づくり", 1, false, "地域づくり"],
    ["第１章　地域づくり", 1, false, "地域づくり"],
    ["第一章 地域づくり", 1, false, "地域づくり"],
    ["第2節相談体制の充実", 2, false, "相談体制の充実"],
    ["第3項 啓発", 3, false, "啓発"],
    ["第1条：目的", 1, false, "目的"],
    ["第十二節 相談", 12, false, "相談"],
    ["第二十三条 届出", 23, false, "届出"],
    ["第Ⅱ部 安心のまち", 2, true, "安心のまち"],
    ["第1 総則", 1, false, "総則"],
    ["第1章 地域づくり（続）", 1, false, "地域づくり"],
  ])("%s is number %i, titled as written after its counter word", (raw, number, roman, title) => {
    expect(parseLabel(raw)).toMatchObject({ number, roman, title, key: title });
  });

  test.each([
    "第三者評価の実施",
    "第3者評価の実施",
    "第2子以降の保育料の軽減",
    "第3期計画の策定",
    "第1号被保険者への周知",
  ])("%s: 第 and a number that are words of the title give no number", (raw) => {
    expect(parseLabel(raw)).toMatchObject({ number: undefined, roman: false, title: raw });
  });
});
