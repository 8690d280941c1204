import type { IssueCode, Lang, Severity } from "../core/issues";

/** Severity as a shape as well as a colour: these glyphs are text, so they stay in forced-colours mode. */
export const SEVERITY_ICONS: Record<Severity, string> = { error: "✕", warning: "▲", info: "ｉ" };
import { FEATURE_NEEDS, type HostFeature, type MissingFeatures } from "../app/host";
import { type HostFailureKind } from "../app/failures";
import type { Field } from "../core/layout/fields";
import type { CompareCode, CompareRow } from "../core/compare/types";
import type { CompareFailureKind } from "../app/compare";

const ja = {
  commands: "操作",
  summarize: "集計",
  save: "保存",
  ready: "［点検］を押すと、計画のシートを点検します。",
  wholePlan: "計画のすべてのシート（自動）",
  severityWord: { error: "エラー", warning: "警告", info: "情報" } as Record<Severity, string>,
  resultsTitle: "点検結果",
  sheetsRead: (sheets: string[]) => `読んだシート: ${sheets.join("、")}`,
  yearRead: (year: string) => `点検した年度: ${year}`,
  legendAt: (place: string) => `凡例: ${place} から読みました`,
  legendDefault: "凡例: 見つからないため A〜D で点検しました",
  noneMatch: "該当なし",
  fixAll: (n: number) => `すべて修正（${n} 件）`,
  fixedAll: (n: number) => `${n} 個のセルを修正しました。`,
  changedSince: (cells: string[]) =>
    `${cells.join("、")} は点検の後で内容が変わっていたため、修正していません。`,
  keptInPage: "設定はこの画面を閉じるまで使います（ファイルには保存しません）。",
  summarizing: "集計しています…",
  nothingToSave: "保存する変更はありません（修正も集計シートの挿入もしていません）。",
  savedCopy: (name: string) => `「${name}」として保存しました。元のファイルは変わりません。`,
  title: "達成状況チェック",
  language: "表示言語",
  langAuto: "自動",
  sheet: "シート",
  validate: "点検",
  validating: "点検しています…",
  done: (errors: number, warnings: number) =>
    `点検しました。エラー ${errors} 件、警告 ${warnings} 件。`,
  counts: (c: { goals: number; measures: number; items: number; entries: number }) =>
    `基本目標 ${c.goals}・施策 ${c.measures}・取組項目 ${c.items}・担当課別の評価 ${c.entries}`,
  severity: "重要度",
  department: "担当課",
  all: "すべて",
  clear: "色を消す",
  cleared: "色を元に戻しました。",
  fix: "修正",
  related: "関連するセル",
  fixed: (cell: string, value: string) => `${cell} を「${value}」にしました。`,
  noIssues: "問題は見つかりませんでした。",
  item: "取組項目",
  omitted: (n: number) => `ほか ${n} 件は省略しています。`,
  settings: "設定",
  departmentsLabel: "担当課一覧（1行に1課）",
  saveSettings: "保存",
  saved: "設定をブックに保存しました。",
  columnsTitle: (sheet: string) => `「${sheet}」の見出しの行と列`,
  headerRow: "見出しの行番号",
  none: "（なし）",
  saveAndValidate: "保存して点検",
  tooOld: "この画面は Excel の中でだけ使えます（ExcelApi 1.1 が必要です）。",
  features: {
    merges: "結合セルの読み取り",
    marks: "セルの色付け・色消し",
    summaries: "集計シートの挿入",
    pivots: "集計シートのピボットテーブル",
    settings: "設定の保存",
  } as Record<HostFeature, string>,
  missingFeatures: (missing: MissingFeatures) =>
    `この Excel では次の機能を使えません: ${missing.map((m) => `${UI.ja.features[m.feature]}（${m.needs} が必要）`).join("、")}。点検、問題の一覧、セルへの移動、修正は使えます。`,
  unmarked: (n: number) =>
    `ほか ${n} 個のセルは、ブックに記録できる量を超えるため色を付けていません（重要度の高いものから付けています）。`,
  noMarksRibbon:
    "点検しました。この Excel ではセルに色を付けられないため（ExcelApi 1.9 が必要）、結果は作業ウィンドウで確認してください。",
  noMerges:
    "この Excel では結合セルを読み取れません（ExcelApi 1.13 が必要）。空欄のラベルは上の値を引き継いだものとして点検します。",
  lastResult: (at: string, sheet: string) => `前回の点検結果（${sheet}、${at}）`,
  summaries: "集計シート",
  summaryGoal: "基本目標別",
  summaryDepartment: "担当課別",
  inserted: (names: string[]) => `挿入しました: ${names.join("、")}`,
  noPivots:
    "この Excel ではピボットテーブルを作れないため（ExcelApi 1.8 が必要）、集計表だけを挿入しました。",
  previewOpen: "ファイルを開く",
  previewSample: "サンプルを開く",
  previewTitle: "達成状況チェック（ブラウザー版）",
  previewHint: "Excel のブック（.xlsx）か CSV を開いてください。",
  previewOpening: (name: string) => `「${name}」を読み込んでいます…`,
  previewIntro: [
    "計画の達成状況一覧（基本目標・施策・取組項目・担当課・達成度・取組状況）を点検します。",
    "上の［ファイルを開く］で Excel のブック（.xlsx）か CSV を選ぶと、左に表、右に点検の画面が出ます。［点検］で問題を一覧にし、クリックでそのセルへ移動します。",
    "ファイルはこのパソコンの中で読むだけで、インターネットやほかのコンピューターへは送りません。ネットワークにつながっていなくても使えます。",
    "［修正］したセルと［集計］で作ったシートは、［保存］で別のファイル（.xlsx）に書き出します。開いたファイルは変わりません。",
  ],
  failures: {
    protected:
      "シートまたはブックが保護されているため変更できません。保護を解除してからやり直してください。",
    "cell-edit-mode":
      "セルの編集中です。Enter キーか Esc キーで編集を終えてからやり直してください。",
    "sheet-gone":
      "シートが見つかりません。名前が変わったか削除された可能性があります。もう一度点検してください。",
    "payload-too-large":
      "一度に扱うデータが大きすぎます。シートを分けるか、範囲を小さくしてください。",
    "cell-changed": "点検の後でセルの内容が変わっています。もう一度点検してください。",
    unsupported: "この Excel ではこの機能を使えません。",
    "nothing-to-summarize":
      "このシートには集計できる評価がありません（見出し行が見つからないか、評価が0件です）。",
    other: "処理できませんでした。",
  } as Record<HostFailureKind, string>,
  roundtripTitle: "担当課への照会（回答票）",
  roundtripHint:
    "担当課ごとに、その課の行だけの回答票を作ります。戻ってきた回答票を取り込むと、達成度と取組状況のセルだけを計画に書き込みます。",
  deadline: "回答期限（任意）",
  makeForms: "回答票を作る",
  formsZipName: "回答票",
  makingForms: "回答票を作っています…",
  formsZip: (n: number, name: string) => `${n} 課の回答票を「${name}」にまとめて保存しました。`,
  formsMade: (n: number) =>
    `${n} 課の回答票を作りました。課ごとの［開く］で新しいブックとして開き、保存して送ってください。`,
  formsUnassigned: (n: number) => `担当課のない ${n} 件はどの回答票にも入っていません。`,
  openForm: "開く",
  openFormOf: (department: string) => `${department} の回答票を開く`,
  formOpened: (department: string) => `${department} の回答票を新しいブックで開きました。`,
  cannotMakeForms:
    "この Excel では回答票を新しいブックとして開けません（ExcelApi 1.8 が必要）。ブラウザ版（オフライン版）か achv split で作ってください。",
  importAnswers: "回答票を取り込む",
  importing: "回答票を取り込んでいます…",
  cannotImport: "この画面では回答票を取り込めません。",
  imported: (forms: number, ratings: number, narratives: number) =>
    `${forms} 件の回答票を取り込みました: 達成度 ${ratings} セル、取組状況 ${narratives} セル。書き込んだセルに印を付けました。`,
  formUnusable: (file: string, problem: "not-a-form" | "no-header") =>
    problem === "not-a-form"
      ? `「${file}」はこの画面で作った回答票ではありません（キーの列がありません）。何も書き込んでいません。`
      : `「${file}」に回答票の見出し行（達成度の列）が見つかりません。何も書き込んでいません。`,
  fileUnreadable: (why: string) => `${why}（何も書き込んでいません）`,
  answersChanged: (cells: string) =>
    `計画を読んだ後で次のセルが変わったため、何も書き込んでいません。もう一度取り込んでください: ${cells}`,
  formFindings: (file: string, department: string) => `${file}（${department}）`,
  mergeFindings: "取り込みの注意",
  statusTitle: "担当課別 回答状況",
  statusColumns: ["担当課", "送付", "回答済み", "エラーあり", "未回答"],
  insertStatus: "回答状況シートを挿入",
  // The comparison with last year (views/compare.ts).
  compareTitle: "前年度と比較",
  compareAgainst: "比べる前年度の計画",
  compareSheet: "このブックの別のシート",
  compareSheetLabel: "前年度のシート",
  compareYear: (label: string) => `このシートの前年度の列（${label}）`,
  compareFile: "パソコンのファイル",
  compareFileLabel: "前年度のファイル（.xlsx・CSV）",
  compareRun: "比較",
  comparing: "前年度と比べています…",
  compareInsert: "「前年度比較」シートを挿入",
  compareResults: "前年度との比較",
  compareRead: (last: string, current: string) => `前年度: ${last}　今年度: ${current}`,
  compareRatings: (r: CompareRow) =>
    `達成度: 上がった ${r.up}、同じ ${r.same}、下がった ${r.down}、新たに評価 ${r.newlyRated}、未評価 ${r.unrated}、比較できない ${r.changed}`,
  compareRates: (last: string, current: string) => `達成率: 前年度 ${last} → 今年度 ${current}`,
  compareDone: (warnings: number, notes: number) =>
    `前年度と比べました。警告 ${warnings} 件、情報 ${notes} 件。`,
  compareNoChange: "前年度からの変化は見つかりませんでした。",
  compareLastYear: "前年度",
  compareOtherFile: (cell: string) =>
    `${cell} は前年度のファイルのセルです。このブックにはないため移動できません。`,
  compareChooseFile: "前年度のファイルを選んでから［比較］を押してください。",
  compareChooseSheet: "比べるシートがありません。前年度のファイルを選んでください。",
  compareFailures: {
    "no-plan-this": (d: string) =>
      `今年度のシート「${d}」に比べる評価がありません（見出し行が見つからないか、評価が0件です）。何も変えていません。`,
    "no-plan-last": (d: string) =>
      `前年度の計画「${d}」に比べる評価がありません（見出し行が見つからないか、評価が0件です）。何も変えていません。`,
    unreadable: (d: string) => `前年度のファイル「${d}」を読めません。何も変えていません。`,
    "no-earlier-year": (d: string) =>
      `「${d}」には今年度より前の年度の列がありません。別のシートかファイルを選んでください。`,
    "same-sheet": (d: string) =>
      `「${d}」は今年度の計画のシートです。前年度のシートかファイルを選んでください。`,
  } as Record<CompareFailureKind, (detail: string) => string>,
  compareUnreadable: (reason: string) =>
    `前年度のファイルを読めません。何も変えていません。${reason}`,
  compareCodes: {
    "rating-up": "達成度が上がった",
    "rating-down": "達成度が下がった",
    "rating-new": "新たに評価された",
    "item-added": "新しい取組項目",
    "item-dropped": "なくなった取組項目",
    "item-renumbered": "番号が変わった取組項目",
    "item-pairing-unsure": "対応の確認が必要な取組項目",
    "department-moved": "担当課の増減",
    "department-renamed": "担当課の名称変更",
    "narrative-stale": "前年度と同じ取組状況",
    "narrative-similar": "前年度とほぼ同じ取組状況",
    "scale-changed": "凡例の変更",
  } as Record<CompareCode, string>,
};

