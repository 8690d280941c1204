import type { Lang } from "../core/issues";

/** The commands `achv` knows, each with its own help. */
export const COMMANDS = ["validate", "summarize", "compare", "split", "merge"] as const;
export type Command = (typeof COMMANDS)[number];

export function isCommand(s: string | undefined): s is Command {
  return (COMMANDS as readonly string[]).includes(s ?? "");
}

interface Option {
  flag: string;
  commands: readonly Command[];
  text: Record<Lang, string>;
}

const OPTIONS: Option[] = [
  {
    flag: "--sheet NAME",
    commands: ["validate", "summarize", "compare", "split", "merge"],
    text: {
      ja: "この 1 枚だけを読む（既定: 計画の載っているシートをすべて、まとめて点検）",
      en: "read this one sheet only (default: every sheet that carries the plan, checked together)",
    },
  },
  {
    flag: "--year Y",
    commands: ["validate", "summarize", "compare", "split", "merge"],
    text: {
      ja: "複数の年度の達成度が並ぶとき、読む年度（2023、R5、令和5 など。既定: 表題かシート名の年度、なければ最新）",
      en: "when ratings stand for several years, the one to read (2023, R5, 令和5 …; default: the year in the title or sheet name, else the latest)",
    },
  },
  {
    flag: "--json",
    commands: ["validate", "compare", "merge"],
    text: {
      ja: "結果を JSON で出力する（形式は docs/json-report.md、compare は docs/compare-report.md、merge は docs/roundtrip.md）",
      en: "print the report as JSON (format: docs/json-report.md; compare: docs/compare-report.md; merge: docs/roundtrip.md)",
    },
  },
  {
    flag: "--departments FILE",
    commands: ["validate"],
    text: {
      ja: "担当課の一覧（1 行に 1 課、UTF-8 か Shift_JIS）。載っていない課名を知らせる",
      en: "department list (one per line, UTF-8 or Shift_JIS); names not in it are reported",
    },
  },
  {
    flag: "--out OUT.xlsx",
    commands: ["summarize", "merge"],
    text: {
      ja: "書き出すファイル（必須。元のファイルには書きません）",
      en: "the file to write (required; never the input)",
    },
  },
  {
    flag: "--out-dir DIR",
    commands: ["split"],
    text: {
      ja: "回答票を書き出すフォルダー（必須。既にある回答票には書きません）",
      en: "the folder to write the forms to (required; never over a form already there)",
    },
  },
  {
    flag: "--deadline DATE",
    commands: ["split"],
    text: {
      ja: "回答票の表題に添える回答期限",
      en: "the date answers are due, shown on each form",
    },
  },
  {
    flag: "--lang ja|en",
    commands: ["validate", "summarize", "compare", "split", "merge"],
    text: {
      ja: "表示の言語（既定: 環境変数 LANG）",
      en: "language of the output (default: from LANG)",
    },
  },
  {
    flag: "-h, --help",
    commands: ["validate", "summarize", "compare", "split", "merge"],
    text: { ja: "この説明を表示する", en: "show this help" },
  },
  { flag: "-V, --version", commands: [], text: { ja: "版を表示する", en: "show the version" } },
];

const SYNOPSIS: Record<Command, string> = {
  validate:
    "achv validate FILE [--sheet NAME] [--year Y] [--json] [--departments FILE] [--lang ja|en]",
  summarize: "achv summarize FILE --out OUT.xlsx [--sheet NAME] [--year Y] [--lang ja|en]",
  compare:
    "achv compare LAST THIS [--sheet NAME [--sheet NAME]] [--year Y] [--json] [--lang ja|en]",
  split: "achv split FILE --out-dir DIR [--deadline DATE] [--sheet NAME] [--year Y] [--lang ja|en]",
  merge: "achv merge FILE FORM... --out OUT.xlsx [--json] [--sheet NAME] [--year Y] [--lang ja|en]",
};

const PURPOSE: Record<Command, Record<Lang, string>> = {
  validate: {
    ja: "達成状況一覧（.xlsx / .csv）を点検し、問題をセル番地とともに表示する",
    en: "check an achievement sheet (.xlsx / .csv) and list the issues with their cells",
  },
  summarize: {
    ja: "集計シート（データ表、基本目標別、担当課別）を加えた写しを書き出す",
    en: "write a copy with the summary sheets (data table, by goal, by department)",
  },
  compare: {
    ja: "今年度（THIS）の一覧を前年度（LAST）と比べる: 達成度の上下、項目の増減と番号、担当課、前年度と同じ記述（同じファイルを 2 回: 年度の列どうし。--sheet 2 回: 前年度・今年度のシート）",
    en: "compare this year's list (THIS) with last year's (LAST): ratings, items, departments, narratives copied (the same file twice: its years' columns; --sheet twice: last year's sheet, then this year's)",
  },
  split: {
    ja: "担当課ごとの回答票（その課の行だけ、達成度は凡例から選ぶ）を書き出す",
    en: "write one answer form per department (its rows only, ratings chosen from the legend)",
  },
  merge: {
    ja: "回答票の達成度と取組状況を計画に取り込んだ写しを書き出し、取り込めなかったものを報告する",
    en: "write a copy of the plan with the forms' ratings and narratives merged in, and report what was not",
  },
};

const EXAMPLE: Record<Command, string> = {
  validate: "achv validate samples/plan-r5.xlsx",
  summarize: "achv summarize samples/plan-r5.xlsx --out plan-summary.xlsx",
  compare: "achv compare plan-r4.xlsx plan-r5.xlsx",
  split: "achv split samples/plan-r5.xlsx --out-dir forms --deadline 2026-06-30",
  merge: "achv merge samples/plan-r5.xlsx forms/*.xlsx --out plan-merged.xlsx",
};

