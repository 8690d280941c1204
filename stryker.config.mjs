// @ts-check
import { existsSync, readdirSync, statSync } from "node:fs";

/**
 * Mutation testing (`npm run mutate`, docs/mutation.md). The whole run mutates src/core and
 * src/excel against the node suites of test/core and test/excel: hours on a small machine, as
 * Jest loads every related test file for each mutant. MUTATE=<a folder or file of src/core or
 * src/excel> mutates just that against the tests that mirror it: test/core/rules for
 * src/core/rules, test/core/rules/department-duplicate.test.ts for that rule (numbering.test.ts for
 * numbering-gap.ts, validate-options.test.ts and the other validate-*.test.ts for validate.ts; its
 * folder's tests when no test file is named for it).
 */
const target = process.env.MUTATE?.replace(/\/+$/, "");
const mirror = target?.replace(/^src\//, "test/");
const isFile = target !== undefined && existsSync(target) && statSync(target).isFile();
/**
 * The test file named for the mutated file, or for the family it belongs to (numbering.test.ts for
 * numbering-gap.ts); else the test files named for its parts (validate-options.test.ts for validate.ts).
 */
/** @param {string} file */
function ownTests(file) {
  const dir = file.slice(0, file.lastIndexOf("/"));
  const base = file.slice(dir.length + 1, -".ts".length);
  if (!existsSync(dir)) return [];
  const tests = readdirSync(dir)
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => f.slice(0, -".test.ts".length));
  const named = tests
    .filter((t) => base === t || base.startsWith(`${t}-`))
    .sort((a, b) => b.length - a.length);
  const parts = tests.filter((t) => t.startsWith(`${base}-`)).sort();
  return (named.length > 0 ? [named[0]] : parts).map((t) => `${dir}/${t}.test.ts`);
}
/**
 * Files whose behaviour is tested beyond their own test file: compare.ts's tallies and the order of
 * its findings in compare-tally and compare-order, its findings on hand-written plans in
 * test/core/compare/rules, two years in one sheet and other scales in years and scale
 * (compare.test.ts compares in `beforeAll`, which Stryker counts as static).
 */
/** @type {Record<string, string[]>} */
const MORE_TESTS = {
  "src/core/compare/compare.ts": [
    "test/core/compare/compare-tally.test.ts",
    "test/core/compare/compare-order.test.ts",
    "test/core/compare/years.test.ts",
    "test/core/compare/scale.test.ts",
    ...readdirSync("test/core/compare/rules")
      .filter((f) => f.endsWith(".test.ts"))
      .sort()
      .map((f) => `test/core/compare/rules/${f}`),
  ],
};
const testFiles =
  isFile && mirror ? [...ownTests(mirror), ...(MORE_TESTS[target ?? ""] ?? [])] : [];
const testDirs = !target
  ? ["test/core", "test/excel"]
  : [isFile ? mirror.slice(0, mirror.lastIndexOf("/")) : mirror];
const slug = target
  ? target
      .replace(/^src\//, "")
      .replace(/\.ts$/, "")
      .replace(/\//g, "-")
  : "all";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: {
    projectType: "custom",
    configFile: "jest.config.js",
    config: {
      // src and the helpers are roots too, so that Jest can follow a test's imports to the mutated file.
      roots: [...testDirs, "test/helpers", "src"].map((d) => `<rootDir>/${d}`),
      ...(testFiles.length > 0 ? { testMatch: testFiles.map((f) => `<rootDir>/${f}`) } : {}),
      // The fuzz tier draws new random sheets on every run: not a fixed oracle for a mutant.
      testPathIgnorePatterns: [
        "/node_modules/",
        "<rootDir>/stryker-tmp/",
        "<rootDir>/test/core/fuzz.test.ts",
      ],
      // Stryker's instrumented sources do not type-check; transpiling alone is much faster.
      transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: { isolatedModules: true } }] },
    },
    enableFindRelatedTests: true,
  },
  coverageAnalysis: "perTest",
  // Mutants reached while modules load or in beforeAll would rerun every test each: left out.
  ignoreStatic: true,
  mutate: !target
    ? ["src/core/**/*.ts", "src/excel/**/*.ts"]
    : [isFile ? target : `${target}/**/*.ts`],
  checkers: [],
  concurrency: 1,
  timeoutMS: 10000,
  incremental: true,
  incrementalFile: `reports/mutation/${slug}.incremental.json`,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${slug}.html` },
  jsonReporter: { fileName: `reports/mutation/${slug}.json` },
  tempDirName: "stryker-tmp",
  ignorePatterns: ["dist", "reports", "coverage", "test-output", "stryker-tmp"],
  thresholds: { high: 85, low: 75, break: null },
};
