import { formatAreas } from "../../src/excel/write-summary";
import { checkRequirements } from "../../src/excel/excel-host";
import { sheetOfReference } from "../../src/core/plan/sheet-names";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import type { SheetSnapshot } from "../../src/core/snapshot";
import {
  cellValue,
  createSim,
  isSetSupported,
  liveSheets,
  profile,
  rangeAddress,
  sheetNamed,
  type Sim,
} from "../helpers/excel-sim";
import { SAMPLE_XLSX } from "../helpers/workbooks";
import { FULL, WEB, names, planFor, sized, write } from "./summary-fixtures";

function sample(): SheetSnapshot {
  const book = loadWorkbookFile(SAMPLE_XLSX);
  return book.readSheet(book.sheetNames[0]);
}

const markers = (sim: Sim) =>
  new Map(
    sim.book.names
      .filter((n) => !n.deleted)
      .map((n) => [n.name, n.sheet.deleted ? "#REF!" : n.sheet.name])
  );
const SUMMARIES = ["達成状況データ", "基本目標別集計", "担当課別集計"];

describe("the Office.js summary writer on the strict simulator", () => {
  test("writes the data table, the two summary sheets, PivotTables and one chart series per rating code (defect 1)", async () => {
    const sim = createSim([sample()], "m365-windows");
    const written = await write(sim, sample(), FULL);
    expect(written.map((w) => w.name)).toEqual(SUMMARIES);
    expect(names(sim)).toEqual(["R5達成状況", ...SUMMARIES]);
    expect(sim.book.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["AchvData", "達成状況データ"],
    ]);
    const goal = sheetNamed(sim.book, "基本目標別集計")!;
    expect(goal.pivots).toEqual([
      {
        name: "AchvData_Goal",
        table: "AchvData",
        rows: ["基本目標"],
        columns: ["達成度"],
        data: [{ field: "取組項目", summarizeBy: "Count" }],
      },
    ]);
    // The sample's legend has four codes: four series, each with the goals along the axis.
    expect(goal.charts).toHaveLength(1);
    expect(goal.charts[0].seriesCount).toBe(4);
    expect(goal.charts[0].categories).toEqual(Array(4).fill(goal.charts[0].categories[0]));
    expect([...markers(sim)].sort()).toEqual([
      ["ACHV_SUMMARY_DATA", "達成状況データ"],
      ["ACHV_SUMMARY_DEPARTMENT", "担当課別集計"],
      ["ACHV_SUMMARY_GOAL", "基本目標別集計"],
    ]);
    expect(sim.stats.syncs).toBe(3);
  });

  test.each([
    [100, "m365-windows", FULL],
    [10_000, "m365-mac", FULL],
    [100, "web", WEB],
    [10_000, "web", WEB],
  ] as const)(
    "%i entries on %s: three syncs",
    async (n, profile, options) => {
      const sim = createSim([sized(n)], profile);
      await write(sim, sized(n), options);
      expect(sim.stats.syncs).toBe(3);
      expect(sim.book.tables[0].range).toMatchObject({ top: 0, left: 0, bottom: n });
    },
    60_000
  );

  test("text that Excel would read as a date, number or boolean is kept as text (defect 9)", async () => {
    const snap = sized(8);
    const texts = ["1-1", "(1)", "001", "TRUE", "10%", "=1+2", "@x", "R5.4.1"];
    texts.forEach((t, i) => (snap.values[i + 1][3] = t));
    const sim = createSim([snap], "m365-windows");
    await write(sim, snap, FULL);
    const data = sheetNamed(sim.book, "達成状況データ")!;
    expect(texts.map((_, i) => cellValue(data, `G${i + 2}`))).toEqual(texts);
  });

  test("inserting again replaces only its own sheets; a user's sheet of the same name stays", async () => {
    const sim = createSim(
      [sample(), { name: "基本目標別集計", top: 0, left: 0, values: [["私のメモ"]], merges: [] }],
      "web"
    );
    await write(sim, sample(), WEB);
    await write(sim, sample(), WEB);
    expect(names(sim)).toEqual([
      "R5達成状況",
      "基本目標別集計",
      "達成状況データ",
      "基本目標別集計 (2)",
      "担当課別集計",
    ]);
    expect(cellValue(sheetNamed(sim.book, "基本目標別集計")!, "A1")).toBe("私のメモ");
    expect(markers(sim).get("ACHV_SUMMARY_GOAL")).toBe("基本目標別集計 (2)");
    // The earlier table still exists while the new one is named: one table is left, under a free name.
    expect(sim.book.tables.filter((t) => !t.deleted).map((t) => t.name)).toEqual(["AchvData_2"]);
  });

  test("a defined name already called like the data table does not stop the insert (defect 11)", async () => {
    const sim = createSim([sample()], "m365-windows");
    sim.book.names.push({
      name: "AchvData",
      sheet: sim.book.sheets[0],
      address: "$A$1",
      deleted: false,
    });
    await write(sim, sample(), FULL);
    expect(sim.book.tables.map((t) => t.name)).toEqual(["AchvData_2"]);
  });

  test("the user deleted an earlier summary sheet: inserting again works and leaves no name pointing at #REF! (defect 11)", async () => {
    const sim = createSim([sample()], "web");
    await write(sim, sample(), WEB);
    sheetNamed(sim.book, "基本目標別集計")!.deleted = true;
    await write(sim, sample(), WEB);
    expect(names(sim)).toEqual(["R5達成状況", ...SUMMARIES]);
    expect([...markers(sim).values()]).not.toContain("#REF!");
  });

  test("the user deleted an earlier summary sheet, its name now at #REF!: inserting again keeps the user's own sheet named #REF", async () => {
    const mine: SheetSnapshot = {
      name: "#REF",
      top: 0,
      left: 0,
      values: [["私のメモ"]],
      merges: [],
    };
    const sim = createSim([sample(), mine], "web");
    await write(sim, sample(), WEB);
    sheetNamed(sim.book, "基本目標別集計")!.deleted = true;
    await write(sim, sample(), WEB);
    expect(names(sim)).toEqual(["R5達成状況", "#REF", ...SUMMARIES]);
    expect(cellValue(sheetNamed(sim.book, "#REF")!, "A1")).toBe("私のメモ");
  });

  test("a failure while writing leaves no half-made sheet and keeps the earlier summaries and their names, one of them deleted meanwhile (defect 11)", async () => {
    const sim = createSim([sample()], "web");
    await write(sim, sample(), WEB);
    const before = names(sim);
    const names0 = markers(sim);
    // The user deleted one earlier summary sheet: the rollback must not try to name it again.
    sheetNamed(sim.book, "担当課別集計")!.deleted = true;
    const expected = before.filter((n) => n !== "担当課別集計");
    const syncs = sim.stats.syncs;
    sim.stats.failSync = (n) =>
      n === syncs + 2
        ? Object.assign(new Error("failed at the write"), { code: "GeneralException" })
        : undefined;
    await expect(write(sim, sample(), WEB)).rejects.toThrow(/failed at/);
    sim.stats.failSync = undefined;
    expect(names(sim)).toEqual(expected);
    expect(new Map([...markers(sim)].filter(([, s]) => s !== "#REF!"))).toEqual(
      new Map([...names0].filter(([k]) => k !== "ACHV_SUMMARY_DEPARTMENT"))
    );
  });

  test("without ExcelApi 1.8 (Excel 2019) the static tables are written and no PivotTable", async () => {
    const sim = createSim([sample()], "excel-2019");
    await write(sim, sample(), { pivots: false, suspendScreen: false });
    expect(liveSheets(sim.book).flatMap((s) => s.pivots)).toEqual([]);
    expect(sheetNamed(sim.book, "基本目標別集計")!.rows.size).toBeGreaterThan(5);
  });

  test("the sheets print as the file writer's do: landscape, one page wide, header rows repeated, the data without its key columns, the plan in the page header", async () => {
    const sim = createSim([sample()], "m365-windows");
    await write(sim, sample(), FULL);
    const [data, goal, department] = SUMMARIES.map((n) => sheetNamed(sim.book, n)!);
    const heading = "つるがしま男女共同参画推進プラン（第6次）達成状況一覧　令和5年度";
    for (const sheet of [data, goal, department]) {
      expect(sheet.pageLayout).toMatchObject({
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        centerHorizontally: true,
        centerHeader: heading,
        centerFooter: "&A　&P / &N",
      });
    }
    expect([data, goal, department].map((s) => s.pageLayout.printTitleRows)).toEqual([
      "$1:$1",
      "$4:$4",
      "$4:$4",
    ]);
    expect([data, goal, department].map((s) => s.pageLayout.printArea)).toEqual([
      "A1:J129",
      null,
      null,
    ]);
    expect(sim.stats.syncs).toBe(3);
  });

  test("names as written, #,##0 counts, ruled tables and wrapped name columns, in a few ranges rather than one request per cell", async () => {
    const sim = createSim([sample()], "web");
    await write(sim, sample(), WEB);
    const goal = sheetNamed(sim.book, "基本目標別集計")!;
    expect([cellValue(goal, "A7"), cellValue(goal, "B7")]).toEqual([
      "Ⅲ",
      "すこやかで安心できる安全な暮らしの実現 （施策11～14はDV対策基本計画）",
    ]);
    expect(cellValue(goal, "A1")).toBe(
      "つるがしま男女共同参画推進プラン（第6次）達成状況一覧　令和5年度"
    );
    expect(["C5", "J9", "K9"].map((a) => goal.numberFormats.get(a))).toEqual([
      "#,##0",
      "#,##0",
      "0.0%",
    ]);
    const edges = goal.borders
      .filter((b) => rangeAddress(b.range) === "A4:K9")
      .map((b) => [b.side, b.style, b.weight]);
    expect(edges.sort()).toEqual(
      ["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop", "InsideHorizontal", "InsideVertical"].map(
        (side) => [side, "Continuous", "Thin"]
      )
    );
    expect(goal.wrapped.map(rangeAddress)).toEqual(["A4:B9"]);
    const department = sheetNamed(sim.book, "担当課別集計")!;
    expect(cellValue(department, "B4")).toBe("評価数");
    const plan = planFor(sample())("AchvData");
    // The by-department table (22 rows): title, header, counts, rates, and the total's label, counts and rate, each one block of cells.
    expect(formatAreas(plan.sheets[2].cells).map((a) => rangeAddress(a.range))).toEqual([
      "A1",
      "A4:J4",
      "B5:I25",
      "J5:J25",
      "A26",
      "B26:I26",
      "J26",
    ]);
  });

  test("Excel without ExcelApi 1.9 (2019) gets the tables ruled and formatted, printed with its defaults; the page layout is never asked of it", async () => {
    const excel2019 = profile("excel-2019");
    const requirements = checkRequirements((name, version) =>
      isSetSupported(excel2019, name, version)
    );
    const sim = createSim([sample()], "excel-2019");
    await write(sim, sample(), {
      pivots: requirements.pivots,
      suspendScreen: requirements.marks,
      pageLayout: requirements.marks,
    });
    const goal = sheetNamed(sim.book, "基本目標別集計")!;
    expect(goal.pageLayout.orientation).toBe("Portrait");
    expect(goal.borders.length).toBe(6);
    expect(goal.numberFormats.get("C5")).toBe("#,##0");
    // Asked anyway, Excel 2019 would refuse the whole write.
    const refused = createSim([sample()], "excel-2019");
    await expect(
      write(refused, sample(), { pivots: false, suspendScreen: false, pageLayout: true })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("sheet references are read back from name formulas", () => {
    expect(sheetOfReference("='基本目標別集計 (2)'!$A$1")).toBe("基本目標別集計 (2)");
    expect(sheetOfReference("=Data!$A$1")).toBe("Data");
    expect(sheetOfReference("='It''s'!$A$1")).toBe("It's");
    // A name whose sheet was deleted, and a sheet really named #REF.
    expect(sheetOfReference("=#REF!$A$1")).toBeNull();
    expect(sheetOfReference("='#REF'!$A$1")).toBe("#REF");
  });
});

describe("the simulator's page layout, as Microsoft's docs describe it (Y(pagelayout), Y(pagelayoutzoomoptions), Y(rangeborder))", () => {
  const blank = () =>
    createSim([{ name: "S", top: 0, left: 0, values: [["x"]], merges: [] }], "m365-windows");
  const on = (sim: Sim, f: (ws: Excel.Worksheet) => void) =>
    sim.run(async (context) => {
      f(context.workbook.worksheets.getItem("S"));
      await context.sync();
    });

  test("print title rows must be entire rows", async () => {
    const sim = blank();
    await expect(on(sim, (ws) => ws.pageLayout.setPrintTitleRows("A4:K4"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await on(sim, (ws) => ws.pageLayout.setPrintTitleRows("$4:$5"));
    expect(sheetNamed(sim.book, "S")!.pageLayout.printTitleRows).toBe("$4:$5");
  });

  test("a zoom is set whole: a scale between 10 and 400, or fit-to-pages counts, not both", () => {
    const sim = blank();
    return sim.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("S").pageLayout;
      expect(() => (layout.zoom = { scale: 5 })).toThrow(
        expect.objectContaining({ code: "InvalidArgument" })
      );
      expect(() => (layout.zoom = { scale: 90, horizontalFitToPages: 1 })).toThrow(
        expect.objectContaining({ code: "InvalidArgument" })
      );
      expect(() => (layout.zoom = { horizontalFitToPages: 1.5 })).toThrow(
        expect.objectContaining({ code: "InvalidArgument" })
      );
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      await context.sync();
    });
  });

  test("pageLayout needs ExcelApi 1.9; borders and wrapped text are ExcelApi 1.1", async () => {
    const old = createSim(
      [{ name: "S", top: 0, left: 0, values: [["x"]], merges: [] }],
      "excel-2016"
    );
    await expect(on(old, (ws) => (ws.pageLayout.orientation = "Landscape"))).rejects.toMatchObject({
      code: "ApiNotFound",
    });
    await on(old, (ws) => {
      ws.getRange("A1:B2").format.borders.getItem("EdgeTop").style = "Continuous";
      ws.getRange("A1:A1").format.wrapText = true;
    });
    expect(sheetNamed(old.book, "S")!.borders).toEqual([
      {
        range: { top: 0, left: 0, bottom: 1, right: 1 },
        side: "EdgeTop",
        style: "Continuous",
        weight: "Thin",
      },
    ]);
    await expect(
      old.run(
        async (context) =>
          void context.workbook.worksheets
            .getItem("S")
            .getRange("A1")
            .format.borders.getItem("Around" as Excel.BorderIndex)
      )
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