const EXIT_CODES: Record<Lang, string[]> = {
  ja: [
    "0  エラーなし（警告は含むことがある）",
    "1  エラーあり",
    "2  ファイルを読めない、または呼び出し方の誤り（理由を 1 行で表示）",
  ],
  en: [
    "0  no errors (warnings allowed)",
    "1  errors found",
    "2  the input cannot be read, or the call is wrong (one line says why)",
  ],
};

const HEAD: Record<
  Lang,
  { usage: string; commands: string; options: string; exit: string; examples: string; more: string }
> = {
  ja: {
    usage: "使い方",
    commands: "コマンド",
    options: "オプション",
    exit: "終了コード",
    examples: "例",
    more: "コマンドごとの説明: achv COMMAND --help",
  },
  en: {
    usage: "Usage",
    commands: "Commands",
    options: "Options",
    exit: "Exit codes",
    examples: "Examples",
    more: "Help on one command: achv COMMAND --help",
  },
};

function optionLines(lang: Lang, command?: Command): string[] {
  const shown = OPTIONS.filter((o) => (command ? o.commands.includes(command) : true));
  const width = Math.max(...shown.map((o) => o.flag.length)) + 2;
  // In the help on all commands, an option of one command says which.
  const only = (o: Option) => (!command && o.commands.length === 1 ? `[${o.commands[0]}] ` : "");
  return shown.map((o) => `  ${o.flag.padEnd(width)}${only(o)}${o.text[lang]}`);
}

/** `achv --help`, or `achv COMMAND --help`: every option, the exit codes and an example per command. */
export function helpText(lang: Lang, version: string, command?: Command): string {
  const h = HEAD[lang];
  const commands = command ? [command] : [...COMMANDS];
  const lines = [`achv ${version}`, "", `${h.usage}:`];
  for (const c of commands) lines.push(`  ${SYNOPSIS[c]}`);
  if (!command) {
    lines.push("", `${h.commands}:`);
    for (const c of commands) lines.push(`  ${c.padEnd(11)}${PURPOSE[c][lang]}`);
  } else {
    lines.push("", `  ${PURPOSE[command][lang]}`);
  }
  lines.push("", `${h.options}:`, ...optionLines(lang, command));
  lines.push("", `${h.exit}:`, ...EXIT_CODES[lang].map((l) => `  ${l}`));
  lines.push("", `${h.examples}:`, ...commands.map((c) => `  ${EXAMPLE[c]}`));
  if (!command) lines.push("", h.more);
  return lines.join("\n") + "\n";
}

/** A wrong call, named in one line: what is wrong and where to look. */
export type CallProblem =
  | { kind: "no-command" }
  | { kind: "unknown-command"; command: string }
  | { kind: "missing-file"; command: Command }
  | { kind: "missing-out"; command: Command }
  | { kind: "missing-out-dir" }
  | { kind: "missing-forms" }
  | { kind: "extra-argument"; argument: string }
  | { kind: "unknown-option"; option: string }
  | { kind: "option-value"; option: string }
  | { kind: "option-not-for"; option: string; command: Command }
  | { kind: "bad-lang"; value: string }
  | { kind: "bad-year"; value: string };

export function callProblemMessage(p: CallProblem, lang: Lang): string {
  const ja = lang === "ja";
  const hint = ja ? "（achv --help で使い方を表示）" : " (achv --help shows how)";
  switch (p.kind) {
    case "no-command":
      return ja
        ? `コマンドを指定してください: ${COMMANDS.join(" / ")}${hint}`
        : `name a command: ${COMMANDS.join(" / ")}${hint}`;
    case "unknown-command":
      return ja
        ? `不明なコマンドです: ${p.command}（使えるのは ${COMMANDS.join(" / ")}）`
        : `unknown command: ${p.command} (commands: ${COMMANDS.join(" / ")})`;
    case "missing-file":
      return ja
        ? `点検するファイルを指定してください: ${SYNOPSIS[p.command]}`
        : `name the file to read: ${SYNOPSIS[p.command]}`;
    case "missing-out":
      return ja
        ? `書き出すファイルを --out で指定してください: ${SYNOPSIS[p.command]}`
        : `name the file to write with --out: ${SYNOPSIS[p.command]}`;
    case "missing-out-dir":
      return ja
        ? `回答票を書き出すフォルダーを --out-dir で指定してください: ${SYNOPSIS.split}`
        : `name the folder for the forms with --out-dir: ${SYNOPSIS.split}`;
    case "missing-forms":
      return ja
        ? `取り込む回答票を指定してください: ${SYNOPSIS.merge}`
        : `name the forms to merge: ${SYNOPSIS.merge}`;
    case "extra-argument":
      return ja
        ? `余分な引数があります: ${p.argument}${hint}`
        : `unexpected argument: ${p.argument}${hint}`;
    case "unknown-option":
      return ja ? `不明なオプションです: ${p.option}${hint}` : `unknown option: ${p.option}${hint}`;
    case "option-value":
      return ja ? `${p.option} には値が必要です${hint}` : `${p.option} needs a value${hint}`;
    case "option-not-for":
      return ja
        ? `${p.option} は ${p.command} では使えません（achv ${p.command} --help）`
        : `${p.option} does not apply to ${p.command} (achv ${p.command} --help)`;
    case "bad-lang":
      return ja ? `--lang は ja か en です: ${p.value}` : `--lang takes ja or en: ${p.value}`;
    case "bad-year":
      return ja
        ? `--year は年度です（2023、R5、令和5 など）: ${p.value}`
        : `--year takes a year (2023, R5, 令和5 …): ${p.value}`;
  }
}
