import type { Issue, Lang, Severity } from "../issues";
import { RULES_BY_CODE } from "../rules";
import { COMPARE_RULES_BY_CODE } from "../compare/rules";
import type { CompareIssue } from "../compare/types";

export function issueMessage(issue: Issue | CompareIssue, lang: Lang): string {
  const rule =
    RULES_BY_CODE.get(issue.code as Issue["code"]) ??
    COMPARE_RULES_BY_CODE.get(issue.code as CompareIssue["code"]);
  return rule ? rule.message[lang](issue.args ?? {}) : issue.code;
}

export const SEVERITY_NAMES: Record<Lang, Record<Severity, string>> = {
  ja: { error: "エラー", warning: "警告", info: "情報" },
  en: { error: "Errors", warning: "Warnings", info: "Notes" },
};

/** "ja" when a locale string (LANG, navigator.language, Office display language) is Japanese. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^ja/i.test(locale) ? "ja" : "en";
}
