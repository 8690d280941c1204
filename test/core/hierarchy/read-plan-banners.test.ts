import { validateSheet } from "../../../src/core/validate";
import { issueMessage } from "../../../src/core/i18n/messages";
import type { CellValue } from "../../../src/core/snapshot";
import { sheet } from "../../helpers/sheet";

/** Items with their cells; entries with department, rating and their cells; the findings a user is shown. */
function readBack(data: CellValue[][], header: string[] | undefined, merges: string[]) {
  const r = validateSheet(sheet(data, { header, merges }));
  const plan = r.plan!;
  return {
    counts: r.counts,
    items: plan.items.map((i) => [i.title, i.cell]),
    entries: plan.entries.map((e) => [
      plan.items[e.item].title,
      e.department,
      e.departmentCell,
      e.rating,
      e.ratingCell,
      e.state,
    ]),
    issues: r.issues.filter((i) => i.severity !== "info").map((i) => [i.code, i.cell]),
  };
}

describe("banners without a number merged across the row", () => {
  test("in a table whose first column is the item column, a banner between two items is neither an item nor an entry", () => {
    const r = readBack(
      [
        ["1 講座の開催", "総務課", "A", "講座を開いた。"],
        ["令和5年度の新規事業", null, null, null],
        ["2 相談事業", "企画課", "B", "相談を受けた。"],
        ["【継続事業】", null, null, null],
        ["3 広報", "財政課", "C", "広報した。"],
      ],
      ["取組項目", "担当課", "達成度", "取組状況"],
      // The second banner covers the item, department and rating columns but not the narrative's.
      ["A10:D10", "A12:C12"]
    );
    expect(r.counts).toEqual({ goals: 0, measures: 0, items: 3, entries: 3 });
    expect(r.items).toEqual([
      ["講座の開催", "A9"],
      ["相談事業", "A11"],
      ["広報", "A13"],
    ]);
    expect(r.entries).toEqual([
      ["講座の開催", "総務課", "B9", "A", "C9", "valid"],
      ["相談事業", "企画課", "B11", "B", "C11", "valid"],
      ["広報", "財政課", "B13", "C", "C13", "valid"],
    ]);
    expect(r.issues).toEqual([]);
  });

  test("in a table with goal and measure columns, a banner across the whole row opens no goal, measure or item", () => {
    const s = sheet(
      [
        ["I 目標一", "1 施策一", "1 講座", "総務課", "A", "講座を開いた。"],
        ["重点的な取組", null, null, null, null, null],
        [null, null, "2 相談", "企画課", "B", "相談を受けた。"],
      ],
      { merges: ["A10:F10"] }
    );
    const r = validateSheet(s);
    const plan = r.plan!;
    expect(r.counts).toEqual({ goals: 1, measures: 1, items: 2, entries: 2 });
    expect(plan.goals.map((g) => [g.title, g.cell])).toEqual([["目標一", "A9"]]);
    expect(plan.measures.map((m) => [m.title, m.cell])).toEqual([["施策一", "B9"]]);
    expect(plan.entries.map((e) => [plan.items[e.item].title, e.department, e.rating])).toEqual([
      ["講座", "総務課", "A"],
      ["相談", "企画課", "B"],
    ]);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  test("items without numbers whose cells are merged (a rating over the next column, a department down two rows) are still items", () => {
    const r = readBack(
      [
        ["相談", "企画課", "B", null],
        ["研修", "総務課", "A", "研修を開いた。"],
        ["広報", null, "C", "広報した。"],
      ],
      ["取組項目", "担当課", "達成度", "取組状況"],
      ["C9:D9", "B10:B11"]
    );
    expect(r.items).toEqual([
      ["相談", "A9"],
      ["研修", "A10"],
      ["広報", "A11"],
    ]);
    expect(r.entries).toEqual([
      ["相談", "企画課", "B9", "B", "C9", "valid"],
      ["研修", "総務課", "B10", "A", "C10", "valid"],
      ["広報", "総務課", "B10", "C", "C11", "valid"],
    ]);
  });
});

describe("numbered labels merged across the item, department and rating columns", () => {
  test("over items of their own, they head those items: no item, no entry, and the items' numbers may start again under each", () => {
    const r = readBack(
      [
        ["Ⅰ 安全なまち", "1 防災", "1 地域防災の推進", null, null, null],
        [null, null, "(1) 防災訓練", "危機管理課", "A", "訓練を行った。"],
        [null, null, "(2) 備蓄", "危機管理課", "B", "備蓄を進めた。"],
        [null, null, "2 避難体制の整備", null, null, null],
        [null, null, "(1) 避難所の点検", "総務課", "A", "避難所を点検した。"],
        [null, null, "(2) 避難訓練", "危機管理課", "C", "避難訓練を行った。"],
        [null, "2 防犯", "1 防犯灯の設置", "土木課", "B", "防犯灯を設置した。"],
      ],
      undefined,
      // The first shares its row with the goal's and measure's labels; the second stands alone.
      ["C9:E9", "C12:E12"]
    );
    expect(r.counts).toEqual({ goals: 1, measures: 2, items: 5, entries: 5 });
    expect(r.items).toEqual([
      ["防災訓練", "C10"],
      ["備蓄", "C11"],
      ["避難所の点検", "C13"],
      ["避難訓練", "C14"],
      ["防犯灯の設置", "C15"],
    ]);
    expect(r.entries).toEqual([
      ["防災訓練", "危機管理課", "D10", "A", "E10", "valid"],
      ["備蓄", "危機管理課", "D11", "B", "E11", "valid"],
      ["避難所の点検", "総務課", "D13", "A", "E13", "valid"],
      ["避難訓練", "危機管理課", "D14", "C", "E14", "valid"],
      ["防犯灯の設置", "土木課", "D15", "B", "E15", "valid"],
    ]);
    expect(r.issues).toEqual([]);
  });

  test("over rows of departments and ratings without a label, the label is their item (基本目標 | 施策 | 取組項目 | 担当課 | 達成度)", () => {
    const r = readBack(
      [
        ["Ⅰ 安全なまち", "1 防災", "1 地域防災の推進", null, null, null],
        [null, null, null, "危機管理課", "A", "訓練を行った。"],
        [null, null, null, "総務課", "B", "備蓄を進めた。"],
        [null, null, "2 広報", "広報課", "B", "広報した。"],
      ],
      undefined,
      ["C9:E9"]
    );
    expect(r.counts).toEqual({ goals: 1, measures: 1, items: 2, entries: 3 });
    expect(r.items).toEqual([
      ["地域防災の推進", "C9"],
      ["広報", "C12"],
    ]);
    expect(r.entries).toEqual([
      ["地域防災の推進", "危機管理課", "D10", "A", "E10", "valid"],
      ["地域防災の推進", "総務課", "D11", "B", "E11", "valid"],
      ["広報", "広報課", "D12", "B", "E12", "valid"],
    ]);
    expect(r.issues).toEqual([]);
  });

  test("over rows of departments and ratings without a label, the label is their item (取組項目 | 担当課 | 達成度 | 取組状況)", () => {
    const r = readBack(
      [
        ["1 地域防災の推進", null, null, null],
        [null, "危機管理課", "A", "訓練を行った。"],
        [null, "総務課", "B", "備蓄を進めた。"],
        ["2 広報", "広報課", "B", "広報した。"],
      ],
      ["取組項目", "担当課", "達成度", "取組状況"],
      ["A9:C9"]
    );
    expect(r.counts).toEqual({ goals: 0, measures: 0, items: 2, entries: 3 });
    expect(r.items).toEqual([
      ["地域防災の推進", "A9"],
      ["広報", "A12"],
    ]);
    expect(r.entries).toEqual([
      ["地域防災の推進", "危機管理課", "B10", "A", "C10", "valid"],
      ["地域防災の推進", "総務課", "B11", "B", "C11", "valid"],
      ["広報", "広報課", "B12", "B", "C12", "valid"],
    ]);
    expect(r.issues).toEqual([]);
  });
});

describe("an item label merged over the department column, with a rating of its own", () => {
  const data = [
    ["Ⅰ 安全なまち", "1 防災", "1 講座", "総務課", "A", "講座を開いた。"],
    [null, null, "2 相談", "企画課", "B", "相談を受けた。"],
    [null, null, "3 広報", null, "B", "広報した。"],
  ];

  test("the label is no department: its entry has none, and department-missing points at the department column's cell", () => {
    const r = readBack(data, undefined, ["C11:D11"]);
    expect(r.items).toEqual([
      ["講座", "C9"],
      ["相談", "C10"],
      ["広報", "C11"],
    ]);
    expect(r.entries).toEqual([
      ["講座", "総務課", "D9", "A", "E9", "valid"],
      ["相談", "企画課", "D10", "B", "E10", "valid"],
      ["広報", "", "D11", "B", "E11", "valid"],
    ]);
    expect(r.issues).toEqual([["department-missing", "D11"]]);
  });

  test("the finding's message names the rating and the item by its number", () => {
    const [hit] = validateSheet(sheet(data, { merges: ["C11:D11"] })).issues.filter(
      (i) => i.code === "department-missing"
    );
    expect(issueMessage(hit, "ja")).toBe("達成度「B」に担当課がありません（取組項目 3）。");
  });
});
