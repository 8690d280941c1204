import { issueMessage } from "../../../src/core/i18n/messages";
import { validateSheet } from "../../../src/core/validate";
import { issuesOf } from "../../helpers/issues";
import { SEED_LEGEND, sheet } from "../../helpers/sheet";

const DATA = [
  ["I 目標", "1 施策", "1 項目", "総務課", "B", "報告一の本文です。"],
  [null, null, "2 項目", "企画課", "A", "報告二の本文です。"],
];

describe("scale-source", () => {
  test("a legend above the header, where it belongs: no note", () => {
    expect(issuesOf(sheet(DATA), "scale-source")).toEqual([]);
  });

  test("a legend below the table: a note at the legend's first code naming the codes", () => {
    // No legend above: title, blank, header (row 3), data (rows 4-5), a blank row, the legend's
    // heading on row 7 and its first code, A, on row 8.
    const s = sheet([...DATA, [], ...SEED_LEGEND], { legend: null });
    const hits = issuesOf(s, "scale-source");
    expect(hits.map((i) => [i.severity, i.cell])).toEqual([["info", "A8"]]);
    expect(issueMessage(hits[0], "en")).toBe(
      "The rating legend was read from A8 (codes: A, B, C, D)."
    );
    expect(issueMessage(hits[0], "ja")).toBe(
      "達成度の凡例を A8 から読みました（区分: A, B, C, D）。"
    );
  });

  test("a legend on a sheet of its own: the note stands at the rating column's header and names the sheet", () => {
    const s = sheet(DATA, { legend: null, name: "一覧" });
    // Title, blank, the legend's heading on row 3: its first code on row 4.
    const legend = sheet([], { legend: SEED_LEGEND, header: null, name: "評価基準" });
    const r = validateSheet(s, { otherSheets: [s, legend] });
    const hits = r.issues.filter((i) => i.code === "scale-source");
    expect(hits.map((i) => [i.sheet, i.cell])).toEqual([["一覧", "E3"]]);
    expect(issueMessage(hits[0], "en")).toBe(
      "The rating legend was read from 評価基準!A4 (codes: A, B, C, D)."
    );
  });

  test("no legend anywhere: no note here (scale-default says the A-D default was used)", () => {
    const s = sheet(DATA, { legend: null });
    expect(issuesOf(s, "scale-source")).toEqual([]);
    expect(issuesOf(s, "scale-default")).toHaveLength(1);
  });
});
