import type { Issue, IssueCode, Lang, Severity } from "../core/issues";
import { issueMessage, langFromLocale } from "../core/i18n/messages";
import { FIELDS } from "../core/layout/fields";
import type { ColumnMap } from "../core/layout/header";
import { splitReference } from "../core/hierarchy/merge-plans";
import { cellText, columnName, makeGrid, type SheetSnapshot } from "../core/snapshot";
import type { SummaryKind } from "../core/plan/summary-plan";
import {
  HostFailure,
  type CellFix,
  type PaneSettings,
  type StoredResult,
  type WorkbookHost,
} from "./host";
import { CODE_TITLES, FIELD_LABELS, SEVERITY_ICONS, UI, failureMessage } from "./strings";
import {
  WHOLE_PLAN,
  applyFixes,
  checkableSheets,
  insertSummaries,
  markResult,
  storedResult,
  validateOnHost,
} from "./workflow";
import { clear, el } from "./dom";

export type LangChoice = "auto" | Lang;

export interface PaneOptions {
  /** The language chosen before (the preview keeps it from one file to the next). */
  language?: LangChoice;
  /** Told when the language changes, so the page around the pane follows. */
  onLanguage?(lang: Lang, choice: LangChoice): void;
  /**
   * Where the host keeps nothing itself (a file in a browser), saving is the page's: it writes a
   * copy with the fixes and summary sheets and returns the file's name, or null when nothing changed.
   */
  save?(): Promise<string | null>;
}

export interface PaneController {
  validate(): Promise<void>;
  /** The root element, for hosts that add their own parts (the preview's file picker). */
  root: HTMLElement;
  setLanguage(choice: LangChoice): void;
  refreshSheets(): Promise<void>;
}

