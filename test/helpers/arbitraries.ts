import fc from "fast-check";
import type { CellRange, CellValue, SheetSnapshot } from "../../src/core/snapshot";

/** Every kind of cell value, hostile ones included. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("", " ", "\u3000", "Ｂ", "b", "A\nB", "同上", "－", "ー", "（続）", "\u202Eevil", "e\u0301", "👩‍👩‍👧", "<img src=x onerror=alert(1)>", "=1+1", "\u0000\u0007"),
  fc.constantFrom("基本目標", "施策", "取組項目", "担当課", "達成度", "取組状況", "区分", "A", "B", "C", "D", "I 目標", "1 施策", "2 項目", "総務課"),
  fc.string({ minLength: 300, maxLength: 2000 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!").map((error) => ({ error })),
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
  .record({ rows: fc.integer({ min: 0, max: 30 }), cols: fc.integer({ min: 0, max: 9 }), top: fc.nat(5), left: fc.nat(3) })
  .chain(({ rows, cols, top, left }) =>
    fc.record({
      name: fc.string({ maxLength: 10 }),
      top: fc.constant(top),
      left: fc.constant(left),
      values: fc.array(fc.array(cellValue, { minLength: 0, maxLength: cols }), { minLength: rows, maxLength: rows }),
      merges: fc.array(mergeArea(rows + top, cols + left), { maxLength: 12 }),
      headerAt: fc.array(fc.nat(Math.max(0, rows - 1)), { maxLength: 3 }),
      headerOrder: fc.shuffledSubarray(["基本目標", "施策", "取組項目", "担当課（R5）", "達成度", "取組計画と達成状況", "備考"], { minLength: 4 }),
    }),
  )
  .map(({ headerAt, headerOrder, ...s }) => {
    for (const r of headerAt) if (s.values[r]) s.values[r] = [...headerOrder];
    return s;
  });

/** A plan with known entries, laid out the way such sheets are, to compare the reader's counts with. */
export interface KnownPlan {
  items: { goal: number; measure: number; item: number; departments: string[]; rating: string; narrative: string }[];
}

export const knownPlan: fc.Arbitrary<KnownPlan> = fc
  .array(
    fc.record({
      newGoal: fc.boolean(),
      newMeasure: fc.boolean(),
      departments: fc.uniqueArray(fc.constantFrom("総務課", "企画課", "財政課", "女性センター", "学校教育課"), { minLength: 1, maxLength: 4 }),
      rating: fc.constantFrom("A", "B", "C", "D", "", "Ｂ", "E"),
      narrative: fc.oneof(fc.constant(""), fc.string({ minLength: 12, maxLength: 60 }).map((t) => `報告: ${t.replace(/\s/g, "x")}`)),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((rows) => {
    let goal = 1;
    let measure = 1;
    return {
      items: rows.map((r, i) => {
        if (i > 0 && r.newGoal) goal++;
        if (i > 0 && (r.newMeasure || r.newGoal)) measure++;
        return { goal, measure, item: i + 1, departments: r.departments, rating: r.rating, narrative: r.narrative };
      }),
    };
  });

const ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** Lay a known plan out: merged or not, labels on every row or the first, a header every `page` rows with （続）. */
export function layOut(plan: KnownPlan, fill: "merge" | "first" | "every", page: number): SheetSnapshot {
  const header = ["基本目標", "施策", "取組項目", "担当課", "達成度", "取組計画と達成状況"];
  const values: CellValue[][] = [["一覧"], [], header];
  const merges: CellRange[] = [];
  const rows = plan.items.flatMap((it) => it.departments.map((d, k) => ({ it, d, first: k === 0 })));
  let sincePage = 0;
  const open: Record<number, { start: number; key: string } | undefined> = {};
  const last: Record<number, string> = {};
  const closeAll = (end: number) => {
    for (const c of [0, 1, 2, 5]) {
      const o = open[c];
      if (o && end > o.start && fill === "merge") merges.push({ top: o.start, left: c, bottom: end, right: c });
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
        if (oc && r - 1 > oc.start && fill === "merge") merges.push({ top: oc.start, left: c, bottom: r - 1, right: c });
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
