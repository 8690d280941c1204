import assert from "node:assert/strict";
import fc from "fast-check";
import { validateSheet, validateWorkbook } from "../../src/core/validate";
import { parseAddress } from "../../src/core/snapshot";
import { WIDER_LAYOUTS, knownPlan, layOut, layOutWider, randomSheet } from "./arbitraries";
import { mutatedXlsx } from "./xlsx-mutations";
import { openXlsx } from "../../src/xlsx/read-xlsx";
import { ReadFailure } from "../../src/xlsx/errors";
import { WEB_IO } from "../../src/xlsx/web-io";

type Fill = "merge" | "first" | "every";

/** The core's properties, shared by the fast tier (npm test) and the long tier (npm run fuzz). */
export const PROPERTIES: { name: string; property: fc.IPropertyWithHooks<unknown[]> }[] = [
  {
    name: "never throws, and every issue's cell lies inside the sheet",
    property: fc.property(randomSheet, (s) => {
      const r = validateSheet(s);
      const width = Math.max(1, ...s.values.map((row) => row.length));
      for (const i of r.issues) {
        const at = parseAddress(i.cell);
        assert.ok(at, `${i.code}: ${i.cell} is not an address`);
        assert.ok(
          at.row >= s.top && at.row < s.top + Math.max(1, s.values.length),
          `${i.code}: row of ${i.cell} outside the sheet`
        );
        assert.ok(
          at.col >= s.left && at.col < s.left + width,
          `${i.code}: column of ${i.cell} outside the sheet`
        );
      }
    }) as fc.IPropertyWithHooks<unknown[]>,
  },
  {
    name: "validating twice gives the same result",
    property: fc.property(randomSheet, (s) => {
      const a = validateSheet(s);
      const b = validateSheet(s);
      assert.equal(JSON.stringify({ ...b, plan: null }), JSON.stringify({ ...a, plan: null }));
    }) as fc.IPropertyWithHooks<unknown[]>,
  },
  {
    name: "counts match the known plan a sheet was laid out from, in every layout",
    property: fc.property(
      knownPlan,
      fc.constantFrom<Fill>("merge", "first", "every"),
      fc.integer({ min: 3, max: 40 }),
      (plan, fill, page) => {
        const r = validateSheet(layOut(plan, fill, page));
        const goals = new Set(plan.items.map((i) => i.goal)).size;
        const measures = new Set(plan.items.map((i) => i.measure)).size;
        const entries = plan.items.reduce((n, i) => n + i.departments.length, 0);
        assert.deepEqual(r.counts, { goals, measures, items: plan.items.length, entries });
        const missing = plan.items.filter((i) => i.narrative === "").map((i) => i.item);
        assert.deepEqual(
          r.issues.filter((i) => i.code === "narrative-missing").map((i) => i.item),
          missing
        );
        const unrated = plan.items
          .filter((i) => i.rating === "" || i.rating === "E")
          .reduce((n, i) => n + i.departments.length, 0);
        assert.equal(r.summary!.total.unrated, unrated);
      }
    ) as fc.IPropertyWithHooks<unknown[]>,
  },
  {
    name: "counts match the known plan in other cities' layouts (headings, two-row header, several years, word ratings, one sheet per goal)",
    property: fc.property(knownPlan, fc.constantFrom(...WIDER_LAYOUTS), (plan, layout) => {
      const r = validateWorkbook(layOutWider(plan, layout));
      const goals = new Set(plan.items.map((i) => i.goal)).size;
      const measures = new Set(plan.items.map((i) => i.measure)).size;
      const entries = plan.items.reduce((n, i) => n + i.departments.length, 0);
      assert.deepEqual(r.counts, { goals, measures, items: plan.items.length, entries });
      assert.equal(r.sheets.length, layout === "per-goal" ? goals : 1);
      const missing = plan.items.filter((i) => i.narrative === "").map((i) => i.item);
      assert.deepEqual(
        r.issues.filter((i) => i.code === "narrative-missing").map((i) => i.item),
        missing
      );
      const unrated = plan.items
        .filter((i) => i.rating === "" || i.rating === "E")
        .reduce((n, i) => n + i.departments.length, 0);
      assert.equal(r.summary!.total.unrated, unrated);
    }) as fc.IPropertyWithHooks<unknown[]>,
  },
  {
    name: "a real workbook truncated, with tags deleted, repeated or attributes corrupted: read and checked, or refused with a ReadFailure; never another error",
    property: fc.property(mutatedXlsx, ({ bytes }) => {
      try {
        const book = openXlsx(bytes, "mutated.xlsx", WEB_IO);
        for (const name of book.sheetNames) validateSheet(book.readSheet(name));
      } catch (e) {
        if (!(e instanceof ReadFailure)) throw e;
      }
    }) as fc.IPropertyWithHooks<unknown[]>,
  },
];
