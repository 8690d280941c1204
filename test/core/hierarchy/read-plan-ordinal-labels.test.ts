import { validateSheet } from "../../../src/core/validate";
import { sheet } from "../../helpers/sheet";

describe("labels numbered by an ordinal (第1章, 第一節 …)", () => {
  test("a goal 第1章 地域づくり is goal 1 titled 地域づくり; a title beginning 第三者 or 第2子 keeps its words", () => {
    const r = validateSheet(
      sheet([
        ["第1章 地域づくり", "第1節 参画の推進", "講座の開催", "総務課", "A", "した。"],
        [null, null, "第三者評価の実施", "企画課", "B", "した。"],
        [null, "第2節 相談", "相談窓口", "企画課", "B", "した。"],
        ["第２章　安心のまち", "第一節 防災", "第2子以降の保育料の軽減", "子育て課", "C", "した。"],
      ])
    );
    const plan = r.plan!;
    expect(r.counts).toEqual({ goals: 2, measures: 3, items: 4, entries: 4 });
    expect(plan.goals.map((g) => [g.number, g.title, g.cell])).toEqual([
      [1, "地域づくり", "A9"],
      [2, "安心のまち", "A12"],
    ]);
    expect(plan.measures.map((m) => [m.number, m.title, m.cell])).toEqual([
      [1, "参画の推進", "B9"],
      [2, "相談", "B11"],
      [1, "防災", "B12"],
    ]);
    expect(plan.items.map((i) => [i.number, i.title, i.cell])).toEqual([
      [undefined, "講座の開催", "C9"],
      [undefined, "第三者評価の実施", "C10"],
      [undefined, "相談窓口", "C11"],
      [undefined, "第2子以降の保育料の軽減", "C12"],
    ]);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([]);
  });
});
