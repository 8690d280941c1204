import { validateWorkbook } from "../../../src/core/validate";
import { planTable } from "../../../src/core/roundtrip/plan-table";
import { splitPlan } from "../../../src/core/roundtrip/split";
import { fingerprint, parseKeyCell } from "../../../src/core/roundtrip/keys";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { range, sheet } from "../../helpers/sheet";

const tableOf = (s: SheetSnapshot) => planTable({ sheets: [s], result: validateWorkbook([s]) })!;
const LEGEND_AND_HEADER = [
  ["区分", "達成度", null, null, null, null],
  ["A", "計画以上（100%～）", null, null, null, null],
  ["B", "計画どおり（70～99%）", null, null, null, null],
  ["C", "計画以下（1～69%）", null, null, null, null],
  ["D", "未着手（0%）", null, null, null, null],
  ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組計画と達成状況", "achv-form"],
];

describe("one form per department", () => {
  const plan = () =>
    sheet(
      [
        ["I 目標", "1 施策", "1 講座", "総務?課", "A", "講座を開いた。"],
        [null, null, "2 相談", "企画課", null, null],
        [null, null, "3 広報", null, null, null],
        [null, null, "4 研修", "総務?課", "B", null],
      ],
      {
        name: "令和5年度 男女共同参画推進プラン（第6次）達成状況一覧（確定版）",
        merges: ["A1:F1", "A9:A12"],
      }
    );

  test("a notice naming the department and the deadline, the plan's title, legend and header, then its rows with a key each", () => {
    const table = tableOf(plan());
    const split = splitPlan(table, { lang: "ja", deadline: "7月31日" });
    expect(split.plan).toBe(table.id);
    expect(split.unassigned).toBe(1);
    expect(split.forms.map((f) => [f.department, f.fileStem])).toEqual([
      ["総務?課", "01_総務_課"],
      ["企画課", "02_企画課"],
    ]);
    const [soumu] = split.forms;
    expect(soumu.rows.map((r) => r.slice(0, 7))).toEqual([
      ["回答票　担当課: 総務?課　回答期限: 7月31日"],
      [],
      ["達成状況一覧", null, null, null, null, null],
      [null, null, null, null, null, null],
      ...LEGEND_AND_HEADER,
      ["I 目標", "1 施策", "1 講座", "総務?課", "A", "講座を開いた。", soumu.rows[10][6]],
      ["I 目標", "1 施策", "4 研修", "総務?課", "B", null, soumu.rows[11][6]],
    ]);
    expect(soumu).toMatchObject({
      sheetName: "令和5年度 男女共同参画推進プラン（第6次）達成状況一覧（確定",
      width: 6,
      keyColumn: 6,
      headerRows: [9],
      headingRows: [],
      entryRows: [10, 11],
      ratingColumn: 4,
      narrativeColumn: 5,
      planColumns: [0, 1, 2, 3, 4, 5],
      merges: [{ top: 2, left: 0, bottom: 2, right: 5 }],
    });
    expect(soumu.codes.map((c) => c.code)).toEqual(["A", "B", "C", "D"]);
    expect(parseKeyCell(String(soumu.rows[10][6]))).toEqual({
      plan: table.id,
      id: '["I","1","1","総務?課"]',
      department: "総務?課",
      sentRating: fingerprint("A"),
      sentNarrative: fingerprint("講座を開いた。"),
    });
  });

  test("in English, without a deadline", () => {
    const [soumu] = splitPlan(tableOf(plan()), { lang: "en" }).forms;
    expect(soumu.rows[0]).toEqual(["Answer form: 総務?課"]);
  });
});

test("a legend below the table is written above the form's header", () => {
  const below = sheet(
    [
      ["I 目標", "1 施策", "1 講座", "総務課", "S", "x"],
      [],
      ["S", "計画以上"],
      ["A", "計画どおり"],
      ["B", "遅れ"],
    ],
    { legend: null }
  );
  const [form] = splitPlan(tableOf(below), { lang: "en" }).forms;
  expect(form.rows.slice(0, 7)).toEqual([
    ["Answer form: 総務課"],
    [],
    ["Code", "Meaning"],
    ["S", "計画以上"],
    ["A", "計画どおり"],
    ["B", "遅れ"],
    [],
  ]);
  expect(form.headerRows).toEqual([9]);
});

