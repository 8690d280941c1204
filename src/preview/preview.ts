import { langFromLocale } from "../core/i18n/messages";
import { mountPane } from "../taskpane/pane";
import { UI } from "../taskpane/strings";
import { el, clear } from "../taskpane/dom";
import { ReadFailure, failureMessage } from "../xlsx/errors";
import { createFileHost } from "../xlsx/file-host";
import type { WorkbookReader } from "../xlsx/read-xlsx";
import { openWorkbookBytes } from "../xlsx/open-workbook";
import { WEB_IO } from "../xlsx/web-io";
import { mountGrid } from "./grid";

/**
 * The task pane in a plain browser, on a local file. No Office.js here: outside Office it has
 * nothing to do but reach for Microsoft's servers, which an offline page must never try.
 */
function start(): void {
  const lang = langFromLocale(navigator.language);
  const input = document.getElementById("file") as HTMLInputElement;
  const sample = document.getElementById("sample") as HTMLButtonElement;
  const message = document.getElementById("message")!;
  const workspace = document.getElementById("workspace")!;
  document.getElementById("file-label")!.textContent = UI[lang].previewOpen;
  sample.textContent = UI[lang].previewSample;
  message.textContent = UI[lang].previewHint;

  async function load(bytes: Uint8Array, name: string) {
    let book: WorkbookReader;
    try {
      const opened = openWorkbookBytes(bytes, name, WEB_IO);
      // Every sheet is read now, so a damaged one is told here, with its reason, before anything is shown.
      const sheets = new Map(opened.sheetNames.map((n) => [n, opened.readSheet(n)]));
      book = { ...opened, readSheet: (n) => sheets.get(n) ?? opened.readSheet(n) };
    } catch (e) {
      // The workbook shown before is put away: a check must never run on it in the bad file's name.
      clear(workspace);
      document.querySelector("[data-testid=save-copy]")?.remove();
      message.textContent = e instanceof ReadFailure ? failureMessage(e, lang) : UI[lang].failures.other;
      message.classList.add("error");
      return;
    }
    message.textContent = name;
    message.classList.remove("error");
    clear(workspace);
    const tabs = el("nav", { class: "tabs", role: "tablist", "data-testid": "tabs" });
    const gridBox = el("div", { class: "grid-box" });
    const paneBox = el("aside", { class: "pane-box", "data-testid": "pane" });
    workspace.append(el("div", { class: "sheet-area" }, gridBox, tabs), paneBox);
    const host = createFileHost(book, navigator.language, bytes);
    mountGrid(gridBox, tabs, host);
    await mountPane(paneBox, host);
    // Fixes live in the page until the user saves a copy: only the fixed cells differ from the file opened.
    const save = el("button", { type: "button", hidden: true, "data-testid": "save-copy" }, UI[lang].saveCopy);
    save.addEventListener("click", () => {
      const copy = host.fixedCopy();
      if (!copy) return;
      const url = URL.createObjectURL(new Blob([new Uint8Array(copy)], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      const link = el("a", { href: url, download: name.replace(/(\.xlsx)?$/i, "（修正済み）.xlsx") });
      link.click();
      URL.revokeObjectURL(url);
    });
    host.subscribe((e) => {
      if (e.type === "values") save.hidden = host.fixedCopy() === null;
    });
    document.querySelector("[data-testid=save-copy]")?.remove();
    document.querySelector(".preview-bar")!.append(save);
  }

  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (file) await load(new Uint8Array(await file.arrayBuffer()), file.name);
  });
  sample.addEventListener("click", async () => {
    const res = await fetch("samples/plan-r5.xlsx");
    await load(new Uint8Array(await res.arrayBuffer()), "plan-r5.xlsx");
  });
  document.body.dataset.ready = "true";
}

// The script is deferred: the page is parsed when it runs.
start();
