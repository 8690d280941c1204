import type { IssueArgsOf, IssueCode, Lang, Rule, RuleOf } from "../issues";
import { cellError } from "./cell-error";
import { departmentDuplicate } from "./department-duplicate";
import { departmentMissing } from "./department-missing";
import { departmentUnknown } from "./department-unknown";
import { headerFieldMissing } from "./header-field-missing";
import { headerNotFound } from "./header-not-found";
import { multipleValues } from "./multiple-values";
import { narrativeDuplicate } from "./narrative-duplicate";
import { narrativeMissing } from "./narrative-missing";
import { narrativePlaceholder } from "./narrative-placeholder";
import { numberingGap } from "./numbering-gap";
import { numberingOrder } from "./numbering-order";
import { orphanRow } from "./orphan-row";
import { ratingCountMismatch } from "./rating-count-mismatch";
import { ratingInvalid } from "./rating-invalid";
import { ratingMissing } from "./rating-missing";
import { ratingUnnormalized } from "./rating-unnormalized";
import { ratingYear } from "./rating-year";
import { ratingColumn } from "./rating-column";
import { headingRow } from "./heading-row";
import { scaleSource } from "./scale-source";
import { scaleDefault } from "./scale-default";

/** The rule of each code: a code without its rule, or a rule under another code, does not compile. */
export const RULE_OF: { readonly [C in IssueCode]: RuleOf<C> } = {
  "header-not-found": headerNotFound,
  "header-field-missing": headerFieldMissing,
  "cell-error": cellError,
  "orphan-row": orphanRow,
  "rating-missing": ratingMissing,
  "rating-invalid": ratingInvalid,
  "rating-count-mismatch": ratingCountMismatch,
  "rating-unnormalized": ratingUnnormalized,
  "department-missing": departmentMissing,
  "department-duplicate": departmentDuplicate,
  "department-unknown": departmentUnknown,
  "multiple-values": multipleValues,
  "narrative-missing": narrativeMissing,
  "narrative-placeholder": narrativePlaceholder,
  "narrative-duplicate": narrativeDuplicate,
  "numbering-gap": numberingGap,
  "numbering-order": numberingOrder,
  "scale-default": scaleDefault,
  "scale-source": scaleSource,
  "rating-year": ratingYear,
  "rating-column": ratingColumn,
  "heading-row": headingRow,
};

/** Every rule, in the order a checker reads a report (the order of RULE_OF). */
export const RULES: readonly Rule[] = Object.values(RULE_OF);

export const RULES_BY_CODE: ReadonlyMap<IssueCode, Rule> = new Map(RULES.map((r) => [r.code, r]));

/** The message of an issue of code `C`, from that code's arguments. */
export function ruleMessage<C extends IssueCode>(
  code: C,
  args: IssueArgsOf[C],
  lang: Lang
): string {
  return RULE_OF[code].message[lang](args);
}
