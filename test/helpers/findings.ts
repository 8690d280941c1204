import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { type ValidationResult, validateSheet } from "../../src/core/validate";

/** The seed's plan as a checker counts it. */
export const SEED_COUNTS = { goals: 4, measures: 19, items: 59, entries: 128 };

/** One sheet of a workbook file, validated (the first sheet unless named). */
export function validateFile(path: string, sheet?: string): ValidationResult {
  const book = loadWorkbookFile(path);
  return validateSheet(book.readSheet(sheet ?? book.sheetNames[0]));
}

/** What a checker would write down: each finding by code and the item/measure it is about. */
export function findings(r: ValidationResult): string[] {
  return r.issues
    .filter((i) => i.severity !== "info")
    .map(
      (i) => `${i.code} ${i.goal ?? ""}/${i.measure ?? ""}/${i.item ?? ""} ${i.department ?? ""}`
    )
    .sort();
}
