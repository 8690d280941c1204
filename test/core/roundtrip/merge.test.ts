import { type ValidateOptions, validateWorkbook } from "../../../src/core/validate";
import { planTable } from "../../../src/core/roundtrip/plan-table";
import { splitPlan, type FormPlan } from "../../../src/core/roundtrip/split";
import { readForm, type FormRead } from "../../../src/core/roundtrip/read-form";
import { mergeForms } from "../../../src/core/roundtrip/merge";
import { mergeMessage } from "../../../src/core/roundtrip/messages";
import { type CellValue, type SheetSnapshot, parseAddress } from "../../../src/core/snapshot";
import { sheet } from "../../helpers/sheet";

/** A plan sent to four departments: item 3's rating and narrative are shared by 総務課 and 企画課. */
function sent() {
  const plan = sheet(
    [
      ["I 目標", "1 施策", "1 講座", "総務課", null, null],
      [null, null, "2 相談", "企画課", null, null],
      [null, null, "3 広報", "総務課\n企画課", null, null],
      [null, null, "4 研修", "財政課", null, null],
      [null, null, "5 啓発", "人権課", null, null],
    ],
    { name: "一覧" }
  );
  const table = planTable({ sheets: [plan], result: validateWorkbook([plan]) })!;
  return { plan, table, forms: splitPlan(table, { lang: "ja" }).forms };
}

/** The plan with the merge's writes in it, as the reader reads it again. */
function readBack(
  plan: SheetSnapshot,
  writes: { cell: string; value: CellValue }[],
  options: ValidateOptions = {}
) {
  const values = plan.values.map((r) => [...r]);
  for (const w of writes) {
    const at = parseAddress(w.cell)!;
    values[at.row][at.col] = w.value;
  }
  return validateWorkbook([{ ...plan, values }], options);
}

/** A form's cells with each entry row answered (rating, narrative), in the order the form lists them. */
function answered(f: FormPlan, answers: [CellValue, CellValue][]): CellValue[][] {
  const values = f.rows.map((r) => [...r]);
  f.entryRows.forEach((r, i) => {
    values[r][f.ratingColumn!] = answers[i][0];
    values[r][f.narrativeColumn!] = answers[i][1];
  });
  return values;
}

function returned(f: FormPlan, file: string, values: CellValue[][]): FormRead {
  const read = readForm({
    file,
    sheets: [{ name: f.sheetName, top: 0, left: 0, values, merges: f.merges }],
  });
  if (typeof read === "string") throw new Error(read);
  return read;
}

test("every answer is written into its cell; a cell shared by two departments gets both ratings", () => {
  const { table, forms } = sent();
  const [soumu, kikaku] = forms;
  const merged = mergeForms(table, [
    returned(
      soumu,
      "総務課.xlsx",
      answered(soumu, [
        ["A", "講座を開いた。"],
        ["A", "広報した。"],
      ])
    ),
    returned(
      kikaku,
      "企画課.xlsx",
      answered(kikaku, [
        ["B", "相談を受けた。"],
        ["B", "広報した。"],
      ])
    ),
  ]);
  expect(merged.writes).toEqual([
    { sheet: "一覧", cell: "E9", field: "rating", value: "A", before: "", departments: ["総務課"] },
    {
      sheet: "一覧",
      cell: "F9",
      field: "narrative",
      value: "講座を開いた。",
      before: "",
      departments: ["総務課"],
    },
    {
      sheet: "一覧",
      cell: "E10",
      field: "rating",
      value: "B",
      before: "",
      departments: ["企画課"],
    },
    {
      sheet: "一覧",
      cell: "F10",
      field: "narrative",
      value: "相談を受けた。",
      before: "",
      departments: ["企画課"],
    },
    {
      sheet: "一覧",
      cell: "E11",
      field: "rating",
      value: "A\nB",
      before: "",
      departments: ["総務課", "企画課"],
    },
    {
      sheet: "一覧",
      cell: "F11",
      field: "narrative",
      value: "広報した。",
      before: "",
      departments: ["総務課", "企画課"],
    },
  ]);
  expect(merged.findings).toEqual([
    { code: "form-missing", severity: "warning", department: "財政課", args: { entries: 1 } },
    { code: "form-missing", severity: "warning", department: "人権課", args: { entries: 1 } },
  ]);
  expect(merged.status).toEqual([
    { department: "総務課", sent: 2, answered: 2, withErrors: 0, missing: 0, returned: true },
    { department: "企画課", sent: 2, answered: 2, withErrors: 0, missing: 0, returned: true },
    { department: "財政課", sent: 1, answered: 0, withErrors: 0, missing: 1, returned: false },
    { department: "人権課", sent: 1, answered: 0, withErrors: 0, missing: 1, returned: false },
  ]);
  expect(merged.forms.map((f) => [f.file, f.department, f.rows, f.answered, f.samePlan])).toEqual([
    ["総務課.xlsx", "総務課", 2, 2, true],
    ["企画課.xlsx", "企画課", 2, 2, true],
  ]);
  expect(merged.plan).toBe(table.id);
});

