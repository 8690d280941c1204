import { checkRequirements, createExcelHost } from "../../src/excel/excel-host";
import { HostFailure } from "../../src/taskpane/host";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { ExcelMock } from "../helpers/excel-mock";

const ALL = checkRequirements(() => true);
const sheet = (): SheetSnapshot => ({ name: "R5", top: 0, left: 0, values: [["達成度"], ["Ｂ"]], merges: [] });

function hostOn(excel: ExcelMock, requirements = ALL) {
  return createExcelHost((batch) => batch(excel.context), requirements, "ja-JP");
}

describe("the Office.js WorkbookHost", () => {
  test("selecting an issue activates its sheet and selects its cell", async () => {
    const excel = new ExcelMock([sheet(), { ...sheet(), name: "other" }], "other");
    await hostOn(excel).selectCell("R5", "A2");
    expect(excel.active).toBe("R5");
    expect(excel.calls).toContain("select R5!A2");
  });

  test("a sheet deleted or renamed since validating gives sheet-gone", async () => {
    const excel = new ExcelMock([sheet()]);
    await expect(hostOn(excel).selectCell("消えた", "A1")).rejects.toMatchObject({ kind: "sheet-gone" });
  });

  test("a fix writes that one cell, and only if it still holds what was validated", async () => {
    const excel = new ExcelMock([sheet()]);
    const host = hostOn(excel);
    await expect(host.applyFix("R5", "A2", "B", "b")).rejects.toMatchObject({ kind: "cell-changed" });
    expect(excel.calls.filter((c) => c.startsWith("write"))).toEqual([]);
    await host.applyFix("R5", "A2", "B", "Ｂ");
    expect(excel.sheet("R5")!.values).toEqual([["達成度"], ["B"]]);
    expect(excel.calls.filter((c) => c.startsWith("write"))).toEqual(["write R5!A2"]);
  });

  test.each([
    ["InvalidOperationInCellEditMode", "cell-edit-mode"],
    ["AccessDenied", "protected"],
    ["ResponsePayloadSizeLimitExceeded", "payload-too-large"],
    ["ItemNotFound", "sheet-gone"],
  ])("an Office error %s becomes %s", async (code, kind) => {
    const excel = new ExcelMock([sheet()]);
    excel.failSync = () => Object.assign(new Error(code), { code });
    const err = await hostOn(excel).readSheet("R5").catch((e) => e);
    expect(err).toBeInstanceOf(HostFailure);
    expect(err.kind).toBe(kind);
  });

  test("settings and the last result are kept in the workbook", async () => {
    const excel = new ExcelMock([sheet()]);
    const host = hostOn(excel);
    await host.saveSettings({ departments: ["総務課"], sheet: "R5" });
    const reopened = new ExcelMock([sheet()]);
    for (const [k, v] of excel.settings) reopened.settings.set(k, v);
    expect(await hostOn(reopened).loadSettings()).toEqual({ departments: ["総務課"], sheet: "R5" });
  });

  test("without ExcelApi 1.9 marking is refused with a reason, not attempted", async () => {
    const excel = new ExcelMock([sheet()]);
    const host = hostOn(excel, { ...ALL, marks: false });
    expect(() => host.markCells("R5", [{ cell: "A1", severity: "error" }])).toThrow(HostFailure);
    expect(excel.syncs).toBe(0);
  });

  test("without ExcelApi 1.13 the sheet is read without merges and the host says so", async () => {
    const excel = new ExcelMock([sheet()]);
    const read = await hostOn(excel, { ...ALL, merges: false }).readSheet("R5");
    expect(read.mergesRead).toBe(false);
    expect(excel.calls).not.toContain("getMergedAreasOrNullObject");
  });

  test("requirements are checked per set", () => {
    const seen: string[] = [];
    const r = checkRequirements((name, version) => (seen.push(`${name} ${version}`), version !== "1.13"));
    expect(r).toEqual({ basic: true, merges: false, marks: true, settings: true, pivots: true });
    expect(seen).toContain("ExcelApi 1.13");
  });
});
