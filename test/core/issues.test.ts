import { type IssueDraft, type PlanRule, type Severity, severityRank } from "../../src/core/issues";
import { RULES } from "../../src/core/rules";
import { validateSheet } from "../../src/core/validate";
import { sheet } from "../helpers/sheet";
import { issueMessage } from "../../src/core/i18n/messages";

describe("issues and their messages", () => {
  test("every message on a sheet full of findings is made from arguments its rule set", () => {
    const s = sheet([
      ["I 目標", "1 施策", "1 項目", "総務課", "Ｂ", "同上"],
      [null, null, null, "総務課", "E", null],
      [null, null, "3 項目", "企画課\n財政課", "A\nB\nC", { error: "#REF!" }],
      [null, null, "3 項目", null, "A", "報告の本文がここに入ります。"],
    ]);
    const issues = validateSheet(s, { departments: ["総務課", "企画課"] }).issues;
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThan(5);
    for (const issue of issues)
      for (const lang of ["ja", "en"] as const)
        expect(issueMessage(issue, lang)).not.toMatch(/undefined|NaN|\[object/);
  });

  test("a rule and its message that disagree on an argument do not compile", () => {
    const rule: PlanRule<"cell-error"> = {
      code: "cell-error",
      severity: "error",
      message: {
        // @ts-expect-error cell-error's message has a value, not a row
        ja: (a) => `${a.row}`,
        en: (a) => a.value,
      },
      check: ({ plan }) =>
        plan.findings.map(
          // @ts-expect-error cell-error's arguments have no row
          (f): IssueDraft<"cell-error"> => ({ cell: f.cell, args: { value: "", row: f.row } })
        ),
    };
    expect(RULES.map((r) => r.code)).toContain(rule.code);
  });
});

test("errors rank before warnings, warnings before notes", () => {
  const severities: Severity[] = ["info", "error", "warning", "error", "info"];
  expect([...severities].sort((a, b) => severityRank(a) - severityRank(b))).toEqual([
    "error",
    "error",
    "warning",
    "info",
    "info",
  ]);
});
