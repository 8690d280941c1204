import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { importAnswers, insertStatus, makeForms } from "../../src/app/roundtrip";
import { WHOLE_PLAN } from "../../src/app/workflow";
import { formFromBytes } from "../../src/xlsx/form-file";
import { WEB_IO } from "../../src/xlsx/web-io";
import { writeForm } from "../../src/xlsx/write-form";
import { MARK_COLORS } from "../../src/excel/marks";
import { parseAddress } from "../../src/core/snapshot";
import { PAYLOAD_CAP, cellValue, createSim, fillOf, hostOn, type Sim } from "../helpers/excel-sim";
import { SAMPLE_XLSX, seedRows } from "../helpers/workbooks";
import { editForm, readPlanFile, rowsOfItem } from "../helpers/roundtrip";

const readForm = (bytes: Uint8Array, file: string, year?: number) =>
  formFromBytes(bytes, file, WEB_IO, year);

const plan = () => readPlanFile(new Uint8Array(readFileSync(SAMPLE_XLSX)));

/** 女性センター's form with item 4 rated A and item 2's narrative rewritten, made from the plan in Excel. */
async function answeredForm(sim: Sim): Promise<Uint8Array> {
  const split = await makeForms(hostOn(sim), WHOLE_PLAN, {}, "ja");
  const form = split.forms.find((f) => f.department === "女性センター")!;
  return editForm(writeForm(form, "ja"), (ws) => {
    rowsOfItem(ws, 3, 4)[0].getCell(5).value = "A";
    rowsOfItem(ws, 3, 2)[0].getCell(6).value = "講座を3回開催した。";
  });
}