test("goal and measure heading rows go with the department's rows, once each, merged across the form", () => {
  const s: SheetSnapshot = {
    name: "一覧",
    top: 0,
    left: 0,
    values: [
      ["施策", "取組項目", "担当課", "達成度", "取組状況"],
      ["基本目標1 意識づくり"],
      ["1 啓発", "1 講座", "総務課", null, null],
      [null, "2 相談", "企画課", null, null],
      [null, "3 研修", "総務課", null, null],
      ["基本目標2 環境"],
      ["2 整備", "4 点検", "総務課", null, null],
    ],
    merges: [
      { top: 1, left: 0, bottom: 1, right: 4 },
      { top: 5, left: 0, bottom: 5, right: 4 },
    ],
  };
  const [soumu] = splitPlan(tableOf(s), { lang: "ja" }).forms;
  expect(soumu.headingRows).toEqual([3, 6]);
  expect(soumu.entryRows).toEqual([4, 5, 7]);
  expect(soumu.rows.slice(3).map((r) => r.slice(0, 3))).toEqual([
    ["基本目標1 意識づくり"],
    ["1 啓発", "1 講座", "総務課"],
    ["1 啓発", "3 研修", "総務課"],
    ["基本目標2 環境"],
    ["2 整備", "4 点検", "総務課"],
  ]);
  expect(soumu.merges).toEqual([
    { top: 3, left: 0, bottom: 3, right: 4 },
    { top: 6, left: 0, bottom: 6, right: 4 },
  ]);
});

test("merges above and in the header are copied, clipped to the table; those starting left of it or in the data are not", () => {
  const s: SheetSnapshot = {
    name: "一覧",
    top: 0,
    left: 0,
    values: [
      [null, "令和5年度 達成状況一覧"],
      ["資料", "区分", "達成度"],
      [null, "A", "計画どおり"],
      [null, "B", "遅れ"],
      [null, "基本目標", "施策", "取組項目", "担当課", "評価", null],
      [null, null, null, null, null, "達成度", "取組状況"],
      [null, "I 目標", "1 施策", "1 講座", "総務課", "A", "x"],
      [null, null, null, "2 相談", "総務課", "B", "y"],
    ],
    merges: [
      ["B1:J1", "A2:C2", "G2:J2", "J3:K3"],
      ["B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:G5"],
      ["B7:B8", "C7:C8", "E7:F7"],
    ]
      .flat()
      .map(range),
  };
  const [form] = splitPlan(tableOf(s), { lang: "ja" }).forms;
  expect(form).toMatchObject({ width: 6, ratingColumn: 4, narrativeColumn: 5, headerRows: [6, 7] });
  expect(form.merges).toEqual([
    { top: 2, left: 0, bottom: 2, right: 5 },
    { top: 6, left: 0, bottom: 7, right: 0 },
    { top: 6, left: 1, bottom: 7, right: 1 },
    { top: 6, left: 2, bottom: 7, right: 2 },
    { top: 6, left: 3, bottom: 7, right: 3 },
    { top: 6, left: 4, bottom: 6, right: 5 },
  ]);
});

test("a legend on a sheet of its own is written into each form; a department under the second goal alone gets that goal's heading", () => {
  const plan: SheetSnapshot = {
    name: "一覧",
    top: 0,
    left: 0,
    values: [
      ["施策", "取組項目", "担当課", "達成度", "取組状況"],
      ["基本目標1 意識づくり"],
      ["1 啓発", "1 講座", "総務課", "S", null],
      ["基本目標2 環境"],
      ["2 整備", "2 点検", "財政課", "A", null],
    ],
    merges: [
      { top: 1, left: 0, bottom: 1, right: 4 },
      { top: 3, left: 0, bottom: 3, right: 4 },
    ],
  };
  const legend: SheetSnapshot = {
    name: "凡例",
    top: 0,
    left: 0,
    values: [["評価基準"], ["S", "計画以上"], ["A", "計画どおり"], ["B", "遅れ"]],
    merges: [],
  };
  const table = planTable({ sheets: [plan, legend], result: validateWorkbook([plan, legend]) })!;
  const forms = splitPlan(table, { lang: "ja" }).forms;
  expect(forms.map((f) => f.rows.slice(2, 7))).toEqual([
    [["区分", "内容"], ["S", "計画以上"], ["A", "計画どおり"], ["B", "遅れ"], []],
    [["区分", "内容"], ["S", "計画以上"], ["A", "計画どおり"], ["B", "遅れ"], []],
  ]);
  const zaisei = forms[1];
  expect(zaisei.headingRows.map((r) => zaisei.rows[r][0])).toEqual(["基本目標2 環境"]);
});
