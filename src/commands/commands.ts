import { checkRequirements, createExcelHost } from "../excel/excel-host";
import { langFromLocale } from "../core/i18n/messages";
import { insertSummaries, validateAndMark } from "../taskpane/workflow";

function excelHost() {
  const requirements = checkRequirements((name, version) => Office.context.requirements.isSetSupported(name, version));
  return createExcelHost((batch) => Excel.run(batch), requirements, Office.context.displayLanguage);
}

/** Ribbon: one click validates the active sheet, marks its cells and selects the first finding. */
async function validateActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await validateAndMark(excelHost());
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
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("validateActiveSheet", validateActiveSheet);
  Office.actions.associate("insertSummarySheets", insertSummarySheets);
});
