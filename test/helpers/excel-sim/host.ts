import { checkRequirements, createExcelHost } from "../../../src/excel/excel-host";
import type { Sim } from "./office";
import { isSetSupported } from "./profiles";

/** The add-in's Excel host on a simulated workbook, as the task pane makes it in Excel (ja-JP). */
export function hostOn(sim: Sim) {
  return createExcelHost(
    sim.run,
    checkRequirements((n, v) => isSetSupported(sim.profile, n, v)),
    "ja-JP",
    sim.profile.platform,
    sim.office.context.document.settings
  );
}