describe("the department round trip inside Excel (strict simulator)", () => {
  test("forms open as new workbooks where Excel has ExcelApi 1.8; Excel 2016 offers none and says so through the pane", async () => {
    const sim = createSim(plan().sheets, "m365-windows");
    const restore = sim.install();
    try {
      const host = hostOn(sim);
      const split = await makeForms(host, WHOLE_PLAN, {}, "ja", "2026-06-30");
      const departments = new Set(
        seedRows().flatMap((r) => r.department.split("\n").filter(Boolean))
      );
      expect(new Set(split.forms.map((f) => f.department))).toEqual(departments);
      await host.openWorkbook!(writeForm(split.forms[0], "ja"));
      expect(sim.opened).toHaveLength(1);
      // What Excel opened is the form itself: a workbook with the department's rows and keys.
      const read = readForm(sim.opened[0], "opened.xlsx");
      if (typeof read === "string") throw new Error(read);
      expect(new Set(read.rows.map((r) => r.key.department))).toEqual(
        new Set([split.forms[0].department])
      );
      expect(Object.keys(unzipSync(sim.opened[0]))).toContain("xl/worksheets/sheet1.xml");
    } finally {
      restore();
    }
    expect(hostOn(createSim(plan().sheets, "excel-2016")).openWorkbook).toBeUndefined();
  });

  test("answers are written in one batch on the web, marked, and the plan's findings keep their marks; merging again changes nothing", async () => {
    const p = plan();
    const sim = createSim(p.sheets, "web");
    const sheet = sim.book.sheets[0];
    const host = hostOn(sim);
    const form = await answeredForm(sim);
    const syncs = sim.stats.syncs;
    const done = await importAnswers(
      host,
      [{ name: "女性センター.xlsx", bytes: form }],
      readForm,
      WHOLE_PLAN,
      {}
    );
    expect(done.merge.writes.map((w) => [w.field, w.value])).toEqual(
      expect.arrayContaining([
        ["rating", "A"],
        ["narrative", "講座を3回開催した。"],
      ])
    );
    expect(done.merge.writes).toHaveLength(2);
    for (const w of done.merge.writes) {
      expect(cellValue(sheet, w.cell)).toBe(w.value);
      expect(fillOf(sheet, w.cell).color).toBe(MARK_COLORS.info);
    }
    const error = p.result.issues.find((i) => i.severity === "error")!;
    expect(fillOf(sheet, error.cell).color).toBe(MARK_COLORS.error);
    // Reading the plan (sheet list and roles, then the sheet), then: read the answer cells 1, write 1, marks 2.
    const reading = await (async () => {
      const probe = createSim(p.sheets, "web");
      await importAnswers(hostOn(probe), [], readForm, WHOLE_PLAN, {});
      return probe.stats.syncs;
    })();
    expect(sim.stats.syncs - syncs - reading).toBe(4);
    expect(Math.max(...sim.stats.requests)).toBeLessThan(PAYLOAD_CAP);

    const again = await importAnswers(
      host,
      [{ name: "女性センター.xlsx", bytes: form }],
      readForm,
      WHOLE_PLAN,
      {}
    );
    expect(again.merge.writes).toEqual([]);
    expect(again.written.written).toBe(0);
  });

  test("a cell typed in after the plan was read stops the write: nothing is written", async () => {
    const p = plan();
    const sim = createSim(p.sheets, "m365-windows");
    const sheet = sim.book.sheets[0];
    const form = await answeredForm(sim);
    const host = hostOn(sim);
    const original = host.readSheet.bind(host);
    let target = "";
    // The user types into item 4's rating cell between the pane's read and its write.
    host.readSheet = async (name, onProgress) => {
      const read = await original(name, onProgress);
      const e = p.result.plan!.entries.find(
        (x) => p.result.plan!.items[x.item].number === 4 && x.department === "女性センター"
      )!;
      target = e.ratingCell;
      const at = parseAddress(target)!;
      sheet.rows.get(at.row)!.set(at.col, { value: "確認中" });
      return read;
    };
    const before = new Map(
      p.result.plan!.entries.map((e) => [e.ratingCell, cellValue(sheet, e.ratingCell)])
    );
    await expect(
      importAnswers(host, [{ name: "女性センター.xlsx", bytes: form }], readForm, WHOLE_PLAN, {})
    ).rejects.toMatchObject({ kind: "cell-changed" });
    expect(target).not.toBe("");
    for (const [cell, value] of before)
      if (cell !== target) expect(cellValue(sheet, cell)).toBe(value);
    expect(cellValue(sheet, target)).toBe("確認中");
  });

  test("a file that is no form stops the import before anything is written", async () => {
    const p = plan();
    const sim = createSim(p.sheets, "web");
    const host = hostOn(sim);
    const form = await answeredForm(sim);
    const values = JSON.stringify([...sim.book.sheets[0].rows]);
    await expect(
      importAnswers(
        host,
        [
          { name: "女性センター.xlsx", bytes: form },
          { name: "plan.xlsx", bytes: p.bytes },
        ],
        readForm,
        WHOLE_PLAN,
        {}
      )
    ).rejects.toMatchObject({ name: "FormUnusable", file: "plan.xlsx", problem: "not-a-form" });
    expect(JSON.stringify([...sim.book.sheets[0].rows])).toBe(values);
  });

  test("the status sheet is inserted as the add-in's own sheet, and inserting again replaces it", async () => {
    const p = plan();
    const sim = createSim(p.sheets, "m365-windows");
    const host = hostOn(sim);
    const form = await answeredForm(sim);
    const done = await importAnswers(
      host,
      [{ name: "女性センター.xlsx", bytes: form }],
      readForm,
      WHOLE_PLAN,
      {}
    );
    await insertStatus(host, done.merge, "ja");
    await insertStatus(host, done.merge, "ja");
    const names = sim.book.sheets.filter((s) => !s.deleted).map((s) => s.name);
    expect(names).toEqual([p.sheets[0].name, "回答状況"]);
    const status = sim.book.sheets.find((s) => s.name === "回答状況" && !s.deleted)!;
    expect(cellValue(status, "A1")).toBe("担当課別 回答状況");
  });
});
