import fc from "fast-check";
import { distance } from "fastest-levenshtein";
import { validateSheet, validateWorkbook } from "../../../src/core/validate";
import { parseAddress } from "../../../src/core/snapshot";
import { compareYears } from "../../../src/core/compare/compare";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import {
  WIDER_LAYOUTS,
  knownPlan,
  layOut,
  layOutWider,
  randomSheet,
} from "../../helpers/arbitraries";

type Fill = "merge" | "first" | "every";
const fill = fc.constantFrom<Fill>("merge", "first", "every");

/** The same sheet with item numbers from `from` on moved up by `shift` (labels "12 項目12" -> "14 項目12"): titles stay. */
function renumbered(s: SheetSnapshot, from: number, shift: number): SheetSnapshot {
  const values = s.values.map((row) =>
    row.map((v, c) =>
      c === 2 && typeof v === "string"
        ? v.replace(/^(\d+)(?= 項目)/, (n) =>
            String(Number(n) >= from ? Number(n) + shift : Number(n))
          )
        : v
    )
  );
  return { ...s, values };
}

test("comparing a plan with itself finds no change", () => {
  fc.assert(
    fc.property(knownPlan, fill, fc.integer({ min: 3, max: 40 }), (plan, f, page) => {
      const read = validateSheet(layOut(plan, f, page)).plan!;
      const c = compareYears(read, read, { sameWorkbook: true });
      expect(c.issues).toEqual([]);
      expect(c.entries).toHaveLength(plan.items.reduce((n, i) => n + i.departments.length, 0));
      // An entry rated with a code of the scale is the same; one with no valid rating stays unrated.
      for (const e of c.entries) expect(e.status).toBe(e.this!.valid ? "same" : "unrated");
    }),
    { numRuns: 60 }
  );
});

test("with a renumbered copy, only the renumbering (and every narrative, copied word for word)", () => {
  fc.assert(
    fc.property(
      knownPlan,
      fill,
      fc.integer({ min: 3, max: 40 }),
      fc.integer({ min: 1, max: 30 }),
      fc.integer({ min: 1, max: 5 }),
      (plan, f, page, from, shift) => {
        const sheet = layOut(plan, f, page);
        const last = validateSheet(sheet).plan!;
        const current = validateSheet(renumbered(sheet, from, shift)).plan!;
        const c = compareYears(last, current);
        const moved = plan.items.filter((i) => i.item >= from).map((i) => i.item + shift);
        expect(c.issues.filter((i) => i.code === "item-renumbered").map((i) => i.item)).toEqual(
          moved
        );
        const written = plan.items
          .filter((i) => i.narrative !== "")
          .map((i) => (i.item >= from ? i.item + shift : i.item));
        expect(c.issues.filter((i) => i.code === "narrative-stale").map((i) => i.item)).toEqual(
          written.sort((a, b) => a - b)
        );
        expect(
          c.issues.filter((i) => i.code !== "item-renumbered" && i.code !== "narrative-stale")
        ).toEqual([]);
        for (const e of c.entries) expect(e.status).toBe(e.this!.valid ? "same" : "unrated");
      }
    ),
    { numRuns: 60 }
  );
});

test("never throws on any two sheets the reader reads, and accounts for every entry of both", () => {
  fc.assert(
    fc.property(randomSheet, randomSheet, (a, b) => {
      const [last, current] = [validateSheet(a).plan, validateSheet(b).plan];
      if (!last || !current) return;
      const c = compareYears(last, current);
      expect(c.entries.filter((e) => e.last).length).toBe(last.entries.length);
      expect(c.entries.filter((e) => e.this).length).toBe(current.entries.length);
    }),
    { numRuns: 150 }
  );
});

test("a narrative with a few characters changed is found nearly identical, whatever the changes", () => {
  const text = fc.string({
    unit: fc.constantFrom(..."市広報紙での啓発記事を掲載し講座を開いた。DV相談1234"),
    minLength: 40,
    maxLength: 400,
  });
  fc.assert(
    fc.property(
      text,
      fc.array(
        fc.record({
          at: fc.nat(),
          kind: fc.constantFrom("insert", "delete", "replace"),
          ch: fc.constantFrom(..."年度回人をXY"),
        }),
        { maxLength: 20 }
      ),
      (base, edits) => {
        let edited = base;
        for (const e of edits) {
          const at = e.at % (edited.length + 1);
          edited =
            e.kind === "insert"
              ? edited.slice(0, at) + e.ch + edited.slice(at)
              : e.kind === "delete"
                ? edited.slice(0, at) + edited.slice(at + 1)
                : edited.slice(0, at) + e.ch + edited.slice(at + 1);
        }
        const plan = validateSheet(
          layOut(
            {
              items: [
                {
                  goal: 1,
                  measure: 1,
                  item: 1,
                  departments: ["総務課"],
                  rating: "A",
                  narrative: "報告: 仮",
                },
              ],
            },
            "merge",
            10
          )
        ).plan!;
        const withNarrative = (narrative: string) => ({
          ...plan,
          items: plan.items.map((i) => ({ ...i, narrative })),
        });
        const c = compareYears(withNarrative(base), withNarrative(edited));
        // The expected answer from the edit distance itself, spaces folded as the comparison folds them.
        const [a, b] = [base.replace(/\s/g, ""), edited.replace(/\s/g, "")];
        const like = 1 - distance(a, b) / Math.max(a.length, b.length);
        const code = a === b ? "narrative-stale" : like >= 0.9 ? "narrative-similar" : undefined;
        expect(c.issues.map((i) => i.code)).toEqual(code && b.length >= 10 ? [code] : []);
      }
    ),
    { numRuns: 300 }
  );
});

test("other cities' layouts: any layout against the plain one finds only the narratives copied, each at its own sheet's cell", () => {
  fc.assert(
    // "words" and "legend-below" write the ratings in another legend (words, symbols): a scale-changed warning, tested on its own.
    fc.property(
      knownPlan,
      fc.constantFrom(...WIDER_LAYOUTS.filter((l) => l !== "words" && l !== "legend-below")),
      (plan, layout) => {
        const plain = validateSheet(layOut(plan, "merge", 40)).plan!;
        const sheets = layOutWider(plan, layout);
        const wider = validateWorkbook(sheets).plan!;
        const c = compareYears(plain, wider);
        expect(c.issues.filter((i) => i.code !== "narrative-stale")).toEqual([]);
        expect(c.issues.map((i) => i.item)).toEqual(
          plan.items.filter((i) => i.narrative !== "").map((i) => i.item)
        );
        for (const issue of c.issues) {
          const sheet = sheets.find((s) => s.name === issue.sheet)!;
          const at = parseAddress(issue.cell)!;
          expect(sheet.values[at.row - sheet.top][at.col - sheet.left]).toBe(
            plan.items.find((i) => i.item === issue.item)!.narrative
          );
        }
        for (const e of c.entries) expect(e.status).toBe(e.this!.valid ? "same" : "unrated");
      }
    ),
    { numRuns: 40 }
  );
});
