import type { Issue, IssueCode, Severity } from "../../core/issues";
import { issueMessage } from "../../core/i18n/messages";
import { splitReference } from "../../core/hierarchy/merge-plans";
import type { ValidationResult } from "../../core/validate";
import type { SheetSnapshot } from "../../core/snapshot";
import type { CellFix, PlanDepartments, StoredResult } from "../../app/host";
import { applyFixes } from "../../app/workflow";
import { CODE_TITLES, SEVERITY_ICONS, UI, type PaneWords } from "../strings";
import { clear, el } from "../dom";
import type { PaneContext } from "./context";
import { mappingForm } from "./mapping";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** What the findings view shows: a check just made, or the one stored in the workbook. */
export interface Findings {
  result: StoredResult;
  fromStore: boolean;
  /** The first sheet read, for the column-mapping form; null for a stored result. */
  snapshot: SheetSnapshot | null;
  headerFound: boolean;
  /** Departments standing on each cell a finding may name ("Sheet!F52"), for the department filter. */
  cellDepartments: Map<string, Set<string>>;
}

/** The findings of a check just made. */
export function findingsOf(
  result: ValidationResult,
  stored: StoredResult,
  snapshot: SheetSnapshot | null,
  departments: PlanDepartments
): Findings {
  return {
    result: stored,
    fromStore: false,
    snapshot,
    headerFound: result.header !== null,
    cellDepartments: new Map(
      Object.entries(departments.byCell).map(([cell, names]) => [cell, new Set(names)])
    ),
  };
}

/** The first scrolling ancestor (the preview's pane column, or the page inside Excel). */
function scroller(node: Element): Element {
  for (let p = node.parentElement; p; p = p.parentElement) {
    const style = getComputedStyle(p);
    if (/(auto|scroll)/.test(style.overflowY) && p.scrollHeight > p.clientHeight) return p;
  }
  return document.scrollingElement ?? document.documentElement;
}

export function severityMark(severity: Severity): HTMLElement {
  return el(
    "span",
    { class: `sev-icon sev-${severity}`, "aria-hidden": "true" },
    SEVERITY_ICONS[severity]
  );
}

/** What a finding's row shows: a check's issue or a comparison's. */
export interface FindingShown {
  severity: Severity;
  sheet: string;
  cell: string;
  code: string;
  item?: number;
  department?: string;
}

/** One finding as a button: its severity as a shape and a word, where it stands, the message; a click goes to the cell. */
export function findingButton(
  words: PaneWords,
  issue: FindingShown,
  place: string,
  message: string,
  go: () => void
): HTMLButtonElement {
  const where = [
    place,
    issue.item !== undefined ? `${words.item} ${issue.item}` : "",
    issue.department ?? "",
  ]
    .filter(Boolean)
    .join(" · ");
  const button = el(
    "button",
    {
      type: "button",
      class: `issue sev-${issue.severity}`,
      "data-sheet": issue.sheet,
      "data-cell": issue.cell,
      "data-code": issue.code,
      "data-testid": "issue",
    },
    severityMark(issue.severity),
    el(
      "span",
      { class: "text" },
      el("span", { class: "sr-only" }, `${words.severityWord[issue.severity]}: `),
      el("span", { class: "where" }, where),
      el("span", { class: "message" }, message)
    )
  );
  button.addEventListener("click", go);
  return button;
}

/** A finding's related cell (the other of a duplicate, last year's), one click away. */
export function relatedButton(words: PaneWords, cell: string, go: () => void): HTMLButtonElement {
  const other = el(
    "button",
    {
      type: "button",
      class: "related",
      "data-testid": "related",
      "data-cell": cell,
      "aria-label": `${words.related} ${cell}`,
    },
    `→ ${cell}`
  );
  other.addEventListener("click", go);
  return other;
}

export interface FindingsView {
  /** Show these findings (null: none yet) and draw them. */
  show(findings: Findings | null): void;
  /** Draw again (a new language, new settings). */
  render(): void;
  /** The department filter, kept while it still names a department of the plan. */
  keepDepartmentFilter(departments: readonly string[]): void;
}

