import { splitReference } from "../../core/hierarchy/merge-plans";
import type { CompareCode, CompareIssue } from "../../core/compare/types";
import { previousYear } from "../../core/compare/years";
import { issueMessage } from "../../core/i18n/messages";
import type { Lang, Severity } from "../../core/issues";
import {
  type CompareAgainst,
  CompareFailure,
  type HostComparison,
  compareOnHost,
  describePlan,
  insertComparison,
} from "../../app/compare";
import { WHOLE_PLAN, checkableSheets, validateOnHost } from "../../app/workflow";
import { failureMessage as readFailureMessage } from "../../xlsx/errors";
import { UI } from "../strings";
import { clear, el } from "../dom";
import type { PaneContext } from "./context";
import { findingButton, relatedButton, severityMark } from "./findings";

const SEVERITIES: Severity[] = ["warning", "info"];

const percent = (rate: number | null) => (rate === null ? "—" : `${(rate * 100).toFixed(1)}%`);

export interface CompareView {
  /** The collapsible section, for the pane to place. */
  box: HTMLElement;
  /** Draw again (a new language). */
  render(): void;
}

/**
 * "Compare with last year": this year's plan (the pane's chosen sheet) against another sheet of
 * this workbook, last year's column of the same sheet (offered only where the sheet holds several
 * years) or a file chosen from the computer; the findings listed as the check's are (a click goes
 * to the cell), and a button inserting the 前年度比較 sheet. Reads only, until that button.
 */
