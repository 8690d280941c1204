import { type CellValue, makeGrid } from "../../../src/core/snapshot";
import { findHeader } from "../../../src/core/layout/header";
import { validateSheet } from "../../../src/core/validate";
import { range, sheet } from "../../helpers/sheet";

const headerOf = (header: string[], data: (string | null)[][] = []) =>
  findHeader(makeGrid(sheet(data, { header })));

describe("findHeader", () => {
  test("the seed's words, with bracketed year suffixes, map all six columns", () => {
    const h = headerOf([
      "基本目標",
      "施策",
      "取組項目",
      "担当課（R5）",
      "達成度",
      "取組計画と達成状況（R5）",
    ]);
    expect(h).toMatchObject({
      row: 7,
      columns: { goal: 0, measure: 1, item: 2, department: 3, rating: 4, narrative: 5 },
    });
  });

  test("other cities' words, in another order, with extra columns", () => {
    const h = headerOf([
      "No.",
      "所管課",
      "基本方針",
      "施策の方向",
      "具体的取組",
      "実施内容",
      "自己評価",
      "備考",
    ]);
    expect(h?.columns).toEqual({
      department: 1,
      goal: 2,
      measure: 3,
      item: 4,
      narrative: 5,
      rating: 6,
    });
  });

  test("year words and more cities' words match their field (令和5年度評価, 5年度の取組実績, 主管課, 分野)", () => {
    const h = headerOf(["分野", "主な取組", "主管課", "令和5年度評価", "5年度の取組実績"]);
    expect(h?.columns).toEqual({ measure: 0, item: 1, department: 2, rating: 3, narrative: 4 });
    const g = headerOf(["基本目標", "施策の方向性", "事業名", "所管部署名", "R5評価", "事業実績"]);
    expect(g?.columns).toEqual({
      goal: 0,
      measure: 1,
      item: 2,
      department: 3,
      rating: 4,
      narrative: 5,
    });
  });

  test("English headers, full-width and spaced", () => {
    const h = headerOf([
      "Goal",
      "Ｍｅａｓｕｒｅ",
      "Action  item",
      "Department",
      "Rating",
      "Narrative (FY2023)",
    ]);
    expect(h?.columns).toEqual({
      goal: 0,
      measure: 1,
      item: 2,
      department: 3,
      rating: 4,
      narrative: 5,
    });
  });

  test("the exact word wins over a contained one (取組計画と達成状況 is the narrative, not the item)", () => {
    const h = headerOf(["取組項目", "担当", "評価", "取組計画と達成状況"]);
    expect(h?.columns).toEqual({ item: 0, department: 1, rating: 2, narrative: 3 });
  });

  test("repeated page headers are listed and a title row naming one field is not a header", () => {
    const data = [
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告"],
      ["基本目標", "施策", "取組項目", "担当課（R5）", "達成度", "取組計画と達成状況（R5）"],
      ["I 目標（続）", "1 施策", "2 項目", "総務課", "B", "報告"],
    ];
    const h = headerOf(
      ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組計画と達成状況"],
      data
    );
    expect(h?.rows).toEqual([7, 9]);
  });

  test("a long narrative full of header words is data, not a header", () => {
    const long =
      "基本目標と施策に沿って取組項目を担当課ごとに達成度を評価し、取組状況を記録した。".repeat(2);
    const h = headerOf(
      ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
      [[long, long, long, long, long, long]]
    );
    expect(h?.rows).toEqual([7]);
  });
});

