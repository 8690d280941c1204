import fc from "fast-check";
import type { CellRange, CellValue, SheetSnapshot } from "../../src/core/snapshot";

/** Every kind of cell value, hostile ones included. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "\u3000",
    "Ｂ",
    "b",
    "A\nB",
    "同上",
    "－",
    "ー",
    "（続）",
    "\u202Eevil",
    "e\u0301",
    "👩‍👩‍👧",
    "<img src=x onerror=alert(1)>",
    "=1+1",
    "\u0000\u0007"
  ),
  fc.constantFrom(
    "基本目標",
    "施策",
    "取組項目",
    "担当課",
    "達成度",
    "取組状況",
    "区分",
    "A",
    "B",
    "C",
    "D",
    "I 目標",
    "1 施策",
    "2 項目",
    "総務課"
  ),
  fc.string({ minLength: 300, maxLength: 2000 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!").map((error) => ({ error }))
);

/** Merged areas as a sheet may hold them, and as a broken one might: overlapping, outside the values, inverted. */
export const mergeArea = (rows: number, cols: number): fc.Arbitrary<CellRange> =>
  fc.record({
    top: fc.integer({ min: -2, max: rows + 3 }),
    left: fc.integer({ min: -2, max: cols + 3 }),
    bottom: fc.integer({ min: -2, max: rows + 5 }),
    right: fc.integer({ min: -2, max: cols + 5 }),
  });

