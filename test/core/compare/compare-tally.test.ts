import { compare, row } from "./rules/plans";

/*
 * The comparison's tallies: each entry's change counted under its goal and its department (this
 * year's, else last year's for what was dropped), with both years' achievement rates (A and B
 * achieved, of the entries rated).
 */

const counts = {
  up: 0,
  same: 0,
  down: 0,
  newlyRated: 0,
  unrated: 0,
  changed: 0,
  added: 0,
  dropped: 0,
};

test("per goal and per department: every kind of change counted once, with both years' rates", () => {
  const c = compare(
    [
      row("1 講座", "総務課", "C"),
      row("2 相談", "企画課", "B"),
      row(null, "財政課", "C"),
      ["Ⅱ 安全", "1 防災", ...row("3 訓練", "総務課", "A").slice(2)],
      row("4 広報", "財政課", ""),
      row("5 清掃", "企画課", "C"),
    ],
    [
      row("1 講座", "総務課", "B"),
      row("2 相談", "企画課", "D"),
      ["Ⅱ 安全", "1 防災", ...row("3 訓練", "総務課", "A").slice(2)],
      row(null, "企画課", "C"),
      row("4 広報", "財政課", "B"),
      row("5 清掃", "企画課", ""),
    ]
  );
  expect(c.byGoal).toEqual([
    // Goal Ⅰ last year C, B, C (1 of 3 achieved); this year B, D.
    {
      ...counts,
      key: "I",
      title: "目標",
      up: 1,
      down: 1,
      dropped: 1,
      rateLast: 1 / 3,
      rateThis: 1 / 2,
    },
    // Goal Ⅱ last year A, (blank), C; this year A, C, B, (blank).
    {
      ...counts,
      key: "II",
      title: "安全",
      same: 1,
      added: 1,
      newlyRated: 1,
      unrated: 1,
      rateLast: 1 / 2,
      rateThis: 2 / 3,
    },
  ]);
  // Departments as the summary lists them: most entries this year first.
  expect(c.byDepartment).toEqual([
    {
      ...counts,
      key: "企画課",
      title: "",
      down: 1,
      added: 1,
      unrated: 1,
      rateLast: 1 / 2,
      rateThis: 0,
    },
    { ...counts, key: "総務課", title: "", up: 1, same: 1, rateLast: 1 / 2, rateThis: 1 },
    { ...counts, key: "財政課", title: "", dropped: 1, newlyRated: 1, rateLast: 0, rateThis: 1 },
  ]);
  expect(c.total).toEqual({
    ...counts,
    key: "",
    title: "",
    up: 1,
    same: 1,
    down: 1,
    newlyRated: 1,
    unrated: 1,
    added: 1,
    dropped: 1,
    rateLast: 2 / 5,
    rateThis: 3 / 5,
  });
});

test("a goal and a department gone this year keep a row under last year's numeral and title, with no rate this year", () => {
  const c = compare(
    [row("1 講座", "総務課", "A"), ["Ⅱ 安全", "1 防災", ...row("2 訓練", "福祉課", "C").slice(2)]],
    [row("1 講座", "総務課", "A")]
  );
  expect(c.byGoal).toEqual([
    { ...counts, key: "I", title: "目標", same: 1, rateLast: 1, rateThis: 1 },
    { ...counts, key: "II", title: "安全", dropped: 1, rateLast: 0, rateThis: null },
  ]);
  expect(c.byDepartment).toEqual([
    { ...counts, key: "総務課", title: "", same: 1, rateLast: 1, rateThis: 1 },
    { ...counts, key: "福祉課", title: "", dropped: 1, rateLast: 0, rateThis: null },
  ]);
});

test("a renamed department is counted under its new name, with last year's rate of its former name", () => {
  const c = compare(
    [
      row("1 講座", "人権推進課", "C"),
      row("2 相談", "人権推進課", "A"),
      row("3 広報", "企画課", "A"),
    ],
    [
      row("1 講座", "総務人権推進課", "A"),
      row("2 相談", "総務人権推進課", "A"),
      row("3 広報", "企画課", "A"),
    ]
  );
  expect(c.renamedDepartments).toEqual([{ from: "人権推進課", to: "総務人権推進課" }]);
  expect(c.byDepartment).toEqual([
    { ...counts, key: "総務人権推進課", title: "", up: 1, same: 1, rateLast: 1 / 2, rateThis: 1 },
    { ...counts, key: "企画課", title: "", same: 1, rateLast: 1, rateThis: 1 },
  ]);
});

test("nothing rated either year: the counts are kept, the rates are empty", () => {
  const c = compare([row("1 講座", "総務課", "")], [row("1 講座", "総務課", "")]);
  expect(c.total).toEqual({
    ...counts,
    key: "",
    title: "",
    unrated: 1,
    rateLast: null,
    rateThis: null,
  });
  expect(c.byGoal).toEqual([
    { ...counts, key: "I", title: "目標", unrated: 1, rateLast: null, rateThis: null },
  ]);
});
