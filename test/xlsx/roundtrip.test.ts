import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { openXlsx } from "../../src/xlsx/read-xlsx";
import { WEB_IO } from "../../src/xlsx/web-io";
import { FORM_MARK } from "../../src/core/roundtrip/keys";
import { splitPlan } from "../../src/core/roundtrip/split";
import { formsArchive } from "../../src/xlsx/write-form";
import { formFromBytes } from "../../src/xlsx/form-file";
import {
  SAMPLE_XLSX,
  seedRows,
  tempDir,
  writeWorkbook,
  SEED_COLUMNS,
  SEED_LEGEND,
} from "../helpers/workbooks";
import {
  type PlanFile,
  changedCells,
  editForm,
  formsOf,
  mergeFiles,
  readPlanFile,
  rowsOfItem,
} from "../helpers/roundtrip";
import { join } from "node:path";

// The sample's columns, as a department sees them in its form: C item, D department, E rating, F narrative.
const ITEM = 3;
const RATING = 5;
const NARRATIVE = 6;

const sample = () => readPlanFile(new Uint8Array(readFileSync(SAMPLE_XLSX)));

/** The plan's rating (or narrative) cell of an item's entry for a department, as the reader found it. */
function planCell(
  plan: PlanFile,
  item: number,
  department: string,
  field: "rating" | "narrative"
): string {
  const p = plan.result.plan!;
  const e = p.entries.find((x) => p.items[x.item].number === item && x.department === department);
  if (!e) throw new Error(`no entry ${item} ${department}`);
  if (field === "rating") return e.ratingCell;
  const narrativeCol = p.header.columns.narrative!;
  const anchor = plan.sheets[0].merges.find(
    (m) => m.left === narrativeCol && m.top <= e.row && m.bottom >= e.row
  );
  return `F${(anchor ? anchor.top : e.row) + 1}`;
}

describe("a form per department, from the sample", () => {
  test("each form holds only its department's rows, with the labels, the legend's list on the ratings, the answers unlocked and the key hidden", async () => {
    const plan = sample();
    const forms = await formsOf(plan, "2026-06-30");
    // The seed names 21 departments; a cell naming two (item 29) puts the row in both forms.
    const expected = new Map<string, number>();
    for (const r of seedRows())
      for (const d of r.department.split("\n").filter(Boolean))
        expected.set(d, (expected.get(d) ?? 0) + 1);
    expect(new Set(forms.keys())).toEqual(new Set(expected.keys()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(forms.get("学校教育課")!) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell("A1").value)).toBe("回答票　担当課: 学校教育課　回答期限: 2026-06-30");
    // The plan's title and legend follow, then the header and the rows.
    expect(String(ws.getCell("A4").value)).toContain("達成状況一覧");
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((row) => {
      if (row.getCell(4).value === "学校教育課") rows.push(row);
    });
    expect(rows.length).toBe(expected.get("学校教育課"));
    const seed29 = seedRows().find((r) => r.item.startsWith("29 "))!;
    const row29 = rowsOfItem(ws, ITEM, 29)[0];
    expect(row29.getCell(1).value).toBe(seed29.goal);
    expect(row29.getCell(2).value).toBe(seed29.measure);
    expect(row29.getCell(3).value).toBe(seed29.item);
    expect(row29.getCell(4).value).toBe("学校教育課");
    expect(row29.getCell(RATING).value).toBe("B");
    const rating = row29.getCell(RATING);
    expect(rating.dataValidation).toMatchObject({
      type: "list",
      formulae: ['"A,B,C,D"'],
      showInputMessage: true,
      showErrorMessage: true,
    });
    expect(rating.dataValidation.prompt).toBe(
      "A：計画以上（100%～）\nB：計画どおり（70～99%）\nC：計画以下（1～69%）\nD：未着手（0%）"
    );
    expect(rating.protection).toMatchObject({ locked: false });
    expect(row29.getCell(NARRATIVE).protection).toMatchObject({ locked: false });
    expect(row29.getCell(ITEM).protection?.locked).not.toBe(false);
    // Protected without a password, as Excel reads it from the sheet's XML.
    const protection = /<sheetProtection\b[^>]*>/.exec(
      strFromU8(unzipSync(forms.get("学校教育課")!)["xl/worksheets/sheet1.xml"])
    )![0];
    expect(protection).toMatch(/\bsheet="1"/);
    expect(protection).not.toMatch(/password|hashValue/i);
    const keyColumn = ws.getColumn(7);
    expect(keyColumn.hidden).toBe(true);
    expect(row29.getCell(7).value).toMatch(new RegExp(`^\\["${FORM_MARK}"`));
  });
});

