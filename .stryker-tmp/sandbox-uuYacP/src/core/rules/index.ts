// @ts-nocheck
import type { Rule } from "../issues";
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

/** Every rule, in the order a checker reads a report. */
export const RULES: readonly Rule[] = [
  headerNotFound,
  headerFieldMissing,
  cellError,
  orphanRow,
  ratingMissing,
  ratingInvalid,
  ratingCountMismatch,
  ratingUnnormalized,
  departmentMissing,
  departmentDuplicate,
  departmentUnknown,
  multipleValues,
  narrativeMissing,
  narrativePlaceholder,
  narrativeDuplicate,
  numberingGap,
  numberingOrder,
  scaleDefault,
  scaleSource,
  ratingYear,
  ratingColumn,
  headingRow,
];

export const RULES_BY_CODE = new Map(RULES.map((r) => [r.code, r]));
