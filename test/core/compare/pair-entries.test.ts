import { pairEntries, rankings, renamedDepartments } from "../../../src/core/compare/pair-entries";
import type { ItemPair } from "../../../src/core/compare/types";
import type { CellValue } from "../../../src/core/snapshot";
import { validateSheet } from "../../../src/core/validate";
import { sheet } from "../../helpers/sheet";

/*
 * How the entries (item × department) of paired items are matched, and how each change is called:
 * small plans written by hand, the item pairs given (pair-items.test.ts checks how they are found).
 */

/** One entry row under goal Ⅰ, measure 1: item label, department, rating. */
const row = (item: string | null, department: string, rating: string): CellValue[] => [
  null,
  null,
  item,
  department,
  rating,
  item ? "した。" : null,
];
const planOf = (rows: CellValue[][], name: string, legend?: [string, string][]) => {
  const [first, ...rest] = rows;
  return validateSheet(sheet([["Ⅰ 目標", "1 施策", ...first.slice(2)], ...rest], { name, legend }))
    .plan!;
};
/** Item i of last year paired with item i of this year, for the first n items. */
const same = (n: number): ItemPair[] =>
  Array.from({ length: n }, (_, i) => ({ last: i, this: i, score: 1, unsure: false }));

describe("departments renamed between the years", () => {
  test("a name only last year, beside a name only this year in most of its items, is renamed to it", () => {
    const last = planOf(
      [
        row("1 講座", "人権推進課", "A"),
        row("2 相談", "人権推進課", "B"),
        row("3 広報", "人権推進課", "A"),
        row(null, "企画課", "A"),
      ],
      "R4"
    );
    const current = planOf(
      [
        row("1 講座", "総務人権推進課", "A"),
        row("2 相談", "総務人権推進課", "B"),
        row("3 広報", "企画課", "A"),
      ],
      "R5"
    );
    // 2 of its 3 items: more than half.
    expect([...renamedDepartments(last, current, same(3))]).toEqual([
      ["人権推進課", "総務人権推進課"],
    ]);
  });

  test("a name found in both years is never the new name, however often it stands beside the old one", () => {
    const last = planOf(
      [
        row("1 講座", "人権推進課\n企画課", "A\nA"),
        row("2 相談", "人権推進課\n企画課", "A\nA"),
        row("3 広報", "人権推進課\n企画課", "A\nA"),
      ],
      "R4"
    );
    const current = planOf(
      [
        row("1 講座", "企画課\n総務人権推進課", "A\nA"),
        row("2 相談", "企画課\n総務人権推進課", "A\nA"),
        row("3 広報", "企画課", "A"),
      ],
      "R5"
    );
    expect([...renamedDepartments(last, current, same(3))]).toEqual([
      ["人権推進課", "総務人権推進課"],
    ]);
  });

  test("beside the new name in half of its items only: not renamed", () => {
    const last = planOf([row("1 講座", "人権推進課", "A"), row("2 相談", "人権推進課", "B")], "R4");
    const current = planOf(
      [row("1 講座", "総務人権推進課", "A"), row("2 相談", "企画課", "B")],
      "R5"
    );
    expect([...renamedDepartments(last, current, same(2))]).toEqual([]);
  });

  test("two old names beside one new name: only the one beside it more often is renamed", () => {
    const last = planOf(
      [row("1 講座", "人権課", "A"), row("2 相談", "推進課", "A"), row("3 広報", "推進課", "A")],
      "R4"
    );
    const current = planOf(
      [
        row("1 講座", "人権推進課", "A"),
        row("2 相談", "人権推進課", "A"),
        row("3 広報", "人権推進課", "A"),
      ],
      "R5"
    );
    expect([...renamedDepartments(last, current, same(3))]).toEqual([["推進課", "人権推進課"]]);
  });

  test("one old name beside two new ones: the first it met most often", () => {
    const last = planOf([row("1 講座", "人権課", "A"), row("2 相談", "人権課", "A")], "R4");
    const current = planOf(
      [row("1 講座", "総務課\n人権推進課", "A\nA"), row("2 相談", "人権推進課\n総務課", "A\nA")],
      "R5"
    );
    expect([...renamedDepartments(last, current, same(2))]).toEqual([["人権課", "総務課"]]);
  });

  test("a name written with other spaces or widths is the same name; unpaired items and blank names count for nothing", () => {
    const last = planOf(
      [row("1 講座", "人権推進課", "A"), row("2 相談", "", "A"), row("3 広報", "広報課", "A")],
      "R4"
    );
    const current = planOf(
      [
        row("1 講座", "人権 推進課", "A"),
        row("2 相談", "企画課", "A"),
        row("3 広報", "情報課", "A"),
      ],
      "R5"
    );
    const items: ItemPair[] = [
      { last: 0, this: 0, score: 1, unsure: false },
      { last: 1, this: 1, score: 1, unsure: false },
      { last: 2, this: null, score: 0, unsure: false },
      { last: null, this: 2, score: 0, unsure: false },
    ];
    expect([...renamedDepartments(last, current, items)]).toEqual([]);
  });
});

