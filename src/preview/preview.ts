import type { Lang } from "../core/issues";
import { langFromLocale } from "../core/i18n/messages";
import { mountPane, type LangChoice } from "../taskpane/pane";
import { UI } from "../taskpane/strings";
import { el, clear } from "../taskpane/dom";
import { ReadFailure, failureMessage } from "../xlsx/errors";
import { mountGrid } from "./grid";
import { type Checker, startChecker } from "./checker";
import type { OpenedBook } from "./checker-messages";
import { createPageHost } from "./page-host";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Hand the user a file made in the page: a download, as a browser saves it. */
function offer(name: string, bytes: Uint8Array, type: string) {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  el("a", { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Let the browser paint a message before work that holds the page. */
const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The copy's name: the file's own with （点検済み）, always .xlsx (a CSV's copy too). */
export function copyName(name: string): string {
  return name.replace(/\.(xlsx|csv|tsv)$/i, "") + "（点検済み）.xlsx";
}

/**
 * The task pane in a plain browser, on a local file. No Office.js here: outside Office it has
 * nothing to do but reach for Microsoft's servers, which an offline page must never try.
 */
function start(): void {
  let choice: LangChoice = "auto";
  let lang: Lang = langFromLocale(navigator.language);
  const input = document.getElementById("file") as HTMLInputElement;
  const sample = document.getElementById("sample") as HTMLButtonElement;
  const message = document.getElementById("message")!;
  const workspace = document.getElementById("workspace")!;
  /** What the message line says, in words of any language, so a language switch redraws it. */
  let say: (l: Lang) => string = (l) => UI[l].previewHint;
  let isError = false;
  let checker: Checker | undefined;
  /** A worker started with the page, so the first file does not wait for one to start. */
  let spare: Checker | undefined = startChecker();

  function drawBar() {
    document.documentElement.lang = lang;
    document.title = UI[lang].previewTitle;
    document.getElementById("page-title")!.textContent = UI[lang].previewTitle;
    document.getElementById("file-label")!.textContent = UI[lang].previewOpen;
    sample.textContent = UI[lang].previewSample;
    message.textContent = say(lang);
    message.classList.toggle("error", isError);
    const intro = workspace.querySelector(".intro");
    if (intro) intro.replaceWith(introPage());
  }
  const tell = (words: (l: Lang) => string, error = false) => {
    say = words;
    isError = error;
    drawBar();
  };
  function introPage(): HTMLElement {
    return el(
      "section",
      { class: "intro", "data-testid": "intro" },
      ...UI[lang].previewIntro.map((p) => el("p", {}, p))
    );
  }

  async function load(bytes: Uint8Array, name: string) {
    // The workbook shown before is put away at once: nothing may check it while the next one is read.
    clear(workspace);
    tell((l) => UI[l].previewOpening(name));
    await nextPaint();
    checker?.stop();
    checker = spare ?? startChecker();
    spare = undefined;
    let opened: OpenedBook;
    try {
      // Every sheet is read now, in the worker, so a damaged one is told here, with its reason, before anything is shown.
      opened = await checker.call("open", { bytes, name, language: navigator.language });
    } catch (e) {
      workspace.append(introPage());
      tell((l) => (e instanceof ReadFailure ? failureMessage(e, l) : UI[l].failures.other), true);
      return;
    }
    tell(() => name);
    clear(workspace);
    const tabs = el("nav", { class: "tabs", role: "tablist", "data-testid": "tabs" });
    // A region that scrolls is reached by keyboard too.
    const gridBox = el("div", {
      class: "grid-box",
      tabindex: "0",
      role: "region",
      "aria-label": name,
    });
    const paneBox = el("aside", { class: "pane-box", "data-testid": "pane" });
    workspace.append(el("div", { class: "sheet-area" }, gridBox, tabs), paneBox);
    const host = createPageHost(checker, opened, navigator.language);
    mountGrid(gridBox, tabs, host);
    await mountPane(paneBox, host, {
      language: choice,
      onLanguage(l, c) {
        lang = l;
        choice = c;
        drawBar();
      },
      // Fixes and summaries live in the page until the user saves a copy: the file opened is never written.
      async save() {
        const copy = await host.savedCopy();
        if (!copy) return null;
        offer(copyName(name), copy, XLSX_TYPE);
        return copyName(name);
      },
      download: (file, bytes) => offer(file, bytes, "application/zip"),
    });
  }

  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (file) await load(new Uint8Array(await file.arrayBuffer()), file.name);
  });
  sample.addEventListener("click", async () => {
    const res = await fetch("samples/plan-r5.xlsx");
    await load(new Uint8Array(await res.arrayBuffer()), "plan-r5.xlsx");
  });
  // Opened from a folder (file://) the page may read only what the user picks: the sample is a file beside it.
  if (location.protocol === "file:") sample.hidden = true;
  workspace.append(introPage());
  drawBar();
  document.body.dataset.ready = "true";
}

// The script is deferred: the page is parsed when it runs.
start();
