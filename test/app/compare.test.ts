import { readFileSync } from "node:fs";
import { CompareFailure, compareOnHost, insertComparison } from "../../src/app/compare";
import { insertSummaries } from "../../src/app/workflow";
import { COMPARE_MARKER } from "../../src/core/compare/compare-plan";
import { type SheetSnapshot, parseAddress } from "../../src/core/snapshot";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import {
  cellValue,
  createSim,
  hostOn,
  liveSheets,
  sheetNamed,
  type Sim,
} from "../helpers/excel-sim";
import { tempDir } from "../helpers/workbooks";
import { LAST_YEAR, writeYears } from "../core/compare/fixtures";

let files: { last: string; current: string };
let current: SheetSnapshot;
let last: SheetSnapshot;

beforeAll(async () => {
  files = await writeYears(tempDir());
  [current, last] = [files.current, files.last].map((path) => {
    const book = loadWorkbookFile(path);
    return book.readSheet(book.sheetNames[0]);
  });
});

/** This year's sheet, last year's hidden behind it, and a sheet of the user's that happens to be named 前年度比較. */
function workbook(profile: string): Sim {
  const users: SheetSnapshot = {
    name: "前年度比較",
    top: 0,
    left: 0,
    values: [["課内メモ"], ["手で書いた比較"]],
    merges: [],
  };
  const sim = createSim([current, last, users], profile);
  sim.book.sheets[1].visibility = "Hidden";
  return sim;
}

/** A cell's text as the file holds it. */
function textAt(sheet: SheetSnapshot, cell: string) {
  const at = parseAddress(cell)!;
  return sheet.values[at.row - sheet.top]?.[at.col - sheet.left];
}

const names = (sim: Sim) => liveSheets(sim.book).map((s) => s.name);
const compareSheet = (sim: Sim) => {
  const marks = sim.book.names.filter((n) => !n.deleted && n.name === COMPARE_MARKER);
  return marks.map((n) => n.sheet.name);
};

