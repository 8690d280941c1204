import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { issueMessage } from "../../../src/core/i18n/messages";

const row = (goal: string | null, measure: string | null, item: string) => [
  goal,
  measure,
  item,
  "総務課",
  "B",
  `${item}の報告です。内容あり。`,
];

describe("numbering-gap", () => {
  test("item 48 missing between 47 and 49 is reported at item 49", () => {
    const s = sheet([
      row("I 目標", "16 施策", "46 項目"),
      row(null, null, "47 項目"),
      row(null, null, "49 項目"),
    ]);
    const hits = issuesOf(s, "numbering-gap");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      cell: "C11",
      item: 49,
      args: { missing: "48", level: "item" },
    });
    expect(issueMessage(hits[0], "ja")).toBe(
      "取組項目の番号が 47 から 49 に飛んでいます（48 がありません）。"
    );
    expect(issueMessage(hits[0], "en")).toBe("Item numbers skip from 47 to 49 (48 missing).");
  });

  test("several numbers missing in a row are named as a range", () => {
    const s = sheet([row("I 目標", "1 施策", "1 項目"), row(null, null, "4 項目")]);
    const hits = issuesOf(s, "numbering-gap");
    expect(hits.map((i) => [i.cell, i.item])).toEqual([["C10", 4]]);
    expect(issueMessage(hits[0], "en")).toBe("Item numbers skip from 1 to 4 (2–3 missing).");
  });

  test("a missing measure and a missing goal (Roman numerals) are reported too", () => {
    const s = sheet([row("I 目標", "16 施策", "1 項目"), row("III 目標", "18 施策", "2 項目")]);
    const hits = issuesOf(s, "numbering-gap");
    expect(hits.map((i) => [i.cell, i.args?.missing])).toEqual([
      ["A10", "II"],
      ["B10", "17"],
    ]);
    // Each names where it is by its own level: the goal III, the measure 18.
    expect(hits.map((i) => [i.goal, i.measure, i.item])).toEqual([
      ["III", undefined, undefined],
      [undefined, 18, undefined],
    ]);
    expect(issueMessage(hits[0], "en")).toBe("Goal numbers skip from I to III (II missing).");
    expect(issueMessage(hits[1], "ja")).toBe(
      "施策の番号が 16 から 18 に飛んでいます（17 がありません）。"
    );
  });

  test("numbering that restarts at 1 under each measure is not a gap", () => {
    const s = sheet([
      row("I 目標", "1 施策", "1 項目"),
      row(null, null, "2 項目"),
      row(null, "2 施策", "1 項目"),
      row(null, null, "2 項目"),
    ]);
    expect(issuesOf(s, "numbering-gap")).toHaveLength(0);
    expect(issuesOf(s, "numbering-order")).toHaveLength(0);
  });
});

describe("numbering under a level between goal and measure (施策の方向)", () => {
  test("measures that restart at 1 under each 施策の方向 of one goal are in order", () => {
    const item = (goal: string | null, section: string | null, measure: string, it: string) => [
      goal,
      section,
      measure,
      it,
      "総務課",
      "B",
      `${it}の報告です。内容あり。`,
    ];
    const s = sheet(
      [
        item("I 目標", "(1) 家庭で", "1 施策", "1 項目"),
        item(null, null, "2 施策", "2 項目"),
        item(null, "(2) 地域で", "1 施策", "3 項目"),
        item(null, null, "2 施策", "4 項目"),
      ],
      { header: ["基本目標", "施策の方向", "具体的施策", "事業", "担当課", "達成度", "取組状況"] }
    );
    expect(issuesOf(s, "numbering-order")).toEqual([]);
    expect(issuesOf(s, "numbering-gap")).toEqual([]);
  });
});

