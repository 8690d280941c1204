import type { IssueDraft, PlanRule } from "../issues";
import { cellAddress, parseAddress } from "../snapshot";

/** A legend read from below the table or from another sheet: where the codes came from is worth a look. */
export const scaleSource: PlanRule<"scale-source"> = {
  code: "scale-source",
  severity: "info",
  message: {
    ja: (a) => `達成度の凡例を ${a.where} から読みました（区分: ${a.codes}）。`,
    en: (a) => `The rating legend was read from ${a.where} (codes: ${a.codes}).`,
  },
  check: ({ plan }): IssueDraft<"scale-source">[] => {
    if (plan.scale.source === null) return [];
    const codes = plan.scale.codes.map((c) => c.code).join(", ");
    const { sheet, source } = plan.scale;
    if (sheet && sheet !== plan.sheet) {
      const cell = cellAddress(
        plan.header.row,
        plan.header.columns.rating ??
          Math.min(...Object.values(plan.header.columns).map((c) => c ?? 0))
      );
      return [{ cell, args: { where: `${sheet}!${source}`, codes } }];
    }
    const at = parseAddress(source);
    return at && at.row > plan.header.row ? [{ cell: source, args: { where: source, codes } }] : [];
  },
};
