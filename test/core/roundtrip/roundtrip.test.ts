import { readFileSync } from "node:fs";
import fc from "fast-check";
import { openXlsx } from "../../../src/xlsx/read-xlsx";
import { WEB_IO } from "../../../src/xlsx/web-io";
import { SAMPLE_XLSX, seedRows } from "../../helpers/workbooks";
import {
  type CellValue,
  type SheetSnapshot,
  cellAddress,
  cellText,
  parseAddress,
} from "../../../src/core/snapshot";
import { validateWorkbook } from "../../../src/core/validate";
import { mergeForms, type CellWrite } from "../../../src/core/roundtrip/merge";
import { planTable } from "../../../src/core/roundtrip/plan-table";
import { readForm } from "../../../src/core/roundtrip/read-form";
import { splitPlan, type FormPlan } from "../../../src/core/roundtrip/split";
import {
  type KnownPlan,
  WIDER_LAYOUTS,
  knownPlan,
  layOut,
  layOutWider,
  writtenRating,
} from "../../helpers/arbitraries";

const LAYOUTS = ["merge", "first", "every", ...WIDER_LAYOUTS] as const;
type Layout = (typeof LAYOUTS)[number];

function sheetsOf(plan: KnownPlan, layout: Layout, page: number): SheetSnapshot[] {
  return layout === "merge" || layout === "first" || layout === "every"
    ? [layOut(plan, layout, page)]
    : layOutWider(plan, layout);
}

const copy = (sheets: SheetSnapshot[]) =>
  sheets.map((s) => ({ ...s, values: s.values.map((r) => [...(r ?? [])]) }));

function set(sheet: SheetSnapshot, cell: string, value: CellValue) {
  const at = parseAddress(cell)!;
  const row = (sheet.values[at.row - sheet.top] ??= []);
  row[at.col - sheet.left] = value;
}

/**
 * Last year's version of the plan: every rating and narrative the reader finds replaced by
 * another (a code by another code, a narrative by other words), blanks and codes outside the
 * legend left as they are.
 */
function lastYear(sheets: SheetSnapshot[]): SheetSnapshot[] {
  const out = copy(sheets);
  const result = validateWorkbook(out);
  const plan = result.plan!;
  const on = (name: string | undefined) => out.find((s) => s.name === (name ?? plan.sheet))!;
  const codes = result.scale.codes;
  for (const e of plan.entries) {
    if (e.state !== "valid" || !e.ratingCell) continue;
    set(on(e.sheet), e.ratingCell, codes.find((c) => c !== e.code) ?? e.rating);
  }
  for (const item of plan.items) {
    for (const ref of item.narrativeAnchors) {
      const [name, cell] = ref.includes("!") ? ref.split("!") : [plan.sheet, ref];
      const s = on(name);
      const at = parseAddress(cell)!;
      const text = cellText(s.values[at.row - s.top]?.[at.col - s.left]);
      if (text) set(s, cell, `昨年度: ${text}`);
    }
  }
  return out;
}

/** A form as its file holds it (what the writer puts in each cell, from A1). */
const formSheet = (f: FormPlan): SheetSnapshot => ({
  name: f.sheetName,
  top: 0,
  left: 0,
  values: f.rows.map((r) => [...r]),
  merges: f.merges,
});

/**
 * A department fills its form from what it did this year, by the labels it sees: the item's
 * number in the item column, its rating and narrative from the known plan. Rows may be re-sorted.
 */
function fill(
  form: SheetSnapshot,
  f: FormPlan,
  plan: KnownPlan,
  layout: Layout,
  order: number[]
): SheetSnapshot {
  const sheet = { ...form, values: form.values.map((r) => [...r]) };
  const itemColumn = layout === "headings" ? 0 : 2;
  for (const r of f.entryRows) {
    const number = Number(/^(\d+) /.exec(cellText(sheet.values[r][itemColumn]))![1]);
    const it = plan.items[number - 1];
    if (f.ratingColumn !== undefined)
      sheet.values[r][f.ratingColumn] = writtenRating(layout, it.rating);
    if (f.narrativeColumn !== undefined) sheet.values[r][f.narrativeColumn] = it.narrative || null;
  }
  // Re-sorted: the entry rows trade places (keys travel with their rows).
  const rows = f.entryRows.map((r) => sheet.values[r]);
  const sorted = rows
    .map((_, i) => i)
    .sort((a, b) => order[a % order.length] - order[b % order.length] || a - b);
  f.entryRows.forEach((r, i) => (sheet.values[r] = rows[sorted[i]]));
  return sheet;
}

function apply(sheets: SheetSnapshot[], writes: CellWrite[]): SheetSnapshot[] {
  const out = copy(sheets);
  for (const w of writes)
    set(
      out.find((s) => s.name === w.sheet)!,
      w.cell,
      w.value
    );
  return out;
}

function cells(sheets: SheetSnapshot[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of sheets) {
    s.values.forEach((row, r) =>
      (row ?? []).forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "")
          out[`${s.name}!${cellAddress(s.top + r, s.left + c)}`] = v;
      })
    );
  }
  return out;
}

/** A permutation of 0..n-1 for re-sorting rows. */
const shuffle = fc.array(fc.nat(), { minLength: 1, maxLength: 30 }).map((xs) => {
  const order = xs.map((_, i) => i);
  xs.forEach((x, i) => {
    const j = x % order.length;
    [order[i], order[j]] = [order[j], order[i]];
  });
  return order;
});

