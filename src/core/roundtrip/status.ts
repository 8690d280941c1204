import { WORDS } from "../i18n/words";
import type { Lang } from "../issues";
import {
  COUNT_FORMAT,
  type PlannedCell,
  type PlannedSheet,
  headerText,
} from "../plan/summary-plan";
import type { DepartmentStatus } from "./merge";

/** The workbook name that marks the status sheet as the add-in's own: inserting again replaces only it. */
export const STATUS_MARKER = "ACHV_STATUS";

/** A status sheet is a summary sheet of its own kind; its writers take it like the others. */
export type StatusSheet = PlannedSheet & { kind: "status" };

/**
 * Per department: entries sent, answered, with errors, missing, and whether a form came back,
 * with a total row, as a sheet to insert like the summaries (static values: the forms are not in
 * the workbook for a formula to count).
 */
export function statusSheet(
  status: readonly DepartmentStatus[],
  lang: Lang,
  date: string
): StatusSheet {
  const w = WORDS[lang].status;
  const cells: PlannedCell[] = [
    { row: 0, col: 0, value: w.title, bold: true },
    { row: 1, col: 0, value: date },
  ];
  w.cols.forEach((c, col) => cells.push({ row: 3, col, value: c, bold: true, fill: "#D9D9D9" }));
  const sum = { sent: 0, answered: 0, withErrors: 0, missing: 0 };
  status.forEach((s, i) => {
    const row = 4 + i;
    [s.department, s.sent, s.answered, s.withErrors, s.missing, s.returned ? w.yes : w.no].forEach(
      (value, col) =>
        cells.push({
          row,
          col,
          value,
          ...(typeof value === "number" ? { numberFormat: COUNT_FORMAT } : {}),
        })
    );
    sum.sent += s.sent;
    sum.answered += s.answered;
    sum.withErrors += s.withErrors;
    sum.missing += s.missing;
  });
  const total = 4 + status.length;
  [w.total, sum.sent, sum.answered, sum.withErrors, sum.missing].forEach((value, col) =>
    cells.push({
      row: total,
      col,
      value,
      bold: true,
      ...(typeof value === "number" ? { numberFormat: COUNT_FORMAT } : {}),
    })
  );
  const table = { top: 3, left: 0, bottom: total, right: w.cols.length - 1 };
  return {
    kind: "status",
    name: w.name,
    marker: STATUS_MARKER,
    cells,
    merges: [],
    columnWidths: [24, 10, 10, 10, 10, 12],
    // Printed like the summaries: ruled, department names wrapped, the table's head on every page.
    wrap: [{ top: 4, left: 0, bottom: total, right: 0 }],
    borders: [table],
    print: { titleRows: { first: 3, last: 3 }, header: headerText(`${w.title}　${date}`) },
  };
}
