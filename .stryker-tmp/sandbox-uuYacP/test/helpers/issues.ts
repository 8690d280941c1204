// @ts-nocheck
import type { SheetSnapshot } from "../../src/core/snapshot";
import { ValidateOptions, validateSheet } from "../../src/core/validate";

/** The issues of one code on a sheet. */
export function issuesOf(s: SheetSnapshot, code: string, options?: ValidateOptions) {
  return validateSheet(s, options).issues.filter((i) => i.code === code);
}
