import { loadWorkbookFile } from "../../../src/xlsx/load-file";
import { validateSheet } from "../../../src/core/validate";
import type { PlanRead } from "../../../src/core/model";
import { compareYears } from "../../../src/core/compare/compare";
import type { CompareCode, CompareIssue, Comparison } from "../../../src/core/compare/types";
import { issueMessage } from "../../../src/core/i18n/messages";
import { tempDir } from "../../helpers/workbooks";
import { LAST_YEAR, writeYears } from "./fixtures";

function planOf(path: string): PlanRead {
  const book = loadWorkbookFile(path);
  return validateSheet(book.readSheet(book.sheetNames[0])).plan!;
}

let last: PlanRead;
let current: PlanRead;
let c: Comparison;

beforeAll(async () => {
  const files = await writeYears(tempDir());
  last = planOf(files.last);
  current = planOf(files.current);
  c = compareYears(last, current, { lastBook: "plan-r4.xlsx" });
});

const codes = <C extends CompareCode>(code: C) =>
  c.issues.filter((i) => i.code === code) as CompareIssue<C>[];

test("every entry of this year is paired, or new; every entry of last year is paired, or gone", () => {
  expect(c.entries.filter((e) => e.this).length).toBe(current.entries.length);
  expect(c.entries.filter((e) => e.last).length).toBe(last.entries.length);
  // 128 entries: one up, one down, one newly rated, item 26's one and item 15's new department added; the rest the same.
  const byStatus: Record<string, number> = {};
  for (const e of c.entries) byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
  expect(byStatus).toEqual({
    same: 128 - 5,
    up: 1,
    down: 1,
    "newly-rated": 1,
    added: 2,
    dropped: 3,
  });
});

test("ratings up, down and newly rated, entry by entry, with last year's cell", () => {
  const entry = (status: string) =>
    c.entries
      .filter((e) => e.status === status)
      .map((e) => ({
        item: Number(e.this!.item),
        department: e.this!.department,
        from: e.last!.rating,
        to: e.this!.rating,
      }));
  expect(entry("up")).toEqual(LAST_YEAR.up);
  expect(entry("down")).toEqual(LAST_YEAR.down);
  expect(
    entry("newly-rated").map(({ item, department, to }) => ({ item, department, to }))
  ).toEqual(LAST_YEAR.newlyRated);
  const up = codes("rating-up");
  expect(up).toHaveLength(1);
  const e = c.entries.find((x) => x.status === "up")!;
  expect(up[0]).toMatchObject({
    severity: "info",
    sheet: "R5達成状況",
    cell: e.this!.cell,
    related: [`[plan-r4.xlsx]R4達成状況!${e.last!.cell}`],
    item: 2,
    department: "女性センター",
  });
  expect(codes("rating-down")).toMatchObject([
    { severity: "warning", item: 4, department: "総務人権推進課" },
  ]);
  expect(issueMessage(codes("rating-down")[0], "ja")).toContain("A から B に下がりました");
  expect(codes("rating-new")).toMatchObject([
    { severity: "info", item: 10, department: "産業振興課" },
  ]);
});

test("items added, dropped and renumbered; the rewritten title paired but flagged as unsure", () => {
  expect(codes("item-added").map((i) => i.item)).toEqual([LAST_YEAR.added]);
  const dropped = codes("item-dropped");
  expect(dropped).toHaveLength(1);
  expect(dropped[0]).toMatchObject({
    severity: "warning",
    cellIn: "last",
    sheet: "R4達成状況",
    item: 14,
  });
  expect(issueMessage(dropped[0], "ja")).toContain(LAST_YEAR.dropped);
  const renumbered = codes("item-renumbered");
  expect(renumbered.map((i) => i.item)).toEqual(LAST_YEAR.renumbered);
  expect(renumbered.map((i) => [i.args.from, i.args.to])).toEqual(
    LAST_YEAR.renumbered.map((n) => [String(n + 1), String(n)])
  );
  expect(codes("item-pairing-unsure").map((i) => [i.item, i.args.lastTitle])).toEqual([
    [LAST_YEAR.unsure, "相談窓口の周知・広報"],
  ]);
  // A small edit (44) pairs quietly; every other item pairs on its exact title.
  const pair44 = c.items.find((p) => p.this !== null && current.items[p.this].numeral === "44")!;
  expect(last.items[pair44.last!].title).toBe("それぞれの性を尊重し命を大切にする教育の推進");
  expect(pair44.unsure).toBe(false);
  expect(c.items.filter((p) => p.last !== null && p.this !== null)).toHaveLength(
    current.items.length - 1
  );
});

test("a renamed department is compared across its new name; departments moved are named per item", () => {
  expect(c.renamedDepartments).toEqual([
    { from: LAST_YEAR.renamed.from, to: LAST_YEAR.renamed.to },
  ]);
  expect(codes("department-renamed")).toMatchObject([
    { args: { from: "人権推進課", to: "総務人権推進課", items: LAST_YEAR.renamed.items.length } },
  ]);
  const renamedEntries = c.entries.filter((e) => e.last?.department === "人権推進課");
  expect(renamedEntries.map((e) => Number(e.this!.item))).toEqual(LAST_YEAR.renamed.items);
  expect(
    codes("department-moved").map((i) => ({
      item: i.item,
      added: i.args.added,
      dropped: i.args.dropped,
    }))
  ).toEqual(LAST_YEAR.moved);
});

test("narratives copied word for word are stale (warning, last year's cell related); nearly copied ones are noted", () => {
  const stale = codes("narrative-stale");
  expect(stale.map((i) => i.item)).toEqual(LAST_YEAR.stale);
  for (const issue of stale) {
    const lastItem = last.items.find(
      (x) => x.title === current.items.find((y) => y.numeral === String(issue.item))!.title
    )!;
    expect(issue).toMatchObject({
      severity: "warning",
      cell: current.items.find((y) => y.numeral === String(issue.item))!.narrativeCell,
      related: [`[plan-r4.xlsx]R4達成状況!${lastItem.narrativeCell}`],
    });
  }
  const similar = codes("narrative-similar");
  expect(similar.map((i) => i.item)).toEqual(LAST_YEAR.similar);
  for (const issue of similar) expect(issue.args.percent).toBeGreaterThanOrEqual(90);
  expect(similar.every((i) => i.args.percent < 100)).toBe(true);
});

test("per goal and department: up / same / down, and both years' rates", () => {
  const goal = (key: string) => c.byGoal.find((g) => g.key === key)!;
  expect(goal("I")).toMatchObject({ up: 1, down: 1, same: 17, added: 0, dropped: 0, rateThis: 1 });
  // Goal I last year: 19 entries, one C (item 2): 18 / 19 achieved.
  expect(goal("I").rateLast).toBeCloseTo(18 / 19);
  expect(c.byDepartment.find((d) => d.key === "総務人権推進課")).toMatchObject({
    down: 1,
    same: 3,
    rateLast: 1,
    rateThis: 1,
  });
  expect(c.total).toMatchObject({ up: 1, down: 1, newlyRated: 1, added: 2, dropped: 3 });
});

test("comparing a plan with itself in one workbook finds no change", () => {
  const self = compareYears(current, current, { sameWorkbook: true });
  expect(self.issues).toEqual([]);
  expect(new Set(self.entries.map((e) => e.status))).toEqual(new Set(["same"]));
});
