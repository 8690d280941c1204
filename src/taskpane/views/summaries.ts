import type { SummaryKind } from "../../core/plan/summary-plan";
import { insertSummaries } from "../../app/workflow";
import { UI } from "../strings";
import type { PaneContext } from "./context";

/**
 * The 集計 command: check the chosen sheet afresh and insert the summary sheets the settings ask for
 * (the data table always, since the PivotTables stand on it), then say what was inserted.
 */
export async function insertSummarySheets(
  ctx: PaneContext,
  sheet: string,
  working: () => Promise<void>
): Promise<string[]> {
  const kinds: SummaryKind[] = ["data", ...(ctx.settings().summaryKinds ?? ["goal", "department"])];
  ctx.setStatus((l) => UI[l].summarizing);
  await working();
  const done = await insertSummaries(ctx.host, sheet, ctx.settings(), ctx.lang(), kinds);
  const names = done.sheets.map((s) => s.name);
  ctx.setStatus(
    (l) =>
      UI[l].inserted(names) + (done.pivots || ctx.host.kind === "file" ? "" : ` ${UI[l].noPivots}`)
  );
  return names;
}
