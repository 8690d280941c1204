import { checkRequirements, createExcelHost } from "../excel/excel-host";
import { langFromLocale } from "../core/i18n/messages";
import { insertSummaries, validateAndMark } from "../app/workflow";
import { HostFailure } from "../app/failures";

function excelHost() {
  const requirements = checkRequirements((name, version) =>
    Office.context.requirements.isSetSupported(name, version)
  );
  return createExcelHost(
    (batch) => Excel.run(batch),
    requirements,
    Office.context.displayLanguage,
    Office.context.diagnostics?.platform,
    Office.context.document?.settings
  );
}

/**
 * A command has no pane: what it has to say is told in a small dialog, in the user's
 * language. Resolves once the user has closed the dialog (or it could not open):
 * event.completed() ends the command's runtime, and the dialog with it.
 */
function tell(kind: string, detail = ""): Promise<void> {
  const query = `kind=${encodeURIComponent(kind)}&detail=${encodeURIComponent(detail)}&lang=${encodeURIComponent(Office.context.displayLanguage)}`;
  const url = new URL(`message.html?${query}`, location.href);
  return new Promise((resolve) => {
    try {
      Office.context.ui.displayDialogAsync(url.href, { height: 25, width: 30 }, (opened) => {
        if (String(opened.status) !== "succeeded") return resolve();
        opened.value.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      });
    } catch {
      // No dialog on this Excel (DialogApi missing): nothing more can be said from a ribbon button.
      resolve();
    }
  });
}

/** Only a missing feature's name travels in the URL, never text from the workbook. */
function tellFailure(e: unknown): Promise<void> {
  const kind = e instanceof HostFailure ? e.kind : "other";
  return tell(kind, kind === "unsupported" && e instanceof HostFailure ? e.detail : "");
}

/** Ribbon: one click validates the active sheet, marks its cells and selects the first finding. */
export async function validateActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const { marking } = await validateAndMark(excelHost());
    if (marking === "unsupported") await tell("no-marks");
    else if (marking && marking.unmarked > 0) await tell("unmarked", String(marking.unmarked));
  } catch (e) {
    await tellFailure(e);
  } finally {
    event.completed();
  }
}

/** Ribbon: one click inserts every summary sheet for the active sheet. */
export async function insertSummarySheets(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const host = excelHost();
    if (host.missing?.().some((m) => m.feature === "summaries"))
      throw new HostFailure("unsupported", "summaries");
    const sheet = await host.activeSheet();
    const done = await insertSummaries(
      host,
      sheet,
      await host.loadSettings(),
      langFromLocale(Office.context.displayLanguage),
      ["data", "goal", "department"]
    );
    if (!done.pivots) await tell("unsupported", "pivots");
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

/**
 * Also in the global scope, by the manifest's FunctionName: until 2022 Microsoft's docs said a function
 * command "must be in the global namespace" and listed Office.actions.associate under SharedRuntime 1.1,
 * which Excel 2019 (volume licensed) lacks. Newer Excel finds the associated functions. See docs/office-js.md.
 */
Object.assign(globalThis, { validateActiveSheet, insertSummarySheets });