test("what cannot be merged is reported and not written", () => {
  const { table, forms } = sent();
  const [soumu, kikaku, zaisei, jinken] = forms;
  const soumuCells = answered(soumu, [
    ["S", "講座を開いた。"],
    ["A", "広報した。"],
  ]);
  // A label changed by hand, and a row added under the table.
  soumuCells[soumu.entryRows[0]][2] = "1 講座（変更）";
  soumuCells.push(["I 目標", "1 施策", "9 新規", "総務課", "A", "追加した。"]);
  const jinkenCells = answered(jinken, [["A", "啓発した。"]]);
  // A form of last year's plan: every key names another plan.
  const lastYear = jinkenCells.map((r) =>
    r.map((c) =>
      typeof c === "string" && c.startsWith('["achv-form"')
        ? c.replace(/^\["achv-form","[0-9a-f]+"/, '["achv-form","00000000"')
        : c
    )
  );
  const merged = mergeForms(table, [
    returned(soumu, "総務課.xlsx", soumuCells),
    returned(
      kikaku,
      "企画課.xlsx",
      answered(kikaku, [
        [null, "相談を受けた。"],
        ["B", "チラシを配った。"],
      ])
    ),
    returned(zaisei, "財政課.xlsx", answered(zaisei, [["C", "研修した。"]])),
    returned(zaisei, "財政課 (2).xlsx", answered(zaisei, [["D", "研修しなかった。"]])),
    returned(jinken, "人権課.xlsx", jinkenCells),
    returned(jinken, "人権課 (2).xlsx", jinkenCells),
    returned(jinken, "古い.xlsx", lastYear),
  ]);
  expect(merged.writes.map((w) => [w.cell, w.value, w.departments])).toEqual([
    ["F9", "講座を開いた。", ["総務課"]],
    ["F10", "相談を受けた。", ["企画課"]],
    ["E11", "A\nB", ["総務課", "企画課"]],
    ["E13", "A", ["人権課"]],
    ["F13", "啓発した。", ["人権課"]],
  ]);
  expect(merged.findings).toEqual([
    {
      code: "changed-outside-answers",
      severity: "warning",
      department: "総務課",
      files: ["総務課.xlsx"],
      formCell: "一覧!C11",
      planCell: "一覧!C9",
      item: "1 講座",
      args: { sent: "1 講座", found: "1 講座（変更）" },
    },
    {
      code: "row-without-key",
      severity: "warning",
      files: ["総務課.xlsx"],
      department: "総務課",
      formCell: "一覧!E13",
    },
    { code: "form-other-plan", severity: "error", files: ["古い.xlsx"], department: "人権課" },
    {
      code: "answers-differ",
      severity: "error",
      department: "財政課",
      files: ["財政課.xlsx", "財政課 (2).xlsx"],
      planCell: "一覧!E12",
      formCell: "一覧!G11, 一覧!G11",
      item: "4 研修",
    },
    {
      code: "answered-twice",
      severity: "info",
      department: "人権課",
      files: ["人権課.xlsx", "人権課 (2).xlsx"],
      args: { count: 1 },
    },
    {
      code: "rating-not-in-list",
      severity: "error",
      department: "総務課",
      files: ["総務課.xlsx"],
      formCell: "一覧!E11",
      planCell: "一覧!E9",
      item: "1 講座",
      args: { value: "S", codes: "A, B, C, D" },
    },
    {
      code: "entry-unanswered",
      severity: "warning",
      department: "企画課",
      files: ["企画課.xlsx"],
      formCell: "一覧!E11",
      item: "2 相談",
    },
    {
      code: "shared-answer-differs",
      severity: "error",
      planCell: "一覧!F11",
      item: "3 広報",
      args: { field: "narrative", departments: "総務課、企画課" },
    },
  ]);
  expect(merged.status).toEqual([
    { department: "総務課", sent: 2, answered: 2, withErrors: 2, missing: 0, returned: true },
    { department: "企画課", sent: 2, answered: 1, withErrors: 1, missing: 1, returned: true },
    { department: "財政課", sent: 1, answered: 0, withErrors: 1, missing: 1, returned: true },
    { department: "人権課", sent: 1, answered: 1, withErrors: 0, missing: 0, returned: true },
  ]);
  expect(merged.forms.map((f) => [f.file, f.answered, f.samePlan])).toEqual([
    ["総務課.xlsx", 2, true],
    ["企画課.xlsx", 1, true],
    ["財政課.xlsx", 1, true],
    ["財政課 (2).xlsx", 1, true],
    ["人権課.xlsx", 1, true],
    ["人権課 (2).xlsx", 1, true],
    ["古い.xlsx", 1, false],
  ]);
});

test("a row whose key the plan does not know: reported, and its entry counted missing", () => {
  const { table, forms } = sent();
  const [soumu] = forms;
  const cells = answered(soumu, [
    ["A", "講座を開いた。"],
    ["A", "広報した。"],
  ]);
  const row = soumu.entryRows[0];
  const key = JSON.parse(String(cells[row][soumu.keyColumn])) as string[];
  key[2] = JSON.stringify(["I", "1", "98", "総務課"]);
  cells[row][soumu.keyColumn] = JSON.stringify(key);
  const merged = mergeForms(table, [returned(soumu, "総務課.xlsx", cells)]);
  // Item 3's rating cell waits for 企画課, whose form is not back.
  expect(merged.findings.slice(0, 3)).toEqual([
    {
      code: "key-unknown",
      severity: "warning",
      files: ["総務課.xlsx"],
      department: "総務課",
      formCell: "一覧!G11",
    },
    {
      code: "shared-rating-waiting",
      severity: "warning",
      planCell: "一覧!E11",
      item: "3 広報",
      args: { departments: "総務課", waiting: "企画課" },
    },
    {
      code: "entry-missing",
      severity: "warning",
      department: "総務課",
      planCell: "一覧!E9",
      item: "1 講座",
    },
  ]);
  expect(merged.status[0]).toEqual({
    department: "総務課",
    sent: 2,
    answered: 1,
    withErrors: 0,
    missing: 1,
    returned: true,
  });
  expect(merged.writes.find((w) => w.cell === "F11")?.value).toBe("広報した。");
});

describe("a rating cell naming two departments, blank when sent", () => {
  /** Item 3's department cell names 総務課 and 企画課 (E11 holds a rating for each, read line by line). */
  const item3 = (read: ReturnType<typeof readBack>) =>
    read.plan!.entries.filter((e) => e.ratingCell === "E11");

  test("総務課's answer waits until 企画課 has one too: a rating alone in the cell would read as both departments'", () => {
    const { plan, table, forms } = sent();
    const [soumu, kikaku] = forms;
    const soumuForm = returned(
      soumu,
      "総務課.xlsx",
      answered(soumu, [
        ["B", "講座を開いた。"],
        ["A", "広報した。"],
      ])
    );
    // 企画課's form is not back yet; then it comes back with item 3 unrated.
    const kikakuUnrated = returned(
      kikaku,
      "企画課.xlsx",
      answered(kikaku, [
        ["C", "相談を受けた。"],
        [null, "広報した。"],
      ])
    );
    for (const merged of [
      mergeForms(table, [soumuForm]),
      mergeForms(table, [soumuForm, kikakuUnrated]),
    ]) {
      expect(merged.writes.filter((w) => w.field === "rating").map((w) => w.cell)).not.toContain(
        "E11"
      );
      expect(merged.findings.filter((f) => f.planCell === "一覧!E11")).toEqual([
        {
          code: "shared-rating-waiting",
          severity: "warning",
          planCell: "一覧!E11",
          item: "3 広報",
          args: { departments: "総務課", waiting: "企画課" },
        },
      ]);
      expect(merged.status[0]).toEqual({
        department: "総務課",
        sent: 2,
        answered: 2,
        withErrors: 0,
        missing: 0,
        returned: true,
      });
      const read = readBack(plan, merged.writes);
      expect(item3(read).map((e) => [e.department, e.rating, e.state])).toEqual([
        ["総務課", "", "missing"],
        ["企画課", "", "missing"],
      ]);
      expect(read.issues.filter((i) => i.cell === "E11").map((i) => i.code)).toEqual([
        "rating-missing",
        "rating-missing",
      ]);
    }
    expect(mergeForms(table, [soumuForm, kikakuUnrated]).findings).toContainEqual({
      code: "entry-unanswered",
      severity: "warning",
      department: "企画課",
      files: ["企画課.xlsx"],
      formCell: "一覧!E12",
      item: "3 広報",
    });

    // Once 企画課 answers, each department's rating is written on its own line.
    const both = mergeForms(table, [
      soumuForm,
      returned(
        kikaku,
        "企画課.xlsx",
        answered(kikaku, [
          ["C", "相談を受けた。"],
          ["B", "広報した。"],
        ])
      ),
    ]);
    expect(both.writes.find((w) => w.cell === "E11")).toEqual({
      sheet: "一覧",
      cell: "E11",
      field: "rating",
      value: "A\nB",
      before: "",
      departments: ["総務課", "企画課"],
    });
    expect(both.findings.filter((f) => f.planCell === "一覧!E11")).toEqual([]);
    const read = readBack(plan, both.writes);
    expect(item3(read).map((e) => [e.department, e.rating, e.state])).toEqual([
      ["総務課", "A", "valid"],
      ["企画課", "B", "valid"],
    ]);
    expect(read.issues.filter((i) => i.cell === "E11")).toEqual([]);
  });
});

test("a cell of three ratings for two departments: a department's answer waits for the other's, then each gets its own", () => {
  const plan = sheet([["I 目標", "1 施策", "1 講座", "総務課・企画課", "A・B・C", "x"]], {
    name: "一覧",
  });
  const departments = ["総務課", "企画課"];
  const table = planTable({ sheets: [plan], result: validateWorkbook([plan], { departments }) })!;
  const [soumu, kikaku] = splitPlan(table, { lang: "ja" }).forms;
  const soumuForm = returned(soumu, "総務課.xlsx", answered(soumu, [["B", "x"]]));
  const alone = mergeForms(table, [soumuForm]);
  expect(alone.writes).toEqual([]);
  expect(alone.findings.map((f) => [f.code, f.planCell, "args" in f && f.args])).toEqual([
    ["shared-rating-waiting", "一覧!E9", { departments: "総務課", waiting: "企画課" }],
    ["form-missing", undefined, { entries: 1 }],
  ]);

  const both = mergeForms(table, [
    soumuForm,
    returned(kikaku, "企画課.xlsx", answered(kikaku, [["C", "x"]])),
  ]);
  expect(both.writes.map((w) => [w.cell, w.value, w.before])).toEqual([["E9", "B・C", "A・B・C"]]);
  expect(both.findings).toEqual([]);
  const read = readBack(plan, both.writes, { departments });
  expect(read.plan!.entries.map((e) => [e.department, e.rating, e.state])).toEqual([
    ["総務課", "B", "valid"],
    ["企画課", "C", "valid"],
  ]);
});

describe("cells shared by several entries", () => {
  /** Item 1 and 2 share one narrative cell (F9:F10); item 3's rating cell spans its two departments' rows (E11:E12); item 4 has a narrative per department. */
  function shared() {
    const plan = sheet(
      [
        ["I 目標", "1 施策", "1 講座", "総務課", null, "共通の報告"],
        [null, null, "2 相談", "企画課", null, null],
        [null, null, "3 研修", "総務課", null, "研修の報告"],
        [null, null, null, "企画課", null, null],
        [null, null, "4 広報", "総務課", null, "総務課の報告"],
        [null, null, null, "企画課", null, "企画課の報告"],
      ],
      { name: "一覧", merges: ["F9:F10", "E11:E12", "F11:F12"] }
    );
    const table = planTable({ sheets: [plan], result: validateWorkbook([plan]) })!;
    return { table, forms: splitPlan(table, { lang: "ja" }).forms };
  }

  test("answers that differ for one cell are reported, each department's own narrative is written to its own cell", () => {
    const { table, forms } = shared();
    const [soumu, kikaku] = forms;
    const merged = mergeForms(table, [
      returned(
        soumu,
        "総務課.xlsx",
        answered(soumu, [
          ["A", "講座を開いた。"],
          ["A", "研修の報告"],
          ["B", "総務課の新しい報告"],
        ])
      ),
      returned(
        kikaku,
        "企画課.xlsx",
        answered(kikaku, [
          ["B", "相談を受けた。"],
          ["B", "研修の報告"],
          ["C", "企画課の報告"],
        ])
      ),
    ]);
    expect(merged.writes.map((w) => [w.cell, w.field, w.value, w.departments])).toEqual([
      ["E9", "rating", "A", ["総務課"]],
      ["E10", "rating", "B", ["企画課"]],
      ["E13", "rating", "B", ["総務課"]],
      ["F13", "narrative", "総務課の新しい報告", ["総務課"]],
      ["E14", "rating", "C", ["企画課"]],
    ]);
    expect(merged.findings).toEqual([
      {
        code: "shared-answer-differs",
        severity: "error",
        planCell: "一覧!E11",
        item: "3 研修",
        args: { field: "rating", departments: "総務課、企画課" },
      },
      {
        code: "shared-answer-differs",
        severity: "error",
        planCell: "一覧!F9",
        item: "1 講座、2 相談",
        args: { field: "narrative", departments: "総務課、企画課" },
      },
    ]);
  });

  test("a narrative merged over two items answered differently counts both entries with errors", () => {
    const { table, forms } = shared();
    const [soumu, kikaku] = forms;
    const merged = mergeForms(table, [
      returned(
        soumu,
        "総務課.xlsx",
        answered(soumu, [
          ["A", "講座を開いた。"],
          ["A", "研修の報告"],
          ["B", "総務課の報告"],
        ])
      ),
      returned(
        kikaku,
        "企画課.xlsx",
        answered(kikaku, [
          ["B", "相談を受けた。"],
          ["A", "研修の報告"],
          ["C", "企画課の報告"],
        ])
      ),
    ]);
    expect(merged.writes.map((w) => w.cell)).not.toContain("F9");
    expect(merged.findings).toEqual([
      {
        code: "shared-answer-differs",
        severity: "error",
        planCell: "一覧!F9",
        item: "1 講座、2 相談",
        args: { field: "narrative", departments: "総務課、企画課" },
      },
    ]);
    // The office reads which items share the cell.
    expect(mergeMessage(merged.findings[0], "ja")).toBe(
      "取組項目 1 講座、2 相談 の共通の取組状況（一覧!F9）に、総務課、企画課 が異なる回答をしました。書き込みませんでした。"
    );
    expect(merged.status).toEqual([
      { department: "総務課", sent: 3, answered: 3, withErrors: 1, missing: 0, returned: true },
      { department: "企画課", sent: 3, answered: 3, withErrors: 1, missing: 0, returned: true },
    ]);
  });

  test("the same answer from both departments is written once into the shared cell", () => {
    const { table, forms } = shared();
    const [soumu, kikaku] = forms;
    const merged = mergeForms(table, [
      returned(
        soumu,
        "総務課.xlsx",
        answered(soumu, [
          ["A", "講座を開いた。"],
          ["A", null],
          ["B", null],
        ])
      ),
      returned(
        kikaku,
        "企画課.xlsx",
        answered(kikaku, [
          ["B", "講座を開いた。"],
          ["A", null],
          ["C", null],
        ])
      ),
    ]);
    expect(merged.writes.map((w) => [w.cell, w.value, w.departments])).toEqual([
      ["E9", "A", ["総務課"]],
      ["F9", "講座を開いた。", ["総務課"]],
      ["E10", "B", ["企画課"]],
      ["E11", "A", ["総務課", "企画課"]],
      ["E13", "B", ["総務課"]],
      ["E14", "C", ["企画課"]],
    ]);
    expect(merged.findings).toEqual([]);
  });
});

test("forms returned as they were sent write nothing; an error cell in a form counts as an entry with errors", () => {
  const plan = sheet(
    [
      ["I 目標", "1 施策", "1 講座", "総務課", "A", "講座を開いた。"],
      [null, null, "2 相談", "総務課", "B", "相談を受けた。"],
    ],
    { name: "一覧" }
  );
  const table = planTable({ sheets: [plan], result: validateWorkbook([plan]) })!;
  const [soumu] = splitPlan(table, { lang: "ja" }).forms;
  const cells = soumu.rows.map((r) => [...r]);
  cells[soumu.entryRows[1]][soumu.narrativeColumn!] = { error: "#N/A" };
  const merged = mergeForms(table, [returned(soumu, "総務課.xlsx", cells)]);
  expect(merged.writes).toEqual([]);
  expect(merged.findings).toEqual([]);
  expect(merged.status).toEqual([
    { department: "総務課", sent: 2, answered: 2, withErrors: 1, missing: 0, returned: true },
  ]);
});

test("a cell of two departments' ratings keeps its separator; one rating for both is written once; a blanked or re-spaced label is no change", () => {
  const plan = sheet(
    [
      ["I 目標", "1 施策", "1 講座", "総務課・企画課", "A・B", "x"],
      [null, null, "2 相談", "総務課\n企画課", "B", "y"],
    ],
    { name: "一覧" }
  );
  const table = planTable({
    sheets: [plan],
    result: validateWorkbook([plan], { departments: ["総務課", "企画課"] }),
  })!;
  const [soumu, kikaku] = splitPlan(table, { lang: "ja" }).forms;
  const soumuCells = answered(soumu, [
    ["C", "x"],
    ["A", "y"],
  ]);
  soumuCells[soumu.entryRows[0]][2] = null;
  soumuCells[soumu.entryRows[1]][2] = "2 相談 ";
  const merged = mergeForms(table, [
    returned(soumu, "総務課.xlsx", soumuCells),
    returned(
      kikaku,
      "企画課.xlsx",
      answered(kikaku, [
        ["B", "x"],
        ["A", "y"],
      ])
    ),
  ]);
  expect(merged.writes.map((w) => [w.cell, w.value, w.before, w.departments])).toEqual([
    ["E9", "C・B", "A・B", ["総務課"]],
    ["E10", "A", "B", ["総務課", "企画課"]],
  ]);
  expect(merged.findings).toEqual([]);
});

test("a plan over two sheets on a 1–5 scale: numbers are written as numbers, sheet by sheet; a label re-spaced or rewrapped is no change", () => {
  const legend: [string, string][] = [
    ["区分", "内容"],
    ["5", "計画以上"],
    ["4", "計画どおり"],
    ["3", "やや遅れ"],
    ["2", "遅れ"],
    ["1", "未着手"],
  ];
  const a = sheet([["I 目標", "1 施策", "1 講座", "総務課", 4, "x"]], { name: "目標1", legend });
  const b = sheet([["II 目標", "2 施策", "2 相談", "総務課", 3, "y"]], { name: "目標2", legend });
  const table = planTable({ sheets: [b, a], result: validateWorkbook([a, b]) })!;
  const [soumu] = splitPlan(table, { lang: "ja" }).forms;
  const cells = answered(soumu, [
    [5, "x"],
    [2, "y"],
  ]);
  cells[soumu.entryRows[0]][2] = " 1 講座";
  cells[soumu.entryRows[1]][2] = "2 相談\r\n";
  const merged = mergeForms(table, [returned(soumu, "総務課.xlsx", cells)]);
  expect(merged.writes.map((w) => [w.sheet, w.cell, w.value])).toEqual([
    ["目標1", "E10", 5],
    ["目標2", "E10", 2],
  ]);
  expect(merged.findings).toEqual([]);
});

test("a form is the department's that most of its rows name, though a row of another department was copied in", () => {
  const { table, forms } = sent();
  const [soumu, kikaku] = forms;
  const cells = answered(soumu, [
    ["A", "講座を開いた。"],
    ["A", "広報した。"],
  ]);
  cells.push([
    ...answered(kikaku, [
      ["B", "相談を受けた。"],
      ["B", "広報した。"],
    ])[kikaku.entryRows[0]],
  ]);
  const merged = mergeForms(table, [returned(soumu, "総務課.xlsx", cells)]);
  expect(merged.forms.map((f) => [f.department, f.rows, f.answered])).toEqual([["総務課", 3, 3]]);
  expect(merged.writes.find((w) => w.cell === "E10")).toMatchObject({
    value: "B",
    departments: ["企画課"],
  });
});
