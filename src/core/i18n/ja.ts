import type { CompareRow } from "../compare/types";
import type { MergeCode, MergeFindingOf } from "../roundtrip/merge";
import { files, narrativeOrRating, where } from "../roundtrip/finding-parts";

/** Said after a wrong call to `achv`: where to look. */
const HELP_HINT = "（achv --help で使い方を表示）";

/**
 * Every word the checker, the command and the file reader say, in Japanese, except the rules'
 * own messages (each rule file has its message in both languages). The English catalogue
 * (en.ts) has the same shape, checked with `satisfies`: a word missing there does not compile.
 */
export const ja = {
  /** Severities, as report headings. */
  severity: { error: "エラー", warning: "警告", info: "情報" },
  /** The plan's levels, as messages name them. */
  level: { goal: "基本目標", measure: "施策", item: "取組項目" },
  /** Each field's name as a report or message says it. */
  field: {
    goal: "基本目標",
    measure: "施策",
    item: "取組項目",
    department: "担当課",
    rating: "達成度",
    narrative: "取組計画と達成状況",
  },
  /** The summary sheets: their names, titles, columns and labels. */
  summary: {
    data: "達成状況データ",
    goal: "基本目標別集計",
    department: "担当課別集計",
    goalTitle: "基本目標別 達成状況",
    departmentTitle: "担当課別 達成状況",
    source: (sheet: string, date: string) => `元のシート: ${sheet}　作成日: ${date}`,
    gap: "　",
    listSeparator: "、",
    year: (year: number) =>
      year >= 2019
        ? `令和${year === 2019 ? "元" : year - 2018}年度`
        : year >= 1989
          ? `平成${year === 1989 ? "元" : year - 1988}年度`
          : `${year}年度`,
    cols: {
      goal: "基本目標",
      goalTitle: "基本目標名",
      measure: "施策",
      measureTitle: "施策名",
      item: "取組項目",
      itemTitle: "取組項目名",
      department: "担当課",
      rating: "達成度",
      narrative: "取組状況の記入",
      cell: "元のセル",
      goalKey: "目標キー",
      departmentKey: "担当課キー",
      firstOfItem: "項目初出",
      firstInDepartment: "担当課内項目初出",
    },
    yes: "あり",
    no: "なし",
    name: "名称",
    entries: "評価数",
    items: "項目数",
    notEvaluable: "評価対象外",
    unrated: "未評価",
    rate: "達成率",
    total: "合計",
    noDepartment: "（担当課なし）",
    chart: (what: string) => `${what}の達成度`,
  },
  /** Why a file cannot be read: one sentence per kind, `d` the file (or the limit). */
  readFailure: {
    "not-found": (d: string) => `ファイルが見つかりません: ${d}`,
    "is-directory": (d: string) => `フォルダーです。ファイルを指定してください: ${d}`,
    "empty-file": (d: string) => `ファイルが空です: ${d}`,
    "not-workbook": (d: string) => `Excel ブック（.xlsx）でも CSV でもありません: ${d}`,
    truncated: (d: string) => `ブックが壊れているか途中で切れています: ${d}`,
    encrypted: (d: string) =>
      `パスワードで保護されたブックは読めません。Excel でパスワードを外して保存してください: ${d}`,
    "old-xls": (d: string) =>
      `古い形式（.xls）のブックです。Excel で .xlsx 形式で保存し直してください: ${d}`,
    xlsb: (d: string) =>
      `バイナリ形式（.xlsb）のブックは読めません。.xlsx 形式で保存し直してください: ${d}`,
    "too-large": (d: string) => `ブックが大きすぎます（展開後の上限を超えています）: ${d}`,
    "too-many-rows": (d: string) =>
      `行が多すぎるため読み込みません（上限 ${d}）。シートを分けてから点検してください。`,
    "too-many-cells": (d: string) =>
      `値の入ったセル（または文字列）が多すぎるため読み込みません（上限 ${d}）。シートを分けてから点検してください。`,
    "too-many-merges": (d: string) => `結合セルが多すぎるため読み込みません（上限 ${d}）。`,
    "no-sheets": (d: string) => `ブックにシートがありません: ${d}`,
    "sheet-not-found": (d: string) => `シートが見つかりません: ${d}`,
    "overlapping-merges": (d: string) =>
      `シート「${d}」に重なり合う結合セルがあるため、写しを作れません（点検はできます）。Excel で開いて保存し直してから実行してください。`,
    "file-too-large": (d: string) => `ファイルが大きすぎるため読み込みません: ${d}`,
    "no-answer": (d: string) =>
      `読み込み元から応答がありません（書き込む側のないパイプなど）: ${d}`,
    "unknown-encoding": (d: string) =>
      `CSV の文字コードを判別できません（UTF-8 と Shift_JIS を試しました）: ${d}`,
  },
  /** `achv validate`'s text report. */
  report: {
    sheets: (file: string, sheets: string[]) =>
      `${file} — シート${sheets.map((s) => `「${s}」`).join("")}`,
    header: (first: number, repeats: number, columns: string) =>
      `見出し: ${first}行目${repeats ? `（各ページの繰り返し ${repeats}行）` : ""}　列: ${columns}`,
    notEvaluable: (codes: string) => `（評価対象外: ${codes}）`,
    legendAt: (where: string) => `（凡例: ${where}）`,
    codes: (codes: string) => `達成度の区分: ${codes}`,
    year: (label: string, column: string | undefined) => `点検した年度: ${label}（${column}列）`,
    ratingColumn: (column: string, label: string, count: number) =>
      `点検した達成度の列: ${column}列「${label}」（達成度の列 ${count}）`,
    counts: (c: { goals: number; measures: number; items: number; entries: number }) =>
      `基本目標 ${c.goals}、施策 ${c.measures}、取組項目 ${c.items}、担当課別の評価 ${c.entries}`,
    noIssues: "問題は見つかりませんでした。",
    totals: (errors: number, warnings: number) => `エラー ${errors} 件、警告 ${warnings} 件`,
    fix: (cell: string, value: string) => `［修正案: ${cell} を「${value}」に］`,
  },
  /** `achv compare`'s text report and its refusals. */
  compare: {
    yearColumn: (label: string) => `（${label}の列）`,
    source: (file: string, sheets: string[], year: string) =>
      `${file} — シート${sheets.map((x) => `「${x}」`).join("")}${year}`,
    last: (where: string) => `前年度: ${where}`,
    this: (where: string) => `今年度: ${where}`,
    items: (i: {
      paired: number;
      added: number;
      dropped: number;
      renumbered: number;
      unsure: number;
    }) =>
      `取組項目: 対応 ${i.paired}、新規 ${i.added}、削除 ${i.dropped}、番号変更 ${i.renumbered}（対応の確認が必要 ${i.unsure}）`,
    ratings: (e: CompareRow) =>
      `達成度: 上がった ${e.up}、同じ ${e.same}、下がった ${e.down}、新たに評価 ${e.newlyRated}、未評価 ${e.unrated}、比較できない ${e.changed}、新しい評価 ${e.added}、なくなった評価 ${e.dropped}`,
    rate: (last: string, current: string) => `達成率: 前年度 ${last} → 今年度 ${current}`,
    lastYearCell: "前年度 ",
    noChange: "前年度からの変化は見つかりませんでした。",
    warnings: (n: number) => `警告 ${n} 件`,
    nothingToCompare: "比べる評価がありません。",
    noEarlierYear: (file: string) =>
      `このシートには今年度より前の年度の列がありません。前年度のファイルか、--sheet で 2 枚のシートを指定してください: ${file}`,
  },
  /** `achv summarize`, and what every command that writes a file says. */
  write: {
    nothingToSummarise: "集計する評価がありません。",
    cannotWrite: (file: string, detail: string) => `書き出せませんでした: ${file} (${detail})`,
    cannotRead: (file: string, detail: string) => `読み込めませんでした: ${file} (${detail})`,
    wrote: (file: string, sheets: string[]) => `${file} に書き出しました: ${sheets.join("、")}`,
    /** A wrong --out: `folder` is the folder it names. */
    sameAsInput: (out: string) =>
      `元のファイルには書き込みません。別の --out を指定してください: ${out}`,
    notAFile: (out: string) =>
      `--out が通常のファイルではありません（フォルダー、パイプ、装置など）: ${out}`,
    noFolder: (folder: string) => `--out のフォルダーがありません: ${folder}`,
  },
  /** `achv split`. */
  split: {
    notAFolder: (dir: string) => `--out-dir がフォルダーではありません: ${dir}`,
    noDepartment: "担当課のある行がありません。",
    formThere: (file: string) =>
      `既にあるファイルには書き込みません（別の --out-dir を指定してください）: ${file}`,
    cannotWrite: (dir: string, detail: string) => `書き出せませんでした: ${dir} (${detail})`,
    wrote: (forms: number, dir: string) => `${forms} 課の回答票を ${dir} に書き出しました:`,
    unassigned: (n: number) => `担当課のない評価 ${n} 件は、どの回答票にも入っていません。`,
  },
  /** `achv merge`. */
  merge: {
    merged: (forms: number, out: string, ratings: number, narratives: number) =>
      `${out} に ${forms} 件の回答票を取り込みました: 達成度 ${ratings} セル、取組状況 ${narratives} セル。`,
    statusHead: ["担当課", "送付", "回答済み", "エラーあり", "未回答"],
    notAForm: (file: string) =>
      `achv split で作った回答票ではありません（キーの列がありません）。何も書き込んでいません: ${file}`,
    noFormHeader: (file: string) =>
      `回答票の見出し行（達成度の列）が見つかりません。何も書き込んでいません: ${file}`,
  },
  /** What the merge of returned forms finds (achv merge, the pane's round trip), by code. */
  mergeFinding: {
    "form-missing": (f: MergeFindingOf<"form-missing">) =>
      `${f.department} の回答票がありません（${f.args.entries} 件）。`,
    "form-other-plan": (f: MergeFindingOf<"form-other-plan">) =>
      `${files(f)} は別の計画から作られた回答票です。取り込みませんでした。`,
    "entry-missing": (f: MergeFindingOf<"entry-missing">) =>
      `${f.department} の回答票に取組項目 ${f.item} の行がありません（行が削除されています）。`,
    "entry-unanswered": (f: MergeFindingOf<"entry-unanswered">) =>
      `${f.department}: 取組項目 ${f.item} の達成度が未記入です（${f.formCell}）。`,
    "changed-outside-answers": (f: MergeFindingOf<"changed-outside-answers">) =>
      `${f.department}: 回答欄以外が書き換えられています（${where(f)}）: 「${f.args.sent}」→「${f.args.found}」。計画のこのセルは変えません（回答はキーで照合して取り込みます）。`,
    "answered-twice": (f: MergeFindingOf<"answered-twice">) =>
      `${f.department} の ${f.args.count} 件が二重に回答されています（${files(f)}）。回答は同じため 1 回だけ取り込みました。`,
    "answers-differ": (f: MergeFindingOf<"answers-differ">) =>
      `${f.department}: 取組項目 ${f.item} に異なる回答が 2 つあります（${f.formCell}）。取り込みませんでした。`,
    "key-unknown": (f: MergeFindingOf<"key-unknown">) =>
      `${files(f)} の行（${f.formCell}）のキーが計画にありません（計画の項目が変わったか、行が複製されています）。`,
    "row-without-key": (f: MergeFindingOf<"row-without-key">) =>
      `${files(f)} に回答票にない行が加えられています（${f.formCell}）。取り込みませんでした。`,
    "rating-not-in-list": (f: MergeFindingOf<"rating-not-in-list">) =>
      `${f.department}: 取組項目 ${f.item} の達成度「${f.args.value}」は凡例にありません（${f.args.codes}）。取り込みませんでした（${f.formCell}）。`,
    "shared-answer-differs": (f: MergeFindingOf<"shared-answer-differs">) =>
      `取組項目 ${f.item} の共通の${narrativeOrRating(f.args.field, "達成度", "取組状況")}（${f.planCell}）に、${f.args.departments} が異なる回答をしました。書き込みませんでした。`,
    "shared-rating-waiting": (f: MergeFindingOf<"shared-rating-waiting">) =>
      `取組項目 ${f.item} の達成度のセル（${f.planCell}）には課ごとに達成度を書きます。${f.args.waiting} の達成度がそろうまで、${f.args.departments} の回答は書き込みませんでした（1 つだけ書くと全課の達成度と読まれます）。`,
  } satisfies { [C in MergeCode]: (f: MergeFindingOf<C>) => string },
  /** `achv --help` and the one line after a wrong call. */
  usage: {
    /** Each option, in the help. */
    option: {
      sheet: "この 1 枚だけを読む（既定: 計画の載っているシートをすべて、まとめて点検）",
      year: "複数の年度の達成度が並ぶとき、読む年度（2023、R5、令和5 など。既定: 表題かシート名の年度、なければ最新）",
      json: "結果を JSON で出力する（形式は docs/json-report.md、compare は docs/compare-report.md、merge は docs/roundtrip.md）",
      departments: "担当課の一覧（1 行に 1 課、UTF-8 か Shift_JIS）。載っていない課名を知らせる",
      out: "書き出すファイル（必須。元のファイルには書きません）",
      outDir: "回答票を書き出すフォルダー（必須。既にある回答票には書きません）",
      deadline: "回答票の表題に添える回答期限",
      lang: "表示の言語（既定: 環境変数 LANG）",
      help: "この説明を表示する",
      version: "版を表示する",
    },
    /** What each command does. */
    purpose: {
      validate: "達成状況一覧（.xlsx / .csv）を点検し、問題をセル番地とともに表示する",
      summarize: "集計シート（データ表、基本目標別、担当課別）を加えた写しを書き出す",
      compare:
        "今年度（THIS）の一覧を前年度（LAST）と比べる: 達成度の上下、項目の増減と番号、担当課、前年度と同じ記述（同じファイルを 2 回: 年度の列どうし。--sheet 2 回: 前年度・今年度のシート）",
      split: "担当課ごとの回答票（その課の行だけ、達成度は凡例から選ぶ）を書き出す",
      merge:
        "回答票の達成度と取組状況を計画に取り込んだ写しを書き出し、取り込めなかったものを報告する",
    },
    exitCodes: [
      "0  エラーなし（警告は含むことがある）",
      "1  エラーあり",
      "2  ファイルを読めない、または呼び出し方の誤り（理由を 1 行で表示）",
    ],
    head: {
      usage: "使い方",
      commands: "コマンド",
      options: "オプション",
      exit: "終了コード",
      examples: "例",
      more: "コマンドごとの説明: achv COMMAND --help",
    },
    /** A wrong call: `commands` lists the commands, `synopsis` is the command's usage line. */
    noCommand: (commands: string) => `コマンドを指定してください: ${commands}${HELP_HINT}`,
    unknownCommand: (command: string, commands: string) =>
      `不明なコマンドです: ${command}（使えるのは ${commands}）`,
    missingFile: (synopsis: string) => `点検するファイルを指定してください: ${synopsis}`,
    missingOut: (synopsis: string) => `書き出すファイルを --out で指定してください: ${synopsis}`,
    missingOutDir: (synopsis: string) =>
      `回答票を書き出すフォルダーを --out-dir で指定してください: ${synopsis}`,
    missingForms: (synopsis: string) => `取り込む回答票を指定してください: ${synopsis}`,
    extraArgument: (argument: string) => `余分な引数があります: ${argument}${HELP_HINT}`,
    unknownOption: (option: string) => `不明なオプションです: ${option}${HELP_HINT}`,
    optionValue: (option: string) => `${option} には値が必要です${HELP_HINT}`,
    optionNotFor: (option: string, command: string) =>
      `${option} は ${command} では使えません（achv ${command} --help）`,
    badLang: (value: string) => `--lang は ja か en です: ${value}`,
    badYear: (value: string) => `--year は年度です（2023、R5、令和5 など）: ${value}`,
  },
  /** A department's form: the rating cells' list, its first line, the legend's heading. */
  form: {
    promptTitle: "達成度",
    error: (codes: string) => `凡例の記号から選んでください: ${codes}`,
    notice: (department: string, deadline: string | undefined) =>
      `回答票　担当課: ${department}${deadline ? `　回答期限: ${deadline}` : ""}`,
    legendHeading: ["区分", "内容"],
  },
  /** The 回答状況 sheet of a merge. */
  status: {
    name: "回答状況",
    title: "担当課別 回答状況",
    cols: ["担当課", "送付", "回答済み", "エラーあり", "未回答", "回答票"],
    total: "合計",
    yes: "受領",
    no: "未受領",
  },
  /** The 前年度比較 sheet. */
  compareSheet: {
    sheet: "前年度比較",
    title: "前年度との比較",
    source: (last: string, current: string, date: string) =>
      `前年度: ${last}　今年度: ${current}　作成日: ${date}`,
    goal: "基本目標",
    department: "担当課",
    name: "名称",
    up: "上がった",
    same: "同じ",
    down: "下がった",
    newlyRated: "新たに評価",
    unrated: "未評価",
    changed: "比較できない",
    added: "新しい評価",
    dropped: "なくなった評価",
    rateLast: "前年度達成率",
    rateThis: "今年度達成率",
    difference: "増減",
    total: "合計",
    noDepartment: "（担当課なし）",
    chart: "基本目標別 達成度の前年度比較",
  },
};

/** The catalogue's shape: every language has each of these words. */
export type Words = typeof ja;
