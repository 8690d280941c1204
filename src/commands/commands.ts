import { checkRequirements, createExcelHost } from "../excel/excel-host";
import { validateAndMark } from "../taskpane/workflow";

/** Ribbon: one click validates the active sheet, marks its cells and selects the first finding. */
async function validateActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const requirements = checkRequirements((name, version) => Office.context.requirements.isSetSupported(name, version));
    const host = createExcelHost((batch) => Excel.run(batch), requirements, Office.context.displayLanguage);
    await validateAndMark(host);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("validateActiveSheet", validateActiveSheet);
});
