import { makeGrid } from "../../../src/core/snapshot";
import { readScale, DEFAULT_SCALE } from "../../../src/core/layout/legend";
import type { CellValue } from "../../../src/core/snapshot";
import { validateSheet } from "../../../src/core/validate";

function scaleAbove(rows: CellValue[][]) {
  const values = [...rows, ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"]];
  return readScale(makeGrid({ name: "s", top: 0, left: 0, values, merges: [] }), values.length - 1);
}
const summary = (s: ReturnType<typeof scaleAbove>) =>
  s.codes.map((c) => `${c.code}${c.achieved ? "+" : ""}${c.notEvaluable ? "?" : ""}`).join(" ");

describe("readScale", () => {
  test("the seed legend: A-D, A and B achieved", () => {
    const s = scaleAbove([
      ["つるがしま…達成状況一覧"],
      [null, null, null, null, null, "資料2"],
      ["区分", "達成度"],
      ["A", "計画以上（100%～）"],
      ["B", "計画どおり（70～99%）"],
      ["C", "計画以下（1～69%）"],
      ["D", "未着手（0%）"],
    ]);
    expect(summary(s)).toBe("A+ B+ C D");
    expect(s.source).toBe("A4");
  });

  test("S/A/B/C with a not-evaluable dash: S and A achieved, － left out", () => {
    const s = scaleAbove([
      [null, "評価", "内容"],
      [null, "Ｓ", "計画を上回って達成"],
      [null, "A", "計画どおり達成"],
      [null, "B", "一部未達成"],
      [null, "C", "未達成"],
      [null, "－", "評価対象外（事業終了）"],
    ]);
    expect(summary(s)).toBe("S+ A+ B C －?");
  });

  test("a legend without descriptive words: the better half is achieved", () => {
    const s = scaleAbove([
      ["◎", "十分"],
      ["○", "概ね"],
      ["△", "やや不十分"],
      ["×", "不十分"],
    ]);
    expect(summary(s)).toBe("◎+ ○+ △ ×");
  });

  test("a legend written in one cell", () => {
    const s = scaleAbove([
      ["評価基準　A：計画以上　B：計画どおり　C：計画未満　D：未実施　未：評価不能"],
    ]);
    expect(summary(s)).toBe("A+ B+ C D 未?");
  });

  test("a horizontal legend: codes across, descriptions below", () => {
    const s = scaleAbove([
      ["区分", "1", "2", "3"],
      ["内容", "順調", "やや遅れ", "遅れ"],
    ]);
    expect(summary(s)).toBe("1+ 2 3");
  });

  test("no legend: the default A-D", () => {
    expect(scaleAbove([["達成状況一覧"]])).toBe(DEFAULT_SCALE);
  });
});

describe("legends written as 'code：description' per cell", () => {
  test("one pair per cell across a row", () => {
    const s = scaleAbove([["評価基準", "A：計画以上", "B：計画どおり", "C：遅れ", "D：未着手"]]);
    expect(summary(s)).toBe("A+ B+ C D");
  });
  test("one pair per cell down a column", () => {
    const s = scaleAbove([["◎：十分に達成"], ["○：概ね達成"], ["△：一部未達成"], ["×：未達成"]]);
    expect(summary(s)).toBe("◎+ ○+ △ ×");
  });
});

describe("a legend written as a note under the table", () => {
  test("is read when there is none above the header", () => {
    const values = [
      ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
      ["I 目標", "1 施策", "1 項目", "総務課", "S", "講座を開いた。A：と書く人もいる。"],
      [],
      ["※達成度　S：計画を上回る　A：計画どおり　B：やや遅れ　C：遅れ"],
    ];
    const s = readScale(makeGrid({ name: "s", top: 0, left: 0, values, merges: [] }), 0, 4);
    expect(summary(s)).toBe("S+ A+ B C");
  });

  test("a rated row mentioning codes in passing is not a legend", () => {
    const values = [
      ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "A：講座、B：研修、C：相談を行った。"],
    ];
    expect(readScale(makeGrid({ name: "s", top: 0, left: 0, values, merges: [] }), 0, 4)).toBe(
      DEFAULT_SCALE
    );
  });
});

describe("a legend too long to be a rating scale", () => {
  test("17,000 code-like lines above the header are data, not a legend: the default A–D, quickly", () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 17_000; i++) rows.push([String.fromCodePoint(0x4e00 + i), `説明${i}`]);
    rows.push(["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"]);
    rows.push(["I 目標", "1 施策", "1 項目", "総務課", "A", "実施した。"]);
    const t = performance.now();
    const result = validateSheet({ name: "s", top: 0, left: 0, values: rows, merges: [] });
    expect(result.scale.codes).toEqual(["A", "B", "C", "D"]);
    expect(result.summary?.total.entries).toBe(1);
    expect(performance.now() - t).toBeLessThan(10_000);
  });
});

describe("how a legend is spelled and which way it runs", () => {
  test("a legend written a / b / c: the codes are as written, lower case", () => {
    const s = scaleAbove([
      ["a", "計画どおり進んだ"],
      ["b", "やや遅れている"],
      ["c", "遅れている"],
    ]);
    expect(summary(s)).toBe("a+ b c");
  });

  test("numbers written worst first (1 未着手 … 5 計画以上): 5, 4 and 3 achieved, the rest not", () => {
    const s = scaleAbove([
      ["1", "未着手"],
      ["2", "遅れている"],
      ["3", "概ね計画どおり"],
      ["4", "計画どおり"],
      ["5", "計画以上"],
    ]);
    expect(summary(s)).toBe("1 2 3+ 4+ 5+");
    expect(s.worstFirst).toBe(true);
  });

  test("numbers written best first (1 計画以上 … 4 未着手): 1 and 2 achieved", () => {
    const s = scaleAbove([
      ["1", "計画以上"],
      ["2", "計画どおり"],
      ["3", "やや遅れ"],
      ["4", "未着手"],
    ]);
    expect(summary(s)).toBe("1+ 2+ 3 4");
    expect(s.worstFirst).toBeUndefined();
  });

  test("a legend of directions (拡充 / 継続 / 縮小 / 廃止) is not the rating scale: the default A–D", () => {
    const s = scaleAbove([
      ["拡充", "事業を拡大して実施する"],
      ["継続", "現行どおり実施する"],
      ["縮小", "規模を縮小する"],
      ["廃止", "事業を廃止する"],
    ]);
    expect(s).toBe(DEFAULT_SCALE);
  });
});
