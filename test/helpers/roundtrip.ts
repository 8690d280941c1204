import ExcelJS from "exceljs";
import { type SheetSnapshot, cellAddress } from "../../src/core/snapshot";
import { type ValidationResult, validateWorkbook } from "../../src/core/validate";
import { type MergeResult, mergeForms } from "../../src/core/roundtrip/merge";
import { type PlanTable, planTable } from "../../src/core/roundtrip/plan-table";
import { splitPlan } from "../../src/core/roundtrip/split";
import { openXlsx } from "../../src/xlsx/read-xlsx";
import { WEB_IO } from "../../src/xlsx/web-io";
import { patchAnswers } from "../../src/xlsx/patch-answers";
import { writeForm } from "../../src/xlsx/write-form";
import { formFromBytes } from "../../src/xlsx/form-file";

/** A plan file as the command reads it: its sheets, what the reader made of them, and its table of entries. */
export interface PlanFile {
  bytes: Uint8Array;
  sheets: SheetSnapshot[];
  result: ValidationResult;
  table: PlanTable;
  part: (sheet: string) => string;
}

export function readPlanFile(bytes: Uint8Array): PlanFile {
  const book = openXlsx(bytes, "plan.xlsx", WEB_IO);
  const sheets = book.sheetNames.map((n) => book.readSheet(n));
  const result = validateWorkbook(
    sheets.filter((s) => !(book.hiddenSheets ?? []).includes(s.name))
  );
  const table = planTable({ sheets, result });
  if (!table) throw new Error("no plan read");
  return { bytes, sheets, result, table, part: (s) => book.sheetPart!(s)! };
}

/** Every department's form, as files, by department. */
export async function formsOf(plan: PlanFile, deadline?: string): Promise<Map<string, Uint8Array>> {
  const split = splitPlan(plan.table, { lang: "ja", deadline });
  const out = new Map<string, Uint8Array>();
  for (const f of split.forms) out.set(f.department, writeForm(f, "ja"));
  return out;
}

/** Open a form in ExcelJS, let `edit` do what a department does, and save it again. */
export async function editForm(
  bytes: Uint8Array,
  edit: (ws: ExcelJS.Worksheet) => void
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  edit(wb.worksheets[0]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The form's rows whose item cell starts with the item's number, as a department finds its row by eye. */
export function rowsOfItem(ws: ExcelJS.Worksheet, itemColumn: number, item: number): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row) => {
    const text = String(row.getCell(itemColumn).value ?? "");
    if (new RegExp(`^${item}[\\s　]`).test(text)) rows.push(row);
  });
  return rows;
}

/** Merge forms into the plan's file: the core's result and the patched bytes. */
export function mergeFiles(
  plan: PlanFile,
  forms: { file: string; bytes: Uint8Array }[]
): { merged: MergeResult; bytes: Uint8Array } {
  const read = forms.map(({ file, bytes }) => {
    const r = formFromBytes(bytes, file, WEB_IO);
    if (typeof r === "string") throw new Error(`${file}: ${r}`);
    return r;
  });
  const merged = mergeForms(plan.table, read);
  const changes = new Map<string, Map<string, string | number>>();
  for (const w of merged.writes) {
    const part = plan.part(w.sheet);
    if (!changes.has(part)) changes.set(part, new Map());
    changes.get(part)!.set(w.cell, w.value);
  }
  return { merged, bytes: patchAnswers(plan.bytes, changes, "plan.xlsx") };
}

/** Every cell whose value differs between two snapshots of a sheet: A1 -> [before, after]. */
export function changedCells(a: SheetSnapshot, b: SheetSnapshot): Map<string, [unknown, unknown]> {
  const at = (s: SheetSnapshot, r: number, c: number) => s.values[r - s.top]?.[c - s.left] ?? null;
  const out = new Map<string, [unknown, unknown]>();
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  const bottom = Math.max(a.top + a.values.length, b.top + b.values.length);
  const width = (s: SheetSnapshot) => s.left + Math.max(0, ...s.values.map((r) => r?.length ?? 0));
  const right = Math.max(width(a), width(b));
  for (let r = top; r < bottom; r++) {
    for (let c = left; c < right; c++) {
      const x = at(a, r, c);
      const y = at(b, r, c);
      if (JSON.stringify(x) !== JSON.stringify(y)) out.set(cellAddress(r, c), [x, y]);
    }
  }
  return out;
}