export function compareView(ctx: PaneContext): CompareView {
  const box = el("details", { class: "compare", "data-testid": "compare" });
  let kind: CompareAgainst["kind"] = "sheet";
  /** What the section learnt when opened: the sheets besides this year's plan, and the year before this one in its columns. */
  let others: string[] = [];
  let earlierYear: string | null = null;
  let otherSheet = "";
  let file: { name: string; bytes: Uint8Array } | null = null;
  let result: HostComparison | null = null;
  const collapsed = new Set<CompareCode>();
  const t = () => ctx.words();
  const thisSheet = () => ctx.settings().sheet ?? WHOLE_PLAN;

  /** The choices offered depend on this year's plan: which sheets are its, whether its sheet holds several years. */
  async function survey() {
    const [{ sheets }, { result: current }] = await Promise.all([
      checkableSheets(ctx.host),
      validateOnHost(ctx.host, thisSheet(), ctx.settings()),
    ]);
    others = sheets.filter((s) => !current.sheets.includes(s));
    const before = previousYear(current);
    earlierYear =
      before === undefined
        ? null
        : (current.header?.year?.columns.find((c) => c.year === before)?.label ?? String(before));
    if (!others.includes(otherSheet)) otherSheet = others[0] ?? "";
    if (kind === "year" && earlierYear === null) kind = others.length ? "sheet" : "file";
    if (kind === "sheet" && others.length === 0) kind = earlierYear !== null ? "year" : "file";
  }

  /** One sentence for what went wrong, in the user's language; the pane's own failures go the usual way. */
  function failed(e: unknown): boolean {
    if (!(e instanceof CompareFailure)) return false;
    const { kind: failure, detail, reason } = e;
    ctx.setStatus(
      (l) =>
        failure === "unreadable" && reason
          ? UI[l].compareUnreadable(readFailureMessage(reason, l))
          : UI[l].compareFailures[failure](detail),
      "error"
    );
    return true;
  }

  async function compare() {
    let against: CompareAgainst;
    if (kind === "file") {
      if (!file) return ctx.setStatus((l) => UI[l].compareChooseFile, "error");
      against = { kind: "file", ...file };
    } else if (kind === "sheet") {
      if (!otherSheet) return ctx.setStatus((l) => UI[l].compareChooseSheet, "error");
      against = { kind: "sheet", name: otherSheet };
    } else against = { kind: "year" };
    ctx.setStatus((l) => UI[l].comparing);
    try {
      result = await compareOnHost(ctx.host, thisSheet(), against, ctx.settings());
    } catch (e) {
      if (failed(e)) return;
      throw e;
    }
    const count = (s: Severity) => result!.comparison.issues.filter((i) => i.severity === s).length;
    const [warnings, notes] = [count("warning"), count("info")];
    render();
    ctx.setStatus((l) => UI[l].compareDone(warnings, notes));
    box.querySelector<HTMLElement>("#achv-cmp-title")?.focus();
  }

  async function insert() {
    if (!result) return;
    ctx.setStatus((l) => UI[l].summarizing);
    const done = await insertComparison(ctx.host, result, ctx.lang());
    const names = done.sheets.map((s) => s.name);
    ctx.setStatus((l) => UI[l].inserted(names));
  }

  /** Go to a cell of this workbook; a cell of last year's file ("[plan-r4.xlsx]R4!F12") is named, since it cannot be reached. */
  function go(sheet: string, reference: string) {
    if (reference.startsWith("[")) {
      ctx.setStatus((l) => UI[l].compareOtherFile(reference));
      return Promise.resolve();
    }
    const at = splitReference(reference, sheet);
    return ctx.guard(() => ctx.host.selectCell(at.sheet, at.cell));
  }

  function issueRow(issue: CompareIssue, several: boolean, lang: Lang): HTMLElement {
    const inLast = issue.cellIn === "last";
    const place =
      (inLast ? `${t().compareLastYear} ` : "") +
      (several || inLast ? `${issue.sheet}!${issue.cell}` : issue.cell);
    const reachable = !inLast || result!.sameWorkbook;
    const row = el(
      "li",
      {},
      findingButton(t(), issue, place, issueMessage(issue, lang), () =>
        go(
          issue.sheet,
          reachable ? issue.cell : `[${result!.last.file}]${issue.sheet}!${issue.cell}`
        )
      )
    );
    for (const cell of issue.related ?? [])
      row.append(relatedButton(t(), cell, () => go(issue.sheet, cell)));
    return row;
  }

  function findings(c: HostComparison): HTMLElement[] {
    const lang = ctx.lang();
    const total = c.comparison.total;
    const several = c.this.sheets.length > 1;
    const out: HTMLElement[] = [
      el(
        "h3",
        { id: "achv-cmp-title", tabindex: "-1", "data-testid": "compare-title" },
        t().compareResults
      ),
      el(
        "ul",
        { class: "read-info", "data-testid": "compare-read" },
        el("li", {}, t().compareRead(describePlan(c.last), describePlan(c.this)))
      ),
      el(
        "p",
        { class: "plan-counts", "data-testid": "compare-ratings" },
        t().compareRatings(total)
      ),
      el(
        "p",
        { class: "plan-counts", "data-testid": "compare-rates" },
        t().compareRates(percent(total.rateLast), percent(total.rateThis))
      ),
    ];
    if (c.comparison.issues.length === 0)
      out.push(el("p", { class: "empty", "data-testid": "empty" }, t().compareNoChange));
    for (const severity of SEVERITIES) {
      const ofSeverity = c.comparison.issues.filter((i) => i.severity === severity);
      if (ofSeverity.length === 0) continue;
      const headingId = `achv-cmp-sev-${severity}`;
      const section = el(
        "section",
        {
          class: `severity sev-${severity}`,
          "aria-labelledby": headingId,
          "data-severity": severity,
          "data-testid": "severity-group",
        },
        el(
          "h4",
          { id: headingId, class: `sev-${severity}` },
          severityMark(severity),
          `${t().severityWord[severity]} (${ofSeverity.length})`
        )
      );
      const groups = new Map<CompareCode, CompareIssue[]>();
      for (const i of ofSeverity) groups.set(i.code, [...(groups.get(i.code) ?? []), i]);
      for (const [code, list] of groups) {
        const details = el("details", {
          class: "group",
          "data-code": code,
          open: !collapsed.has(code),
        });
        details.addEventListener("toggle", () =>
          details.open ? collapsed.delete(code) : collapsed.add(code)
        );
        details.append(
          el(
            "summary",
            { "data-testid": "group-toggle" },
            el("span", { class: "sr-only" }, `${t().severityWord[severity]}: `),
            `${t().compareCodes[code]} (${list.length})`
          ),
          el("ul", {}, ...list.map((i) => issueRow(i, several, lang)))
        );
        section.append(details);
      }
      out.push(section);
    }
    const insertButton = el(
      "button",
      { type: "button", "data-testid": "compare-insert" },
      t().compareInsert
    );
    insertButton.addEventListener("click", () => ctx.guard(insert));
    out.push(insertButton);
    return out;
  }

  function choice(value: CompareAgainst["kind"], label: string, ...after: (HTMLElement | null)[]) {
    const id = `achv-cmp-${value}`;
    const radio = el("input", {
      type: "radio",
      name: "achv-cmp-kind",
      id,
      value,
      checked: kind === value,
      "data-testid": `compare-${value}`,
    });
    radio.addEventListener("change", () => {
      if (radio.checked) kind = value;
    });
    return el("div", { class: "check" }, radio, el("label", { for: id }, label), ...after);
  }

  function render() {
    clear(box);
    box.append(el("summary", {}, t().compareTitle));
    const sheetSelect = el("select", {
      id: "achv-cmp-sheet-name",
      "data-testid": "compare-sheet-name",
    });
    for (const s of others)
      sheetSelect.append(el("option", { value: s, selected: s === otherSheet }, s));
    sheetSelect.addEventListener("change", () => {
      otherSheet = sheetSelect.value;
      kind = "sheet";
      render();
    });
    const fileInput = el("input", {
      type: "file",
      id: "achv-cmp-file-input",
      accept: ".xlsx,.xlsm,.csv,.tsv,.txt",
      "data-testid": "compare-file-input",
    });
    // Reading the chosen file's bytes changes nothing, so it waits on no other action.
    fileInput.addEventListener("change", async () => {
      const chosen = fileInput.files?.[0];
      if (!chosen) return;
      try {
        file = { name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) };
      } catch {
        file = null;
        ctx.setStatus((l) => UI[l].compareFailures.unreadable(chosen.name), "error");
      }
      kind = "file";
      render();
    });
    const choices = el(
      "fieldset",
      { class: "choices" },
      el("legend", {}, t().compareAgainst),
      others.length
        ? choice(
            "sheet",
            t().compareSheet,
            el("label", { for: "achv-cmp-sheet-name", class: "sr-only" }, t().compareSheetLabel),
            sheetSelect
          )
        : null,
      earlierYear !== null ? choice("year", t().compareYear(earlierYear)) : null,
      choice(
        "file",
        t().compareFile,
        el("label", { for: "achv-cmp-file-input", class: "sr-only" }, t().compareFileLabel),
        fileInput,
        file
          ? el("span", { class: "file-name", "data-testid": "compare-file-name" }, file.name)
          : null
      )
    );
    const run = el(
      "button",
      { type: "button", class: "primary", "data-testid": "compare-run" },
      t().compareRun
    );
    run.addEventListener("click", () => ctx.guard(compare));
    box.append(choices, run, ...(result ? findings(result) : []));
  }

  box.addEventListener("toggle", () => {
    if (box.open)
      void ctx.guard(async () => {
        await survey();
        render();
      });
  });
  render();
  return { box, render };
}
