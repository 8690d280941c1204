import type { ValidationResult } from "../validate";

/**
 * For a sheet holding several years' ratings side by side: the year before the one read
 * (the latest column older than it), to read the same sheet again as last year's plan.
 * Undefined when the sheet holds one year, or none older.
 */
export function previousYear(
  result: ValidationResult,
  before = result.header?.year?.year
): number | undefined {
  const columns = result.header?.year?.columns ?? [];
  if (before === undefined) return undefined;
  const older = columns.map((c) => c.year).filter((y) => y < before);
  return older.length ? Math.max(...older) : undefined;
}