interface View {
  result: StoredResult | null;
  fromStore: boolean;
  /** The first sheet read, for the column-mapping form; null before a check. */
  snapshot: SheetSnapshot | null;
  headerFound: boolean;
  /** Departments standing on each cell a finding may name ("Sheet!F52"), for the department filter. */
  cellDepartments: Map<string, Set<string>>;
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** The first scrolling ancestor (the preview's pane column, or the page inside Excel). */
function scroller(node: Element): Element {
  for (let p = node.parentElement; p; p = p.parentElement) {
    const style = getComputedStyle(p);
    if (/(auto|scroll)/.test(style.overflowY) && p.scrollHeight > p.clientHeight) return p;
  }
  return document.scrollingElement ?? document.documentElement;
}

/** Let the browser paint the progress before work that holds the page. */
const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Mount the task pane on `root`, working against any WorkbookHost. */
export async function mountPane(
  root: HTMLElement,
  host: WorkbookHost,
  options: PaneOptions = {}
): Promise<PaneController> {
  let choice: LangChoice = options.language ?? "auto";
  let lang: Lang = choice === "auto" ? langFromLocale(host.displayLanguage()) : choice;
  let settings: PaneSettings = {};
  let busy = false;
  let severityFilter: Severity | "all" = "all";
  let departmentFilter = "";
  let sheets: string[] = [];
  const collapsed = new Set<string>();
  const view: View = {
    result: null,
    fromStore: false,
    snapshot: null,
    headerFound: true,
    cellDepartments: new Map(),
  };
  const t = () => UI[lang];
  const canMark = () => !host.missing?.().some((m) => m.feature === "marks");

  const validateButton = el("button", {
    type: "button",
    class: "primary",
    "data-testid": "validate",
  });
  const clearButton = el("button", { type: "button", "data-testid": "clear" });
  const summaryButton = el("button", { type: "button", "data-testid": "insert-summaries" });
  const saveButton = el("button", {
    type: "button",
    "data-testid": "save-copy",
    hidden: !options.save,
  });
  const bar = el(
    "div",
    { class: "commandbar", role: "toolbar", "data-testid": "commandbar" },
    validateButton,
    clearButton,
    summaryButton,
    saveButton
  );
  const langLabel = el("label", { for: "achv-lang" });
  const langSelect = el("select", { id: "achv-lang", "data-testid": "lang" });
  const sheetLabel = el("label", { for: "achv-sheet" });
  const sheetSelect = el("select", { id: "achv-sheet", "data-testid": "sheet" });
  const progress = el("progress", {
    hidden: true,
    max: "1",
    value: "0",
    "data-testid": "progress",
  });
  const status = el("p", {
    class: "status",
    role: "status",
    "aria-live": "polite",
    "data-testid": "status",
  });
  const notice = el("p", { class: "notice", hidden: true, "data-testid": "notice" });
  const capabilities = el("p", { class: "notice", hidden: true, "data-testid": "capabilities" });
  const results = el("section", {
    class: "results",
    "aria-labelledby": "achv-results-title",
    "data-testid": "results",
  });
  const settingsBox = el("details", { class: "settings" });
  root.classList.add("achv-pane");
  root.append(
    bar,
    el(
      "div",
      { class: "controls" },
      el("div", { class: "field" }, sheetLabel, sheetSelect),
      el("div", { class: "field lang" }, langLabel, langSelect)
    ),
    progress,
    status,
    capabilities,
    notice,
    results,
    settingsBox
  );
  const buttons = [validateButton, clearButton, summaryButton, saveButton];

  /** The status line as words in any language, so that switching the language redraws it too. */
  let said: { say: (l: Lang) => string; kind: "info" | "error" } = { say: () => "", kind: "info" };
  const setStatus = (say: (l: Lang) => string, kind: "info" | "error" = "info") => {
    said = { say, kind };
    status.textContent = say(lang);
    status.classList.toggle("error", kind === "error");
  };
  const failure = (e: unknown) => {
    const kind = e instanceof HostFailure ? e.kind : "other";
    setStatus((l) => failureMessage(l, kind, e instanceof HostFailure ? e.detail : ""), "error");
  };
  const guard = async (work: () => Promise<void>) => {
    if (busy) return;
    busy = true;
    root.setAttribute("aria-busy", "true");
    for (const b of buttons) b.disabled = true;
    try {
      await work();
    } catch (e) {
      failure(e);
    } finally {
      busy = false;
      root.removeAttribute("aria-busy");
      for (const b of buttons) b.disabled = false;
      clearButton.disabled = !canMark();
      progress.hidden = true;
    }
  };

  function renderStatic() {
    document.documentElement.lang = lang;
    bar.setAttribute("aria-label", t().commands);
    validateButton.textContent = t().validate;
    clearButton.textContent = t().clear;
    clearButton.disabled = busy || !canMark();
    summaryButton.textContent = t().summarize;
    saveButton.textContent = t().save;
    langLabel.textContent = t().language;
    clear(langSelect);
    for (const [value, text] of [
      ["auto", t().langAuto],
      ["ja", "日本語"],
      ["en", "English"],
    ] as const) {
      langSelect.append(el("option", { value, selected: value === choice }, text));
    }
    sheetLabel.textContent = t().sheet;
    renderSheetOptions();
    progress.setAttribute("aria-label", t().validating);
    const missing = host.missing?.() ?? [];
    capabilities.hidden = missing.length === 0;
    capabilities.textContent = missing.length ? t().missingFeatures(missing) : "";
    if (!notice.hidden) notice.textContent = t().noMerges;
    setStatus(said.say, said.kind);
    renderSettings();
    renderResults();
  }

  function renderSheetOptions() {
    const chosen =
      settings.sheet !== undefined &&
      (settings.sheet === WHOLE_PLAN || sheets.includes(settings.sheet))
        ? settings.sheet
        : WHOLE_PLAN;
    clear(sheetSelect);
    sheetSelect.append(
      el("option", { value: WHOLE_PLAN, selected: chosen === WHOLE_PLAN }, t().wholePlan)
    );
    for (const s of sheets)
      sheetSelect.append(el("option", { value: s, selected: s === chosen }, s));
  }

  function severityMark(severity: Severity): HTMLElement {
    return el(
      "span",
      { class: `sev-icon sev-${severity}`, "aria-hidden": "true" },
      SEVERITY_ICONS[severity]
    );
  }

  function messageOf(issue: Issue): string {
    const text = issueMessage(issue, lang);
    // Messages are sentences: some English ones start with a lower-case field name.
    return lang === "en" ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  }

  function go(sheet: string, reference: string) {
    const at = splitReference(reference, sheet);
    return guard(() => host.selectCell(at.sheet, at.cell));
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
  }

  function issueRow(issue: Issue, index: number, several: boolean): HTMLElement {
    const place = several ? `${issue.sheet}!${issue.cell}` : issue.cell;
    const where = [
      place,
      issue.item !== undefined ? `${t().item} ${issue.item}` : "",
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
        el("span", { class: "sr-only" }, `${t().severityWord[issue.severity]}: `),
        el("span", { class: "where" }, where),
        el("span", { class: "message" }, messageOf(issue))
      )
    );
    button.addEventListener("click", () => go(issue.sheet, issue.cell));
    const row = el("li", {}, button);
    // The other cell of a duplicate (or the department beside a rating) is one click away too.
    for (const cell of issue.related ?? []) {
      const other = el(
        "button",
        {
          type: "button",
          class: "related",
          "data-testid": "related",
          "data-cell": cell,
          "aria-label": `${t().related} ${cell}`,
        },
        `→ ${cell}`
      );
      other.addEventListener("click", () => go(issue.sheet, cell));
      row.append(other);
    }
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
        guard(() =>
          keepingPlace(fixButton, issue.code, index, async () => {
            await host.applyFix(issue.sheet, fix.cell, fix.value, String(issue.args?.value ?? ""));
            await runValidation();
            setStatus((l) => UI[l].fixed(fix.cell, fix.value));
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
        expected: String(i.args?.value ?? ""),
      }));
    if (fixes.length < 2) return null;
    const b = el(
      "button",
      { type: "button", class: "fix-all", "data-testid": "fix-all" },
      t().fixAll(fixes.length)
    );
    b.addEventListener("click", () =>
      guard(() =>
        keepingPlace(b, code, 0, async () => {
          const changed = await applyFixes(host, fixes);
          await runValidation();
          setStatus(
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
    return view.cellDepartments.get(`${i.sheet}!${i.cell}`)?.has(departmentFilter) ?? false;
  }

  function renderReadInfo(r: StoredResult): HTMLElement {
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

  function renderMapping(): HTMLElement | null {
    const snapshot = view.snapshot;
    if (view.headerFound || !snapshot || snapshot.values.length === 0) return null;
    const sheet = snapshot.name;
    const given = settings.columns?.[sheet];
    let columnCount = 0;
    for (const row of snapshot.values)
      columnCount = Math.max(columnCount, snapshot.left + row.length);
    const grid = makeGrid(snapshot);
    const rowInput = el("input", {
      id: "achv-header-row",
      type: "number",
      min: "1",
      value: String((given?.row ?? grid.top) + 1),
      "data-testid": "header-row",
    });
    const selects = FIELDS.map((f) => ({
      f,
      s: el("select", { id: `achv-col-${f}`, "data-field": f }),
    }));
    const fillColumns = () => {
      const row = Math.max(0, Number(rowInput.value) - 1);
      for (const { f, s } of selects) {
        const was = s.value || (given?.columns[f] !== undefined ? String(given.columns[f]) : "");
        clear(s);
        s.append(el("option", { value: "" }, t().none));
        for (let c = 0; c < columnCount; c++) {
          const text = cellText(grid.own(row, c)).replace(/\s+/g, " ").trim().slice(0, 24);
          s.append(
            el(
              "option",
              { value: String(c), selected: was === String(c) },
              text ? `${columnName(c)}（${text}）` : columnName(c)
            )
          );
        }
      }
    };
    fillColumns();
    rowInput.addEventListener("change", fillColumns);
    const apply = el(
      "button",
      { type: "button", class: "primary", "data-testid": "save-columns" },
      t().saveAndValidate
    );
    apply.addEventListener("click", async () => {
      const columns: ColumnMap = {};
      for (const { f, s } of selects) if (s.value !== "") columns[f] = Number(s.value);
      settings = {
        ...settings,
        columns: {
          ...(settings.columns ?? {}),
          [sheet]: { row: Math.max(0, Number(rowInput.value) - 1), columns },
        },
      };
      await guard(() => host.saveSettings(settings));
      await api.validate();
    });
    return el(
      "fieldset",
      { class: "columns", "data-testid": "columns" },
      el("legend", {}, t().columnsTitle(sheet)),
      el(
        "div",
        { class: "field" },
        el("label", { for: "achv-header-row" }, t().headerRow),
        rowInput
      ),
      ...selects.map(({ f, s }) =>
        el("div", { class: "field" }, el("label", { for: s.id }, FIELD_LABELS[lang][f]), s)
      ),
      apply
    );
  }

  function renderResults() {
    clear(results);
    const r = view.result;
    if (!r) {
      results.hidden = true;
      return;
    }
    results.hidden = false;
    const count = (s: Severity) => r.issues.filter((i) => i.severity === s).length;
    const several = (r.sheets?.length ?? 1) > 1;
    results.append(
      el(
        "h2",
        { id: "achv-results-title" },
        view.fromStore
          ? t().lastResult(new Date(r.at).toLocaleString(lang), r.sheet)
          : t().resultsTitle
      ),
      renderReadInfo(r),
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
      el("p", { class: "plan-counts" }, t().counts(r.counts))
    );

    const sevSelect = el("select", { id: "achv-filter-sev", "data-testid": "filter-severity" });
    for (const [v, text] of [
      ["all", t().all],
      ...SEVERITIES.map((s) => [s, t().severityWord[s]]),
    ] as const) {
      sevSelect.append(el("option", { value: v, selected: v === severityFilter }, text));
    }
    sevSelect.addEventListener("change", () => {
      severityFilter = sevSelect.value as Severity | "all";
      renderResults();
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
      renderResults();
      results.querySelector<HTMLElement>("#achv-filter-dept")?.focus();
    });
    results.append(
      el(
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
      )
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
      if (ofSeverity.length === 0) continue;
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
            `${CODE_TITLES[lang][code]} (${list.length})`
          ),
          fixAllButton(code, list) ?? "",
          el("ul", {}, ...list.map((i, n) => issueRow(i, n, several)))
        );
        section.append(details);
      }
      results.append(section);
    }
    if (r.omitted > 0) results.append(el("p", { class: "omitted" }, t().omitted(r.omitted)));
    const mapping = renderMapping();
    // The form stands right under the finding it answers, not at the bottom of the pane.
    if (mapping) results.querySelector("details[data-code=header-not-found]")?.append(mapping);
  }

  function renderSettings() {
    clear(settingsBox);
    settingsBox.append(el("summary", {}, t().settings));
    const area = el("textarea", {
      id: "achv-departments",
      rows: "5",
      "data-testid": "departments",
    });
    area.value = (settings.departments ?? []).join("\n");
    const save = el("button", { type: "button", "data-testid": "save-settings" }, t().saveSettings);
    save.addEventListener("click", () =>
      guard(async () => {
        settings = {
          ...settings,
          departments: area.value
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter(Boolean),
        };
        await host.saveSettings(settings);
        setStatus((l) => (host.kind === "file" ? UI[l].keptInPage : UI[l].saved));
      })
    );
    const kinds = settings.summaryKinds ?? ["goal", "department"];
    const boxes = [
      { kind: "goal" as const, id: "achv-sum-goal", label: t().summaryGoal },
      { kind: "department" as const, id: "achv-sum-dept", label: t().summaryDepartment },
    ].map((b) => {
      const input = el("input", { type: "checkbox", id: b.id, checked: kinds.includes(b.kind) });
      input.addEventListener("change", () => {
        const chosen = boxes.filter((x) => x.input.checked).map((x) => x.kind);
        settings = { ...settings, summaryKinds: chosen };
      });
      return { ...b, input };
    });
    settingsBox.append(
      el(
        "div",
        { class: "field" },
        el("label", { for: "achv-departments" }, t().departmentsLabel),
        area
      ),
      save,
      el(
        "fieldset",
        { class: "checks" },
        el("legend", {}, t().summaries),
        ...boxes.map((b) => el("label", { class: "check", for: b.id }, b.input, b.label))
      )
    );
  }

  async function runValidation() {
    const sheet = sheetSelect.value;
    setStatus((l) => UI[l].validating);
    progress.hidden = false;
    progress.removeAttribute("value");
    await nextPaint();
    const { result, mergesRead, snapshot, departments } = await validateOnHost(
      host,
      sheet,
      settings,
      (done, total) => {
        progress.max = total;
        progress.value = done;
      }
    );
    notice.hidden = mergesRead;
    notice.textContent = mergesRead ? "" : t().noMerges;
    view.result = storedResult(result, departments.all);
    view.fromStore = false;
    view.headerFound = result.header !== null;
    view.snapshot = snapshot;
    view.cellDepartments = new Map(
      Object.entries(departments.byCell).map(([cell, names]) => [cell, new Set(names)])
    );
    if (departmentFilter && !view.result.departments?.includes(departmentFilter))
      departmentFilter = "";
    await host.saveResult(view.result);
    let unmarked = 0;
    if (canMark()) {
      await host.clearMarks();
      unmarked = (await markResult(host, result.issues)).unmarked;
    }
    if (sheet === WHOLE_PLAN) await host.showSheet?.(result.sheet);
    const errors = result.issues.filter((i) => i.severity === "error").length;
    const warnings = result.issues.filter((i) => i.severity === "warning").length;
    renderResults();
    setStatus(
      (l) => UI[l].done(errors, warnings) + (unmarked > 0 ? ` ${UI[l].unmarked(unmarked)}` : "")
    );
  }

  const api: PaneController = {
    root,
    validate: () => guard(runValidation),
    setLanguage(c) {
      choice = c;
      lang = c === "auto" ? langFromLocale(host.displayLanguage()) : c;
      renderStatic();
      options.onLanguage?.(lang, choice);
    },
    async refreshSheets() {
      sheets = (await checkableSheets(host)).sheets;
      renderSheetOptions();
    },
  };

  langSelect.addEventListener("change", () => api.setLanguage(langSelect.value as LangChoice));
  validateButton.addEventListener("click", () => void api.validate());
  clearButton.addEventListener("click", () =>
    guard(async () => {
      await host.clearMarks();
      setStatus((l) => UI[l].cleared);
    })
  );
  summaryButton.addEventListener("click", () =>
    guard(async () => {
      const kinds: SummaryKind[] = ["data", ...(settings.summaryKinds ?? ["goal", "department"])];
      setStatus((l) => UI[l].summarizing);
      progress.hidden = false;
      progress.removeAttribute("value");
      await nextPaint();
      const done = await insertSummaries(host, sheetSelect.value, settings, lang, kinds);
      await api.refreshSheets();
      setStatus(
        (l) =>
          UI[l].inserted(done.sheets.map((s) => s.name)) +
          (done.pivots || host.kind === "file" ? "" : ` ${UI[l].noPivots}`)
      );
    })
  );
  saveButton.addEventListener("click", () =>
    guard(async () => {
      const name = await options.save!();
      setStatus((l) => (name === null ? UI[l].nothingToSave : UI[l].savedCopy(name)));
    })
  );
  sheetSelect.addEventListener("change", () =>
    guard(async () => {
      settings = { ...settings, sheet: sheetSelect.value };
      if (sheetSelect.value !== WHOLE_PLAN) await host.showSheet?.(sheetSelect.value);
      await host.saveSettings(settings);
    })
  );

  renderStatic();
  await guard(async () => {
    settings = await host.loadSettings();
    await api.refreshSheets();
    const stored = await host.loadResult();
    if (stored) {
      view.result = stored;
      view.fromStore = true;
    }
    renderSettings();
    renderResults();
    setStatus((l) => UI[l].ready);
  });
  return api;
}
