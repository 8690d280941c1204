// @ts-nocheck
import fc from "fast-check";
import { PROPERTIES } from "../helpers/properties";

/** The fast tier; `npm run fuzz` runs the same properties 10,000 times each. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe("the core on random sheets", () => {
  test.each(PROPERTIES.map((p) => [p.name, p.property] as const))("%s", (_name, property) => {
    fc.assert(property, { numRuns: RUNS });
  });
});