/** Every word of the pane, its views and the ribbon's messages. */
export type PaneWords = typeof ja;

/** English gives every word Japanese does: a missing translation does not compile. */
const en = {
  commands: "Commands",
  summarize: "Summarize",
  save: "Save",
  ready: "Press Validate to check the plan's sheets.",
  wholePlan: "Every sheet of the plan (automatic)",
  severityWord: { error: "Error", warning: "Warning", info: "Note" } as Record<Severity, string>,
  resultsTitle: "Findings",
  sheetsRead: (sheets: string[]) => `Sheets read: ${sheets.join(", ")}`,
  yearRead: (year: string) => `Year checked: ${year}`,
  legendAt: (place: string) => `Legend read at ${place}`,
  legendDefault: "Legend: none found, checked against A–D",
  noneMatch: "No matching findings.",
  fixAll: (n: number) => `Fix all (${n})`,
  fixedAll: (n: number) => `Fixed ${n} ${n === 1 ? "cell" : "cells"}.`,
  changedSince: (cells: string[]) => `Not fixed, changed since the check: ${cells.join(", ")}.`,
  keptInPage: "Settings are used until this page is closed (they are not saved in the file).",
  summarizing: "Summarizing…",
  nothingToSave: "Nothing to save: no fix made and no summary inserted.",
  savedCopy: (name: string) => `Saved as "${name}". The file you opened is unchanged.`,
  title: "Achievement check",
  language: "Language",
  langAuto: "Auto",
  sheet: "Sheet",
  validate: "Validate",
  validating: "Validating…",
  done: (errors: number, warnings: number) =>
    `Validated: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}.`,
  counts: (c: { goals: number; measures: number; items: number; entries: number }) =>
    `${c.goals} goals · ${c.measures} measures · ${c.items} items · ${c.entries} entries`,
  severity: "Severity",
  department: "Department",
  all: "All",
  clear: "Clear marks",
  cleared: "Marks cleared; fills restored.",
  fix: "Fix",
  related: "Related cell",
  fixed: (cell: string, value: string) => `Set ${cell} to "${value}".`,
  noIssues: "No issues found.",
  item: "Item",
  omitted: (n: number) => `${n} more not shown.`,
  settings: "Settings",
  departmentsLabel: "Department list (one per line)",
  saveSettings: "Save",
  saved: "Settings saved in the workbook.",
  columnsTitle: (sheet: string) => `Header row and columns of "${sheet}"`,
  headerRow: "Header row number",
  none: "(none)",
  saveAndValidate: "Save and validate",
  tooOld: "This page runs inside Excel only (it needs ExcelApi 1.1).",
  features: {
    merges: "reading merged cells",
    marks: "marking and clearing cells",
    summaries: "inserting summary sheets",
    pivots: "PivotTables in the summary sheets",
    settings: "saving settings",
  } as Record<HostFeature, string>,
  missingFeatures: (missing: MissingFeatures) =>
    `This Excel cannot do: ${missing.map((m) => `${UI.en.features[m.feature]} (needs ${m.needs})`).join("; ")}. Validating, the list of issues, going to a cell and fixes all work.`,
  unmarked: (n: number) =>
    `${n} more cells were not marked: the workbook cannot keep more (the most severe findings were marked first).`,
  noMarksRibbon:
    "Validated. This Excel cannot mark cells (needs ExcelApi 1.9): see the results in the task pane.",
  noMerges:
    "This Excel cannot report merged cells (needs ExcelApi 1.13): blank labels are read as carrying the label above.",
  lastResult: (at: string, sheet: string) => `Last validation (${sheet}, ${at})`,
  summaries: "Summary sheets",
  summaryGoal: "By goal",
  summaryDepartment: "By department",
  inserted: (names: string[]) => `Inserted: ${names.join(", ")}`,
  noPivots:
    "PivotTables need ExcelApi 1.8, which this Excel lacks: the static tables were inserted.",
  previewOpen: "Open a file",
  previewSample: "Open the sample",
  previewTitle: "Achievement check (browser)",
  previewHint: "Open an Excel workbook (.xlsx) or a CSV file.",
  previewOpening: (name: string) => `Reading "${name}"…`,
  previewIntro: [
    "Checks a plan's achievement sheet (goal, measure, item, department, rating, narrative).",
    "Open an Excel workbook (.xlsx) or a CSV file above: the sheet appears on the left, the checker on the right. Validate lists the findings; a click goes to the cell.",
    "The file is read on this computer only: nothing is sent to the internet or to any other computer. It works with no network.",
    "Fixed cells and the summary sheets are written by Save into a new file (.xlsx). The file you opened is not changed.",
  ],
  failures: {
    protected: "The sheet or workbook is protected: unprotect it and try again.",
    "cell-edit-mode": "A cell is being edited: press Enter or Esc, then try again.",
    "sheet-gone": "The sheet is gone (renamed or deleted): validate again.",
    "payload-too-large": "Too much data for one request: split the sheet or use a smaller range.",
    "cell-changed": "The cell changed since validation: validate again.",
    unsupported: "This version of Excel does not support that.",
    "nothing-to-summarize": "Nothing to summarise on this sheet (no header found, or no entries).",
    other: "That could not be done.",
  } as Record<HostFailureKind, string>,
  roundtripTitle: "Forms for departments",
  roundtripHint:
    "Makes one form per department with only its rows. Importing the returned forms writes only the rating and narrative cells into the plan.",
  deadline: "Answers due (optional)",
  makeForms: "Make forms",
  formsZipName: "forms",
  makingForms: "Making the forms…",
  formsZip: (n: number, name: string) => `Saved the forms of ${n} departments as "${name}".`,
  formsMade: (n: number) =>
    `Made the forms of ${n} departments. Open each as a new workbook with Open, save it and send it.`,
  formsUnassigned: (n: number) => `${n} entries with no department are in no form.`,
  openForm: "Open",
  openFormOf: (department: string) => `Open the form of ${department}`,
  formOpened: (department: string) => `Opened the form of ${department} as a new workbook.`,
  cannotMakeForms:
    "This Excel cannot open a form as a new workbook (needs ExcelApi 1.8): make the forms in the browser (offline) page or with achv split.",
  importAnswers: "Import answers",
  importing: "Importing the answers…",
  cannotImport: "Answers cannot be imported here.",
  imported: (forms: number, ratings: number, narratives: number) =>
    `Imported ${forms} ${forms === 1 ? "form" : "forms"}: ${ratings} rating cells, ${narratives} narrative cells written and marked.`,
  formUnusable: (file: string, problem: "not-a-form" | "no-header") =>
    problem === "not-a-form"
      ? `"${file}" is not a form made here (it has no key column). Nothing was written.`
      : `"${file}": the form's header (its rating column) cannot be found. Nothing was written.`,
  fileUnreadable: (why: string) => `${why} (Nothing was written.)`,
  answersChanged: (cells: string) =>
    `These cells changed after the plan was read, so nothing was written; import again: ${cells}`,
  formFindings: (file: string, department: string) => `${file} (${department})`,
  mergeFindings: "Notes on the import",
  statusTitle: "Answers by department",
  statusColumns: ["Department", "Sent", "Answered", "With errors", "Missing"],
  insertStatus: "Insert the status sheet",
  // The comparison with last year (views/compare.ts).
  compareTitle: "Compare with last year",
  compareAgainst: "Last year's plan",
  compareSheet: "Another sheet of this workbook",
  compareSheetLabel: "Last year's sheet",
  compareYear: (label: string) => `Last year's column of this sheet (${label})`,
  compareFile: "A file on this computer",
  compareFileLabel: "Last year's file (.xlsx, CSV)",
  compareRun: "Compare",
  comparing: "Comparing with last year…",
  compareInsert: "Insert the comparison sheet",
  compareResults: "Compared with last year",
  compareRead: (last: string, current: string) => `Last year: ${last}. This year: ${current}.`,
  compareRatings: (r: CompareRow) =>
    `Ratings: ${r.up} up, ${r.same} same, ${r.down} down, ${r.newlyRated} newly rated, ${r.unrated} unrated, ${r.changed} not comparable`,
  compareRates: (last: string, current: string) =>
    `Achievement rate: last year ${last}, this year ${current}`,
  compareDone: (warnings: number, notes: number) =>
    `Compared with last year: ${warnings} ${warnings === 1 ? "warning" : "warnings"}, ${notes} ${notes === 1 ? "note" : "notes"}.`,
  compareNoChange: "No change since last year.",
  compareLastYear: "Last year",
  compareOtherFile: (cell: string) =>
    `${cell} is a cell of last year's file, not of this workbook: there is no going to it.`,
  compareChooseFile: "Choose last year's file, then press Compare.",
  compareChooseSheet: "No other sheet to compare with: choose last year's file.",
  compareFailures: {
    "no-plan-this": (d: string) =>
      `Nothing to compare on this year's sheet "${d}" (no header found, or no entries). Nothing was changed.`,
    "no-plan-last": (d: string) =>
      `Nothing to compare in last year's plan "${d}" (no header found, or no entries). Nothing was changed.`,
    unreadable: (d: string) => `Last year's file "${d}" cannot be read. Nothing was changed.`,
    "no-earlier-year": (d: string) =>
      `"${d}" has no year's column before this year's: choose another sheet or a file.`,
    "same-sheet": (d: string) =>
      `"${d}" is a sheet of this year's plan: choose last year's sheet or file.`,
  } as Record<CompareFailureKind, (detail: string) => string>,
  compareUnreadable: (reason: string) =>
    `Last year's file cannot be read. Nothing was changed. ${reason}`,
  compareCodes: {
    "rating-up": "Rating up",
    "rating-down": "Rating down",
    "rating-new": "Newly rated",
    "item-added": "Item added",
    "item-dropped": "Item dropped",
    "item-renumbered": "Item renumbered",
    "item-pairing-unsure": "Item pairing to confirm",
    "department-moved": "Departments changed",
    "department-renamed": "Department renamed",
    "narrative-stale": "Narrative copied from last year",
    "narrative-similar": "Narrative nearly last year's",
    "scale-changed": "Legend changed",
  } as Record<CompareCode, string>,
} satisfies PaneWords;

