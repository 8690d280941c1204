import type { Issue, IssueCode, Lang, Severity } from "../core/issues";
import { issueMessage, langFromLocale } from "../core/i18n/messages";
import { FIELDS } from "../core/layout/fields";
import type { ColumnMap } from "../core/layout/header";
import { columnName } from "../core/snapshot";
import { HostFailure, type PaneSettings, type StoredResult, type WorkbookHost } from "./host";
import { CODE_TITLES, FIELD_LABELS, UI, failureMessage } from "./strings";
import { insertSummaries, marksFor, storedResult, validateOnHost } from "./workflow";
import type { SummaryKind } from "../core/plan/summary-plan";
import { clear, el } from "./dom";

type LangChoice = "auto" | Lang;

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
  columnCount: number;
  headerFound: boolean;
}

/** Mount the task pane on `root`, working against any WorkbookHost. */
export async function mountPane(root: HTMLElement, host: WorkbookHost): Promise<PaneController> {
  let choice: LangChoice = "auto";
  let lang: Lang = langFromLocale(host.displayLanguage());
  let settings: PaneSettings = {};
  let busy = false;
  let severityFilter: Severity | "all" = "all";
  let departmentFilter = "";
  const view: View = { result: null, fromStore: false, columnCount: 0, headerFound: true };
  const t = () => UI[lang];

  const title = el("h1", { class: "pane-title" });
  const langLabel = el("label", { for: "achv-lang" });
  const langSelect = el("select", { id: "achv-lang", "data-testid": "lang" });
  const sheetLabel = el("label", { for: "achv-sheet" });
  const sheetSelect = el("select", { id: "achv-sheet", "data-testid": "sheet" });
  const validateButton = el("button", { type: "button", class: "primary", "data-testid": "validate" });
  const progress = el("progress", { hidden: true, max: "1", value: "0" });
  const status = el("p", { class: "status", role: "status", "aria-live": "polite", "data-testid": "status" });
  const notice = el("p", { class: "notice", hidden: true, "data-testid": "notice" });
  const capabilities = el("p", { class: "notice", hidden: true, "data-testid": "capabilities" });
  const results = el("section", { class: "results", "aria-labelledby": "achv-results-title", "data-testid": "results" });
  const settingsBox = el("details", { class: "settings" });
  const summaryBox = el("section", { class: "summaries", "aria-labelledby": "achv-summaries-title" });
  root.classList.add("achv-pane");
  root.append(
    el("header", { class: "pane-header" }, title, el("div", { class: "lang" }, langLabel, langSelect)),
    el("div", { class: "controls" }, el("div", { class: "field" }, sheetLabel, sheetSelect), validateButton),
    progress,
    status,
    capabilities,
    notice,
    results,
    summaryBox,
    settingsBox,
  );

  const setStatus = (text: string, kind: "info" | "error" = "info") => {
    status.textContent = text;
    status.classList.toggle("error", kind === "error");
  };
  const failure = (e: unknown) => {
    const kind = e instanceof HostFailure ? e.kind : "other";
    setStatus(failureMessage(lang, kind, e instanceof HostFailure ? e.detail : ""), "error");
  };
  const guard = async (work: () => Promise<void>) => {
    if (busy) return;
    busy = true;
    root.setAttribute("aria-busy", "true");
    validateButton.disabled = true;
    try {
      await work();
    } catch (e) {
      failure(e);
    } finally {
      busy = false;
      root.removeAttribute("aria-busy");
      validateButton.disabled = false;
      progress.hidden = true;
    }
  };

  function renderStatic() {
    document.documentElement.lang = lang;
    title.textContent = t().title;
    langLabel.textContent = t().language;
    clear(langSelect);
    for (const [value, text] of [["auto", t().langAuto], ["ja", "日本語"], ["en", "English"]] as const) {
      langSelect.append(el("option", { value, selected: value === choice }, text));
    }
    sheetLabel.textContent = t().sheet;
    progress.setAttribute("aria-label", t().validating);
    validateButton.textContent = t().validate;
    const missing = host.missing?.() ?? [];
    capabilities.hidden = missing.length === 0;
    capabilities.textContent = missing.length ? t().missingFeatures(missing) : "";
    renderSettings();
    renderSummaryBox();
    renderResults();
  }

  function renderSummaryBox() {
    clear(summaryBox);
    const boxes: { kind: SummaryKind; input: HTMLInputElement; label: string }[] = [
      { kind: "goal", input: el("input", { type: "checkbox", id: "achv-sum-goal", checked: true }), label: t().summaryGoal },
      { kind: "department", input: el("input", { type: "checkbox", id: "achv-sum-dept", checked: true }), label: t().summaryDepartment },
    ];
    const insert = el("button", { type: "button", "data-testid": "insert-summaries" }, t().insertSummaries);
    insert.addEventListener("click", () =>
      guard(async () => {
        const kinds: SummaryKind[] = ["data", ...boxes.filter((b) => b.input.checked).map((b) => b.kind)];
        const done = await insertSummaries(host, sheetSelect.value, settings, lang, kinds);
        await api.refreshSheets();
        setStatus(t().inserted(done.sheets.map((s) => s.name)) + (done.pivots || host.kind === "file" ? "" : ` ${t().noPivots}`));
      }),
    );
    summaryBox.append(
      el("h2", { id: "achv-summaries-title" }, t().summaries),
      el("div", { class: "checks" }, ...boxes.map((b) => el("label", { class: "check", for: b.input.id }, b.input, b.label))),
      insert,
    );
  }

  function issueRow(issue: Issue): HTMLElement {
    const where = [issue.cell, issue.item !== undefined ? `${t().item} ${issue.item}` : "", issue.department ?? ""].filter(Boolean).join(" · ");
    const go = el(
      "button",
      { type: "button", class: `issue sev-${issue.severity}`, "data-cell": issue.cell, "data-code": issue.code, "data-testid": "issue" },
      el("span", { class: "where" }, where),
      el("span", { class: "message" }, issueMessage(issue, lang)),
    );
    go.addEventListener("click", () => guard(() => host.selectCell(issue.sheet, issue.cell)));
    const row = el("li", {}, go);
    // The other cell of a duplicate (or the department beside a rating) is one click away too.
    for (const cell of issue.related ?? []) {
      const other = el("button", { type: "button", class: "related", "data-testid": "related", "data-cell": cell, "aria-label": `${t().related} ${cell}` }, `→ ${cell}`);
      other.addEventListener("click", () => guard(() => host.selectCell(issue.sheet, cell)));
      row.append(other);
    }
    if (issue.fix) {
      const fix = el("button", { type: "button", class: "fix", "data-testid": "fix", "aria-label": `${t().fix} ${issue.fix.cell}` }, t().fix);
      fix.addEventListener("click", () =>
        guard(async () => {
          await host.applyFix(issue.sheet, issue.fix!.cell, issue.fix!.value, String(issue.args?.value ?? ""));
          await runValidation();
          setStatus(t().fixed(issue.fix!.cell, issue.fix!.value));
        }),
      );
      row.append(fix);
    }
    return row;
  }

  function renderResults() {
    clear(results);
    const r = view.result;
    if (!r) return;
    const count = (s: Severity) => r.issues.filter((i) => i.severity === s).length;
    const heading = el("h2", { id: "achv-results-title" }, view.fromStore ? t().lastResult(new Date(r.at).toLocaleString(lang), r.sheet) : r.sheet);
    const summary = el(
      "p",
      { class: "counts", "data-testid": "counts" },
      el("span", { class: "sev-error" }, `${t().errors} ${count("error")}`),
      el("span", { class: "sev-warning" }, `${t().warnings} ${count("warning")}`),
      el("span", { class: "sev-info" }, `${t().infos} ${count("info")}`),
    );
    results.append(heading, summary, el("p", { class: "plan-counts" }, t().counts(r.counts)));

    const sevSelect = el("select", { id: "achv-filter-sev", "data-testid": "filter-severity" });
    for (const [v, text] of [["all", t().all], ["error", t().errors], ["warning", t().warnings], ["info", t().infos]] as const) {
      sevSelect.append(el("option", { value: v, selected: v === severityFilter }, text));
    }
    sevSelect.addEventListener("change", () => {
      severityFilter = sevSelect.value as Severity | "all";
      renderResults();
      (results.querySelector("#achv-filter-sev") as HTMLElement | null)?.focus();
    });
    const departments = [...new Set(r.issues.map((i) => i.department).filter((d): d is string => Boolean(d)))].sort(new Intl.Collator("ja").compare);
    const deptSelect = el("select", { id: "achv-filter-dept", "data-testid": "filter-department" });
    deptSelect.append(el("option", { value: "", selected: departmentFilter === "" }, t().all));
    for (const d of departments) deptSelect.append(el("option", { value: d, selected: d === departmentFilter }, d));
    deptSelect.addEventListener("change", () => {
      departmentFilter = deptSelect.value;
      renderResults();
      (results.querySelector("#achv-filter-dept") as HTMLElement | null)?.focus();
    });
    const markButton = el("button", { type: "button", "data-testid": "mark" }, t().mark);
    markButton.addEventListener("click", () =>
      guard(async () => {
        const marks = marksFor(r.issues);
        const outcome = await host.markCells(r.sheet, marks);
        const unmarked = outcome ? outcome.unmarked : 0;
        setStatus(t().marked(marks.length - unmarked) + (unmarked > 0 ? ` ${t().unmarked(unmarked)}` : ""));
      }),
    );
    const clearButton = el("button", { type: "button", "data-testid": "clear" }, t().clear);
    clearButton.addEventListener("click", () =>
      guard(async () => {
        await host.clearMarks();
        setStatus(t().cleared);
      }),
    );
    results.append(
      el(
        "div",
        { class: "filters" },
        el("div", { class: "field" }, el("label", { for: "achv-filter-sev" }, t().severity), sevSelect),
        el("div", { class: "field" }, el("label", { for: "achv-filter-dept" }, t().department), deptSelect),
      ),
      el("div", { class: "actions" }, markButton, clearButton),
    );

    const shown = r.issues.filter(
      (i) => (severityFilter === "all" || i.severity === severityFilter) && (departmentFilter === "" || i.department === departmentFilter),
    );
    if (r.issues.length === 0) results.append(el("p", { class: "empty" }, t().noIssues));
    const groups = new Map<IssueCode, Issue[]>();
    for (const i of shown) {
      const g = groups.get(i.code);
      if (g) g.push(i);
      else groups.set(i.code, [i]);
    }
    for (const [code, list] of groups) {
      const id = `achv-group-${code}`;
      results.append(
        el(
          "section",
          { class: "group", "aria-labelledby": id, "data-code": code },
          el("h3", { id, class: `sev-${list[0].severity}` }, `${CODE_TITLES[lang][code]} (${list.length})`),
          el("ul", {}, ...list.map(issueRow)),
        ),
      );
    }
    if (r.omitted > 0) results.append(el("p", { class: "omitted" }, t().omitted(r.omitted)));
  }

  function renderSettings() {
    clear(settingsBox);
    settingsBox.append(el("summary", {}, t().settings));
    const area = el("textarea", { id: "achv-departments", rows: "5", "data-testid": "departments" });
    area.value = (settings.departments ?? []).join("\n");
    const save = el("button", { type: "button", "data-testid": "save-settings" }, t().saveSettings);
    save.addEventListener("click", () =>
      guard(async () => {
        settings = { ...settings, departments: area.value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) };
        await host.saveSettings(settings);
        setStatus(t().saved);
      }),
    );
    settingsBox.append(el("div", { class: "field" }, el("label", { for: "achv-departments" }, t().departmentsLabel), area), save);

    if (!view.headerFound && view.columnCount > 0) {
      const sheet = sheetSelect.value;
      const given = settings.columns?.[sheet];
      const rowInput = el("input", { id: "achv-header-row", type: "number", min: "1", value: String((given?.row ?? 0) + 1) });
      const selects = FIELDS.map((f) => {
        const s = el("select", { id: `achv-col-${f}`, "data-field": f });
        s.append(el("option", { value: "" }, t().none));
        for (let c = 0; c < view.columnCount; c++) s.append(el("option", { value: String(c), selected: given?.columns[f] === c }, columnName(c)));
        return { f, s };
      });
      const apply = el("button", { type: "button", "data-testid": "save-columns" }, t().saveAndValidate);
      apply.addEventListener("click", async () => {
        const columns: ColumnMap = {};
        for (const { f, s } of selects) if (s.value !== "") columns[f] = Number(s.value);
        settings = { ...settings, columns: { ...(settings.columns ?? {}), [sheet]: { row: Math.max(0, Number(rowInput.value) - 1), columns } } };
        await guard(() => host.saveSettings(settings));
        await api.validate();
      });
      const fieldset = el(
        "fieldset",
        { class: "columns", "data-testid": "columns" },
        el("legend", {}, t().columnsTitle),
        el("div", { class: "field" }, el("label", { for: "achv-header-row" }, t().headerRow), rowInput),
        ...selects.map(({ f, s }) => el("div", { class: "field" }, el("label", { for: s.id }, FIELD_LABELS[lang][f]), s)),
        apply,
      );
      settingsBox.append(fieldset);
      settingsBox.open = true;
    }
  }

  async function runValidation() {
    const sheet = sheetSelect.value;
    setStatus(t().validating);
    progress.hidden = false;
    const { result, mergesRead, columnCount } = await validateOnHost(host, sheet, settings, (done, total) => {
      progress.max = total;
      progress.value = done;
      setStatus(t().reading(done, total));
    });
    notice.hidden = mergesRead;
    notice.textContent = mergesRead ? "" : t().noMerges;
    view.result = storedResult(result);
    view.fromStore = false;
    view.headerFound = result.header !== null;
    view.columnCount = columnCount;
    await host.saveResult(view.result);
    const errors = result.issues.filter((i) => i.severity === "error").length;
    const warnings = result.issues.filter((i) => i.severity === "warning").length;
    renderSettings();
    renderResults();
    setStatus(t().done(errors, warnings));
  }

  const api: PaneController = {
    root,
    validate: () => guard(runValidation),
    setLanguage(c) {
      choice = c;
      lang = c === "auto" ? langFromLocale(host.displayLanguage()) : c;
      renderStatic();
    },
    async refreshSheets() {
      const [sheets, active] = await Promise.all([host.listSheets(), host.activeSheet()]);
      clear(sheetSelect);
      const chosen = settings.sheet && sheets.includes(settings.sheet) ? settings.sheet : active;
      for (const s of sheets) sheetSelect.append(el("option", { value: s, selected: s === chosen }, s));
    },
  };

  langSelect.addEventListener("change", () => api.setLanguage(langSelect.value as LangChoice));
  validateButton.addEventListener("click", () => void api.validate());
  sheetSelect.addEventListener("change", () =>
    guard(async () => {
      settings = { ...settings, sheet: sheetSelect.value };
      await host.saveSettings(settings);
    }),
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
  });
  return api;
}
