import { STATUS_MARKER, statusSheet } from "../../../src/core/roundtrip/status";
import { mergeMessage } from "../../../src/core/roundtrip/messages";
import {
  MERGE_SEVERITY,
  type MergeCode,
  type MergeFinding,
} from "../../../src/core/roundtrip/merge";

describe("the answer status as a sheet to insert", () => {
  test("one row per department (sent, answered, with errors, missing, form), a total row, marked as the add-in's own", () => {
    const sheet = statusSheet(
      [
        {
          department: "女性センター",
          sent: 38,
          answered: 36,
          withErrors: 1,
          missing: 2,
          returned: true,
        },
        {
          department: "秘書広報課",
          sent: 2,
          answered: 0,
          withErrors: 0,
          missing: 2,
          returned: false,
        },
      ],
      "ja",
      "2026-07-01"
    );
    expect(sheet).toMatchObject({ kind: "status", name: "回答状況", marker: STATUS_MARKER });
    const grid: (string | number | null)[][] = [];
    for (const c of sheet.cells) (grid[c.row] ??= [])[c.col] = c.value;
    expect(grid.slice(3)).toEqual([
      ["担当課", "送付", "回答済み", "エラーあり", "未回答", "回答票"],
      ["女性センター", 38, 36, 1, 2, "受領"],
      ["秘書広報課", 2, 0, 0, 2, "未受領"],
      ["合計", 40, 36, 1, 4],
    ]);
    expect(
      statusSheet([], "en", "2026-07-01").cells.find((c) => c.row === 3 && c.col === 3)?.value
    ).toBe("With errors");
  });

  test("titled and dated, the head bold on grey, counts formatted, ruled, names wrapped, printed with the head on every page", () => {
    const status = [
      {
        department: "女性センター",
        sent: 38,
        answered: 36,
        withErrors: 1,
        missing: 2,
        returned: true,
      },
      {
        department: "秘書広報課",
        sent: 2,
        answered: 0,
        withErrors: 0,
        missing: 2,
        returned: false,
      },
    ];
    const sheet = statusSheet(status, "ja", "2026-07-01");
    const at = (row: number, col: number) =>
      sheet.cells.find((c) => c.row === row && c.col === col);
    expect(at(0, 0)).toEqual({ row: 0, col: 0, value: "担当課別 回答状況", bold: true });
    expect(at(1, 0)).toEqual({ row: 1, col: 0, value: "2026-07-01" });
    expect(at(3, 2)).toEqual({ row: 3, col: 2, value: "回答済み", bold: true, fill: "#D9D9D9" });
    expect(at(4, 0)).toEqual({ row: 4, col: 0, value: "女性センター" });
    expect(at(4, 1)).toEqual({ row: 4, col: 1, value: 38, numberFormat: "#,##0" });
    expect(at(4, 5)).toEqual({ row: 4, col: 5, value: "受領" });
    expect(at(6, 0)).toEqual({ row: 6, col: 0, value: "合計", bold: true });
    expect(at(6, 4)).toEqual({ row: 6, col: 4, value: 4, bold: true, numberFormat: "#,##0" });
    expect(sheet).toMatchObject({
      merges: [],
      columnWidths: [24, 10, 10, 10, 10, 12],
      wrap: [{ top: 4, left: 0, bottom: 6, right: 0 }],
      borders: [{ top: 3, left: 0, bottom: 6, right: 5 }],
      print: { titleRows: { first: 3, last: 3 }, header: "担当課別 回答状況　2026-07-01" },
    });
  });

  test("every merge finding has a message in both languages", () => {
    for (const code of Object.keys(MERGE_SEVERITY) as MergeCode[]) {
      const f = {
        code,
        severity: MERGE_SEVERITY[code],
        department: "総務課",
        files: ["a.xlsx"],
        item: "1 項目",
        formCell: "S!E5",
        planCell: "P!E9",
        args: {
          count: 2,
          value: "S",
          codes: "A, B",
          field: "rating",
          departments: "総務課、企画課",
          sent: "x",
          found: "y",
          entries: 3,
          waiting: "企画課",
        },
      } as MergeFinding;
      // A sentence in each language, made from the finding's own facts.
      expect([code, mergeMessage(f, "ja")]).toEqual([code, expect.stringMatching(/。$/)]);
      expect([code, mergeMessage(f, "en")]).toEqual([code, expect.stringMatching(/[a-z)]\.$/)]);
      expect(mergeMessage(f, "en")).not.toMatch(/undefined/);
    }
  });
});
