import type { Issue, IssueCode } from "../../src/core/issues";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { ValidateOptions, validateSheet } from "../../src/core/validate";

/** The issues of one code on a sheet. */
export function issuesOf<C extends IssueCode>(
  s: SheetSnapshot,
  code: C,
  options?: ValidateOptions
): Extract<Issue, { code: C }>[] {
  return validateSheet(s, options).issues.filter(
    (i): i is Extract<Issue, { code: C }> => i.code === code
  );
}
