import type { Issue, Lang } from "../issues";
import { RULE_OF, ruleMessage } from "../rules";
import { COMPARE_RULE_OF, compareMessage } from "../compare/rules";
import type { CompareIssue } from "../compare/types";

export function issueMessage(issue: Issue | CompareIssue, lang: Lang): string {
  if (isIssue(issue)) return ruleMessage(issue.code, issue.args, lang);
  return issue.code in COMPARE_RULE_OF ? compareMessage(issue.code, issue.args, lang) : issue.code;
}

const ISSUE_CODES: ReadonlySet<string> = new Set(Object.keys(RULE_OF));

function isIssue(issue: Issue | CompareIssue): issue is Issue {
  return ISSUE_CODES.has(issue.code);
}

/** "ja" when a locale string (LANG, navigator.language, Office display language) is Japanese. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^ja/i.test(locale) ? "ja" : "en";
}