test("all forms in one .zip for a browser download: each file a form that reads back", () => {
  const plan = sample();
  const split = splitPlan(plan.table, { lang: "en" });
  const files = unzipSync(formsArchive(split.forms, "en"));
  expect(Object.keys(files)).toEqual(split.forms.map((f) => `${f.fileStem}.xlsx`));
  const read = formFromBytes(files["08_学校教育課.xlsx"], "08_学校教育課.xlsx", WEB_IO);
  if (typeof read === "string") throw new Error(read);
  expect(read.rows.map((r) => r.key.department)).toEqual(
    new Array(read.rows.length).fill("学校教育課")
  );
  expect(read.rows.length).toBeGreaterThan(0);
});

describe("merging the departments' answers into the sample", () => {
  test("only the answer cells of matching entries change, each mistake is reported, and every other part of the file is kept byte for byte", async () => {
    const plan = sample();
    const forms = await formsOf(plan);
    const returned: { file: string; bytes: Uint8Array }[] = [];
    const give = (department: string, bytes: Uint8Array, file = `${department}.xlsx`) =>
      returned.push({ file, bytes });

    // 女性センター: re-sorts its rows (newest first), rates item 4 A, rewrites item 2's narrative, and rates item 29 A (the other department keeps B).
    give(
      "女性センター",
      await editForm(forms.get("女性センター")!, (ws) => {
        rowsOfItem(ws, ITEM, 4)[0].getCell(RATING).value = "A";
        rowsOfItem(ws, ITEM, 2)[0].getCell(NARRATIVE).value = "講座を3回開催した。";
        rowsOfItem(ws, ITEM, 29)[0].getCell(RATING).value = "A";
        const data: ExcelJS.CellValue[][] = [];
        const first = rowsOfItem(ws, ITEM, 1)[0].number;
        for (let r = first; r <= ws.rowCount; r++)
          data.push((ws.getRow(r).values as ExcelJS.CellValue[]).slice(1));
        data.reverse().forEach((values, i) => (ws.getRow(first + i).values = values));
      })
    );
    // Item 1's narrative is shared by six departments: two of them rewrite it differently.
    give(
      "健康長寿課",
      await editForm(
        forms.get("健康長寿課")!,
        (ws) => void (rowsOfItem(ws, ITEM, 1)[0].getCell(NARRATIVE).value = "健康長寿課の記述")
      )
    );
    // こども支援課: a different item-1 narrative, and a deleted row (item 36).
    give(
      "こども支援課",
      await editForm(forms.get("こども支援課")!, (ws) => {
        rowsOfItem(ws, ITEM, 1)[0].getCell(NARRATIVE).value = "こども支援課の記述";
        ws.spliceRows(rowsOfItem(ws, ITEM, 36)[0].number, 1);
      })
    );
    // 障害者福祉課 types a rating outside the list over the validation.
    give(
      "障害者福祉課",
      await editForm(
        forms.get("障害者福祉課")!,
        (ws) => void (rowsOfItem(ws, ITEM, 1)[0].getCell(RATING).value = "S")
      )
    );
    // 生涯学習スポーツ課 edits an item's label, and rates it C; its merges broken besides.
    give(
      "生涯学習スポーツ課",
      await editForm(forms.get("生涯学習スポーツ課")!, (ws) => {
        const row = rowsOfItem(ws, ITEM, 1)[0];
        row.getCell(ITEM).value = "1 人権意識の啓発（修正）";
        row.getCell(RATING).value = "C";
        for (const range of Object.keys(
          (ws as unknown as { _merges: Record<string, unknown> })._merges
        ))
          ws.unMergeCells(range);
      })
    );
    // 学校教育課 sends its form twice, unchanged the second time.
    const school = await editForm(
      forms.get("学校教育課")!,
      (ws) =>
        void (rowsOfItem(ws, ITEM, 29)[0].getCell(NARRATIVE).value = "学校で啓発授業を行った。")
    );
    give("学校教育課", school);
    give("学校教育課", school, "学校教育課（再送）.xlsx");
    // A form of another plan: the same city's sheet with other items.
    const dir = tempDir();
    const otherRows = seedRows().map((r) => ({ ...r, item: r.item.replace(/^(\d+) /, "$1 別の") }));
    const other = readPlanFile(
      new Uint8Array(
        readFileSync(
          await writeWorkbook(join(dir, "other.xlsx"), otherRows, {
            sheetName: "R5達成状況",
            title: "令和5年度 別計画",
            legend: SEED_LEGEND,
            columns: SEED_COLUMNS,
            fill: "merge",
          })
        )
      )
    );
    give("総務人権推進課", (await formsOf(other)).get("総務人権推進課")!, "other-plan.xlsx");
    // Every other department returns its form as it was sent, except 秘書広報課, which does not return it.
    for (const [department, bytes] of forms) {
      if (
        !returned.some((f) => f.file.startsWith(department)) &&
        department !== "秘書広報課" &&
        department !== "総務人権推進課"
      )
        give(department, bytes);
    }

    const { merged, bytes } = mergeFiles(plan, returned);
    const after = openXlsx(bytes, "merged.xlsx", WEB_IO).readSheet(plan.sheets[0].name);
    const changes = changedCells(plan.sheets[0], after);
    expect(Object.fromEntries([...changes].map(([cell, [, v]]) => [cell, v]))).toEqual({
      [planCell(plan, 4, "女性センター", "rating")]: "A",
      [planCell(plan, 2, "女性センター", "narrative")]: "講座を3回開催した。",
      [planCell(plan, 29, "女性センター", "rating")]: "A\nB",
      [planCell(plan, 29, "学校教育課", "narrative")]: "学校で啓発授業を行った。",
      [planCell(plan, 1, "生涯学習スポーツ課", "rating")]: "C",
    });

    const codes = (code: string) => merged.findings.filter((f) => f.code === code);
    expect(codes("shared-answer-differs")).toEqual([
      expect.objectContaining({
        severity: "error",
        planCell: `R5達成状況!${planCell(plan, 1, "女性センター", "narrative")}`,
        args: { field: "narrative", departments: "健康長寿課、こども支援課" },
      }),
    ]);
    expect(codes("rating-not-in-list")).toEqual([
      expect.objectContaining({
        department: "障害者福祉課",
        args: { value: "S", codes: "A, B, C, D" },
      }),
    ]);
    expect(codes("changed-outside-answers")).toEqual([
      expect.objectContaining({
        department: "生涯学習スポーツ課",
        args: { sent: "1 人権尊重の理念に基づいた意識の啓発", found: "1 人権意識の啓発（修正）" },
      }),
    ]);
    expect(codes("entry-missing")).toEqual([
      expect.objectContaining({
        department: "こども支援課",
        item:
          "36 " +
          seedRows()
            .find((r) => r.item.startsWith("36 "))!
            .item.slice(3),
      }),
    ]);
    expect(codes("answered-twice")).toEqual([
      expect.objectContaining({
        department: "学校教育課",
        files: ["学校教育課.xlsx", "学校教育課（再送）.xlsx"],
      }),
    ]);
    expect(codes("form-other-plan")).toEqual([
      expect.objectContaining({ files: ["other-plan.xlsx"] }),
    ]);
    expect(
      codes("form-missing")
        .map((f) => f.department)
        .sort()
    ).toEqual(["秘書広報課", "総務人権推進課"]);
    expect(codes("key-unknown")).toEqual([]);
    const status = new Map(merged.status.map((s) => [s.department, s]));
    expect(status.get("秘書広報課")).toMatchObject({ returned: false, answered: 0 });
    expect(status.get("こども支援課")).toMatchObject({ returned: true, missing: 1 });
    // The rating outside the list, and item 22, which has no narrative in the seed (the form's own finding).
    expect(status.get("障害者福祉課")!.withErrors).toBe(2);
    expect(
      merged.forms
        .find((f) => f.file === "障害者福祉課.xlsx")!
        .issues.map((i) => [i.code, i.severity])
    ).toEqual([
      ["rating-invalid", "error"],
      ["narrative-missing", "error"],
    ]);

    // Every part but the sheet written into is the same bytes: styles, merges' XML, print settings, names.
    const a = unzipSync(plan.bytes);
    const b = unzipSync(bytes);
    const part = plan.part(plan.sheets[0].name);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a))
      if (name !== part)
        expect([name, Buffer.compare(Buffer.from(a[name]), Buffer.from(b[name]))]).toEqual([
          name,
          0,
        ]);
    // In the sheet, the merged areas and every cell's style attribute stay.
    const styles = (xml: string) =>
      [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?\ss="(\d+)"/g)]
        .map((m) => `${m[1]}:${m[2]}`)
        .sort();
    expect(styles(strFromU8(b[part]))).toEqual(styles(strFromU8(a[part])));
    expect(after.merges).toEqual(plan.sheets[0].merges);
  });

  test("merging the same forms again into the merged plan changes nothing", async () => {
    const plan = sample();
    const forms = await formsOf(plan);
    const answered = await editForm(forms.get("女性センター")!, (ws) => {
      rowsOfItem(ws, ITEM, 4)[0].getCell(RATING).value = "A";
      rowsOfItem(ws, ITEM, 2)[0].getCell(NARRATIVE).value = "講座を3回開催した。";
    });
    const once = mergeFiles(plan, [{ file: "f.xlsx", bytes: answered }]);
    expect(once.merged.writes).toHaveLength(2);
    const twice = mergeFiles(readPlanFile(once.bytes), [{ file: "f.xlsx", bytes: answered }]);
    expect(twice.merged.writes).toEqual([]);
    const a = openXlsx(once.bytes, "a.xlsx", WEB_IO).readSheet(plan.sheets[0].name);
    const b = openXlsx(twice.bytes, "b.xlsx", WEB_IO).readSheet(plan.sheets[0].name);
    expect(changedCells(a, b).size).toBe(0);
  });
});
