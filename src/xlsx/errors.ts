import type { Lang } from "../core/issues";

/** Why a file cannot be read. One clear sentence per kind, in both languages. */
export type ReadFailureKind =
  | "not-found"
  | "is-directory"
  | "empty-file"
  | "not-workbook"
  | "truncated"
  | "encrypted"
  | "old-xls"
  | "xlsb"
  | "too-large"
  | "too-many-rows"
  | "too-many-cells"
  | "too-many-merges"
  | "no-sheets"
  | "sheet-not-found"
  | "unknown-encoding"
  | "no-answer"
  | "file-too-large"
  | "overlapping-merges";

export class ReadFailure extends Error {
  constructor(
    readonly kind: ReadFailureKind,
    readonly detail: string = ""
  ) {
    super(`${kind}${detail ? `: ${detail}` : ""}`);
    this.name = "ReadFailure";
  }
}

const MESSAGES: Record<ReadFailureKind, Record<Lang, (d: string) => string>> = {
  "not-found": { ja: (d) => `ファイルが見つかりません: ${d}`, en: (d) => `File not found: ${d}` },
  "is-directory": {
    ja: (d) => `フォルダーです。ファイルを指定してください: ${d}`,
    en: (d) => `That is a folder, not a file: ${d}`,
  },
  "empty-file": { ja: (d) => `ファイルが空です: ${d}`, en: (d) => `The file is empty: ${d}` },
  "not-workbook": {
    ja: (d) => `Excel ブック（.xlsx）でも CSV でもありません: ${d}`,
    en: (d) => `Not an Excel workbook (.xlsx) or a CSV file: ${d}`,
  },
  truncated: {
    ja: (d) => `ブックが壊れているか途中で切れています: ${d}`,
    en: (d) => `The workbook is damaged or cut short: ${d}`,
  },
  encrypted: {
    ja: (d) =>
      `パスワードで保護されたブックは読めません。Excel でパスワードを外して保存してください: ${d}`,
    en: (d) =>
      `The workbook is password-protected: remove the password in Excel and save it again: ${d}`,
  },
  "old-xls": {
    ja: (d) => `古い形式（.xls）のブックです。Excel で .xlsx 形式で保存し直してください: ${d}`,
    en: (d) => `An old-format (.xls) workbook: save it as .xlsx in Excel first: ${d}`,
  },
  xlsb: {
    ja: (d) => `バイナリ形式（.xlsb）のブックは読めません。.xlsx 形式で保存し直してください: ${d}`,
    en: (d) => `A binary (.xlsb) workbook cannot be read: save it as .xlsx first: ${d}`,
  },
  "too-large": {
    ja: (d) => `ブックが大きすぎます（展開後の上限を超えています）: ${d}`,
    en: (d) => `The workbook is too large (over the limit once uncompressed): ${d}`,
  },
  "too-many-rows": {
    ja: (d) => `行が多すぎるため読み込みません（上限 ${d}）。シートを分けてから点検してください。`,
    en: (d) => `Too many rows to read (the limit is ${d}): split the sheet first.`,
  },
  "too-many-cells": {
    ja: (d) =>
      `値の入ったセル（または文字列）が多すぎるため読み込みません（上限 ${d}）。シートを分けてから点検してください。`,
    en: (d) =>
      `Too many cells with values (or texts) to read (the limit is ${d}): split the sheet first.`,
  },
  "too-many-merges": {
    ja: (d) => `結合セルが多すぎるため読み込みません（上限 ${d}）。`,
    en: (d) => `Too many merged areas to read (the limit is ${d}).`,
  },
  "no-sheets": {
    ja: (d) => `ブックにシートがありません: ${d}`,
    en: (d) => `The workbook has no sheets: ${d}`,
  },
  "sheet-not-found": {
    ja: (d) => `シートが見つかりません: ${d}`,
    en: (d) => `No such sheet: ${d}`,
  },
  "overlapping-merges": {
    ja: (d) =>
      `シート「${d}」に重なり合う結合セルがあるため、写しを作れません（点検はできます）。Excel で開いて保存し直してから実行してください。`,
    en: (d) =>
      `Merged areas overlap on sheet "${d}", so a copy cannot be written (checking works): open and save the workbook in Excel first.`,
  },
  "file-too-large": {
    ja: (d) => `ファイルが大きすぎるため読み込みません: ${d}`,
    en: (d) => `The file is too large to read: ${d}`,
  },
  "no-answer": {
    ja: (d) => `読み込み元から応答がありません（書き込む側のないパイプなど）: ${d}`,
    en: (d) => `Nothing came from the input (a pipe nobody writes to?): ${d}`,
  },
  "unknown-encoding": {
    ja: (d) => `CSV の文字コードを判別できません（UTF-8 と Shift_JIS を試しました）: ${d}`,
    en: (d) => `Cannot tell the CSV's character encoding (tried UTF-8 and Shift_JIS): ${d}`,
  },
};

export function failureMessage(f: ReadFailure, lang: Lang): string {
  return MESSAGES[f.kind][lang](f.detail);
}