export const UI: Record<Lang, PaneWords> = { ja, en };

/** The message for a failure: an "unsupported" one names the feature and what still works. */
export function failureMessage(lang: Lang, kind: HostFailureKind, detail = ""): string {
  const feature = detail as HostFeature;
  if (kind === "unsupported" && feature in FEATURE_NEEDS)
    return UI[lang].missingFeatures([{ feature, needs: FEATURE_NEEDS[feature] }]);
  return UI[lang].failures[kind] ?? UI[lang].failures.other;
}

export const CODE_TITLES: Record<Lang, Record<IssueCode, string>> = {
  ja: {
    "header-not-found": "見出し行が見つからない",
    "header-field-missing": "見出しに必要な列がない",
    "rating-missing": "達成度の未記入",
    "rating-invalid": "凡例にない達成度",
    "rating-unnormalized": "達成度の表記ゆれ",
    "rating-count-mismatch": "担当課と達成度の数が合わない",
    "narrative-missing": "取組状況の未記入",
    "narrative-placeholder": "取組状況が「同上」「なし」など",
    "narrative-duplicate": "取組状況の重複",
    "department-missing": "担当課の未記入",
    "department-duplicate": "担当課の重複",
    "department-unknown": "一覧にない担当課",
    "multiple-values": "1つのセルに複数の値",
    "numbering-gap": "番号の抜け",
    "numbering-order": "番号の重複・逆順",
    "orphan-row": "所属のない行",
    "cell-error": "エラー値のセル",
    "scale-default": "凡例なし（A〜D で点検）",
    "rating-year": "点検した年度",
    "rating-column": "点検した達成度の列",
    "heading-row": "見出し行として読んだ行",
    "scale-source": "凡例を読んだ場所",
  },
  en: {
    "header-not-found": "Header not found",
    "header-field-missing": "A needed column is missing",
    "rating-missing": "Missing rating",
    "rating-invalid": "Rating not in the legend",
    "rating-unnormalized": "Rating written another way",
    "rating-count-mismatch": "Departments and ratings do not pair",
    "narrative-missing": "Missing narrative",
    "narrative-placeholder": "Placeholder narrative",
    "narrative-duplicate": "Duplicate narrative",
    "department-missing": "Missing department",
    "department-duplicate": "Department listed twice",
    "department-unknown": "Unknown department",
    "multiple-values": "Several values in one cell",
    "numbering-gap": "Numbering gap",
    "numbering-order": "Numbering out of order",
    "orphan-row": "Row with no item",
    "cell-error": "Excel error in a cell",
    "scale-default": "No legend (checked against A–D)",
    "rating-year": "Year checked",
    "rating-column": "Rating column checked",
    "heading-row": "Rows read as headings",
    "scale-source": "Where the legend was read",
  },
};

export const FIELD_LABELS: Record<Lang, Record<Field, string>> = {
  ja: {
    goal: "基本目標",
    measure: "施策",
    item: "取組項目",
    department: "担当課",
    rating: "達成度",
    narrative: "取組計画と達成状況",
  },
  en: {
    goal: "Goal",
    measure: "Measure",
    item: "Item",
    department: "Department",
    rating: "Rating",
    narrative: "Narrative",
  },
};
