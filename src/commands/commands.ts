import { checkRequirements, createExcelHost } from "../excel/excel-host";
import { langFromLocale } from "../core/i18n/messages";
import { insertSummaries, validateAndMark } from "../taskpane/workflow";
import { HostFailure } from "../taskpane/host";

function excelHost() {
  const requirements = checkRequirements((name, version) => Office.context.requirements.isSetSupported(name, version));
  if (!requirements.basic) throw new HostFailure("unsupported", "ExcelApi 1.7");
  return createExcelHost((batch) => Excel.run(batch), requirements, Office.context.displayLanguage, Office.context.diagnostics?.platform);
}

/** A command has no pane: a failure is told in a small dialog, in the user's language. */
function tellFailure(e: unknown): Promise<void> {
  const kind = e instanceof HostFailure ? e.kind : "other";
  const url = new URL(`message.html?kind=${encodeURIComponent(kind)}&lang=${encodeURIComponent(Office.context.displayLanguage)}`, location.href);
  return new Promise((resolve) => Office.context.ui.displayDialogAsync(url.href, { height: 25, width: 30 }, () => resolve()));
}

/** Ribbon: one click validates the active sheet, marks its cells and selects the first finding. */
async function validateActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await validateAndMark(excelHost());
  } catch (e) {
    await tellFailure(e);
  } finally {
    event.completed();
  }
}

/** Ribbon: one click inserts every summary sheet for the active sheet. */
async function insertSummarySheets(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const host = excelHost();
    const sheet = await host.activeSheet();
    await insertSummaries(host, sheet, await host.loadSettings(), langFromLocale(Office.context.displayLanguage), ["data", "goal", "department"]);
  } catch (e) {
    await tellFailure(e);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("validateActiveSheet", validateActiveSheet);
  Office.actions.associate("insertSummarySheets", insertSummarySheets);
});
