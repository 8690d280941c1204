/** What the test pane and the Node runner share: the test server's port, the workbooks, one result. */
// @ts-nocheck


/** office-addin-test-server's default port, as in Microsoft's templates. */
export const PORT = 4201;

/** Served by the test build's dev server, relative to the test pane. */
export const WORKBOOKS = { sample: "samples/plan-r5.xlsx", large: "workbooks/plan-10000.xlsx" };
/** Where the runner writes the 10,000-entry workbook; the dev server serves it under workbooks/. */
export const LARGE_WORKBOOK_DIR = "test-output/e2e";

/** One check, in office-addin-test-helpers' shape; `info` results are reported, not asserted. */
export interface Result {
  resultName: string;
  resultValue: unknown;
  expectedValue: unknown;
  ms?: number;
  info?: boolean;
}

/** Passed when the value is what was expected (compared as JSON, so arrays and objects too). */
export function passed(r: Result): boolean {
  return r.info === true || JSON.stringify(r.resultValue) === JSON.stringify(r.expectedValue);
}

/** One line per result, as the runner prints it. */
export function describeResult(r: Result): string {
  const time = r.ms !== undefined ? ` (${r.ms} ms)` : "";
  if (r.info) return `INFO ${r.resultName}: ${JSON.stringify(r.resultValue)}${time}`;
  return passed(r)
    ? `PASS ${r.resultName}${time}`
    : `FAIL ${r.resultName}: expected ${JSON.stringify(r.expectedValue)}, got ${JSON.stringify(r.resultValue)}${time}`;
}
