import { makeGrid } from "../../../src/core/snapshot";
import {
  type ScaleOptions,
  DEFAULT_SCALE,
  buildScale,
  markedChoice,
  readScale,
} from "../../../src/core/layout/legend";
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
  test("an unrated entry whose narrative reads 成果：… 課題：… 今後：… is not a legend: only it lacks a rating", () => {
    // The department forgot the rating; its narrative lists three headed parts, as many do.
    const values = [
      ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
      ["I 目標", "1 施策", "1 講座", "総務課", "A", "講座を3回開いた。"],
      [
        null,
        null,
        "2 研修",
        "企画課",
        null,
        "成果：研修を2回実施／課題：参加者が少ない／今後：周知を強める",
      ],
      [null, null, "3 相談", "財政課", "B", "相談を受けた。"],
    ];
    const r = validateSheet({ name: "s", top: 0, left: 0, values, merges: [] });
    expect(r.scale.codes).toEqual(["A", "B", "C", "D"]);
    expect(
      r.issues.filter((i) => i.code.startsWith("rating-")).map((i) => [i.code, i.cell])
    ).toEqual([["rating-missing", "E3"]]);
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

const HEADER = ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"];
const rated = (rating: CellValue) => ["I 目標", "1 施策", "1 項目", "総務課", rating, "実施した。"];
/** The scale of a sheet whose header is at `headerRow`, ratings in E and departments in D. */
function scaleOf(values: CellValue[][], headerRow: number, options: ScaleOptions = {}) {
  return readScale(makeGrid({ name: "一覧", top: 0, left: 0, values, merges: [] }), headerRow, 4, {
    departmentCol: 3,
    ...options,
  });
}

describe("how legend lines are read", () => {
  test("a legend of word codes (順調 / おおむね順調 / 遅れ)", () => {
    const s = scaleAbove([
      ["順調", "計画どおり進んでいる"],
      ["おおむね順調", "ほぼ計画どおり"],
      ["遅れ", "計画より遅れている"],
    ]);
    expect(summary(s)).toBe("順調+ おおむね順調+ 遅れ");
  });

  test("N/A is a code, left out of the rate", () => {
    const s = scaleAbove([
      ["A", "計画どおり"],
      ["B", "一部未実施"],
      ["C", "未実施"],
      ["N/A", "該当なし"],
    ]);
    expect(summary(s)).toBe("A+ B C N/A?");
  });

  test("a description up to three columns right of its code is read", () => {
    const s = scaleAbove([
      ["A", null, null, "計画以上"],
      ["B", null, "計画どおり"],
      ["C", null, "遅れ"],
    ]);
    expect(summary(s)).toBe("A+ B+ C");
    expect(s.source).toBe("A1");
  });

  test("a single code line is no legend; a legend of two is", () => {
    expect(scaleAbove([["A", "計画以上"]])).toBe(DEFAULT_SCALE);
    expect(
      summary(
        scaleAbove([
          ["◎", "達成"],
          ["×", "未達成"],
        ])
      )
    ).toBe("◎+ ×");
  });

  test("two legends down one column, a blank row between: the one the ratings use is read", () => {
    const values = [
      ["A", "計画以上"],
      ["B", "計画どおり"],
      ["C", "遅れ"],
      [],
      ["◎", "十分に達成"],
      ["○", "概ね達成"],
      ["×", "未達成"],
      HEADER,
      rated("◎"),
      rated("○"),
    ];
    const s = scaleOf(values, 7);
    expect(summary(s)).toBe("◎+ ○+ ×");
    expect(s.source).toBe("A5");
  });

  test("a horizontal legend's place is its first code", () => {
    const s = scaleAbove([
      [null, "評価", "A", "B", "C"],
      [null, "内容", "計画以上", "計画どおり", "遅れている"],
    ]);
    expect(summary(s)).toBe("A+ B+ C");
    expect(s.source).toBe("C1");
  });

  test("a legend in one cell is placed at that cell; 評価： heading it is not a code", () => {
    const s = scaleAbove([["評価：下記のとおり"], [null, "A：計画以上　B：計画どおり　C：遅れ"]]);
    expect(summary(s)).toBe("A+ B+ C");
    expect(s.source).toBe("B2");
  });

  test("one-character descriptions (優 / 良 / 可), and a legend of two pairs, are read", () => {
    expect(summary(scaleAbove([["A：優", "B：良", "C：可"]]))).toBe("A+ B+ C");
    expect(summary(scaleAbove([["◎：達成　×：未達成"]]))).toBe("◎+ ×");
  });

  test("a long text above the header mentioning A： and B： is no legend", () => {
    const text = `本計画の進捗は、A：講座の開催、B：研修の実施を中心に報告する。${"各課の取組を記す。".repeat(45)}`;
    expect(text.length).toBeGreaterThan(400);
    expect(scaleAbove([[text]])).toBe(DEFAULT_SCALE);
  });
});

describe("how the scale is classified", () => {
  const lines = (...pairs: [string, string][]) =>
    pairs.map(([code, description]) => ({ code, description }));
  const classified = (...pairs: [string, string][]) => summary(buildScale(lines(...pairs), "A1"));

  test("a code written twice (A and Ａ) is listed once", () => {
    expect(classified(["A", "計画以上"], ["Ａ", "再掲"], ["B", "計画どおり"], ["C", "遅れ"])).toBe(
      "A+ B+ C"
    );
  });

  test("codes are shown in ASCII when they are letters or digits, symbols as written without spaces", () => {
    const s = buildScale(lines(["Ｓ", "x"], ["Ａ＋", "y"], ["ＡＡ", "z"], [" ◎ ", "w"]), "A1");
    expect(s.codes.map((c) => c.code)).toEqual(["S", "A+", "AA", "◎"]);
  });

  test("－ with a percentage is a rating, not a code left out", () => {
    expect(
      classified(
        ["S", "計画以上（100%超）"],
        ["A", "計画どおり（100%）"],
        ["B", "遅れ（50%）"],
        ["－", "未着手（0%）"]
      )
    ).toBe("S+ A+ B －");
  });

  test("percentages rising down the list: written worst first", () => {
    const s = buildScale(lines(["1", "0%"], ["2", "50%"], ["3", "100%"]), "A1");
    expect(summary(s)).toBe("1 2+ 3+");
    expect(s.worstFirst).toBe(true);
    expect(buildScale(lines(["1", "0%"], ["2", "100%"]), "A1").worstFirst).toBe(true);
  });

  test("percentages on all but the last line (D 未着手) still run best first", () => {
    const s = buildScale(
      lines(
        ["A", "計画以上（100%～）"],
        ["B", "計画どおり（70～99%）"],
        ["C", "計画以下（1～69%）"],
        ["D", "未着手"]
      ),
      "A1"
    );
    expect(summary(s)).toBe("A+ B+ C D");
    expect(s.worstFirst).toBeUndefined();
  });

  test("percentages on all but the first line (1 未着手) still run worst first", () => {
    const s = buildScale(lines(["1", "未着手"], ["2", "50%"], ["3", "計画どおり 100%"]), "A1");
    expect(summary(s)).toBe("1 2 3+");
    expect(s.worstFirst).toBe(true);
  });

  test("without words or percentages, the better half of the evaluable codes is achieved", () => {
    expect(
      classified(["1", "説明1"], ["2", "説明2"], ["3", "説明3"], ["4", "説明4"], ["5", "説明5"])
    ).toBe("1+ 2+ 3+ 4 5");
    expect(
      classified(["1", "説明1"], ["2", "説明2"], ["3", "説明3"], ["4", "説明4"], ["－", "対象外"])
    ).toBe("1+ 2+ 3 4 －?");
  });

  test("two codes written worst first by meaning (1 未着手, 2 計画以上)", () => {
    const s = buildScale(lines(["1", "未着手"], ["2", "計画以上"]), "A1");
    expect(summary(s)).toBe("1 2+");
    expect(s.worstFirst).toBe(true);
  });

  test("a best-first legend whose last meaning is good too (◎ 計画以上, ○ 計画どおり) runs best first", () => {
    const s = buildScale(lines(["◎", "計画以上"], ["○", "計画どおり"]), "A1");
    expect(summary(s)).toBe("◎+ ○+");
    expect(s.worstFirst).toBeUndefined();
  });
});

describe("which legend is read", () => {
  const below = [[], ["S", "計画を上回る"], ["A", "計画どおり"], ["B", "遅れ"]];

  test("a legend below the table, after the last department", () => {
    const s = scaleOf([HEADER, rated("S"), rated("A"), ...below], 0);
    expect(summary(s)).toBe("S+ A+ B");
    expect(s.source).toBe("A5");
  });

  test("a legend below the table is not read when no rating uses it", () => {
    expect(scaleOf([HEADER, rated(null), rated(null), ...below], 0)).toBe(DEFAULT_SCALE);
  });

  test("a legend below the table that the ratings use wins over one above them that they do not", () => {
    const above = [
      ["◎", "十分"],
      ["○", "概ね"],
      ["×", "不十分"],
    ];
    const s = scaleOf([...above, HEADER, rated("S"), rated("S"), ...below], 3);
    expect(summary(s)).toBe("S+ A+ B");
  });

  test("of two legends the ratings use as much, the one above the header", () => {
    const above = [
      ["A", "計画以上"],
      ["B", "計画どおり"],
      ["C", "遅れ"],
      ["D", "未着手"],
    ];
    const under = [
      [],
      ["※達成度　S：計画を上回る　A：計画どおり　B：やや遅れ　C：遅れ　D：未着手"],
    ];
    const s = scaleOf([...above, HEADER, rated("A"), rated("B"), ...under], 4);
    expect(summary(s)).toBe("A+ B+ C D");
    expect(s.source).toBe("A1");
  });

  test("a note inside the table is read before a longer legend below it when the ratings use both as much", () => {
    const s = scaleOf(
      [
        HEADER,
        rated("A"),
        ["※ A：計画どおり　B：やや遅れ　C：遅れ"],
        rated("B"),
        [],
        ["S", "計画を上回る"],
        ["A", "計画どおり"],
        ["B", "やや遅れ"],
        ["C", "遅れ"],
      ],
      0
    );
    expect(summary(s)).toBe("A+ B C");
    expect(s.source).toBe("A3");
  });

  test("the legend the ratings use, the first of two above the header though shorter", () => {
    const s = scaleOf(
      [
        ["A", "計画以上", null, "◎", "十分"],
        ["B", "計画どおり", null, "○", "概ね"],
        ["C", "遅れ", null, "△", "やや不十分"],
        [null, null, null, "×", "不十分"],
        HEADER,
        rated("A"),
        rated("B"),
      ],
      4
    );
    expect(summary(s)).toBe("A+ B+ C");
  });

  test("the legend the ratings use, the second of two above the header", () => {
    const s = scaleOf(
      [
        ["A", "計画以上", null, "◎", "十分"],
        ["B", "計画どおり", null, "○", "概ね"],
        ["C", "遅れ", null, "×", "不十分"],
        HEADER,
        rated("◎"),
        rated("○"),
        rated("◎"),
      ],
      3
    );
    expect(summary(s)).toBe("◎+ ○+ ×");
    expect(s.source).toBe("D1");
  });

  test("ratings marked in checkboxes choose the legend by their letter", () => {
    const s = scaleOf(
      [
        ["a", "進んだ", null, "◎", "十分"],
        ["b", "やや進んだ", null, "○", "概ね"],
        ["c", "現状維持", null, "△", "やや不十分"],
        [null, null, null, "×", "不十分"],
        HEADER,
        rated("□ a.進んだ ■ b.やや進んだ □ c.現状維持"),
      ],
      4
    );
    expect(summary(s)).toBe("a+ b+ c");
  });

  test("a legend on another sheet (凡例) is read when the ratings use it", () => {
    const other = makeGrid({
      name: "凡例",
      top: 0,
      left: 0,
      values: [["評価基準"], ["◎", "十分に達成"], ["○", "概ね達成"], ["×", "未達成"]],
      merges: [],
    });
    const s = scaleOf([HEADER, rated("◎"), rated("○")], 0, {
      others: [{ grid: other, bottom: 4 }],
    });
    expect(summary(s)).toBe("◎+ ○+ ×");
    expect(s).toMatchObject({ source: "A2", sheet: "凡例" });
    expect(
      scaleOf([HEADER, rated("A"), rated("B")], 0, { others: [{ grid: other, bottom: 4 }] })
    ).toBe(DEFAULT_SCALE);
  });

  test("a legend whose codes include 完了 among ratings is read", () => {
    const s = scaleAbove([
      ["完了", "事業が完了した"],
      ["順調", "計画どおり"],
      ["遅れ", "計画より遅れている"],
    ]);
    expect(summary(s)).toBe("完了+ 順調+ 遅れ");
  });

  test("a legend of twenty codes is read", () => {
    const codes = "ABCDEFGHIJKLMNOPQRST".split("");
    const s = scaleAbove(codes.map((c, i) => [c, `段階${i + 1}`]));
    expect(s.codes).toHaveLength(20);
  });
});

describe("a note under the table with no ratings yet", () => {
  test("is read, though another note follows it", () => {
    const values = [
      HEADER,
      rated(null),
      [],
      ["※達成度　S：計画を上回る　A：計画どおり　B：やや遅れ　C：遅れ"],
      ["※詳細は別紙を参照"],
    ];
    const s = readScale(makeGrid({ name: "s", top: 0, left: 0, values, merges: [] }), 0, 4);
    expect(summary(s)).toBe("S+ A+ B C");
    expect(s.source).toBe("A4");
  });

  test("two pairs are no legend", () => {
    const values = [HEADER, rated(null), [], ["※ A：講座　B：研修"]];
    expect(readScale(makeGrid({ name: "s", top: 0, left: 0, values, merges: [] }), 0, 4)).toBe(
      DEFAULT_SCALE
    );
  });
});

describe("the checkbox choice marked in a cell", () => {
  test.each([
    ["□ a.進んだ ■ b.やや進んだ □ c.現状維持", "b.やや進んだ"],
    ["□a.進んだ ■b.やや進んだ", "b.やや進んだ"],
    ["☐進んだ ☑ 遅れ\n", "遅れ"],
    ["□ a □ b", ""],
    ["A", null],
  ])("%j is %j", (text, choice) => {
    expect(markedChoice(text)).toBe(choice);
  });
});

describe("where legend lines stand", () => {
  test("a description four columns right of its code is too far to belong to it", () => {
    expect(
      scaleAbove([
        ["A", null, null, null, "計画以上"],
        ["B", null, null, null, "計画どおり"],
        ["C", null, null, null, "遅れ"],
      ])
    ).toBe(DEFAULT_SCALE);
  });

  test("of two legends of one length above the header, the leftmost is read", () => {
    const s = scaleAbove([
      [null, null, null, "◎", "十分"],
      [null, null, null, "○", "概ね"],
      ["S", "計画以上", null, "×", "不十分"],
      ["A", "計画どおり"],
      ["B", "遅れ"],
    ]);
    expect(summary(s)).toBe("S+ A+ B");
    expect(s.source).toBe("A3");
  });

  test("a horizontal legend starting in column A is placed at A", () => {
    const s = scaleAbove([
      ["A", "B", "C"],
      ["計画以上", "計画どおり", "遅れている"],
    ]);
    expect(summary(s)).toBe("A+ B+ C");
    expect(s.source).toBe("A1");
  });

  test("－ is left out of the rate by its code alone (－ 未定)", () => {
    expect(
      summary(
        scaleAbove([
          ["A", "計画どおり"],
          ["B", "遅れ"],
          ["－", "未定"],
        ])
      )
    ).toBe("A+ B －?");
  });
});
