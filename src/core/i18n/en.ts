import { files, narrativeOrRating, where } from "../roundtrip/finding-parts";
import type { Words } from "./ja";

const HELP_HINT = " (achv --help shows how)";

/** The catalogue in English: the same words as ja.ts, each one required. */
export const en = {
  severity: { error: "Errors", warning: "Warnings", info: "Notes" },
  level: { goal: "goal", measure: "measure", item: "item" },
  field: {
    goal: "goal",
    measure: "measure",
    item: "item",
    department: "department",
    rating: "rating",
    narrative: "narrative",
  },
  summary: {
    data: "Achievement data",
    goal: "By goal",
    department: "By department",
    goalTitle: "Achievement by goal",
    departmentTitle: "Achievement by department",
    source: (sheet: string, date: string) => `Source sheet: ${sheet}  Made: ${date}`,
    gap: "  ",
    listSeparator: ", ",
    year: (year: number) => `FY${year}`,
    cols: {
      goal: "Goal",
      goalTitle: "Goal title",
      measure: "Measure",
      measureTitle: "Measure title",
      item: "Item",
      itemTitle: "Item title",
      department: "Department",
      rating: "Rating",
      narrative: "Narrative written",
      cell: "Source cell",
      goalKey: "Goal key",
      departmentKey: "Department key",
      firstOfItem: "First of item",
      firstInDepartment: "First of item in department",
    },
    yes: "yes",
    no: "no",
    name: "Title",
    entries: "Entries",
    items: "Items",
    notEvaluable: "Not evaluable",
    unrated: "Unrated",
    rate: "Achievement rate",
    total: "Total",
    noDepartment: "(no department)",
    chart: (what: string) => `Ratings ${what.toLowerCase()}`,
  },
  readFailure: {
    "not-found": (d) => `File not found: ${d}`,
    "is-directory": (d) => `That is a folder, not a file: ${d}`,
    "empty-file": (d) => `The file is empty: ${d}`,
    "not-workbook": (d) => `Not an Excel workbook (.xlsx) or a CSV file: ${d}`,
    truncated: (d) => `The workbook is damaged or cut short: ${d}`,
    encrypted: (d) =>
      `The workbook is password-protected: remove the password in Excel and save it again: ${d}`,
    "old-xls": (d) => `An old-format (.xls) workbook: save it as .xlsx in Excel first: ${d}`,
    xlsb: (d) => `A binary (.xlsb) workbook cannot be read: save it as .xlsx first: ${d}`,
    "too-large": (d) => `The workbook is too large (over the limit once uncompressed): ${d}`,
    "too-many-rows": (d) => `Too many rows to read (the limit is ${d}): split the sheet first.`,
    "too-many-cells": (d) =>
      `Too many cells with values (or texts) to read (the limit is ${d}): split the sheet first.`,
    "too-many-merges": (d) => `Too many merged areas to read (the limit is ${d}).`,
    "no-sheets": (d) => `The workbook has no sheets: ${d}`,
    "sheet-not-found": (d) => `No such sheet: ${d}`,
    "overlapping-merges": (d) =>
      `Merged areas overlap on sheet "${d}", so a copy cannot be written (checking works): open and save the workbook in Excel first.`,
    "file-too-large": (d) => `The file is too large to read: ${d}`,
    "no-answer": (d) => `Nothing came from the input (a pipe nobody writes to?): ${d}`,
    "unknown-encoding": (d) =>
      `Cannot tell the CSV's character encoding (tried UTF-8 and Shift_JIS): ${d}`,
  },
  report: {
    sheets: (file, sheets) =>
      `${file} — sheet${sheets.length > 1 ? "s" : ""} ${sheets.map((s) => `"${s}"`).join(", ")}`,
    header: (first, repeats, columns) =>
      `Header: row ${first}${repeats ? ` (repeated on ${repeats} more rows)` : ""}; columns: ${columns}`,
    notEvaluable: (codes) => ` (not evaluable: ${codes})`,
    legendAt: (where) => ` (legend: ${where})`,
    codes: (codes) => `Rating codes: ${codes}`,
    year: (label, column) => `Year checked: ${label} (column ${column})`,
    ratingColumn: (column, label, count) =>
      `Rating column checked: ${column}, "${label}" (of ${count} rating columns)`,
    counts: (c) =>
      `${c.goals} goals, ${c.measures} measures, ${c.items} items, ${c.entries} entries`,
    noIssues: "No issues found.",
    totals: (errors, warnings) => `${errors} errors, ${warnings} warnings`,
    fix: (cell, value) => ` [fix: set ${cell} to "${value}"]`,
  },
  compare: {
    yearColumn: (label) => ` (the ${label} column)`,
    source: (file, sheets, year) =>
      `${file} — sheet${sheets.length > 1 ? "s" : ""} ${sheets.map((x) => `"${x}"`).join(", ")}${year}`,
    last: (where) => `Last year: ${where}`,
    this: (where) => `This year: ${where}`,
    items: (i) =>
      `Items: ${i.paired} paired, ${i.added} added, ${i.dropped} dropped, ${i.renumbered} renumbered (${i.unsure} to confirm)`,
    ratings: (e) =>
      `Ratings: ${e.up} up, ${e.same} same, ${e.down} down, ${e.newlyRated} newly rated, ${e.unrated} unrated, ${e.changed} not comparable, ${e.added} new entries, ${e.dropped} entries gone`,
    rate: (last, current) => `Achievement rate: last year ${last}, this year ${current}`,
    lastYearCell: "last year ",
    noChange: "No change since last year.",
    warnings: (n) => `${n} warnings`,
    nothingToCompare: "no entries to compare.",
    noEarlierYear: (file) =>
      `this sheet has no year's column before this year's; give last year's file, or two sheets with --sheet: ${file}`,
  },
  write: {
    nothingToSummarise: "nothing to summarise.",
    cannotWrite: (file, detail) => `could not write ${file} (${detail})`,
    cannotRead: (file, detail) => `could not read ${file} (${detail})`,
    wrote: (file, sheets) => `Wrote ${file}: ${sheets.join(", ")}`,
    sameAsInput: (out) => `will not write over the input; give another --out: ${out}`,
    notAFile: (out) => `--out is not a regular file (a folder, pipe or device): ${out}`,
    noFolder: (folder) => `--out names a folder that does not exist: ${folder}`,
  },
  split: {
    notAFolder: (dir) => `--out-dir is not a folder: ${dir}`,
    noDepartment: "no row names a department.",
    formThere: (file) =>
      `will not write over a form already there (give another --out-dir): ${file}`,
    cannotWrite: (dir, detail) => `could not write to ${dir} (${detail})`,
    wrote: (forms, dir) => `Wrote ${forms} forms to ${dir}:`,
    unassigned: (n) => `${n} entries name no department: they are in no form.`,
  },
  merge: {
    merged: (forms, out, ratings, narratives) =>
      `Merged ${forms} forms into ${out}: ${ratings} rating cells, ${narratives} narrative cells written.`,
    statusHead: ["Department", "Sent", "Answered", "With errors", "Missing"],
    notAForm: (file) =>
      `not a form made by achv split (it has no key column); nothing was written: ${file}`,
    noFormHeader: (file) =>
      `the form's header (its rating column) cannot be found; nothing was written: ${file}`,
  },
  mergeFinding: {
    "form-missing": (f) => `No form came back from ${f.department} (${f.args.entries} entries).`,
    "form-other-plan": (f) => `${files(f)} was made from another plan: nothing of it was merged.`,
    "entry-missing": (f) =>
      `The form of ${f.department} has no row for item ${f.item} (a row was deleted).`,
    "entry-unanswered": (f) => `${f.department}: item ${f.item} has no rating (${f.formCell}).`,
    "changed-outside-answers": (f) =>
      `${f.department}: a cell outside the answers was changed (${where(f)}): "${f.args.sent}" → "${f.args.found}". The plan's cell is left as it is (answers are matched by key).`,
    "answered-twice": (f) =>
      `${f.args.count} entries of ${f.department} were answered twice (${files(f)}), the same way: merged once.`,
    "answers-differ": (f) =>
      `${f.department}: item ${f.item} was answered twice differently (${f.formCell}): not merged.`,
    "key-unknown": (f) =>
      `The row at ${f.formCell} of ${files(f)} has a key the plan does not know (the plan's items changed, or the row was copied).`,
    "row-without-key": (f) => `${files(f)} has a row added by hand (${f.formCell}): not merged.`,
    "rating-not-in-list": (f) =>
      `${f.department}: item ${f.item}'s rating "${f.args.value}" is not a code of the legend (${f.args.codes}): not merged (${f.formCell}).`,
    "shared-answer-differs": (f) =>
      `Item ${f.item}'s shared ${narrativeOrRating(f.args.field, "rating", "narrative")} (${f.planCell}) was answered differently by ${f.args.departments}: not written.`,
    "shared-rating-waiting": (f) =>
      `Item ${f.item}'s rating cell (${f.planCell}) holds a rating per department: the answer of ${f.args.departments} is not written until ${f.args.waiting} has a rating too (a rating alone in the cell reads as every department's).`,
  },
  usage: {
    /** Each option, in the help. */
    option: {
      sheet:
        "read this one sheet only (default: every sheet that carries the plan, checked together)",
      year: "when ratings stand for several years, the one to read (2023, R5, 令和5 …; default: the year in the title or sheet name, else the latest)",
      json: "print the report as JSON (format: docs/json-report.md; compare: docs/compare-report.md; merge: docs/roundtrip.md)",
      departments:
        "department list (one per line, UTF-8 or Shift_JIS); names not in it are reported",
      out: "the file to write (required; never the input)",
      outDir: "the folder to write the forms to (required; never over a form already there)",
      deadline: "the date answers are due, shown on each form",
      lang: "language of the output (default: from LANG)",
      help: "show this help",
      version: "show the version",
    },
    /** What each command does. */
    purpose: {
      validate: "check an achievement sheet (.xlsx / .csv) and list the issues with their cells",
      summarize: "write a copy with the summary sheets (data table, by goal, by department)",
      compare:
        "compare this year's list (THIS) with last year's (LAST): ratings, items, departments, narratives copied (the same file twice: its years' columns; --sheet twice: last year's sheet, then this year's)",
      split: "write one answer form per department (its rows only, ratings chosen from the legend)",
      merge:
        "write a copy of the plan with the forms' ratings and narratives merged in, and report what was not",
    },
    exitCodes: [
      "0  no errors (warnings allowed)",
      "1  errors found",
      "2  the input cannot be read, or the call is wrong (one line says why)",
    ],
    head: {
      usage: "Usage",
      commands: "Commands",
      options: "Options",
      exit: "Exit codes",
      examples: "Examples",
      more: "Help on one command: achv COMMAND --help",
    },
    noCommand: (commands) => `name a command: ${commands}${HELP_HINT}`,
    unknownCommand: (command, commands) => `unknown command: ${command} (commands: ${commands})`,
    missingFile: (synopsis) => `name the file to read: ${synopsis}`,
    missingOut: (synopsis) => `name the file to write with --out: ${synopsis}`,
    missingOutDir: (synopsis) => `name the folder for the forms with --out-dir: ${synopsis}`,
    missingForms: (synopsis) => `name the forms to merge: ${synopsis}`,
    extraArgument: (argument) => `unexpected argument: ${argument}${HELP_HINT}`,
    unknownOption: (option) => `unknown option: ${option}${HELP_HINT}`,
    optionValue: (option) => `${option} needs a value${HELP_HINT}`,
    optionNotFor: (option, command) =>
      `${option} does not apply to ${command} (achv ${command} --help)`,
    badLang: (value) => `--lang takes ja or en: ${value}`,
    badYear: (value) => `--year takes a year (2023, R5, 令和5 …): ${value}`,
  },
  /** A department's form: the rating cells' list, its first line, the legend's heading. */
  form: {
    promptTitle: "Rating",
    error: (codes) => `Choose one of the legend's codes: ${codes}`,
    notice: (department, deadline) =>
      `Answer form: ${department}${deadline ? ` (due ${deadline})` : ""}`,
    legendHeading: ["Code", "Meaning"],
  },
  /** The 回答状況 sheet of a merge. */
  status: {
    name: "Answers",
    title: "Answers by department",
    cols: ["Department", "Sent", "Answered", "With errors", "Missing", "Form"],
    total: "Total",
    yes: "returned",
    no: "not returned",
  },
  /** The 前年度比較 sheet. */
  compareSheet: {
    sheet: "Compared with last year",
    title: "Compared with last year",
    source: (last: string, current: string, date: string) =>
      `Last year: ${last}  This year: ${current}  Made: ${date}`,
    goal: "Goal",
    department: "Department",
    name: "Title",
    up: "Up",
    same: "Same",
    down: "Down",
    newlyRated: "Newly rated",
    unrated: "Unrated",
    changed: "Not comparable",
    added: "New entries",
    dropped: "Entries gone",
    rateLast: "Rate last year",
    rateThis: "Rate this year",
    difference: "Change",
    total: "Total",
    noDepartment: "(no department)",
    chart: "Ratings by goal, against last year",
  },
} satisfies Words;
