import type { IssueDraft, PlanRule } from "../issues";

export const orphanRow: PlanRule<"orphan-row"> = {
  code: "orphan-row",
  severity: "error",
  message: {
    ja: (a) => `${a.row}行目には評価がありますが、上に基本目標・施策・取組項目がありません。`,
    en: (a) => `Row ${a.row} is rated but has no goal, measure or item above it.`,
  },
  check({ plan }): IssueDraft<"orphan-row">[] {
    return plan.findings
      .filter((f) => f.kind === "orphan-row")
      .map((f): IssueDraft<"orphan-row"> => ({ cell: f.cell, args: { row: f.row + 1 } }));
  },
};
