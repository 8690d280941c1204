import { MARK_COLORS, chunkAddresses, clearMarks, markCells } from "../../src/excel/marks";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { ExcelMock } from "../helpers/excel-mock";

const sheet: SheetSnapshot = { name: "R5", top: 0, left: 0, values: [["a", "b", "c"]], merges: [] };

describe("marks (Office.js adapter)", () => {
  test("mark then clear leaves every fill exactly as it was, user fills included", async () => {
    const excel = new ExcelMock([sheet]);
    excel.fills.set("R5!B1", { color: "#FFFF00", pattern: "Solid" });
    excel.fills.set("R5!C1", { color: "#FFFFFF", pattern: "Solid" });
    const before = new Map(excel.fills);
    await markCells(excel.context, "R5", [
      { cell: "A1", severity: "error" },
      { cell: "B1", severity: "warning" },
      { cell: "C1", severity: "info" },
    ]);
    expect(excel.fillOf("A1").color).toBe(MARK_COLORS.error);
    expect(excel.fillOf("B1").color).toBe(MARK_COLORS.warning);
    expect(excel.fillOf("C1").color).toBe(MARK_COLORS.info);
    await clearMarks(excel.context);
    expect(new Map(excel.fills)).toEqual(before);
  });

  test("marking again keeps the original fills, and unmarks cells no longer found", async () => {
    const excel = new ExcelMock([sheet]);
    excel.fills.set("R5!B1", { color: "#00B050", pattern: "Solid" });
    await markCells(excel.context, "R5", [{ cell: "A1", severity: "error" }, { cell: "B1", severity: "error" }]);
    await markCells(excel.context, "R5", [{ cell: "B1", severity: "warning" }]);
    expect(excel.fills.has("R5!A1")).toBe(false);
    expect(excel.fillOf("B1").color).toBe(MARK_COLORS.warning);
    await clearMarks(excel.context);
    expect(excel.fillOf("B1")).toEqual({ color: "#00B050", pattern: "Solid" });
  });

  test("what was marked lives in the workbook's settings, so clearing works after reopening", async () => {
    const first = new ExcelMock([sheet]);
    await markCells(first.context, "R5", [{ cell: "A1", severity: "error" }]);
    const reopened = new ExcelMock([sheet]);
    for (const [k, v] of first.settings) reopened.settings.set(k, v);
    for (const [k, v] of first.fills) reopened.fills.set(k, v);
    await clearMarks(reopened.context);
    expect(reopened.fills.size).toBe(0);
  });

  test.each([10, 1000, 10_000])("%i cells: 2 syncs to mark, 3 to clear", async (n) => {
    const cells = Array.from({ length: n }, (_, i) => `A${i + 1}`);
    const big: SheetSnapshot = { name: "R5", top: 0, left: 0, values: cells.map(() => ["x"]), merges: [] };
    const excel = new ExcelMock([big]);
    await markCells(excel.context, "R5", cells.map((cell, i) => ({ cell, severity: i % 2 ? "error" : "warning" })));
    expect(excel.syncs).toBe(2);
    await clearMarks(excel.context);
    expect(excel.syncs).toBe(5);
    expect(excel.fills.size).toBe(0);
  }, 60_000);

  test("address lists are chunked under 2,000 characters", () => {
    const chunks = chunkAddresses(Array.from({ length: 3000 }, (_, i) => `F${i + 1}`));
    expect(chunks.every((c) => c.length <= 2000)).toBe(true);
    expect(chunks.join(",").split(",").length).toBe(3000);
  });
});

describe("marks when Excel fails part-way", () => {
  const cells = ["A1", "B1", "C1"];
  const setup = () => {
    const excel = new ExcelMock([sheet]);
    excel.fills.set("R5!B1", { color: "#FFFF00", pattern: "Solid" });
    return { excel, before: new Map(excel.fills) };
  };

  test.each([1, 2])("a failure at sync %i of marking leaves every fill as it was", async (failAt) => {
    const { excel, before } = setup();
    excel.failSync = (n) => (n === failAt ? Object.assign(new Error("fail"), { code: "GeneralException" }) : undefined);
    await expect(markCells(excel.context, "R5", cells.map((cell) => ({ cell, severity: "error" as const })))).rejects.toThrow("fail");
    expect(new Map(excel.fills)).toEqual(before);
    await clearMarks(excel.context);
    expect(new Map(excel.fills)).toEqual(before);
  });

  test("a clear that fails can be run again and then restores everything", async () => {
    const { excel, before } = setup();
    await markCells(excel.context, "R5", cells.map((cell) => ({ cell, severity: "warning" as const })));
    const syncs = excel.syncs;
    excel.failSync = (n) => (n === syncs + 3 ? Object.assign(new Error("fail"), { code: "GeneralException" }) : undefined);
    await expect(clearMarks(excel.context)).rejects.toThrow("fail");
    excel.failSync = undefined;
    await clearMarks(excel.context);
    expect(new Map(excel.fills)).toEqual(before);
  });
});
