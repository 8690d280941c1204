import { checkRequirements, createExcelHost } from "../excel/excel-host";
import { langFromLocale } from "../core/i18n/messages";
import { mountPane } from "./pane";
import { UI } from "./strings";

/** Inside Excel: the pane on the Office.js host. Opened elsewhere: say where the preview is. */
Office.onReady(async (info) => {
  const root = document.getElementById("app")!;
  if (info.host !== Office.HostType.Excel) {
    const ja = langFromLocale(navigator.language) === "ja";
    const p = document.createElement("p");
    p.textContent = ja
      ? "この画面は Excel の中で使います。Excel なしで点検するときは preview.html を開いてください。"
      : "This page runs inside Excel. To check a file without Excel, open preview.html.";
    root.append(p);
    return;
  }
  const requirements = checkRequirements((name, version) =>
    Office.context.requirements.isSetSupported(name, version)
  );
  if (!requirements.read) {
    const p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.textContent = UI[langFromLocale(Office.context.displayLanguage)].tooOld;
    root.append(p);
    return;
  }
  const host = createExcelHost(
    (batch) => Excel.run(batch),
    requirements,
    Office.context.displayLanguage,
    Office.context.diagnostics?.platform,
    Office.context.document?.settings
  );
  await mountPane(root, host);
});