describe("split, fill, merge", () => {
  test("split last year's plan, fill with this year's values, merge: this year's plan, cell for cell, in every layout, whatever the row order", () => {
    fc.assert(
      fc.property(
        knownPlan,
        fc.constantFrom(...LAYOUTS),
        fc.integer({ min: 3, max: 30 }),
        shuffle,
        (plan, layout, page, order) => {
          const thisYear = sheetsOf(plan, layout, page);
          const before = lastYear(thisYear);
          const source = { sheets: before, result: validateWorkbook(before) };
          const table = planTable(source)!;
          const split = splitPlan(table, { lang: "ja" });
          const year = source.result.header?.year?.year;
          const forms = split.forms.map((f) => {
            const read = readForm(
              { file: `${f.fileStem}.xlsx`, sheets: [fill(formSheet(f), f, plan, layout, order)] },
              year
            );
            if (typeof read === "string") throw new Error(read);
            return read;
          });
          const merged = mergeForms(table, forms);
          expect(cells(apply(before, merged.writes))).toEqual(cells(thisYear));
          // A rating outside the legend ("E", "不明"), as sent, is the form's own finding, once per department's row; nothing is in conflict.
          const outside = plan.items
            .filter((it) => it.rating === "E")
            .reduce((n, it) => n + it.departments.length, 0);
          expect(
            merged.forms.flatMap((f) => f.issues).filter((i) => i.code === "rating-invalid")
          ).toHaveLength(outside);
          expect(merged.findings.filter((f) => f.severity === "error")).toEqual([]);

          // Merging the same forms into the merged plan writes nothing.
          const after = apply(before, merged.writes);
          const again = mergeForms(
            planTable({ sheets: after, result: validateWorkbook(after) })!,
            forms
          );
          expect(again.writes).toEqual([]);
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe("a blank plan sent out and answered", () => {
  test("the sample with every rating and narrative cleared, filled by each department from the seed, comes back as the sample", () => {
    const book = openXlsx(new Uint8Array(readFileSync(SAMPLE_XLSX)), "plan-r5.xlsx", WEB_IO);
    const sample = book.sheetNames.map((n) => book.readSheet(n));
    const read = validateWorkbook(sample);
    const blank = copy(sample);
    for (const e of read.plan!.entries) set(blank[0], e.ratingCell, null);
    for (const item of read.plan!.items)
      for (const a of item.narrativeAnchors) set(blank[0], a, null);
    const table = planTable({ sheets: blank, result: validateWorkbook(blank) })!;
    const seed = seedRows();
    const forms = splitPlan(table, { lang: "ja" }).forms.map((f) => {
      const sheet = formSheet(f);
      // Each department finds its rows by item number; a department listed twice in an item answers both rows in order.
      const taken = new Map<string, number>();
      for (const r of f.entryRows) {
        const item = cellText(sheet.values[r][2]);
        const k = `${item}\u0000${f.department}`;
        const nth = taken.get(k) ?? 0;
        taken.set(k, nth + 1);
        const mine = seed.filter(
          (s) => s.item === item && s.department.split("\n").includes(f.department)
        )[nth];
        const parts = mine.department.split("\n");
        sheet.values[r][4] = mine.rating.split("\n")[parts.indexOf(f.department)] ?? mine.rating;
        sheet.values[r][5] = mine.narrative || null;
      }
      const form = readForm({ file: f.fileStem, sheets: [sheet] });
      if (typeof form === "string") throw new Error(form);
      return form;
    });
    const merged = mergeForms(table, forms);
    expect(cells(apply(blank, merged.writes))).toEqual(cells(sample));
  });
});

describe("rows a department added, copied or emptied", () => {
  test("a row without a key, a row copied with another answer, a key the plan does not know, and a blank rating are each reported; nothing of them is written", () => {
    const book = openXlsx(new Uint8Array(readFileSync(SAMPLE_XLSX)), "plan-r5.xlsx", WEB_IO);
    const sheets = book.sheetNames.map((n) => book.readSheet(n));
    const table = planTable({ sheets, result: validateWorkbook(sheets) })!;
    const f = splitPlan(table, { lang: "ja" }).forms.find((x) => x.department === "女性センター")!;
    const sheet = formSheet(f);
    const [first, second, third, fourth] = f.entryRows;
    const key = f.keyColumn;
    // An added row under the table, with answers and no key.
    sheet.values.push([
      "I 男女共同参画の意識づくり",
      "1 男女共同参画に関する理解の促進",
      "99 新しい取組",
      "女性センター",
      "A",
      "追加した取組",
    ]);
    // The second row copied below, rated differently from the original.
    sheet.values[second][4] = "A";
    sheet.values.push([...sheet.values[second]]);
    sheet.values[sheet.values.length - 1][4] = "C";
    // A key naming an item the plan does not have.
    const k = JSON.parse(cellText(sheet.values[third][key])) as string[];
    k[2] = JSON.stringify(["I", "1", "98", "女性センター"]);
    sheet.values[third][key] = JSON.stringify(k);
    // A rating emptied.
    sheet.values[fourth][4] = null;
    sheet.values[first][4] = "A";
    const form = readForm({ file: "女性センター.xlsx", sheets: [sheet] });
    if (typeof form === "string") throw new Error(form);
    const merged = mergeForms(table, [form]);
    const codes = merged.findings.map((x) => x.code);
    expect(codes.filter((c) => c === "row-without-key")).toHaveLength(1);
    expect(codes.filter((c) => c === "answers-differ")).toHaveLength(1);
    expect(codes.filter((c) => c === "key-unknown")).toHaveLength(1);
    expect(codes.filter((c) => c === "entry-unanswered")).toHaveLength(1);
    // The key-unknown row's entry did not come back: reported as missing.
    expect(codes.filter((c) => c === "entry-missing")).toHaveLength(1);
    // Only the first row's rating is written.
    expect(merged.writes.map((w) => [w.cell, w.value])).toEqual([
      [table.targets.find((t) => t.entry.department === "女性センター")!.ratingCell, "A"],
    ]);
  });
});