describe("a header on two rows", () => {
  const top = ["基本目標", "施策", "取組項目", "担当課", "令和5年度", null];
  const sub = [null, null, null, null, "取組内容・実績", "評価"];
  const data = (item: string, rating: string) => ["I 目標", "1 施策", item, "総務課", rating, null];

  test("fields named under a merged group heading are found, on every page", () => {
    const values = [
      ["一覧"],
      top,
      sub,
      ["I 目標", "1 施策", "1 項目", "総務課", "講座を開催した。", "B"],
      top,
      sub,
      ["I 目標（続）", "1 施策（続）", "2 項目", "企画課", "研修を行った。", "A"],
    ];
    const h = findHeader(
      makeGrid({
        name: "s",
        top: 0,
        left: 0,
        values,
        merges: [{ top: 1, left: 4, bottom: 1, right: 5 }],
      })
    );
    expect(h).toEqual({
      row: 1,
      rows: [1, 2, 4, 5],
      columns: { goal: 0, measure: 1, item: 2, department: 3, narrative: 4, rating: 5 },
    });
    void data;
  });

  test("a title naming one field above a normal header does not pull the header up", () => {
    const values = [
      ["達成状況一覧"],
      ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告"],
    ];
    expect(findHeader(makeGrid({ name: "s", top: 0, left: 0, values, merges: [] }))?.rows).toEqual([
      1,
    ]);
  });
});

test("a row naming two fields right above a whole header is a title, not the header's first row", () => {
  const values = [
    ["担当課：総務課", "評価：自己評価"],
    ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
  ];
  expect(findHeader(makeGrid({ name: "s", top: 0, left: 0, values, merges: [] }))).toMatchObject({
    row: 1,
    rows: [1],
    columns: { department: 3, rating: 4 },
  });
});

test("of two rating columns for two years, this year's is used", () => {
  const h = headerOf([
    "基本目標",
    "施策",
    "取組項目",
    "担当課",
    "評価（R4）",
    "評価（R5）",
    "取組状況",
  ]);
  expect(h?.columns.rating).toBe(5);
});

const gridOf = (values: CellValue[][], merges: string[] = []) =>
  makeGrid({ name: "s", top: 0, left: 0, values, merges: merges.map(range) });
const DATA = ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告"];

