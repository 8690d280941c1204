import { WORDS } from "../../../src/core/i18n/words";
import type { Lang } from "../../../src/core/issues";

/*
 * The sentences of the word catalogues (ja.ts, en.ts): each shows every value it is given, in both
 * languages, and the few that change with a value (a plural, a deadline, an era) say the right thing.
 */

type Sentence = (...args: never[]) => string;

/** Every sentence of a catalogue by its path ("report.header"). */
function sentences(words: object, at = ""): [string, Sentence][] {
  return Object.entries(words).flatMap(([key, word]: [string, unknown]) =>
    typeof word === "function"
      ? [[`${at}${key}`, word as Sentence]]
      : typeof word === "object" && word !== null && !Array.isArray(word)
        ? sentences(word, `${at}${key}.`)
        : []
  );
}

/** A merge finding with every place filled in; `args` as its code has them. */
const finding = (args: object) => ({
  department: "企画課",
  item: "12",
  formCell: "回答!E5",
  planCell: "一覧!E20",
  files: ["02_企画課.xlsx"],
  args,
});

/** Each sentence's arguments, and the values its text must show. */
const CASES: Record<string, { args: unknown[]; shows: (string | number)[] }> = {
  "summary.source": { args: ["R5達成状況", "2024/05/01"], shows: ["R5達成状況", "2024/05/01"] },
  "summary.year": { args: [2000], shows: [] },
  "summary.chart": { args: ["X"], shows: [] },
  ...Object.fromEntries(
    [
      "not-found",
      "is-directory",
      "empty-file",
      "not-workbook",
      "truncated",
      "encrypted",
      "old-xls",
      "xlsb",
      "too-large",
      "too-many-rows",
      "too-many-cells",
      "too-many-merges",
      "no-sheets",
      "sheet-not-found",
      "overlapping-merges",
      "file-too-large",
      "no-answer",
      "unknown-encoding",
    ].map((code) => [`readFailure.${code}`, { args: ["plan-r5.xlsx"], shows: ["plan-r5.xlsx"] }])
  ),
  "report.sheets": { args: ["plan.xlsx", ["目標1"]], shows: ["plan.xlsx", "目標1"] },
  "report.header": { args: [8, 3, "A–F"], shows: [8, 3, "A–F"] },
  "report.notEvaluable": { args: ["-, 未"], shows: ["-, 未"] },
  "report.legendAt": { args: ["凡例!A2"], shows: ["凡例!A2"] },
  "report.codes": { args: ["S, A, B"], shows: ["S, A, B"] },
  "report.year": { args: ["令和5年度達成度", "F"], shows: ["令和5年度達成度", "F"] },
  "report.ratingColumn": { args: ["G", "担当課評価", 3], shows: ["G", "担当課評価", 3] },
  "report.counts": {
    args: [{ goals: 101, measures: 202, items: 303, entries: 404 }],
    shows: [101, 202, 303, 404],
  },
  "report.totals": { args: [101, 202], shows: [101, 202] },
  "report.fix": { args: ["E12", "B"], shows: ["E12", "B"] },
  "compare.yearColumn": { args: ["令和4年度"], shows: ["令和4年度"] },
  "compare.source": {
    args: ["plan.xlsx", ["R4"], "（令和4年度の列）"],
    shows: ["plan.xlsx", "R4", "（令和4年度の列）"],
  },
  "compare.last": { args: ["plan-r4.xlsx"], shows: ["plan-r4.xlsx"] },
  "compare.this": { args: ["plan-r5.xlsx"], shows: ["plan-r5.xlsx"] },
  "compare.items": {
    args: [{ paired: 101, added: 202, dropped: 303, renumbered: 404, unsure: 505 }],
    shows: [101, 202, 303, 404, 505],
  },
  "compare.ratings": {
    args: [
      {
        up: 101,
        same: 202,
        down: 303,
        newlyRated: 404,
        unrated: 505,
        changed: 606,
        added: 707,
        dropped: 808,
      },
    ],
    shows: [101, 202, 303, 404, 505, 606, 707, 808],
  },
  "compare.rate": { args: ["81.2%", "84.0%"], shows: ["81.2%", "84.0%"] },
  "compare.warnings": { args: [101], shows: [101] },
  "compare.noEarlierYear": { args: ["plan.xlsx"], shows: ["plan.xlsx"] },
  "write.cannotWrite": { args: ["out.xlsx", "EACCES"], shows: ["out.xlsx", "EACCES"] },
  "write.cannotRead": { args: ["plan.xlsx", "EIO"], shows: ["plan.xlsx", "EIO"] },
  "write.wrote": {
    args: ["out.xlsx", ["集計", "担当課別"]],
    shows: ["out.xlsx", "集計", "担当課別"],
  },
  "write.sameAsInput": { args: ["plan.xlsx"], shows: ["plan.xlsx"] },
  "write.notAFile": { args: ["/dev/null"], shows: ["/dev/null"] },
  "write.noFolder": { args: ["out/"], shows: ["out/"] },
  "split.notAFolder": { args: ["forms/"], shows: ["forms/"] },
  "split.formThere": { args: ["01_総務課.xlsx"], shows: ["01_総務課.xlsx"] },
  "split.cannotWrite": { args: ["forms/", "ENOSPC"], shows: ["forms/", "ENOSPC"] },
  "split.wrote": { args: [101, "forms/"], shows: [101, "forms/"] },
  "split.unassigned": { args: [101], shows: [101] },
  "merge.merged": { args: [101, "out.xlsx", 202, 303], shows: [101, "out.xlsx", 202, 303] },
  "merge.notAForm": { args: ["a.xlsx"], shows: ["a.xlsx"] },
  "merge.noFormHeader": { args: ["a.xlsx"], shows: ["a.xlsx"] },
  "mergeFinding.form-missing": { args: [finding({ entries: 101 })], shows: ["企画課", 101] },
  "mergeFinding.form-other-plan": { args: [finding({})], shows: ["02_企画課.xlsx"] },
  "mergeFinding.entry-missing": { args: [finding({})], shows: ["企画課", "12"] },
  "mergeFinding.entry-unanswered": { args: [finding({})], shows: ["企画課", "12", "回答!E5"] },
  "mergeFinding.changed-outside-answers": {
    args: [finding({ sent: "講座", found: "研修" })],
    shows: ["企画課", "回答!E5 → 一覧!E20", "講座", "研修"],
  },
  "mergeFinding.answered-twice": {
    args: [finding({ count: 101 })],
    shows: ["企画課", 101, "02_企画課.xlsx"],
  },
  "mergeFinding.answers-differ": { args: [finding({})], shows: ["企画課", "12", "回答!E5"] },
  "mergeFinding.key-unknown": { args: [finding({})], shows: ["02_企画課.xlsx", "回答!E5"] },
  "mergeFinding.row-without-key": { args: [finding({})], shows: ["02_企画課.xlsx", "回答!E5"] },
  "mergeFinding.rating-not-in-list": {
    args: [finding({ value: "Z", codes: "A, B, C, D" })],
    shows: ["企画課", "12", "Z", "A, B, C, D", "回答!E5"],
  },
  "mergeFinding.shared-answer-differs": {
    args: [finding({ field: "rating", departments: "総務課、企画課" })],
    shows: ["12", "一覧!E20", "総務課、企画課"],
  },
  "mergeFinding.shared-rating-waiting": {
    args: [finding({ waiting: "財政課", departments: "総務課" })],
    shows: ["12", "一覧!E20", "財政課", "総務課"],
  },
  "usage.noCommand": { args: ["validate, compare"], shows: ["validate, compare", "achv --help"] },
  "usage.unknownCommand": {
    args: ["chek", "validate, compare"],
    shows: ["chek", "validate, compare"],
  },
  "usage.missingFile": { args: ["achv validate FILE"], shows: ["achv validate FILE"] },
  "usage.missingOut": {
    args: ["achv summarize FILE --out OUT"],
    shows: ["achv summarize FILE --out OUT"],
  },
  "usage.missingOutDir": {
    args: ["achv split FILE --out-dir DIR"],
    shows: ["achv split FILE --out-dir DIR"],
  },
  "usage.missingForms": { args: ["achv merge PLAN FORMS"], shows: ["achv merge PLAN FORMS"] },
  "usage.extraArgument": { args: ["b.xlsx"], shows: ["b.xlsx", "achv --help"] },
  "usage.unknownOption": { args: ["--yaer"], shows: ["--yaer", "achv --help"] },
  "usage.optionValue": { args: ["--year"], shows: ["--year", "achv --help"] },
  "usage.optionNotFor": {
    args: ["--deadline", "validate"],
    shows: ["--deadline", "achv validate --help"],
  },
  "usage.badLang": { args: ["fr"], shows: ["fr"] },
  "usage.badYear": { args: ["R99x"], shows: ["R99x"] },
  "form.error": { args: ["A, B, C, D"], shows: ["A, B, C, D"] },
  "form.notice": { args: ["企画課", "6月30日"], shows: ["企画課", "6月30日"] },
  "compareSheet.source": {
    args: ["plan-r4.xlsx", "plan-r5.xlsx", "2024/05/01"],
    shows: ["plan-r4.xlsx", "plan-r5.xlsx", "2024/05/01"],
  },
};