const SEED: [string, string][] = [
  ["区分", "達成度"],
  ["A", "計画以上（100%～）"],
  ["B", "計画どおり（70～99%）"],
  ["C", "計画以下（1～69%）"],
  ["D", "未着手（0%）"],
  ["－", "評価対象外"],
];
/** The same meanings written worst first, numbered: 4 is the best. */
const NUMBERED: [string, string][] = [
  ["区分", "達成度"],
  ["1", "未着手（0%）"],
  ["2", "計画以下（1～69%）"],
  ["3", "計画どおり（70～99%）"],
  ["4", "計画以上（100%～）"],
];

describe("how each year's scale ranks its codes", () => {
  test("the legend's order, best first, over the evaluable codes; a legend written worst first the other way round", () => {
    const seed = planOf([row("1 講座", "総務課", "A")], "R4", SEED);
    const numbered = planOf([row("1 講座", "総務課", "4")], "R5", NUMBERED);
    const r = rankings(seed, numbered);
    expect(["A", "B", "C", "D", "－"].map((c) => r.rank("last", c))).toEqual([
      0,
      1,
      2,
      3,
      undefined,
    ]);
    expect(["4", "3", "2", "1", "A"].map((c) => r.rank("this", c))).toEqual([
      0,
      1,
      2,
      3,
      undefined,
    ]);
    expect(r.alike).toBe(true);
  });

  test("scales with other numbers of evaluable codes are not alike", () => {
    const three: [string, string][] = [
      ["区分", "達成度"],
      ["A", "計画どおり"],
      ["B", "やや遅れ"],
      ["C", "遅れ"],
    ];
    const r = rankings(
      planOf([row("1 講座", "総務課", "A")], "R4", SEED),
      planOf([row("1 講座", "総務課", "A")], "R5", three)
    );
    expect(r.alike).toBe(false);
  });
});

/** Each change as [status, last year's department and rating, this year's]. */
function changes(
  lastRows: CellValue[][],
  currentRows: CellValue[][],
  items: ItemPair[],
  o: {
    renamed?: Map<string, string>;
    lastLegend?: [string, string][];
    legend?: [string, string][];
  } = {}
) {
  const last = planOf(lastRows, "R4", o.lastLegend ?? SEED);
  const current = planOf(currentRows, "R5", o.legend ?? SEED);
  return pairEntries(last, current, items, o.renamed ?? new Map(), rankings(last, current)).map(
    (c) => [
      c.status,
      c.pair,
      c.last && `${c.last.department}:${c.last.rating}`,
      c.this && `${c.this.department}:${c.this.rating}`,
    ]
  );
}

