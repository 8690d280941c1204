import { WORDS, type Words } from "../core/i18n/words";
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
  /** Its line in the help (the catalogue's usage.option). */
  word: keyof Words["usage"]["option"];
}

const OPTIONS: Option[] = [
  {
    flag: "--sheet NAME",
    commands: ["validate", "summarize", "compare", "split", "merge"],
    word: "sheet",
  },
  {
    flag: "--year Y",
    commands: ["validate", "summarize", "compare", "split", "merge"],
    word: "year",
  },
  {
    flag: "--json",
    commands: ["validate", "compare", "merge"],
    word: "json",
  },
  {
    flag: "--departments FILE",
    commands: ["validate"],
    word: "departments",
  },
  {
    flag: "--out OUT.xlsx",
    commands: ["summarize", "merge"],
    word: "out",
  },
  {
    flag: "--out-dir DIR",
    commands: ["split"],
    word: "outDir",
  },
  {
    flag: "--deadline DATE",
    commands: ["split"],
    word: "deadline",
  },
  {
    flag: "--lang ja|en",
    commands: ["validate", "summarize", "compare", "split", "merge"],
    word: "lang",
  },
  {
    flag: "-h, --help",
    commands: ["validate", "summarize", "compare", "split", "merge"],
    word: "help",
  },
  { flag: "-V, --version", commands: [], word: "version" },
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

const EXAMPLE: Record<Command, string> = {
  validate: "achv validate samples/plan-r5.xlsx",
  summarize: "achv summarize samples/plan-r5.xlsx --out plan-summary.xlsx",
  compare: "achv compare plan-r4.xlsx plan-r5.xlsx",
  split: "achv split samples/plan-r5.xlsx --out-dir forms --deadline 2026-06-30",
  merge: "achv merge samples/plan-r5.xlsx forms/*.xlsx --out plan-merged.xlsx",
};

function optionLines(lang: Lang, command?: Command): string[] {
  const shown = OPTIONS.filter((o) => (command ? o.commands.includes(command) : true));
  const width = Math.max(...shown.map((o) => o.flag.length)) + 2;
  // In the help on all commands, an option of one command says which.
  const only = (o: Option) => (!command && o.commands.length === 1 ? `[${o.commands[0]}] ` : "");
  return shown.map((o) => `  ${o.flag.padEnd(width)}${only(o)}${WORDS[lang].usage.option[o.word]}`);
}

/** `achv --help`, or `achv COMMAND --help`: every option, the exit codes and an example per command. */
export function helpText(lang: Lang, version: string, command?: Command): string {
  const w = WORDS[lang].usage;
  const h = w.head;
  const commands = command ? [command] : [...COMMANDS];
  const lines = [`achv ${version}`, "", `${h.usage}:`];
  for (const c of commands) lines.push(`  ${SYNOPSIS[c]}`);
  if (!command) {
    lines.push("", `${h.commands}:`);
    for (const c of commands) lines.push(`  ${c.padEnd(11)}${w.purpose[c]}`);
  } else {
    lines.push("", `  ${w.purpose[command]}`);
  }
  lines.push("", `${h.options}:`, ...optionLines(lang, command));
  lines.push("", `${h.exit}:`, ...w.exitCodes.map((l) => `  ${l}`));
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
  const w = WORDS[lang].usage;
  const commands = COMMANDS.join(" / ");
  switch (p.kind) {
    case "no-command":
      return w.noCommand(commands);
    case "unknown-command":
      return w.unknownCommand(p.command, commands);
    case "missing-file":
      return w.missingFile(SYNOPSIS[p.command]);
    case "missing-out":
      return w.missingOut(SYNOPSIS[p.command]);
    case "missing-out-dir":
      return w.missingOutDir(SYNOPSIS.split);
    case "missing-forms":
      return w.missingForms(SYNOPSIS.merge);
    case "extra-argument":
      return w.extraArgument(p.argument);
    case "unknown-option":
      return w.unknownOption(p.option);
    case "option-value":
      return w.optionValue(p.option);
    case "option-not-for":
      return w.optionNotFor(p.option, p.command);
    case "bad-lang":
      return w.badLang(p.value);
    case "bad-year":
      return w.badYear(p.value);
  }
}
