import { validateSheet } from "../../../src/core/validate";
import {
  FORM_MARK,
  answerText,
  entryIds,
  fingerprint,
  keyCell,
  parseKeyCell,
  planId,
} from "../../../src/core/roundtrip/keys";
import { sheet } from "../../helpers/sheet";

const planOf = (data: (string | null)[][]) => validateSheet(sheet(data)).plan!;
const PLAN = [
  ["I 目標", "1 施策", "1 講座", "総務課", "A", "講座を開いた。"],
  [null, null, null, "総務課", "B", "もう一度開いた。"],
  [null, null, null, "企画課", "C", "参加した。"],
  [null, null, "2 相談", "総務課", "B", "相談を受けた。"],
];

describe("fingerprints", () => {
  test.each([
    ["", "811c9dc5"],
    ["a", "e40c292c"],
    ["foobar", "bf9cf968"],
  ])("FNV-1a of %j is %s", (text, print) => {
    expect(fingerprint(text)).toBe(print);
  });
});

describe("an answer as compared", () => {
  test.each([
    ["講座を開いた。", "講座を開いた。"],
    ["", ""],
    ["  講座を開いた。\r\n", "講座を開いた。"],
    ["一行目\r\n二行目\r三行目", "一行目\n二行目\n三行目"],
    ["一行目\r\n二行目", "一行目\n二行目"],
    [" 前に空白", "前に空白"],
    ["後に空白 ", "後に空白"],
  ])("%j as %j", (text, compared) => {
    expect(answerText(text)).toBe(compared);
  });
});

describe("the plan's id", () => {
  test("stays the same when ratings and narratives change", () => {
    const answered = PLAN.map((r) => [...r.slice(0, 4), "D", "別の報告。"]);
    expect(planId(planOf(answered))).toBe(planId(planOf(PLAN)));
  });

  test("changes with an item's title, a number or the parent", () => {
    const id = planId(planOf(PLAN));
    const retitled = PLAN.map((r, i) =>
      i === 3 ? [...r.slice(0, 2), "2 窓口相談", ...r.slice(3)] : r
    );
    const renumbered = PLAN.map((r, i) =>
      i === 3 ? [...r.slice(0, 2), "3 相談", ...r.slice(3)] : r
    );
    const moved = PLAN.map((r, i) => (i === 3 ? [null, "2 施策二", ...r.slice(2)] : r));
    expect(new Set([id, ...[retitled, renumbered, moved].map((p) => planId(planOf(p)))]).size).toBe(
      4
    );
  });
});

describe("each entry's id", () => {
  test("goal, measure, item and department; a department's second row in one item is numbered", () => {
    expect(entryIds(planOf(PLAN))).toEqual([
      '["I","1","1","総務課"]',
      '["I","1","1","総務課"]#2',
      '["I","1","1","企画課"]',
      '["I","1","2","総務課"]',
    ]);
  });

  test("a block without a number is named by its title", () => {
    const plan = planOf([["I 目標", "施策", "講座", "総務課", "A", "講座を開いた。"]]);
    expect(entryIds(plan)).toEqual(['["I","施策","講座","総務課"]']);
  });

  test("an item without a goal or measure column has empty parts", () => {
    const header = ["取組項目", "担当課", "達成度", "取組状況"];
    const plan = validateSheet(sheet([["1 講座", "総務課", "A", "開いた。"]], { header })).plan!;
    expect(entryIds(plan)).toEqual(['["","","1","総務課"]']);
  });
});

describe("a key cell", () => {
  const key = {
    plan: "0a1b2c3d",
    id: '["I","1","1","総務課"]',
    department: "総務課",
    sentRating: "e40c292c",
    sentNarrative: "811c9dc5",
  };

  test("is written as the form's mark and the key's fields, and read back", () => {
    const text = keyCell(key);
    expect(JSON.parse(text)).toEqual([
      FORM_MARK,
      "0a1b2c3d",
      '["I","1","1","総務課"]',
      "総務課",
      "e40c292c",
      "811c9dc5",
    ]);
    expect(parseKeyCell(text)).toEqual(key);
  });

  test.each([
    ["another cell's text", "総務課"],
    ["the mark not first", JSON.stringify(["x", FORM_MARK, "a", "b", "c", "d"])],
    ["broken JSON", `["${FORM_MARK}", "a"`],
    ["five fields", JSON.stringify([FORM_MARK, "a", "b", "c", "d"])],
    ["seven fields", JSON.stringify([FORM_MARK, "a", "b", "c", "d", "e", "f"])],
    ["a field that is not text", JSON.stringify([FORM_MARK, "a", "b", "c", "d", 5])],
  ])("is not read from %s", (_, text) => {
    expect(parseKeyCell(text)).toBeNull();
  });
});