describe("comparing inside Excel (the strict simulator)", () => {
  test.each(["m365-windows", "web"])(
    "on %s: comparing reads and writes nothing; 前年度比較 is written in three syncs, and inserted again replaces only the add-in's own sheet",
    async (profile) => {
      const sim = workbook(profile);
      const host = hostOn(sim);
      const compared = await compareOnHost(
        host,
        "R5達成状況",
        { kind: "sheet", name: "R4達成状況" },
        {}
      );
      expect(compared.comparison.total).toMatchObject({
        up: LAST_YEAR.up.length,
        down: LAST_YEAR.down.length,
        newlyRated: LAST_YEAR.newlyRated.length,
      });
      const stale = compared.comparison.issues.filter((i) => i.code === "narrative-stale");
      expect(stale.map((i) => i.item)).toEqual(LAST_YEAR.stale);
      // Last year's cell on another sheet of this workbook, named as Excel names it, holding this year's very text.
      expect(stale.map((i) => i.related!.map((r) => r.replace(/!.*/, "")))).toEqual(
        stale.map(() => ["R4達成状況"])
      );
      for (const i of stale) {
        expect(String(textAt(current, i.cell)).length).toBeGreaterThan(10);
        expect(textAt(last, i.related![0].replace(/^.*!/, ""))).toBe(textAt(current, i.cell));
      }
      expect(names(sim)).toEqual(["R5達成状況", "R4達成状況", "前年度比較"]);
      expect(sim.book.names.filter((n) => !n.deleted)).toEqual([]);

      await insertSummaries(host, "R5達成状況", {}, "ja", ["data", "goal", "department"]);
      const summaries = names(sim).slice(3);
      expect(summaries).toEqual(["達成状況データ", "基本目標別集計", "担当課別集計"]);

      let before = sim.stats.syncs;
      const first = await insertComparison(host, compared, "ja", "2026-11-26");
      expect(sim.stats.syncs - before).toBe(3);
      // The user's sheet keeps its name and cells: the add-in's takes the next free name.
      expect(first.sheets).toEqual([{ kind: "compare", name: "前年度比較 (2)" }]);
      expect(compareSheet(sim)).toEqual(["前年度比較 (2)"]);
      const ours = sheetNamed(sim.book, "前年度比較 (2)")!;
      expect(cellValue(ours, "A1")).toBe("前年度との比較");
      expect(cellValue(ours, "A2")).toBe(
        "前年度: R4達成状況　今年度: R5達成状況　作成日: 2026-11-26"
      );

      before = sim.stats.syncs;
      const again = await insertComparison(host, compared, "ja", "2026-11-27");
      expect(sim.stats.syncs - before).toBe(3);
      expect(again.sheets).toEqual([{ kind: "compare", name: "前年度比較 (2)" }]);
      expect(names(sim)).toEqual([
        "R5達成状況",
        "R4達成状況",
        "前年度比較",
        ...summaries,
        "前年度比較 (2)",
      ]);
      expect(cellValue(sheetNamed(sim.book, "前年度比較 (2)")!, "A2")).toContain("2026-11-27");
      const users = sheetNamed(sim.book, "前年度比較")!;
      expect([cellValue(users, "A1"), cellValue(users, "A2")]).toEqual([
        "課内メモ",
        "手で書いた比較",
      ]);
      // The summaries' marks still point at their sheets.
      const marked = sim.book.names
        .filter((n) => !n.deleted && n.name !== COMPARE_MARKER)
        .map((n) => (n.sheet.deleted ? "#REF!" : n.sheet.name));
      expect(marked.sort()).toEqual([...summaries].sort());
    }
  );

  test("last year's file read in the page: its cells named with the file's name; a file that is no workbook, or holds no plan, is one failure and nothing is written", async () => {
    const sim = workbook("m365-windows");
    const host = hostOn(sim);
    const compared = await compareOnHost(
      host,
      "R5達成状況",
      { kind: "file", name: "plan-r4.xlsx", bytes: new Uint8Array(readFileSync(files.last)) },
      {}
    );
    expect(compared.sameWorkbook).toBe(false);
    expect(compared.last).toEqual({ file: "plan-r4.xlsx", sheets: ["R4達成状況"] });
    const stale = compared.comparison.issues.filter((i) => i.code === "narrative-stale");
    expect(stale).toHaveLength(LAST_YEAR.stale.length);
    for (const i of stale) {
      expect(i.related).toEqual([expect.stringMatching(/^\[plan-r4\.xlsx\]R4達成状況![A-Z]+\d+$/)]);
      expect(textAt(last, i.related![0].replace(/^.*!/, ""))).toBe(textAt(current, i.cell));
    }

    const failure = (bytes: Uint8Array, name: string) =>
      compareOnHost(host, "R5達成状況", { kind: "file", name, bytes }, {}).then(
        () => null,
        (e: unknown) => e
      );
    const damaged = await failure(new TextEncoder().encode("PK not really a zip"), "broken.xlsx");
    expect(damaged).toBeInstanceOf(CompareFailure);
    expect(damaged).toMatchObject({ kind: "unreadable", detail: "broken.xlsx" });
    expect((damaged as CompareFailure).reason?.kind).toBeDefined();
    const noPlan = await failure(new TextEncoder().encode("a,b\n1,2\n"), "memo.csv");
    expect(noPlan).toMatchObject({ kind: "no-plan-last", detail: "memo.csv" });
    // This sheet holds one year: there is no earlier column to compare with.
    expect(
      await compareOnHost(host, "R5達成状況", { kind: "year" }, {}).catch((e) => e)
    ).toMatchObject({ kind: "no-earlier-year", detail: "R5達成状況" });
    expect(
      await compareOnHost(host, "R5達成状況", { kind: "sheet", name: "R5達成状況" }, {}).catch(
        (e) => e
      )
    ).toMatchObject({ kind: "same-sheet" });
    expect(names(sim)).toEqual(["R5達成状況", "R4達成状況", "前年度比較"]);
    expect(sim.book.names.filter((n) => !n.deleted)).toEqual([]);
  });
});
