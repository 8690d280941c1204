import { validateSheet } from "../../../src/core/validate";
import { sheet } from "../../helpers/sheet";

describe("more levels and numbering within each parent", () => {
  test("基本目標 / 施策の方向 / 具体的施策 / 事業: the level above the items is the measure, and its numbers restart under each 施策の方向", () => {
    const s = sheet(
      [
        [
          "1 安心なまち",
          "(1) 防災",
          "① 防災訓練",
          "1 訓練の実施",
          "危機管理課",
          "A",
          "訓練を二回行った。",
        ],
        [null, null, null, "2 備蓄", "危機管理課", "B", "備蓄品を更新した。"],
        [null, null, "② 防犯", "1 パトロール", "市民課", "B", "夜間の巡回を続けた。"],
        [null, "(2) 交通", "① 交通安全", "1 教室", "市民課", "C", "教室を開いた。"],
        ["2 元気なまち", "(1) 健康", "① 健診", "1 健診の実施", "健康課", "A", "受診を勧めた。"],
      ],
      { header: ["基本目標", "施策の方向", "具体的施策", "事業", "担当課", "評価", "実施状況"] }
    );
    const r = validateSheet(s);
    expect(r.header?.columns).toEqual({
      goal: "A",
      measure: "C",
      item: "D",
      department: "E",
      rating: "F",
      narrative: "G",
    });
    expect(r.counts).toEqual({ goals: 2, measures: 4, items: 5, entries: 5 });
    expect(r.plan!.measures.map((m) => [m.numeral, m.title])).toEqual([
      ["1", "防災訓練"],
      ["2", "防犯"],
      ["1", "交通安全"],
      ["1", "健診"],
    ]);
    expect(r.issues.filter((i) => i.code.startsWith("numbering-"))).toEqual([]);
  });

  test("numbers written with their parents' (1-(1)-①, 1-(2)-①) and in brackets (〔3〕): each block's own number, a real gap still found", () => {
    const s = sheet([
      ["Ⅰ 目標", "1-(1) 施策", "1-(1)-① 項目一", "総務課", "A", "報告一。"],
      [null, null, "1-(1)-② 項目二", "総務課", "A", "報告二。"],
      [null, "1-(2) 施策", "1-(2)-① 項目三", "総務課", "A", "報告三。"],
      ["Ⅱ 目標", "2-(1) 施策", "2-(1)-① 項目四", "総務課", "A", "報告四。"],
      [null, null, "〔3〕 項目五", "総務課", "A", "報告五。"],
    ]);
    const r = validateSheet(s);
    expect(r.plan!.items.map((i) => [i.numeral, i.title])).toEqual([
      ["1", "項目一"],
      ["2", "項目二"],
      ["1", "項目三"],
      ["1", "項目四"],
      ["3", "項目五"],
    ]);
    expect(r.plan!.measures.map((m) => m.numeral)).toEqual(["1", "2", "1"]);
    expect(
      r.issues
        .filter((i) => i.code.startsWith("numbering-"))
        .map((i) => [i.code, i.cell, i.code === "numbering-gap" ? i.args.missing : undefined])
    ).toEqual([["numbering-gap", "C13", "2"]]);
  });
});

describe("a No. column beside the items", () => {
  test("item titles without numbers take theirs from the No. column (a formula shows its number): a skipped number is found", () => {
    const s = sheet(
      [
        ["I 目標", "1 施策", 1, "講座の開催", "総務課", "A", "講座を開いた。"],
        [null, null, 2, "研修の実施", "企画課", "B", "研修を行った。"],
        [null, "2 施策", 4, "相談の充実", "財政課", "B", "相談を受けた。"],
      ],
      { header: ["基本目標", "施策", "No.", "取組項目", "担当課", "達成度", "取組状況"] }
    );
    const r = validateSheet(s);
    expect(r.plan!.items.map((i) => [i.numeral, i.title])).toEqual([
      ["1", "講座の開催"],
      ["2", "研修の実施"],
      ["4", "相談の充実"],
    ]);
    expect(
      r.issues.filter((i) => i.code === "numbering-gap").map((i) => [i.cell, i.args?.missing])
    ).toEqual([["D11", "3"]]);
  });
});
