import {
  foldTitle,
  itemPath,
  itemPathText,
  likeness,
  pairItems,
} from "../../../src/core/compare/pair-items";
import type { PlanRead } from "../../../src/core/model";
import type { CellValue } from "../../../src/core/snapshot";
import { validateSheet } from "../../../src/core/validate";
import { sheet } from "../../helpers/sheet";

/*
 * How last year's items find this year's: small plans written by hand, each pair named by the two
 * labels as the sheets write them (the whole sample's pairs are in compare.test.ts).
 */

/** A row of the seed's layout: goal, measure, item, one department rated A. */
const row = (goal: string | null, measure: string | null, item: string): CellValue[] => [
  goal,
  measure,
  item,
  "総務課",
  "A",
  "した。",
];
const planOf = (rows: CellValue[][], name: string) => validateSheet(sheet(rows, { name })).plan!;

/** An item as a reader names it: its goal's label, then its own (Ⅰ 目標/2 啓発). */
const label = (plan: PlanRead, i: number) =>
  `${plan.goals[plan.items[i].goal]?.written ?? ""}/${plan.items[i].written}`;

/** The pairs of two lists of rows, as [last year's item, this year's item, score (3 places), unsure]. */
function pairs(last: CellValue[][], current: CellValue[][]) {
  const a = planOf(last, "R4");
  const b = planOf(current, "R5");
  return pairItems(a, b).map((p) => [
    p.last === null ? null : label(a, p.last),
    p.this === null ? null : label(b, p.this),
    Math.round(p.score * 1000) / 1000,
    p.unsure,
  ]);
}

describe("titles as compared", () => {
  test("width and case folded, spaces and line breaks left out", () => {
    expect(foldTitle("ＡＢＣ 講座\n開催")).toBe("abc講座開催");
    expect(foldTitle("　ＩＣＴ　活用　")).toBe("ict活用");
  });

  test("likeness: 1 for the same text, 0 for nothing in common, one minus the edits over the longer", () => {
    expect(likeness("講座の開催", "講座の開催")).toBe(1);
    expect(likeness("", "")).toBe(1);
    expect(likeness("講座", "")).toBe(0);
    expect(likeness("講座", "研修")).toBe(0);
    // One character changed in 11: 10/11. Three added to 7: 7/10.
    expect(likeness("男女共同参画講座の開催", "男女共同参画講座を開催")).toBeCloseTo(10 / 11, 9);
    expect(likeness("相談窓口の周知", "相談窓口の周知・広報")).toBeCloseTo(0.7, 9);
    expect(likeness("・広報相談窓口の周知", "相談窓口の周知")).toBeCloseTo(0.7, 9);
    // A text inside itself: what both start and end with is not counted twice.
    expect(likeness("aa", "a")).toBe(0.5);
    expect(likeness("a", "aa")).toBe(0.5);
    expect(likeness("abab", "ab")).toBe(0.5);
    expect(likeness("abcba", "aba")).toBeCloseTo(0.6, 9);
  });

  test("below the floor, the lengths alone answer: a bound, not the likeness", () => {
    // 2 characters against 10: at most 0.2 alike; with no floor, their real likeness (nothing in common).
    expect(likeness("講座", "市民相談窓口の設置等", 0.5)).toBeCloseTo(0.2, 9);
    expect(likeness("講座", "市民相談窓口の設置等")).toBe(0);
    // At the floor exactly, the likeness is worked out.
    expect(likeness("講座", "研修", 1)).toBe(0);
  });
});

describe("an item's place", () => {
  test("goal, measure and item numbers by value (Ⅱ is 2); written as the reader writes it: II-6-14", () => {
    const plan = planOf([row("Ⅱ 目標", "6 施策", "14 講座"), row(null, null, "講座の開催")], "R5");
    expect(plan.items.map((i) => itemPath(plan, i))).toEqual([
      { goal: "2", measure: "6", item: "14" },
      { goal: "2", measure: "6", item: "" },
    ]);
    expect(plan.items.map((i) => itemPathText(plan, i))).toEqual(["II-6-14", "II-6"]);
  });

  test("a plan with no goal or measure column: the item's number alone", () => {
    const plan = validateSheet(
      sheet([["3 講座", "総務課", "A", "した。"]], {
        header: ["取組項目", "担当課", "達成度", "取組状況"],
      })
    ).plan!;
    expect(itemPath(plan, plan.items[0])).toEqual({ goal: "", measure: "", item: "3" });
    expect(itemPathText(plan, plan.items[0])).toBe("3");
  });
});

