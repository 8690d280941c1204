import { loadWorkbookFile } from "../../../src/xlsx/load-file";
import { validateSheet } from "../../../src/core/validate";
import { compareYears } from "../../../src/core/compare/compare";
import { COMPARE_MARKER, buildComparePlan } from "../../../src/core/compare/compare-plan";
import { writeSummarySheets } from "../../../src/excel/write-summary";
import { createSim, liveSheets, sheetNamed } from "../../helpers/excel-sim";
import { tempDir } from "../../helpers/workbooks";
import { writeYears } from "./fixtures";

test("inside Excel (the strict simulator): the 前年度比較 sheet in three syncs, its chart with up / same / down by goal", async () => {
  const files = await writeYears(tempDir());
  const [last, current] = [files.last, files.current].map((path) =>
    loadWorkbookFile(path).readSheet(loadWorkbookFile(path).sheetNames[0])
  );
  const c = compareYears(validateSheet(last).plan!, validateSheet(current).plan!, {
    lastBook: "plan-r4.xlsx",
  });
  const sim = createSim([current], "m365-windows");
  const written = await sim.run((context) =>
    writeSummarySheets(
      context,
      () =>
        buildComparePlan(c, {
          lang: "ja",
          date: "2026-11-26",
          last: "plan-r4.xlsx",
          current: "plan-r5.xlsx",
        }),
      { pivots: true, suspendScreen: true }
    )
  );
  expect(written.map((w) => w.name)).toEqual(["前年度比較"]);
  expect(liveSheets(sim.book).map((s) => s.name)).toEqual(["R5達成状況", "前年度比較"]);
  const sheet = sheetNamed(sim.book, "前年度比較")!;
  // Up, same and down: three series, the four goals along the axis.
  expect(sheet.charts).toHaveLength(1);
  expect(sheet.charts[0].seriesCount).toBe(3);
  // Header on row 4 (上がった / 同じ / 下がった in C–E), goals I–IV on rows 5–8.
  expect(sheet.charts[0]).toMatchObject({
    type: "BarStacked",
    source: "C4:E8",
    categories: Array(3).fill("A5:A8"),
  });
  expect(sim.book.names.filter((n) => !n.deleted).map((n) => n.name)).toEqual([COMPARE_MARKER]);
  expect(sim.stats.syncs).toBe(3);
});