describe("entries of paired items", () => {
  test("by department: up, down, the same, newly rated, unrated, added and dropped", () => {
    expect(
      changes(
        [
          row("1 講座", "総務課", "C"),
          row(null, "企画課", "A"),
          row(null, "財政課", "B"),
          row(null, "人事課", ""),
          row(null, "税務課", "A"),
          row(null, "市民課", "B"),
        ],
        [
          // This year's order: 企画課 first.
          row("1 講座", "企画課", "B"),
          row(null, "総務課", "A"),
          row(null, "財政課", "B"),
          row(null, "人事課", "A"),
          row(null, "税務課", ""),
          row(null, "福祉課", "A"),
        ],
        same(1)
      )
    ).toEqual([
      ["down", 0, "企画課:A", "企画課:B"],
      ["up", 0, "総務課:C", "総務課:A"],
      ["same", 0, "財政課:B", "財政課:B"],
      ["newly-rated", 0, "人事課:", "人事課:A"],
      ["unrated", 0, "税務課:A", "税務課:"],
      ["added", 0, null, "福祉課:A"],
      ["dropped", 0, "市民課:B", null],
    ]);
  });

  test("a rating that is no code is unrated this year, and last year's makes this year's newly rated", () => {
    expect(
      changes(
        [row("1 講座", "総務課", "済"), row(null, "企画課", "A")],
        [row("1 講座", "総務課", "A"), row(null, "企画課", "済")],
        same(1)
      )
    ).toEqual([
      ["newly-rated", 0, "総務課:済", "総務課:A"],
      ["unrated", 0, "企画課:A", "企画課:済"],
    ]);
  });

  test("a not-evaluable code, or scales that do not rank alike: the same code is the same, another is changed", () => {
    expect(
      changes(
        [row("1 講座", "総務課", "－"), row(null, "企画課", "－"), row(null, "財政課", "A")],
        [row("1 講座", "総務課", "－"), row(null, "企画課", "A"), row(null, "財政課", "－")],
        same(1)
      )
    ).toEqual([
      ["same", 0, "総務課:－", "総務課:－"],
      ["changed", 0, "企画課:－", "企画課:A"],
      ["changed", 0, "財政課:A", "財政課:－"],
    ]);
    const three: [string, string][] = [
      ["区分", "達成度"],
      ["A", "計画どおり"],
      ["B", "やや遅れ"],
      ["C", "遅れ"],
    ];
    expect(
      changes(
        [row("1 講座", "総務課", "A"), row(null, "企画課", "A")],
        [row("1 講座", "総務課", "A"), row(null, "企画課", "B")],
        same(1),
        { legend: three }
      )
    ).toEqual([
      ["same", 0, "総務課:A", "総務課:A"],
      ["changed", 0, "企画課:A", "企画課:B"],
    ]);
  });

  test("a legend written worst first: a higher number is better", () => {
    expect(
      changes(
        [row("1 講座", "総務課", "2"), row(null, "企画課", "3")],
        [row("1 講座", "総務課", "3"), row(null, "企画課", "2")],
        same(1),
        { lastLegend: NUMBERED, legend: NUMBERED }
      )
    ).toEqual([
      ["up", 0, "総務課:2", "総務課:3"],
      ["down", 0, "企画課:3", "企画課:2"],
    ]);
  });

  test("two years with different legends: each rating ranked by its own year's legend", () => {
    // Last year 1–4 (4 best), this year A–D (A best): 3 was second best, A is the best → up.
    expect(
      changes(
        [row("1 講座", "総務課", "3"), row(null, "企画課", "4")],
        [row("1 講座", "総務課", "A"), row(null, "企画課", "C")],
        same(1),
        { lastLegend: NUMBERED }
      )
    ).toEqual([
      ["up", 0, "総務課:3", "総務課:A"],
      ["down", 0, "企画課:4", "企画課:C"],
    ]);
  });

  test("a renamed department pairs with its new name; its own name first when both are there", () => {
    const renamed = new Map([["人権推進課", "総務人権推進課"]]);
    expect(
      changes(
        [
          row("1 講座", "人権推進課", "B"),
          row("2 相談", "人権推進課", "A"),
          row(null, "総務人権推進課", "B"),
        ],
        [row("1 講座", "総務人権推進課", "A"), row("2 相談", "総務人権推進課", "B")],
        same(2),
        { renamed }
      )
    ).toEqual([
      ["up", 0, "人権推進課:B", "総務人権推進課:A"],
      ["same", 1, "総務人権推進課:B", "総務人権推進課:B"],
      ["dropped", 1, "人権推進課:A", null],
    ]);
  });

  test("names compared with spaces and widths folded; a department twice pairs in order", () => {
    expect(
      changes(
        [row("1 講座", "総務 課", "A"), row("2 相談", "企画課", "A"), row(null, "企画課", "C")],
        [row("1 講座", "総務課", "A"), row("2 相談", "企画課", "B"), row(null, "企画課", "B")],
        same(2)
      )
    ).toEqual([
      ["same", 0, "総務 課:A", "総務課:A"],
      ["down", 1, "企画課:A", "企画課:B"],
      ["up", 1, "企画課:C", "企画課:B"],
    ]);
  });

  test("an item with no counterpart: each of its entries added, or dropped", () => {
    expect(
      changes(
        [row("1 講座", "総務課", "A"), row(null, "企画課", "B")],
        [row("1 相談", "財政課", "C")],
        [
          { last: 0, this: null, score: 0, unsure: false },
          { last: null, this: 0, score: 0, unsure: false },
        ]
      )
    ).toEqual([
      ["dropped", 0, "総務課:A", null],
      ["dropped", 0, "企画課:B", null],
      ["added", 1, null, "財政課:C"],
    ]);
  });

  test("each side names its entry, sheet, cell, item and whether its rating is a code", () => {
    const long = "講座の開催と周知の徹底について市民全体への広報を行うための取組";
    const last = planOf([row("1 講座", "総務課", "Ａ"), row(long, "企画課", "済")], "R4");
    const current = planOf([row("1 講座", "総務課", "B"), row(long, "", "")], "R5");
    const out = pairEntries(last, current, same(2), new Map(), rankings(last, current));
    expect(out.map((c) => [c.status, c.last, c.this])).toEqual([
      [
        "down",
        // Ａ (full width) is the code A.
        {
          entry: 0,
          sheet: "R4",
          cell: "E9",
          item: "1",
          department: "総務課",
          rating: "A",
          valid: true,
        },
        {
          entry: 0,
          sheet: "R5",
          cell: "E9",
          item: "1",
          department: "総務課",
          rating: "B",
          valid: true,
        },
      ],
      [
        "added",
        null,
        // An item with no number is named by its title's first 30 characters; no department, no rating.
        {
          entry: 1,
          sheet: "R5",
          cell: "E10",
          item: "講座の開催と周知の徹底について市民全体への広報を行うための取",
          department: "",
          rating: "",
          valid: false,
        },
      ],
      [
        "dropped",
        {
          entry: 1,
          sheet: "R4",
          cell: "E10",
          item: "講座の開催と周知の徹底について市民全体への広報を行うための取",
          department: "企画課",
          rating: "済",
          valid: false,
        },
        null,
      ],
    ]);
  });
});