describe("pairing last year's items with this year's", () => {
  test("the same title pairs wherever it moved, spaces aside: score 1, sure", () => {
    expect(
      pairs(
        [
          row("Ⅰ 目標", "1 施策", "1 講座の開催"),
          row(null, null, "2 相談窓口の設置"),
          row(null, null, "3 広報紙の発行"),
        ],
        [
          row("Ⅰ 目標", "1 施策", "1 相談窓口の設置"),
          row(null, null, "2 講座の 開催"),
          row(null, null, "3 広報紙の発行"),
        ]
      )
    ).toEqual([
      ["Ⅰ 目標/2 相談窓口の設置", "Ⅰ 目標/1 相談窓口の設置", 1, false],
      ["Ⅰ 目標/1 講座の開催", "Ⅰ 目標/2 講座の 開催", 1, false],
      ["Ⅰ 目標/3 広報紙の発行", "Ⅰ 目標/3 広報紙の発行", 1, false],
    ]);
  });

  test("a title this year has twice pairs with the one in the same place; with none there, the first", () => {
    expect(
      pairs(
        [row("Ⅰ 目標", "1 施策", "2 啓発")],
        [row("Ⅰ 目標", "1 施策", "1 啓発"), row(null, null, "2 啓発")]
      )
    ).toEqual([
      [null, "Ⅰ 目標/1 啓発", 0, false],
      ["Ⅰ 目標/2 啓発", "Ⅰ 目標/2 啓発", 1, false],
    ]);
    expect(
      pairs(
        [row("Ⅰ 目標", "1 施策", "3 啓発")],
        [row("Ⅰ 目標", "1 施策", "1 啓発"), row(null, null, "2 啓発")]
      )
    ).toEqual([
      ["Ⅰ 目標/3 啓発", "Ⅰ 目標/1 啓発", 1, false],
      [null, "Ⅰ 目標/2 啓発", 0, false],
    ]);
  });

  test("the same title under another goal loses to the one under the same goal and measure", () => {
    expect(
      pairs(
        [row("Ⅰ 目標", "1 施策", "1 啓発"), row("Ⅱ 目標", "1 施策", "2 啓発")],
        [row("Ⅰ 目標", "1 施策", "2 啓発"), row("Ⅱ 目標", "1 施策", "1 啓発")]
      )
    ).toEqual([
      // Last year's Ⅰ-1-1 has the same number as this year's Ⅱ-1-1, and the same goal and measure as Ⅰ-1-2: the number wins.
      ["Ⅱ 目標/2 啓発", "Ⅰ 目標/2 啓発", 1, false],
      ["Ⅰ 目標/1 啓発", "Ⅱ 目標/1 啓発", 1, false],
    ]);
  });

  test("items with no title pair by their place; elsewhere they are dropped and added", () => {
    expect(
      pairs(
        [row("Ⅰ 目標", "1 施策", "1 講座"), row(null, null, "2"), row(null, null, "3")],
        [row("Ⅰ 目標", "1 施策", "1 講座"), row(null, null, "2"), row(null, null, "4")]
      )
    ).toEqual([
      ["Ⅰ 目標/1 講座", "Ⅰ 目標/1 講座", 1, false],
      ["Ⅰ 目標/2", "Ⅰ 目標/2", 1, false],
      ["Ⅰ 目標/3", null, 0, false],
      [null, "Ⅰ 目標/4", 0, false],
    ]);
  });

  test("a small edit pairs surely; a rewrite pairs unsure; a title far off pairs only in its own place", () => {
    expect(
      pairs(
        [
          row("Ⅰ 目標", "1 施策", "1 男女共同参画講座の開催"),
          row(null, null, "2 相談窓口の周知"),
          row(null, null, "3 広報紙の発行"),
          row(null, null, "4 意識調査"),
        ],
        [
          row("Ⅰ 目標", "1 施策", "1 男女共同参画講座を開催"),
          row(null, null, "2 相談窓口の周知・広報"),
          row(null, null, "3 広報誌の配布と周知"),
          row(null, null, "5 研修会"),
        ]
      )
    ).toEqual([
      ["Ⅰ 目標/1 男女共同参画講座の開催", "Ⅰ 目標/1 男女共同参画講座を開催", 0.909, false],
      ["Ⅰ 目標/2 相談窓口の周知", "Ⅰ 目標/2 相談窓口の周知・広報", 0.7, true],
      // 1/3 alike: only because both are item 3 of the same measure.
      ["Ⅰ 目標/3 広報紙の発行", "Ⅰ 目標/3 広報誌の配布と周知", 0.333, true],
      ["Ⅰ 目標/4 意識調査", null, 0, false],
      [null, "Ⅰ 目標/5 研修会", 0, false],
    ]);
    // The same rewrite under another number is not paired.
    expect(
      pairs(
        [row("Ⅰ 目標", "1 施策", "3 広報紙の発行")],
        [row("Ⅰ 目標", "1 施策", "4 広報誌の配布と周知")]
      )
    ).toEqual([
      ["Ⅰ 目標/3 広報紙の発行", null, 0, false],
      [null, "Ⅰ 目標/4 広報誌の配布と周知", 0, false],
    ]);
  });

  test("half alike pairs, unsure; less does not", () => {
    // Under another measure and number: 4 of 8 characters alike is the least that pairs; 3 of 8 is not.
    expect(
      pairs([row("Ⅰ 目標", "1 施策", "1 abcd")], [row("Ⅰ 目標", "2 施策", "7 abcdwxyz")])
    ).toEqual([["Ⅰ 目標/1 abcd", "Ⅰ 目標/7 abcdwxyz", 0.5, true]]);
    expect(
      pairs([row("Ⅰ 目標", "1 施策", "1 abc")], [row("Ⅰ 目標", "2 施策", "7 abcvwxyz")])
    ).toEqual([
      ["Ⅰ 目標/1 abc", null, 0, false],
      [null, "Ⅰ 目標/7 abcvwxyz", 0, false],
    ]);
  });

  test("a title edited a little pairs across measures rather than with a middling title in its place", () => {
    // Two characters of ten changed (0.8, sure) under another measure; three (0.7) in the same place,
    // which adds 0.15 for the place: the sure edit still wins.
    expect(
      pairs(
        [row("Ⅰ 目標", "1 相談の充実", "1 子育て相談窓口の設置")],
        [
          row("Ⅰ 目標", "1 相談の充実", "1 子育て相談窓口を開設"),
          row(null, "2 窓口の改善", "2 子育て相談窓口の新設"),
        ]
      )
    ).toEqual([
      [null, "Ⅰ 目標/1 子育て相談窓口を開設", 0, false],
      ["Ⅰ 目標/1 子育て相談窓口の設置", "Ⅰ 目標/2 子育て相談窓口の新設", 0.8, false],
    ]);
  });

  test("this year's order; a dropped item after the item it followed, the first one before all", () => {
    expect(
      pairs(
        [
          row("Ⅰ 目標", "1 施策", "1 意識調査"),
          row(null, null, "2 講座"),
          row(null, null, "3 研修"),
          row(null, null, "4 広報"),
        ],
        [
          row("Ⅰ 目標", "1 施策", "1 広報"),
          row(null, null, "2 講座"),
          row(null, null, "3 新規事業"),
        ]
      )
    ).toEqual([
      ["Ⅰ 目標/1 意識調査", null, 0, false],
      ["Ⅰ 目標/4 広報", "Ⅰ 目標/1 広報", 1, false],
      ["Ⅰ 目標/2 講座", "Ⅰ 目標/2 講座", 1, false],
      ["Ⅰ 目標/3 研修", null, 0, false],
      [null, "Ⅰ 目標/3 新規事業", 0, false],
    ]);
  });

  test("the best score pairs first; on a tie, this year's earlier item, then last year's earlier", () => {
    expect(
      pairs(
        [row("Ⅰ 目標", "1 施策", "1 講座の開催A"), row(null, null, "2 講座の開催B")],
        [row("Ⅰ 目標", "1 施策", "3 講座の開催C"), row(null, null, "4 講座の開催D")]
      )
    ).toEqual([
      ["Ⅰ 目標/1 講座の開催A", "Ⅰ 目標/3 講座の開催C", 0.833, false],
      ["Ⅰ 目標/2 講座の開催B", "Ⅰ 目標/4 講座の開催D", 0.833, false],
    ]);
  });
});
