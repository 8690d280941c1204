import type { IssueDraft, PlanRule } from "../issues";

export const cellError: PlanRule<"cell-error"> = {
  code: "cell-error",
  severity: "error",
  message: {
    ja: (a) => `セルがエラー値「${a.value}」です。数式か参照先を確認してください。`,
    en: (a) => `The cell holds the Excel error ${a.value}: check its formula or what it refers to.`,
  },
  check({ plan }): IssueDraft<"cell-error">[] {
    return plan.findings
      .filter((f) => f.kind === "cell-error")
      .map((f): IssueDraft<"cell-error"> => ({ cell: f.cell, args: { value: f.value } }));
  },
};