describe("numbering-order", () => {
  test("a number used again with another title", () => {
    const s = sheet([
      row("I 目標", "1 施策", "1 啓発"),
      row(null, null, "2 相談"),
      row(null, null, "2 研修"),
    ]);
    const hits = issuesOf(s, "numbering-order");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: "C11", related: ["C10"], args: { kind: "repeat" } });
    expect(hits[0].item).toBe(2);
    expect(issueMessage(hits[0], "ja")).toBe(
      "取組項目の番号 2 が C10 と重複しています（「研修」と「相談」）。"
    );
    expect(issueMessage(hits[0], "en")).toBe(
      'Item number 2 is used again (C10): "研修" and "相談".'
    );
  });

  test("a number going backwards", () => {
    const s = sheet([row("I 目標", "1 施策", "3 啓発"), row(null, null, "1 相談")]);
    const hits = issuesOf(s, "numbering-order");
    expect(hits.map((i) => i.args?.kind)).toEqual(["backwards"]);
    expect(issueMessage(hits[0], "ja")).toBe("取組項目の番号 1 が前の 3（C9）より戻っています。");
    expect(issueMessage(hits[0], "en")).toBe("Item number 1 goes back after 3 (C9).");
  });

  test("goals and measures going backwards are named by their own level", () => {
    const s = sheet([
      row("II 目標", "2 施策", "1 項目"),
      row(null, "1 施策", "2 項目"),
      row("I 目標", "3 施策", "3 項目"),
    ]);
    const hits = issuesOf(s, "numbering-order");
    expect(hits.map((i) => [i.cell, i.goal, i.measure, i.item])).toEqual([
      ["B10", undefined, 1, undefined],
      ["A11", "I", undefined, undefined],
    ]);
    expect(issueMessage(hits[1], "en")).toBe("Goal number I goes back after II (A9).");
  });

  test("the same label on every row (no merges) is one item, not a repeat", () => {
    const s = sheet([
      row("I 目標", "1 施策", "1 啓発"),
      row("I 目標", "1 施策", "1 啓発"),
      row("I 目標", "1 施策", "2 相談"),
    ]);
    expect(issuesOf(s, "numbering-order")).toHaveLength(0);
  });
});

describe("which earlier number an issue points at", () => {
  test("a repeat of the first number points at the first item", () => {
    const s = sheet([
      row("I 目標", "1 施策", "1 啓発"),
      row(null, null, "2 相談"),
      row(null, null, "1 研修"),
    ]);
    expect(issuesOf(s, "numbering-order").map((i) => [i.cell, i.args?.kind, i.related])).toEqual([
      ["C11", "repeat", ["C9"]],
    ]);
  });

  test("a number used three times: both later copies point at the first", () => {
    const s = sheet([
      row("I 目標", "1 施策", "1 啓発"),
      row(null, null, "2 相談"),
      row(null, null, "2 研修"),
      row(null, null, "2 講座"),
    ]);
    expect(issuesOf(s, "numbering-order").map((i) => [i.cell, i.related])).toEqual([
      ["C11", ["C10"]],
      ["C12", ["C10"]],
    ]);
  });

  test("after a step back the count goes on from the highest number: 3, 1, 4 has no gap", () => {
    const s = sheet([
      row("I 目標", "1 施策", "3 啓発"),
      row(null, null, "1 相談"),
      row(null, null, "4 研修"),
    ]);
    expect(issuesOf(s, "numbering-gap")).toEqual([]);
    expect(issuesOf(s, "numbering-order").map((i) => i.cell)).toEqual(["C10"]);
  });

  test("a step back after a repeat points at the first of the repeated number", () => {
    const s = sheet([
      row("I 目標", "1 施策", "3 啓発"),
      row(null, null, "3 相談"),
      row(null, null, "2 研修"),
    ]);
    expect(issuesOf(s, "numbering-order").map((i) => [i.cell, i.args?.kind, i.related])).toEqual([
      ["C10", "repeat", ["C9"]],
      ["C11", "backwards", ["C9"]],
    ]);
  });

  test("an item without a number does not stop the count: 1, (none), 3 is a gap at 3", () => {
    const s = sheet([
      row("I 目標", "1 施策", "啓発（番号なし）"),
      row(null, null, "1 相談"),
      row(null, null, "3 研修"),
    ]);
    expect(issuesOf(s, "numbering-gap").map((i) => [i.cell, i.args?.missing])).toEqual([
      ["C11", "2"],
    ]);
  });
});

describe("hierarchical numbers (1-1, 1-2, 2-1)", () => {
  test("numbering within each goal or measure is neither a gap nor out of order", () => {
    const s = sheet([
      row("I 目標", "1-1 施策", "1-1-1 項目"),
      row(null, null, "1-1-2 項目"),
      row(null, "1-2 施策", "1-2-1 項目"),
      row("II 目標", "2-1 施策", "2-1-1 項目"),
      row(null, null, "2-1-3 項目"),
    ]);
    expect(issuesOf(s, "numbering-order")).toEqual([]);
    expect(issuesOf(s, "numbering-gap").map((i) => i.cell)).toEqual(["C13"]);
  });
});