describe("which of two columns a field is read from", () => {
  test("a header row holding an error and a number is still read", () => {
    const h = findHeader(
      gridOf([
        [{ error: "#REF!" }, 2023, "基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
      ])
    );
    expect(h?.columns).toEqual({
      goal: 2,
      measure: 3,
      item: 4,
      department: 5,
      rating: 6,
      narrative: 7,
    });
  });

  test("担当課 is the department, not a 担当者 column after it", () => {
    const h = headerOf(["基本目標", "施策", "取組項目", "担当課", "担当者", "達成度", "取組状況"]);
    expect(h?.columns.department).toBe(3);
  });

  test("this year's rating column is read when it comes before last year's", () => {
    const h = headerOf([
      "基本目標",
      "施策",
      "取組項目",
      "担当課",
      "評価（R5）",
      "評価（R4）",
      "取組状況",
    ]);
    expect(h?.columns.rating).toBe(4);
  });

  test("of two rating columns with the same word and no year, the first is read", () => {
    const h = headerOf(["基本目標", "施策", "取組項目", "担当課", "評価", "評価", "取組状況"]);
    expect(h?.columns.rating).toBe(4);
  });

  test("a 関連施策 note column right of the items is not the measure", () => {
    const h = headerOf([
      "基本目標",
      "施策の方向",
      "取組項目",
      "担当課",
      "評価",
      "実績",
      "関連施策",
    ]);
    expect(h?.columns.measure).toBe(1);
    expect(h?.sections).toBeUndefined();
  });
});

describe("levels between the goal and the measure", () => {
  test("of 施策の方向 and 具体的施策, the one just above the items is the measure, the other a level", () => {
    const h = headerOf([
      "基本目標",
      "施策の方向",
      "具体的施策",
      "事業",
      "担当課",
      "評価",
      "実績",
      "関連施策",
    ]);
    expect(h?.columns).toEqual({
      goal: 0,
      measure: 2,
      item: 3,
      department: 4,
      rating: 5,
      narrative: 6,
    });
    expect(h?.sections).toEqual([1]);
  });

  test("two levels in between are listed left to right", () => {
    const h = headerOf([
      "基本目標",
      "基本施策",
      "施策の方向",
      "具体的施策",
      "事業",
      "担当課",
      "評価",
      "実績",
    ]);
    expect(h?.columns.measure).toBe(3);
    expect(h?.sections).toEqual([1, 2]);
  });

  test("a 分野 column left of the goal is no level", () => {
    const h = headerOf(["分野", "基本目標", "施策", "取組項目", "担当課", "評価", "実績"]);
    expect(h?.columns).toMatchObject({ goal: 1, measure: 2, item: 3 });
    expect(h?.sections).toBeUndefined();
  });

  test("without a goal column, 分野 left of 施策 is a level", () => {
    const h = headerOf(["分野", "施策", "取組項目", "担当課", "評価", "実績"]);
    expect(h?.columns).toEqual({ measure: 1, item: 2, department: 3, rating: 4, narrative: 5 });
    expect(h?.sections).toEqual([0]);
  });
});

describe("the column of item numbers", () => {
  test("No. left of the items is read, the nearest of two", () => {
    const h = headerOf([
      "番号",
      "No.",
      "基本目標",
      "施策",
      "取組項目",
      "担当課",
      "達成度",
      "取組状況",
      "番号",
    ]);
    expect(h?.numberColumn).toBe(1);
  });

  test("a 番号 column right of the items, or a number cell, is not the item numbers", () => {
    const h = findHeader(
      gridOf([[5, "基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況", "番号"]])
    );
    expect(h?.numberColumn).toBeUndefined();
  });

  test("with no item column, a No. column is not read", () => {
    const h = headerOf(["No.", "基本目標", "施策", "担当課", "達成度", "取組状況"]);
    expect(h?.columns).toEqual({ goal: 1, measure: 2, department: 3, rating: 4, narrative: 5 });
    expect(h?.numberColumn).toBeUndefined();
  });
});

describe("headers on two rows, read from the upper row", () => {
  const upper = ["計画の体系", null, null, "担当課", "令和5年度", null];
  const lower = ["基本目標", "施策", "取組項目", null, "達成度", "取組状況"];
  const merges = ["A1:C1", "D1:D2", "E1:F1", "A5:C5", "D5:D6", "E5:F5"];

  test("担当課 merged down beside group headings is read, and the page repeat is found by its lower row", () => {
    const h = findHeader(gridOf([upper, lower, DATA, DATA, upper, lower, DATA], merges));
    expect(h).toEqual({
      row: 0,
      rows: [0, 1, 4, 5],
      columns: { goal: 0, measure: 1, item: 2, department: 3, rating: 4, narrative: 5 },
    });
  });

  test("a repeat whose upper row names two fields is found from its upper row", () => {
    const named = ["計画の体系", null, null, "担当課", "令和5年度の実施状況", null];
    const h = findHeader(gridOf([named, lower, DATA, DATA, named, lower, DATA], merges));
    expect(h?.rows).toEqual([0, 1, 4, 5]);
  });

  test("rating years under a merged 評価 make both rows the header, on every page", () => {
    const top = ["基本目標", "施策", "取組項目", "担当課", "評価", null, "取組状況"];
    const years = [null, null, null, null, "R4", "R5", null];
    const data = ["I 目標", "1 施策", "1 項目", "総務課", "B", "A", "報告"];
    const down = (r: number) =>
      ["A", "B", "C", "D", "G"].map((c) => `${c}${r}:${c}${r + 1}`).concat(`E${r}:F${r}`);
    const h = findHeader(gridOf([top, years, data, top, years, data], [...down(1), ...down(4)]));
    expect(h?.rows).toEqual([0, 1, 3, 4]);
  });

  test("a heading merged over every column above the header is a title", () => {
    const values = [
      ["令和5年度 取組状況一覧", null, null, null, null, null],
      ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"],
      DATA,
    ];
    expect(findHeader(gridOf(values, ["A1:F1"]))).toEqual({
      row: 1,
      rows: [1],
      columns: { goal: 0, measure: 1, item: 2, department: 3, rating: 4, narrative: 5 },
    });
  });

  test("two fields above and two below a merged 令和5年度 make a header", () => {
    const values = [
      ["基本目標", "取組項目", "令和5年度", null],
      [null, null, "達成度", "取組状況"],
      ["I 目標", "1 項目", "B", "報告"],
    ];
    expect(findHeader(gridOf(values, ["A1:A2", "B1:B2", "C1:D1"]))).toEqual({
      row: 0,
      rows: [0, 1],
      columns: { goal: 0, item: 1, rating: 2, narrative: 3 },
    });
  });
});

describe("repeated page headers", () => {
  test("a header without a department column is found again by its rating", () => {
    const header = ["基本目標", "施策", "取組項目", "達成度", "取組状況"];
    const h = findHeader(gridOf([header, ["I 目標", "1 施策", "1 項目", "B", "報告"], header]));
    expect(h?.rows).toEqual([0, 2]);
  });
});

describe("a header given from the pane", () => {
  const columns = { item: 0, department: 1, rating: 2, narrative: 3 };
  const data = ["相談事業", "総務課", "A", "実施状況を報告"];

  test("its own words are kept, a later header is a repeat, and data naming fields is not", () => {
    const values = [
      ["事項", "課", "ランク", "内容"],
      data,
      ["取組項目", "担当課", "評価", "取組状況"],
      data,
    ];
    expect(findHeader(gridOf(values), { row: 0, columns })).toEqual({
      row: 0,
      rows: [0, 2],
      columns,
    });
  });

  test("given on the row the header words are on, that row is listed once", () => {
    const values = [["一覧"], ["取組項目", "担当課", "評価", "取組状況"], data];
    expect(findHeader(gridOf(values), { row: 1, columns })?.rows).toEqual([1]);
  });
});

describe("what belongs to the header and what does not", () => {
  const header = ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"];
  const columns = { goal: 0, measure: 1, item: 2, department: 3, rating: 4, narrative: 5 };

  test("a blank row above the header is not part of it", () => {
    expect(findHeader(gridOf([[], header, DATA]))).toEqual({ row: 1, rows: [1], columns });
  });

  test("a narrative heading merged across two columns keeps the header on one row", () => {
    const h = findHeader(
      gridOf(
        [
          [...header, null],
          [...DATA, null],
        ],
        ["F1:G1", "F2:G2"]
      )
    );
    expect(h).toEqual({ row: 0, rows: [0], columns });
  });

  test("group headings alone (施策の体系, 令和5年度の実施状況) make the row above the header's upper row", () => {
    const groups = ["施策の体系", null, null, null, "令和5年度の実施状況", null];
    const h = findHeader(gridOf([groups, header, DATA], ["A1:C1", "E1:F1"]));
    expect(h).toEqual({ row: 0, rows: [0, 1], columns });
  });

  test("a note merged over columns right of the fields is not part of the header", () => {
    const values = [
      [null, null, null, null, null, null, "参考資料", null],
      [...header, "備考", "参考"],
      DATA,
    ];
    expect(findHeader(gridOf(values, ["G1:H1"]))?.rows).toEqual([1]);
  });

  test("担当課 written once over both header rows", () => {
    const values = [
      [null, null, null, "担当課", null, null],
      ["基本目標", "施策", "取組項目", null, "達成度", "取組状況"],
      DATA,
    ];
    expect(findHeader(gridOf(values, ["D1:D2"]))).toEqual({ row: 0, rows: [0, 1], columns });
  });

  test("a 前年度評価 column merged down beside the header does not take the rating", () => {
    const values = [
      [null, null, null, "担当課", null, null, "前年度評価"],
      ["基本目標", "施策", "取組項目", null, "達成度", "取組状況", null],
      [...DATA, "A"],
    ];
    expect(findHeader(gridOf(values, ["D1:D2", "G1:G2"]))?.columns).toEqual(columns);
  });

  test("a 担当者 column under 令和5年度 does not take the department", () => {
    const values = [
      ["基本目標", "施策", "取組項目", "担当課", "令和5年度", null, null],
      [null, null, null, null, "評価", "取組状況", "担当者"],
      ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告", "山田"],
    ];
    const h = findHeader(gridOf(values, ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1"]));
    expect(h?.columns).toEqual(columns);
  });

  test("a small table headed 担当課 / 達成度 below the data is not a repeated header", () => {
    const values = [
      header,
      DATA,
      DATA,
      [],
      [null, null, null, "担当課", "達成度"],
      [null, null, null, "総務課", "2"],
    ];
    expect(findHeader(gridOf(values))?.rows).toEqual([0]);
  });

  test("a title at the top right naming a field adds no column", () => {
    const values = [
      [null, null, null, null, null, "取組状況報告"],
      ["基本目標", "施策", "取組項目", "担当課", "達成度"],
      ["I 目標", "1 施策", "1 項目", "総務課", "B"],
    ];
    expect(findHeader(gridOf(values))).toEqual({
      row: 1,
      rows: [1],
      columns: { goal: 0, measure: 1, item: 2, department: 3, rating: 4 },
    });
  });

  test("a title naming two fields right of a four-field header is not its upper row", () => {
    const values = [
      [null, null, null, null, "担当課：総務課", "評価：自己評価"],
      ["取組項目", "担当課", "達成度", "取組状況"],
      ["1 項目", "総務課", "B", "報告"],
    ];
    expect(findHeader(gridOf(values))).toEqual({
      row: 1,
      rows: [1],
      columns: { item: 0, department: 1, rating: 2, narrative: 3 },
    });
  });

  test("rows naming three fields are no header", () => {
    expect(
      findHeader(
        gridOf([
          ["取組項目", "担当課", "備考"],
          ["1 項目", "総務課", "x"],
        ])
      )
    ).toBeNull();
  });
});

describe("more columns between goal and measure", () => {
  test("a second goal column (政策目標) between goal and measure is a level; a 備考 or a number there is not", () => {
    expect(
      findHeader(gridOf([["基本目標", "政策目標", "施策", "取組項目", "担当課", "評価", "実績"]]))
        ?.sections
    ).toEqual([1]);
    const h = findHeader(
      gridOf([["基本目標", "備考", 2023, "施策", "取組項目", "担当課", "評価", "実績"]])
    );
    expect(h?.columns).toEqual({
      goal: 0,
      measure: 3,
      item: 4,
      department: 5,
      rating: 6,
      narrative: 7,
    });
    expect(h?.sections).toBeUndefined();
  });

  test("without a measure column, a second goal column is no level", () => {
    const h = findHeader(gridOf([["基本目標", "政策目標", "取組項目", "担当課", "評価", "実績"]]));
    expect(h?.columns).toEqual({ goal: 0, item: 2, department: 3, rating: 4, narrative: 5 });
    expect(h?.sections).toBeUndefined();
  });

  test("of 評価 and 達成度, the header reads 達成度, the longer word", () => {
    expect(
      findHeader(gridOf([["基本目標", "施策", "取組項目", "担当課", "評価", "達成度", "取組状況"]]))
        ?.columns.rating
    ).toBe(5);
  });
});

test("one group heading above the header, over its left or its right columns, makes it the upper row", () => {
  const header = ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"];
  const left = findHeader(
    gridOf([["計画の体系", null, null, null, null, null], header, DATA], ["A1:C1"])
  );
  expect(left?.rows).toEqual([0, 1]);
  const right = findHeader(
    gridOf([[null, null, null, null, "令和5年度の実施状況", null], header, DATA], ["E1:F1"])
  );
  expect(right?.rows).toEqual([0, 1]);
});

test("a later page's header naming a No. column does not change how the first is read", () => {
  const header = ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況"];
  const h = findHeader(
    gridOf([
      [null, ...header],
      [null, ...DATA],
      ["No.", ...header],
      [null, ...DATA],
    ])
  );
  expect(h?.rows).toEqual([0, 2]);
  expect(h?.numberColumn).toBeUndefined();
});

test("levels named on both rows of a two-row header are listed left to right", () => {
  const h = findHeader(
    gridOf(
      [
        ["基本目標", null, "施策の方向", "具体的施策", "取組項目", "担当課", "達成度", "取組状況"],
        [null, "分野", null, null, null, null, null, null],
        ["I 目標", "1 分野", "(1) 方向", "1 施策", "1 項目", "総務課", "B", "報告"],
      ],
      ["A1:A2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:H2"]
    )
  );
  expect(h?.rows).toEqual([0, 1]);
  expect(h?.columns.measure).toBe(3);
  expect(h?.sections).toEqual([1, 2]);
});

describe("group headings over the lower row's own field words", () => {
  // 施策の体系 over 基本目標 / 施策 and 令和5年度の実施状況 over 達成度 / 取組状況; 取組項目 and 担当課 merged down beside them.
  const upper = ["施策の体系", null, "取組項目", "担当課", "令和5年度の実施状況", null];
  const lower = ["基本目標", "施策", null, null, "達成度", "取組状況"];
  const merges = ["A1:B1", "C1:C2", "D1:D2", "E1:F1"];
  const columns = { goal: 0, measure: 1, item: 2, department: 3, rating: 4, narrative: 5 };

  test("the lower row's words name the columns, not the group heading above them", () => {
    expect(findHeader(gridOf([upper, lower, DATA], merges))).toEqual({
      row: 0,
      rows: [0, 1],
      columns,
    });
  });

  test("a data row whose label holds a field word (相談事業) is not a third header row", () => {
    const data = ["I 目標", "1 施策", "2 相談事業", "企画課", "B", "相談を受けた。"];
    expect(findHeader(gridOf([upper, lower, data], merges))).toEqual({
      row: 0,
      rows: [0, 1],
      columns,
    });
  });

  test("the items, their ratings under 達成度 and narratives under 取組状況 are read, with no finding", () => {
    const r = validateSheet({
      name: "s",
      top: 0,
      left: 0,
      values: [
        upper,
        lower,
        ["Ⅰ 人権の尊重", "1 意識づくり", "1 講座の開催", "総務課", "A", "講座を開いた。"],
        [null, null, "2 相談事業", "企画課", "B", "相談を受けた。"],
      ],
      merges: merges.map(range),
    });
    const plan = r.plan!;
    expect(r.header?.rows).toEqual([1, 2]);
    expect(r.header?.columns).toEqual({
      goal: "A",
      measure: "B",
      item: "C",
      department: "D",
      rating: "E",
      narrative: "F",
    });
    expect(plan.items.map((i) => [i.title, i.cell, i.narrative, i.narrativeCell])).toEqual([
      ["講座の開催", "C3", "講座を開いた。", "F3"],
      ["相談事業", "C4", "相談を受けた。", "F4"],
    ]);
    expect(
      plan.entries.map((e) => [plan.items[e.item].title, e.department, e.rating, e.ratingCell])
    ).toEqual([
      ["講座の開催", "総務課", "A", "E3"],
      ["相談事業", "企画課", "B", "E4"],
    ]);
    expect(r.issues.filter((i) => i.severity !== "info").map((i) => [i.code, i.cell])).toEqual([]);
  });

  test("a cell standing alone beside them (a form's mark) leaves 担当課 merged down still read", () => {
    const marked = [...upper, "achv-form"];
    expect(findHeader(gridOf([marked, lower, DATA], merges))).toEqual({
      row: 1,
      rows: [1],
      columns,
    });
  });

  test("group headings naming two years still tell the year: this year's rating and narrative are read", () => {
    const r = validateSheet({
      name: "s",
      top: 0,
      left: 0,
      values: [
        [
          "施策の体系",
          null,
          "取組項目",
          "担当課",
          "令和4年度の実施状況",
          null,
          "令和5年度の実施状況",
          null,
        ],
        ["基本目標", "施策", null, null, "達成度", "取組状況", "達成度", "取組状況"],
        [
          "Ⅰ 人権の尊重",
          "1 意識づくり",
          "1 講座の開催",
          "総務課",
          "A",
          "R4の報告",
          "B",
          "R5の報告",
        ],
      ],
      merges: ["A1:B1", "C1:C2", "D1:D2", "E1:F1", "G1:H1"].map(range),
    });
    const plan = r.plan!;
    expect(r.header?.columns).toEqual({
      goal: "A",
      measure: "B",
      item: "C",
      department: "D",
      rating: "G",
      narrative: "H",
    });
    expect(r.header?.year).toMatchObject({ year: 2023, label: "令和5年度の実施状況" });
    expect(plan.entries.map((e) => [e.department, e.rating, e.ratingCell])).toEqual([
      ["総務課", "B", "G3"],
    ]);
    expect(plan.items.map((i) => [i.narrative, i.narrativeCell])).toEqual([["R5の報告", "H3"]]);
  });
});
