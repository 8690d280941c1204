import type ExcelJS from "exceljs";
import type { Lang } from "../core/issues";
import type { FormPlan } from "../core/roundtrip/split";

const thin = { style: "thin" as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
/** The cells a department writes in: a pale yellow, as forms usually mark them. */
const ANSWER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF9DB" } };

/** Excel's limits on a list validation (255 characters in all) and its input message (title 32, text 255). */
const LIST_MAX = 255;
const PROMPT_TITLE_MAX = 32;
const PROMPT_MAX = 255;

const WORDS: Record<Lang, { promptTitle: string; errorTitle: string; error: (codes: string) => string }> = {
  ja: { promptTitle: "達成度", errorTitle: "達成度", error: (codes) => `凡例の記号から選んでください: ${codes}` },
  en: { promptTitle: "Rating", errorTitle: "Rating", error: (codes) => `Choose one of the legend's codes: ${codes}` },
};

/** A list's codes as Excel's quoted list: the codes themselves may not hold a comma or a quote. */
function listFormula(codes: string[]): string | null {
  if (codes.length === 0 || codes.some((c) => /[,"]/.test(c))) return null;
  const list = `"${codes.join(",")}"`;
  return list.length <= LIST_MAX ? list : null;
}

/**
 * Write one department's form as an .xlsx (ExcelJS): the plan's title, legend and header with
 * their merges, the department's rows, the rating cells with a drop-down of the legend's codes
 * (the meanings as the input message), the rating and narrative cells unlocked and the sheet
 * protected without a password, and the key column hidden.
 */
export async function writeForm(form: FormPlan, lang: Lang, widths: readonly (number | undefined)[] = []): Promise<Uint8Array> {
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  const ws = wb.addWorksheet(form.sheetName, { pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const w = WORDS[lang];
  for (let c = 0; c < form.width; c++) {
    const width = widths[c] ?? (c === form.narrativeColumn ? 60 : c === form.ratingColumn ? 9 : 18);
    ws.getColumn(c + 1).width = width;
  }
  const key = ws.getColumn(form.keyColumn + 1);
  key.hidden = true;
  key.width = 12;
  form.rows.forEach((line, r) => {
    const row = ws.getRow(r + 1);
    line.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      row.getCell(c + 1).value = typeof v === "object" ? v.error : v;
    });
  });
  const header = new Set(form.headerRows);
  for (const r of form.headerRows) {
    for (let c = 0; c < form.width; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
  }
  ws.getCell(1, 1).font = { bold: true };
  for (const r of form.headingRows) ws.getCell(r + 1, 1).font = { bold: true };
  const codes = form.codes.map((c) => c.code);
  const list = listFormula(codes);
  const prompt = form.codes.map((c) => `${c.code}：${c.description}`).join("\n").slice(0, PROMPT_MAX);
  for (const r of form.entryRows) {
    if (header.has(r)) continue;
    for (let c = 0; c < form.width; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      cell.border = BORDER;
      const answer = c === form.ratingColumn || c === form.narrativeColumn;
      cell.alignment = { vertical: "top", wrapText: true, horizontal: c === form.ratingColumn ? "center" : undefined };
      if (!answer) continue;
      cell.protection = { locked: false };
      cell.fill = ANSWER_FILL;
      if (c === form.ratingColumn && list) {
        cell.dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [list],
          showInputMessage: true,
          promptTitle: w.promptTitle.slice(0, PROMPT_TITLE_MAX),
          prompt,
          showErrorMessage: true,
          errorStyle: "stop",
          errorTitle: w.errorTitle,
          error: w.error(codes.join(", ")).slice(0, PROMPT_MAX),
        };
      }
    }
  }
  for (const m of form.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  // No password: the protection keeps a department from editing labels by mistake, not by intent.
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, sort: true, autoFilter: true });
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
