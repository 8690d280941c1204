import {
  collapseSpaces,
  foldCode,
  foldHeader,
  isSpace,
  nfkc,
  removeSpaces,
} from "../../src/core/text";

describe("folding width, dashes and tildes (nfkc)", () => {
  test("full-width letters and digits and Roman-numeral characters fold to plain ones", () => {
    expect(nfkc("Ｂ")).toBe("B");
    expect(nfkc("令和５年度")).toBe("令和5年度");
    expect(nfkc("Ⅲ 安心")).toBe("III 安心");
  });

  test("every dash NFKC leaves alone becomes a hyphen", () => {
    for (const dash of ["‐", "‑", "‒", "–", "—", "―", "−", "─", "━", "﹘", "⸺", "⸻"])
      expect(nfkc(`1${dash}2`)).toBe("1-2");
    expect(nfkc("1－2")).toBe("1-2");
  });

  test("a wave dash or a tilde operator becomes a tilde; the prolonged sound mark inside a word stays", () => {
    expect(nfkc("70〜99%")).toBe("70~99%");
    expect(nfkc("70∼99%")).toBe("70~99%");
    expect(nfkc("70～99%")).toBe("70~99%");
    // The small tilde, which NFKC alone turns into a space and a combining mark.
    expect(nfkc("70˜99%")).toBe("70~99%");
    expect(nfkc("サービス−1〜3")).toBe("サービス-1~3");
    expect(nfkc("センター")).toBe("センター");
  });
});

describe("spaces", () => {
  test("runs of any space (full-width, no-break, zero-width, line breaks) collapse to one, trimmed", () => {
    expect(collapseSpaces("  総務課\u3000 企画課\n")).toBe("総務課 企画課");
    expect(collapseSpaces("総務課\u00A0\u200B\uFEFF企画課")).toBe("総務課 企画課");
    expect(collapseSpaces("総務課")).toBe("総務課");
  });

  test("removed altogether", () => {
    expect(removeSpaces(" 総 務\u3000課\u200B\t\n")).toBe("総務課");
  });

  test("a space is what String.prototype.trim removes, code unit by code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isSpace(c) !== (String.fromCharCode(c).trim() === "")) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe("header words as compared (foldHeader)", () => {
  test("width, case and spaces folded; a bracketed part of any kind left out", () => {
    expect(foldHeader("達成度（Ｒ５）")).toBe("達成度");
    expect(foldHeader("取組 状況【記入欄】")).toBe("取組状況");
    expect(foldHeader("Rating (FY2023)")).toBe("rating");
    expect(foldHeader("〔区分〕評価")).toBe("評価");
    expect(foldHeader("[備考]担当課<主>")).toBe("担当課");
    expect(foldHeader("«注»施策")).toBe("施策");
    expect(foldHeader("施策（1）の（2）内容")).toBe("施策の内容");
  });

  test("an unclosed bracket is kept", () => {
    expect(foldHeader("達成度（R5")).toBe("達成度(r5");
  });
});

describe("rating codes as compared (foldCode)", () => {
  test("width, case and spaces folded", () => {
    expect(foldCode(" Ｂ ")).toBe("B");
    expect(foldCode("a")).toBe("A");
    expect(foldCode("Ａ＋")).toBe("A+");
  });

  test("a prolonged sound mark standing alone is a dash, as is any dash", () => {
    expect(foldCode("ー")).toBe("-");
    expect(foldCode("ｰ")).toBe("-");
    expect(foldCode("ーー")).toBe("-");
    expect(foldCode("－")).toBe("-");
    expect(foldCode("―")).toBe("-");
    expect(foldCode("Aー")).toBe("Aー");
  });
});