/** A random sheet, sometimes with a header row (and repeats of it) somewhere and a legend above. */
export const randomSheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    rows: fc.integer({ min: 0, max: 30 }),
    cols: fc.integer({ min: 0, max: 9 }),
    top: fc.nat(5),
    left: fc.nat(3),
  })
  .chain(({ rows, cols, top, left }) =>
    fc.record({
      name: fc.string({ maxLength: 10 }),
      top: fc.constant(top),
      left: fc.constant(left),
      values: fc.array(fc.array(cellValue, { minLength: 0, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
      merges: fc.array(mergeArea(rows + top, cols + left), { maxLength: 12 }),
      headerAt: fc.array(fc.nat(Math.max(0, rows - 1)), { maxLength: 3 }),
      headerOrder: fc.shuffledSubarray(
        ["基本目標", "施策", "取組項目", "担当課（R5）", "達成度", "取組計画と達成状況", "備考"],
        { minLength: 4 }
      ),
    })
  )
  .map(({ headerAt, headerOrder, ...s }) => {
    for (const r of headerAt) if (s.values[r]) s.values[r] = [...headerOrder];
    return s;
  });

/** A plan with known entries, laid out the way such sheets are, to compare the reader's counts with. */
export interface KnownPlan {
  items: {
    goal: number;
    measure: number;
    item: number;
    departments: string[];
    rating: string;
    narrative: string;
  }[];
}

export const knownPlan: fc.Arbitrary<KnownPlan> = fc
  .array(
    fc.record({
      newGoal: fc.boolean(),
      newMeasure: fc.boolean(),
      departments: fc.uniqueArray(
        fc.constantFrom("総務課", "企画課", "財政課", "女性センター", "学校教育課"),
        { minLength: 1, maxLength: 4 }
      ),
      rating: fc.constantFrom("A", "B", "C", "D", "", "Ｂ", "E"),
      narrative: fc.oneof(
        fc.constant(""),
        fc.string({ minLength: 12, maxLength: 60 }).map((t) => `報告: ${t.replace(/\s/g, "x")}`)
      ),
    }),
    { minLength: 1, maxLength: 25 }
  )
  .map((rows) => {
    let goal = 1;
    let measure = 1;
    return {
      items: rows.map((r, i) => {
        if (i > 0 && r.newGoal) goal++;
        if (i > 0 && (r.newMeasure || r.newGoal)) measure++;
        return {
          goal,
          measure,
          item: i + 1,
          departments: r.departments,
          rating: r.rating,
          narrative: r.narrative,
        };
      }),
    };
  });

const ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** Lay a known plan out: merged or not, labels on every row or the first, a header every `page` rows with （続）. */
export function layOut(
  plan: KnownPlan,
  fill: "merge" | "first" | "every",
  page: number
): SheetSnapshot {
  const header = ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組計画と達成状況"];
  const values: CellValue[][] = [["一覧"], [], header];
  const merges: CellRange[] = [];
  const rows = plan.items.flatMap((it) =>
    it.departments.map((d, k) => ({ it, d, first: k === 0 }))
  );
  let sincePage = 0;
  const open: Record<number, { start: number; key: string } | undefined> = {};
  const last: Record<number, string> = {};
  const closeAll = (end: number) => {
    for (const c of [0, 1, 2, 5]) {
      const o = open[c];
      if (o && end > o.start && fill === "merge")
        merges.push({ top: o.start, left: c, bottom: end, right: c });
      open[c] = undefined;
    }
  };
  for (const { it, d } of rows) {
    if (sincePage === page) {
      closeAll(values.length - 1);
      values.push([...header]);
      sincePage = 0;
    }
    const r = values.length;
    const row: CellValue[] = [null, null, null, d, it.rating || null, null];
    const labels: [number, string, string][] = [
      [0, `g${it.goal}`, `${ROMAN[Math.min(it.goal, 10)]} 目標${it.goal}`],
      [1, `m${it.measure}`, `${it.measure} 施策${it.measure}`],
      [2, `i${it.item}`, `${it.item} 項目${it.item}`],
      [5, `i${it.item}`, it.narrative],
    ];
    for (const [c, key, text] of labels) {
      const o = open[c];
      const same = o && o.key === key;
      if (!same) {
        const oc = open[c];
        if (oc && r - 1 > oc.start && fill === "merge")
          merges.push({ top: oc.start, left: c, bottom: r - 1, right: c });
        open[c] = { start: r, key };
      }
      const continued = !same && last[c] === key && c !== 5 ? `${text}（続）` : text;
      if (fill === "every" || !same) row[c] = text === "" ? null : same ? text : continued;
      last[c] = key;
    }
    values.push(row);
    sincePage++;
  }
  closeAll(values.length - 1);
  return { name: "plan", top: 0, left: 0, values, merges };
}

/** The layouts of other cities' sheets (DESIGN.md, "The wider family") that a known plan is laid out in. */
export const WIDER_LAYOUTS = [
  "headings",
  "two-rows",
  "years",
  "words",
  "per-goal",
  "legend-below",
  "evaluators",
] as const;
export type WiderLayout = (typeof WIDER_LAYOUTS)[number];

const RATING_WORDS: Record<string, string> = {
  A: "順調",
  B: "概ね順調",
  Ｂ: "概ね順調",
  C: "やや遅れ",
  D: "遅れ",
  E: "不明",
};
const SYMBOLS: Record<string, string> = { A: "◎", B: "○", Ｂ: "○", C: "△", D: "×", E: "E" };
const SYMBOL_LEGEND: CellValue[][] = [
  ["記号", "達成度"],
  ["◎", "計画以上"],
  ["○", "計画どおり"],
  ["△", "計画以下"],
  ["×", "未着手"],
];
/** A known plan's rating (A–D, Ｂ, E for one outside the legend) as a layout writes it: a word, a symbol, or as it is. */
export function writtenRating(
  layout: WiderLayout | "merge" | "first" | "every",
  rating: string
): string | null {
  if (!rating) return null;
  return layout === "words"
    ? RATING_WORDS[rating]
    : layout === "legend-below"
      ? SYMBOLS[rating]
      : rating;
}

const WORD_LEGEND: CellValue[][] = [
  ["区分", "内容"],
  ["順調", "計画どおり進んでいる"],
  ["概ね順調", "おおむね計画どおり"],
  ["やや遅れ", "計画より遅れている"],
  ["遅れ", "大幅に遅れている"],
];

/**
 * Lay a known plan out as other cities do: goals and measures as heading rows with the header
 * under each measure ("headings"), a header on two rows under group headings ("two-rows"), three
 * years' ratings under one merged 評価 ("years", the latest holding the plan's), ratings as words
 * with their legend ("words"), one sheet per goal ("per-goal"), ratings as symbols with their legend
 * under the table's notes ("legend-below"), or an outside body's 審議会評価 (all ◎) left of the
 * department's own 担当課評価 ("evaluators"). Labels stand on each item's first row only; a note
 * row and a total row close each table.
 */
export function layOutWider(plan: KnownPlan, layout: WiderLayout): SheetSnapshot[] {
  const header = ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組計画と達成状況"];
  const sheets: SheetSnapshot[] = [];
  let values: CellValue[][] = [];
  let merges: CellRange[] = [];
  const start = (
    name: string,
    head: CellValue[][],
    headMerges: CellRange[],
    above: CellValue[][] = []
  ) => {
    values = [["達成状況一覧"], [], ...above];
    merges = headMerges.map((m) => ({
      ...m,
      top: m.top + values.length,
      bottom: m.bottom + values.length,
    }));
    values.push(...head);
    sheets.push({ name, top: 0, left: 0, values, merges });
  };
  const banner = (text: string, width: number) => {
    merges.push({ top: values.length, left: 0, bottom: values.length, right: width - 1 });
    values.push([text]);
  };
  const close = (width: number) => {
    values.push(["合計", null, null, null, null, width]);
    banner("※ 達成度は担当課の自己評価による。", width);
  };
  const span = (top: number, left: number, bottom: number, right: number): CellRange => ({
    top,
    left,
    bottom,
    right,
  });
  if (layout === "two-rows") {
    start(
      "plan",
      [
        ["計画の体系", null, null, "担当課", "令和5年度の実施状況", null],
        ["基本目標", "施策", "取組項目", null, "達成度", "取組状況"],
      ],
      [span(0, 0, 0, 2), span(0, 3, 1, 3), span(0, 4, 0, 5)]
    );
  } else if (layout === "years") {
    start(
      "plan",
      [
        ["基本目標", "施策", "取組項目", "担当課", "評価", null, null, "取組状況"],
        [null, null, null, null, "令和3年度", "令和4年度", "令和5年度", null],
      ],
      [0, 1, 2, 3, 7].map((c) => span(0, c, 1, c)).concat(span(0, 4, 0, 6))
    );
  } else if (layout === "words") {
    start("plan", [header], [], WORD_LEGEND);
  } else if (layout === "headings") {
    start("plan", [], []);
  } else if (layout === "legend-below") {
    start("plan", [header], []);
  } else if (layout === "evaluators") {
    start(
      "plan",
      [["基本目標", "施策", "取組項目", "担当課", "審議会評価", "担当課評価", "取組状況"]],
      []
    );
  }
  let goal = -1;
  let measure = -1;
  for (const it of plan.items) {
    if (it.goal !== goal && layout === "per-goal") {
      if (goal >= 0) close(6);
      start(`目標${it.goal}`, [header], []);
    }
    if (layout === "headings") {
      if (it.goal !== goal) banner(`基本目標${it.goal} 目標${it.goal}`, 4);
      if (it.measure !== measure) {
        banner(`施策${it.measure} 施策${it.measure}`, 4);
        values.push(["取組項目", "担当課", "達成度", "取組状況"]);
      }
    }
    it.departments.forEach((d, k) => {
      const first = k === 0;
      const goalLabel =
        first && it.goal !== goal ? `${ROMAN[Math.min(it.goal, 10)]} 目標${it.goal}` : null;
      const measureLabel =
        first && it.measure !== measure ? `${it.measure} 施策${it.measure}` : null;
      const item = first ? `${it.item} 項目${it.item}` : null;
      const narrative = first && it.narrative ? it.narrative : null;
      const rating = writtenRating(layout, it.rating);
      if (layout === "headings") values.push([item, d, rating, narrative]);
      else if (layout === "years")
        values.push([goalLabel, measureLabel, item, d, "A", "C", rating, narrative]);
      else if (layout === "evaluators")
        values.push([goalLabel, measureLabel, item, d, "A", rating, narrative]);
      else values.push([goalLabel, measureLabel, item, d, rating, narrative]);
      if (first) {
        goal = it.goal;
        measure = it.measure;
      }
    });
  }
  close(layout === "headings" ? 4 : 6);
  if (layout === "legend-below") values.push([], ...SYMBOL_LEGEND);
  return sheets;
}
