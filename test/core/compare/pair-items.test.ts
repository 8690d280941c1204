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

  test("the best score pairs first; on a tie, this year's earlier item", () => {
    // 子育て相談窓口を設置 is one character from this year's title (0.9), の新設 two (0.8).
    expect(
      pairs(
        [
          row("Ⅰ 目標", "1 施策", "1 子育て相談窓口の新設"),
          row(null, null, "2 子育て相談窓口を設置"),
        ],
        [row("Ⅰ 目標", "1 施策", "3 子育て相談窓口の設置")]
      )
    ).toEqual([
      ["Ⅰ 目標/1 子育て相談窓口の新設", null, 0, false],
      ["Ⅰ 目標/2 子育て相談窓口を設置", "Ⅰ 目標/3 子育て相談窓口の設置", 0.9, false],
    ]);
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

  test("of two titles as alike, the one in the same place pairs, wherever it stands in the list", () => {
    // 広報誌の発行 and 広報紙の発刊 are each one character from 広報紙の発行; the second is item 3 again.
    expect(
      pairs(
        [row("Ⅰ 目標", "1 施策", "3 広報紙の発行")],
        [row("Ⅰ 目標", "1 施策", "1 広報誌の発行"), row(null, null, "3 広報紙の発刊")]
      )
    ).toEqual([
      [null, "Ⅰ 目標/1 広報誌の発行", 0, false],
      ["Ⅰ 目標/3 広報紙の発行", "Ⅰ 目標/3 広報紙の発刊", 0.833, false],
    ]);
  });

  test("a title edited in place pairs within its measure, before a closer title under another measure", () => {
    // 0.8 alike in its own measure; 0.9 alike under another measure of the same goal.
    expect(
      pairs(
        [row("Ⅰ 目標", "1 相談の充実", "1 子育て相談窓口の設置")],
        [
          row("Ⅰ 目標", "1 相談の充実", "5 子育て相談窓口の新設"),
          row(null, "2 窓口の改善", "6 子育て相談窓口を設置"),
        ]
      )
    ).toEqual([
      ["Ⅰ 目標/1 子育て相談窓口の設置", "Ⅰ 目標/5 子育て相談窓口の新設", 0.8, false],
      [null, "Ⅰ 目標/6 子育て相談窓口を設置", 0, false],
    ]);
  });

  test("a title edited under another measure pairs within its goal, before a closer title under another goal", () => {
    expect(
      pairs(
        [row("Ⅰ 目標", "1 相談の充実", "1 子育て相談窓口の設置")],
        [
          row("Ⅰ 目標", "2 窓口の改善", "5 子育て相談窓口の新設"),
          row("Ⅱ 目標", "1 相談の充実", "6 子育て相談窓口を設置"),
        ]
      )
    ).toEqual([
      ["Ⅰ 目標/1 子育て相談窓口の設置", "Ⅰ 目標/5 子育て相談窓口の新設", 0.8, false],
      [null, "Ⅱ 目標/6 子育て相談窓口を設置", 0, false],
    ]);
  });

  test("in a plan with no measure column, edited titles pair within the goal", () => {
    const plan = (rows: CellValue[][], name: string) =>
      validateSheet(
        sheet(rows, { name, header: ["基本目標", "取組項目", "担当課", "達成度", "取組状況"] })
      ).plan!;
    const last = plan([["Ⅰ 目標", "1 子育て相談窓口の設置", "総務課", "A", "した。"]], "R4");
    const current = plan([["Ⅰ 目標", "1 子育て相談窓口の新設", "総務課", "A", "した。"]], "R5");
    expect(pairItems(last, current)).toEqual([{ last: 0, this: 0, score: 0.8, unsure: false }]);
  });

  test("the place counts only for the same number under the same goal and measure", () => {
    // 広報紙の発行 → 広報誌の配布と周知: 1/3 alike, paired only as item 3 of the same measure (above).
    const far = (last: CellValue[], current: CellValue[]) =>
      pairs([last], [current]).map((p) => p[0] !== null && p[1] !== null);
    expect(
      far(
        row("Ⅰ 目標", "1 施策", "3 広報紙の発行"),
        row("Ⅰ 目標", "2 施策", "3 広報誌の配布と周知")
      )
    ).toEqual([false, false]);
    expect(
      far(
        row("Ⅰ 目標", "1 施策", "3 広報紙の発行"),
        row("Ⅱ 目標", "1 施策", "3 広報誌の配布と周知")
      )
    ).toEqual([false, false]);
    // Neither numbered: 5 of 11 alike is not enough.
    expect(
      far(row("Ⅰ 目標", "1 施策", "講座の開催"), row("Ⅰ 目標", "1 施策", "講座の開催と周知の徹底"))
    ).toEqual([false, false]);
  });

  test("the same title under another measure and number still pairs", () => {
    expect(
      pairs(
        [row("Ⅰ 目標", "1 施策", "1 講座"), row(null, null, "2 相談")],
        [row("Ⅰ 目標", "1 施策", "1 相談"), row(null, "2 施策", "5 講座")]
      )
    ).toEqual([
      ["Ⅰ 目標/2 相談", "Ⅰ 目標/1 相談", 1, false],
      ["Ⅰ 目標/1 講座", "Ⅰ 目標/5 講座", 1, false],
    ]);
  });

  test("a title last year had twice and this year once: the second is dropped", () => {
    expect(
      pairs(
        [row("Ⅰ 目標", "1 施策", "1 啓発"), row(null, null, "2 啓発")],
        [row("Ⅰ 目標", "1 施策", "1 啓発")]
      )
    ).toEqual([
      ["Ⅰ 目標/1 啓発", "Ⅰ 目標/1 啓発", 1, false],
      ["Ⅰ 目標/2 啓発", null, 0, false],
    ]);
  });

  test("an untitled item pairs only with an untitled one in its place, not with a titled one there", () => {
    expect(
      pairs(
        [
          row("Ⅰ 目標", "1 施策", "1 講座"),
          row(null, null, "2"),
          row(null, null, "3"),
          row(null, null, "4 研修"),
        ],
        [
          row("Ⅰ 目標", "1 施策", "1 講座"),
          row(null, null, "2"),
          row(null, null, "3 新規事業"),
          row(null, null, "4"),
        ]
      )
    ).toEqual([
      ["Ⅰ 目標/1 講座", "Ⅰ 目標/1 講座", 1, false],
      ["Ⅰ 目標/2", "Ⅰ 目標/2", 1, false],
      ["Ⅰ 目標/3", null, 0, false],
      ["Ⅰ 目標/4 研修", null, 0, false],
      [null, "Ⅰ 目標/3 新規事業", 0, false],
      [null, "Ⅰ 目標/4", 0, false],
    ]);
  });

  test("an item whose measure has nothing left this year is compared more widely, not lost", () => {
    expect(
      pairs(
        [row("Ⅰ 目標", "1 施策", "1 講座の開催A"), row(null, "2 研修", "5 研修会の開催")],
        [row("Ⅰ 目標", "1 施策", "1 講座の開催B")]
      )
    ).toEqual([
      ["Ⅰ 目標/1 講座の開催A", "Ⅰ 目標/1 講座の開催B", 0.833, false],
      ["Ⅰ 目標/5 研修会の開催", null, 0, false],
    ]);
  });
});
