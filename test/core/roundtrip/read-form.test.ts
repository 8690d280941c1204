import { validateWorkbook } from "../../../src/core/validate";
import { planTable } from "../../../src/core/roundtrip/plan-table";
import { splitPlan } from "../../../src/core/roundtrip/split";
import { readForm } from "../../../src/core/roundtrip/read-form";
import { parseKeyCell } from "../../../src/core/roundtrip/keys";
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { sheet } from "../../helpers/sheet";

/** 総務課's form of a two-item plan, as its file holds it. */
function form(header?: string[]) {
  const plan = sheet(
    [
      ["I 目標", "1 施策", "1 講座", "総務課", null, null],
      [null, null, "2 相談", "総務課", null, null],
    ],
    { name: "一覧", ...(header ? { header } : {}) }
  );
  const table = planTable({ sheets: [plan], result: validateWorkbook([plan]) })!;
  const [f] = splitPlan(table, { lang: "ja" }).forms;
  const values: CellValue[][] = f.rows.map((r) => [...r]);
  const snapshot: SheetSnapshot = { name: "回答", top: 0, left: 0, values, merges: f.merges };
  return { f, values, snapshot };
}

test("each keyed row: its key, where it stands, its answers and its other cells", () => {
  const { f, values, snapshot } = form();
  const [first, second] = f.entryRows;
  values[first][4] = "A";
  values[first][5] = "講座を開いた。";
  values[second][4] = "B";
  const read = readForm({ file: "総務課.xlsx", sheets: [snapshot] });
  if (typeof read === "string") throw new Error(read);
  expect(read.file).toBe("総務課.xlsx");
  expect(read.sheet).toBe("回答");
  expect(read.unkeyed).toEqual([]);
  expect(
    read.rows.map((r) => [r.row, r.at, r.rating, r.ratingAt, r.narrative, r.narrativeAt])
  ).toEqual([
    [
      first,
      `回答!G${first + 1}`,
      "A",
      `回答!E${first + 1}`,
      "講座を開いた。",
      `回答!F${first + 1}`,
    ],
    [second, `回答!G${second + 1}`, "B", `回答!E${second + 1}`, "", `回答!F${second + 1}`],
  ]);
  expect(read.rows[0].key).toEqual(parseKeyCell(String(values[first][6])));
  expect(read.rows[0].sheet).toBe("回答");
  expect(read.rows[0].others).toEqual(["I 目標", "1 施策", "1 講座", "総務課", null, null]);
  expect(read.issues.map((i) => [i.code, i.cell])).toEqual([
    ["narrative-missing", `F${second + 1}`],
  ]);
});

test("rows added by hand with an answer are listed; a blank one, or a heading across the row, is not", () => {
  const { values, snapshot } = form();
  values.push(["I 目標", "1 施策", "3 新規", "総務課", "A", null]);
  values.push(["I 目標", "1 施策", "4 新規", "総務課", null, "書き足した。"]);
  values.push(["I 目標", "1 施策", "5 新規", "総務課", null, null]);
  values.push(["I 目標", "1 施策", "6 新規", "総務課", " ", "  "]);
  values.push(["※ 記入例です", null, null, null, null, null]);
  const last = values.length;
  snapshot.merges = [...snapshot.merges, { top: last - 1, left: 0, bottom: last - 1, right: 5 }];
  const read = readForm({ file: "総務課.xlsx", sheets: [snapshot] });
  if (typeof read === "string") throw new Error(read);
  expect(read.unkeyed).toEqual([`回答!E${last - 4}`, `回答!E${last - 3}`]);
});

test("the form's sheet may come after other sheets of the workbook", () => {
  const { snapshot } = form();
  const other: SheetSnapshot = {
    name: "メモ",
    top: 0,
    left: 0,
    values: [["連絡事項"]],
    merges: [],
  };
  const read = readForm({ file: "総務課.xlsx", sheets: [other, snapshot] });
  expect(typeof read === "string" ? read : read.sheet).toBe("回答");
});

test("a form without a narrative column reads no narrative", () => {
  const { f, values, snapshot } = form(["基本目標", "施策", "取組項目", "担当課", "達成度"]);
  values[f.entryRows[0]][4] = "A";
  const read = readForm({ file: "総務課.xlsx", sheets: [snapshot] });
  if (typeof read === "string") throw new Error(read);
  expect(read.rows[0]).toMatchObject({ rating: "A", narrative: "", narrativeAt: "" });
});

test("a workbook with no key column is no form; a form whose header was deleted cannot be read", () => {
  expect(
    readForm({
      file: "plan.xlsx",
      sheets: [sheet([["I 目標", "1 施策", "1 講座", "総務課", "A", "x"]])],
    })
  ).toBe("not-a-form");
  const { f, values, snapshot } = form();
  values[f.headerRows[0]] = values[f.headerRows[0]].map((c) => (c === "achv-form" ? c : null));
  expect(readForm({ file: "総務課.xlsx", sheets: [snapshot] })).toBe("no-header");
});

test("a rating merged down from a keyed row into the row below adds no row", () => {
  const { f, values, snapshot } = form();
  const last = f.entryRows[1];
  values[last][4] = "A";
  values.push([null, null, null, null, null, null]);
  snapshot.merges = [...snapshot.merges, { top: last, left: 4, bottom: last + 1, right: 4 }];
  const read = readForm({ file: "総務課.xlsx", sheets: [snapshot] });
  expect(typeof read === "string" ? read : read.unkeyed).toEqual([]);
});

test("only the answers' findings are the form's: a gap in the numbering is the plan's", () => {
  const plan = sheet(
    [
      ["I 目標", "1 施策", "1 講座", "総務課", null, null],
      [null, null, "2 相談", "企画課", null, null],
      [null, null, "3 広報", "総務課", null, null],
    ],
    { name: "一覧" }
  );
  const table = planTable({ sheets: [plan], result: validateWorkbook([plan]) })!;
  const [soumu] = splitPlan(table, { lang: "ja" }).forms;
  const values: CellValue[][] = soumu.rows.map((r) => [...r]);
  const read = readForm({
    file: "総務課.xlsx",
    sheets: [{ name: "回答", top: 0, left: 0, values, merges: soumu.merges }],
  });
  if (typeof read === "string") throw new Error(read);
  expect([...new Set(read.issues.map((i) => i.code))].sort()).toEqual([
    "narrative-missing",
    "rating-missing",
  ]);
});

test("a form whose rating heading was deleted cannot be read", () => {
  const { f, values, snapshot } = form();
  values[f.headerRows[0]][4] = null;
  expect(readForm({ file: "総務課.xlsx", sheets: [snapshot] })).toBe("no-header");
});