/** The findings list: counts, filters, groups that fold, a click goes to the cell, fixes. */
export function findingsView(ctx: PaneContext, results: HTMLElement): FindingsView {
  let findings: Findings | null = null;
  let severityFilter: Severity | "all" = "all";
  let departmentFilter = "";
  const collapsed = new Set<string>();
  const t = () => ctx.words();

  function messageOf(issue: Issue): string {
    const text = issueMessage(issue, ctx.lang());
    // Messages are sentences: some English ones start with a lower-case field name.
    return ctx.lang() === "en" ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  }

  function go(sheet: string, reference: string) {
    const at = splitReference(reference, sheet);
    return ctx.guard(() => ctx.host.selectCell(at.sheet, at.cell));
  }

  /** After a fix the list is drawn again: focus goes to the finding now in the clicked one's place, at the same height. */
  async function keepingPlace(
    trigger: HTMLElement,
    code: IssueCode,
    index: number,
    work: () => Promise<void>
  ) {
    const top = trigger.getBoundingClientRect().top;
    await work();
    const group = results.querySelector(`details[data-code="${code}"]`);
    const rows = group ? [...group.querySelectorAll<HTMLElement>("[data-testid=issue]")] : [];
    const target =
      rows[Math.min(index, rows.length - 1)] ??
      group?.querySelector<HTMLElement>("summary") ??
      results.querySelector<HTMLElement>("h2");
    if (!target) return;
    target.focus({ preventScroll: true });
    const box = scroller(target);
    box.scrollTop += target.getBoundingClientRect().top - top;
    // Findings near the screen are laid out in the frames that follow (content-visibility), which
    // moves the target: it is put back where the clicked one stood until it stays there.
    for (let frame = 0; frame < 5; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const moved = target.getBoundingClientRect().top - top;
      if (Math.abs(moved) < 1) break;
      box.scrollTop += moved;
    }
  }

  function issueRow(issue: Issue, index: number, several: boolean): HTMLElement {
    const place = several ? `${issue.sheet}!${issue.cell}` : issue.cell;
    const row = el(
      "li",
      {},
      findingButton(t(), issue, place, messageOf(issue), () => go(issue.sheet, issue.cell))
    );
    // The other cell of a duplicate (or the department beside a rating) is one click away too.
    for (const cell of issue.related ?? [])
      row.append(relatedButton(t(), cell, () => go(issue.sheet, cell)));
    const fix = issue.fix;
    if (fix) {
      const fixButton = el(
        "button",
        {
          type: "button",
          class: "fix",
          "data-testid": "fix",
          "aria-label": `${t().fix} ${fix.cell} → ${fix.value}`,
        },
        t().fix
      );
      fixButton.addEventListener("click", () =>
        ctx.guard(() =>
          keepingPlace(fixButton, issue.code, index, async () => {
            await ctx.host.applyFix(issue.sheet, fix.cell, fix.value, fix.expected);
            await ctx.recheck();
            ctx.setStatus((l) => UI[l].fixed(fix.cell, fix.value));
          })
        )
      );
      row.append(fixButton);
    }
    return row;
  }

  function fixAllButton(code: IssueCode, list: Issue[]): HTMLElement | null {
    const fixes: CellFix[] = list
      .filter((i) => i.fix)
      .map((i) => ({
        sheet: i.sheet,
        cell: i.fix!.cell,
        value: i.fix!.value,
        expected: i.fix!.expected,
      }));
    if (fixes.length < 2) return null;
    const b = el(
      "button",
      { type: "button", class: "fix-all", "data-testid": "fix-all" },
      t().fixAll(fixes.length)
    );
    b.addEventListener("click", () =>
      ctx.guard(() =>
        keepingPlace(b, code, 0, async () => {
          const changed = await applyFixes(ctx.host, fixes);
          await ctx.recheck();
          ctx.setStatus(
            (l) =>
              UI[l].fixedAll(fixes.length - changed.length) +
              (changed.length ? ` ${UI[l].changedSince(changed)}` : "")
          );
        })
      )
    );
    return b;
  }

  function matchesDepartment(i: Issue): boolean {
    if (departmentFilter === "") return true;
    if (i.department === departmentFilter) return true;
    return findings?.cellDepartments.get(`${i.sheet}!${i.cell}`)?.has(departmentFilter) ?? false;
  }

  function readInfo(r: StoredResult): HTMLElement {
    const parts: string[] = [t().sheetsRead(r.sheets ?? [r.sheet])];
    if (r.year) parts.push(t().yearRead(r.year));
    if (r.legend !== undefined)
      parts.push(r.legend === null ? t().legendDefault : t().legendAt(r.legend));
    return el(
      "ul",
      { class: "read-info", "data-testid": "read-info" },
      ...parts.map((p) => el("li", {}, p))
    );
  }

  function filters(r: StoredResult): HTMLElement {
    const sevSelect = el("select", { id: "achv-filter-sev", "data-testid": "filter-severity" });
    for (const [v, text] of [
      ["all", t().all],
      ...SEVERITIES.map((s) => [s, t().severityWord[s]]),
    ] as const) {
      sevSelect.append(el("option", { value: v, selected: v === severityFilter }, text));
    }
    sevSelect.addEventListener("change", () => {
      severityFilter = sevSelect.value as Severity | "all";
      render();
      results.querySelector<HTMLElement>("#achv-filter-sev")?.focus();
    });
    const departments =
      r.departments ??
      [...new Set(r.issues.map((i) => i.department).filter((d): d is string => Boolean(d)))].sort(
        new Intl.Collator("ja").compare
      );
    const deptSelect = el("select", { id: "achv-filter-dept", "data-testid": "filter-department" });
    deptSelect.append(el("option", { value: "", selected: departmentFilter === "" }, t().all));
    for (const d of departments)
      deptSelect.append(el("option", { value: d, selected: d === departmentFilter }, d));
    deptSelect.addEventListener("change", () => {
      departmentFilter = deptSelect.value;
      render();
      results.querySelector<HTMLElement>("#achv-filter-dept")?.focus();
    });
    return el(
      "div",
      { class: "filters" },
      el(
        "div",
        { class: "field" },
        el("label", { for: "achv-filter-sev" }, t().severity),
        sevSelect
      ),
      el(
        "div",
        { class: "field" },
        el("label", { for: "achv-filter-dept" }, t().department),
        deptSelect
      )
    );
  }

  function severitySection(severity: Severity, ofSeverity: Issue[], several: boolean) {
    const groups = new Map<IssueCode, Issue[]>();
    for (const i of ofSeverity) {
      const g = groups.get(i.code);
      if (g) g.push(i);
      else groups.set(i.code, [i]);
    }
    const headingId = `achv-sev-${severity}`;
    const section = el(
      "section",
      {
        class: `severity sev-${severity}`,
        "aria-labelledby": headingId,
        "data-severity": severity,
        "data-testid": "severity-group",
      },
      el(
        "h3",
        { id: headingId, class: `sev-${severity}` },
        severityMark(severity),
        `${t().severityWord[severity]} (${ofSeverity.length})`
      )
    );
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
          `${CODE_TITLES[ctx.lang()][code]} (${list.length})`
        ),
        fixAllButton(code, list) ?? "",
        el("ul", {}, ...list.map((i, n) => issueRow(i, n, several)))
      );
      section.append(details);
    }
    return section;
  }

  function render() {
    clear(results);
    if (!findings) {
      results.hidden = true;
      return;
    }
    const r = findings.result;
    results.hidden = false;
    const count = (s: Severity) => r.issues.filter((i) => i.severity === s).length;
    const several = (r.sheets?.length ?? 1) > 1;
    results.append(
      el(
        "h2",
        { id: "achv-results-title" },
        findings.fromStore
          ? t().lastResult(new Date(r.at).toLocaleString(ctx.lang()), r.sheet)
          : t().resultsTitle
      ),
      readInfo(r),
      el(
        "p",
        { class: "counts", "data-testid": "counts" },
        ...SEVERITIES.map((s) =>
          el(
            "span",
            { class: `chip sev-${s}` },
            severityMark(s),
            `${t().severityWord[s]} ${count(s)}`
          )
        )
      ),
      el("p", { class: "plan-counts" }, t().counts(r.counts)),
      filters(r)
    );

    const shown = r.issues.filter(
      (i) => (severityFilter === "all" || i.severity === severityFilter) && matchesDepartment(i)
    );
    if (r.issues.length === 0)
      results.append(el("p", { class: "empty", "data-testid": "empty" }, t().noIssues));
    else if (shown.length === 0)
      results.append(el("p", { class: "empty", "data-testid": "empty" }, t().noneMatch));
    for (const severity of SEVERITIES) {
      const ofSeverity = shown.filter((i) => i.severity === severity);
      if (ofSeverity.length > 0) results.append(severitySection(severity, ofSeverity, several));
    }
    if (r.omitted > 0) results.append(el("p", { class: "omitted" }, t().omitted(r.omitted)));
    const snapshot = findings.snapshot;
    // The form stands right under the finding it answers, not at the bottom of the pane.
    if (!findings.headerFound && snapshot && snapshot.values.length > 0)
      results
        .querySelector("details[data-code=header-not-found]")
        ?.append(mappingForm(ctx, snapshot));
  }

  return {
    show(next) {
      findings = next;
      render();
    },
    render,
    keepDepartmentFilter(departments) {
      if (departmentFilter && !departments.includes(departmentFilter)) departmentFilter = "";
    },
  };
}