const LANGS: Lang[] = ["ja", "en"];

test("every sentence of the catalogues is among the cases below", () => {
  for (const lang of LANGS)
    expect(
      sentences(WORDS[lang])
        .map(([path]) => path)
        .sort()
    ).toEqual(Object.keys(CASES).sort());
});

describe.each(LANGS)("in %s", (lang) => {
  test.each(Object.keys(CASES))("%s shows every value it is given", (path) => {
    const sentence = new Map(sentences(WORDS[lang])).get(path)!;
    const { args, shows } = CASES[path];
    const text = sentence(...(args as never[]));
    expect(text).not.toMatch(/undefined|NaN|\[object|^\s*$/);
    for (const value of shows) expect(text).toContain(String(value));
  });
});

test("a sheet, or several: the English says sheet or sheets; the Japanese brackets each", () => {
  expect(WORDS.en.report.sheets("plan.xlsx", ["一覧"])).toBe('plan.xlsx — sheet "一覧"');
  expect(WORDS.en.report.sheets("plan.xlsx", ["目標1", "目標2"])).toBe(
    'plan.xlsx — sheets "目標1", "目標2"'
  );
  expect(WORDS.ja.report.sheets("plan.xlsx", ["目標1", "目標2"])).toBe(
    "plan.xlsx — シート「目標1」「目標2」"
  );
  expect(WORDS.en.compare.source("plan.xlsx", ["R4"], " (the FY2022 column)")).toBe(
    'plan.xlsx — sheet "R4" (the FY2022 column)'
  );
  expect(WORDS.en.compare.source("plan.xlsx", ["R4a", "R4b"], "")).toBe(
    'plan.xlsx — sheets "R4a", "R4b"'
  );
  expect(WORDS.ja.compare.source("plan.xlsx", ["R4a", "R4b"], "")).toBe(
    "plan.xlsx — シート「R4a」「R4b」"
  );
});

test("the header line names its repeats only when the header repeats", () => {
  expect(WORDS.ja.report.header(8, 0, "A 基本目標")).toBe("見出し: 8行目　列: A 基本目標");
  expect(WORDS.ja.report.header(8, 2, "A 基本目標")).toBe(
    "見出し: 8行目（各ページの繰り返し 2行）　列: A 基本目標"
  );
  expect(WORDS.en.report.header(8, 0, "A goal")).toBe("Header: row 8; columns: A goal");
  expect(WORDS.en.report.header(8, 2, "A goal")).toBe(
    "Header: row 8 (repeated on 2 more rows); columns: A goal"
  );
});

test("a form's first line names its deadline only when there is one", () => {
  expect(WORDS.ja.form.notice("企画課", "6月30日")).toBe(
    "回答票　担当課: 企画課　回答期限: 6月30日"
  );
  expect(WORDS.ja.form.notice("企画課", undefined)).toBe("回答票　担当課: 企画課");
  expect(WORDS.en.form.notice("企画課", "June 30")).toBe("Answer form: 企画課 (due June 30)");
  expect(WORDS.en.form.notice("企画課", undefined)).toBe("Answer form: 企画課");
});

test("a year in the Japanese era of its time, 元年 for the first; FY in English", () => {
  const ja = WORDS.ja.summary.year;
  expect([2023, 2020, 2019, 2018, 2000, 1990, 1989, 1988].map(ja)).toEqual([
    "令和5年度",
    "令和2年度",
    "令和元年度",
    "平成30年度",
    "平成12年度",
    "平成2年度",
    "平成元年度",
    "1988年度",
  ]);
  expect(WORDS.en.summary.year(2023)).toBe("FY2023");
});

test("a chart's title from its sheet's words", () => {
  expect(WORDS.ja.summary.chart("基本目標別")).toBe("基本目標別の達成度");
  expect(WORDS.en.summary.chart("By goal")).toBe("Ratings by goal");
});

test("a shared cell answered differently is named a rating or a narrative", () => {
  const f = (field: "rating" | "narrative") =>
    finding({ field, departments: "総務課、企画課" }) as Parameters<
      (typeof WORDS.ja.mergeFinding)["shared-answer-differs"]
    >[0];
  expect(WORDS.ja.mergeFinding["shared-answer-differs"](f("rating"))).toContain(
    "共通の達成度（一覧!E20）"
  );
  expect(WORDS.ja.mergeFinding["shared-answer-differs"](f("narrative"))).toContain(
    "共通の取組状況（一覧!E20）"
  );
  expect(WORDS.en.mergeFinding["shared-answer-differs"](f("rating"))).toContain(
    "shared rating (一覧!E20)"
  );
  expect(WORDS.en.mergeFinding["shared-answer-differs"](f("narrative"))).toContain(
    "shared narrative (一覧!E20)"
  );
});

test("the sheets written, listed with the language's separator", () => {
  expect(WORDS.ja.write.wrote("out.xlsx", ["集計", "担当課別"])).toBe(
    "out.xlsx に書き出しました: 集計、担当課別"
  );
  expect(WORDS.en.write.wrote("out.xlsx", ["By goal", "By department"])).toBe(
    "Wrote out.xlsx: By goal, By department"
  );
});
