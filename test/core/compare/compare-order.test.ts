import { compare, row } from "./rules/plans";

/* The comparison's findings in the report's order: warnings first, then this year's sheet by row and column, last year's after. */

/** 31 characters. */
const REPORT = "男女共同参画講座を年三回開催し、延べ百二十人の市民が参加した。";

test("warnings before notes; this year's cells by row, then column; last year's cells after this year's", () => {
  const c = compare(
    [
      row("1 広報", "財政課", "A"),
      row("2 講座", "総務課", "B"),
      row("3 相談", "企画課", "C", REPORT),
    ],
    [row("1 講座", "総務課", "A"), row("2 相談", "企画課", "D", REPORT)]
  );
  expect(c.issues.map((i) => [i.severity, i.code, i.cellIn, i.cell])).toEqual([
    ["warning", "rating-down", "this", "E10"],
    ["warning", "narrative-stale", "this", "F10"],
    ["warning", "item-dropped", "last", "C9"],
    ["info", "item-renumbered", "this", "C9"],
    ["info", "rating-up", "this", "E9"],
    ["info", "item-renumbered", "this", "C10"],
  ]);
});

test("findings at one cell keep the rules' order: renumbered before paired unsure", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), row("2 相談窓口の周知", "企画課", "A")],
    [
      row("1 講座", "総務課", "A"),
      row("2 研修", "財政課", "A"),
      row("3 相談窓口の周知・広報", "企画課", "A"),
    ]
  );
  expect(c.issues.map((i) => [i.code, i.cell])).toEqual([
    ["item-added", "C10"],
    ["item-renumbered", "C11"],
    ["item-pairing-unsure", "C11"],
  ]);
});
