import type { Lang } from "../core/issues";
import { langFromLocale } from "../core/i18n/messages";
import type { PaneSettings, WorkbookHost } from "../app/host";
import { HostFailure } from "../app/failures";
import {
  WHOLE_PLAN,
  checkableSheets,
  markResult,
  storedResult,
  validateOnHost,
} from "../app/workflow";
import { UI, failureMessage } from "./strings";
import { clear, el } from "./dom";
import { nextPaint, type PaneContext } from "./views/context";
import { findingsOf, findingsView } from "./views/findings";
import { renderSettings } from "./views/settings";
import { insertSummarySheets } from "./views/summaries";
import { type Download, roundtripView } from "./views/roundtrip";
import { compareView } from "./views/compare";

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
  /** Where the page can hand the user a file (the browser page): the departments' forms as one zip. */
  download?: Download;
}

export interface PaneController {
  validate(): Promise<void>;
  /** The root element, for hosts that add their own parts (the preview's file picker). */
  root: HTMLElement;
  setLanguage(choice: LangChoice): void;
  refreshSheets(): Promise<void>;
}

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
  let sheets: string[] = [];
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
  const roundtripBox = el("details", { class: "roundtrip", "data-testid": "roundtrip" });
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
    roundtripBox,
    settingsBox
  );
  const buttons = [validateButton, clearButton, summaryButton, saveButton];

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
  /** Progress with no known end, painted before the work that holds the page. */
  const working = async () => {
    progress.hidden = false;
    progress.removeAttribute("value");
    await nextPaint();
  };

  const ctx: PaneContext = {
    host,
    lang: () => lang,
    words: t,
    settings: () => settings,
    setSettings(next) {
      settings = next;
    },
    guard,
    setStatus,
    recheck: () => runValidation(),
    validate: () => api.validate(),
  };
  const findings = findingsView(ctx, results);
  const roundtrip = roundtripView(ctx, roundtripBox, () => sheetSelect.value, options.download);
  const compare = compareView(ctx);
  settingsBox.before(compare.box);

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
    renderSettings(ctx, settingsBox);
    roundtrip.render();
    findings.render();
    compare.render();
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

  async function runValidation() {
    const sheet = sheetSelect.value;
    setStatus((l) => UI[l].validating);
    await working();
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
    const stored = storedResult(result, departments.all);
    findings.keepDepartmentFilter(stored.departments ?? []);
    await host.saveResult(stored);
    let unmarked = 0;
    if (canMark()) {
      await host.clearMarks();
      unmarked = (await markResult(host, result.issues)).unmarked;
    }
    if (sheet === WHOLE_PLAN) await host.showSheet?.(result.sheet);
    const errors = result.issues.filter((i) => i.severity === "error").length;
    const warnings = result.issues.filter((i) => i.severity === "warning").length;
    findings.show(findingsOf(result, stored, snapshot, departments));
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
      await insertSummarySheets(ctx, sheetSelect.value, working);
      await api.refreshSheets();
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
    renderSettings(ctx, settingsBox);
    findings.show(
      stored
        ? {
            result: stored,
            fromStore: true,
            snapshot: null,
            headerFound: true,
            cellDepartments: new Map(),
          }
        : null
    );
    setStatus((l) => UI[l].ready);
  });
  return api;
}
