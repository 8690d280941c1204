import type { CompareArgsOf, CompareCode, CompareRule, CompareRuleOf } from "../types";
import type { Lang } from "../../issues";
import { departmentMoved } from "./department-moved";
import { departmentRenamed } from "./department-renamed";
import { itemAdded } from "./item-added";
import { itemDropped } from "./item-dropped";
import { itemPairingUnsure } from "./item-pairing-unsure";
import { itemRenumbered } from "./item-renumbered";
import { narrativeSimilar } from "./narrative-similar";
import { narrativeStale } from "./narrative-stale";
import { ratingDown } from "./rating-down";
import { ratingNew } from "./rating-new";
import { ratingUp } from "./rating-up";
import { scaleChanged } from "./scale-changed";

/** The rule of each code: a code without its rule, or a rule under another code, does not compile. */
export const COMPARE_RULE_OF: { readonly [C in CompareCode]: CompareRuleOf<C> } = {
  "scale-changed": scaleChanged,
  "item-dropped": itemDropped,
  "item-added": itemAdded,
  "item-renumbered": itemRenumbered,
  "item-pairing-unsure": itemPairingUnsure,
  "department-renamed": departmentRenamed,
  "department-moved": departmentMoved,
  "rating-down": ratingDown,
  "rating-up": ratingUp,
  "rating-new": ratingNew,
  "narrative-stale": narrativeStale,
  "narrative-similar": narrativeSimilar,
};

/** Every comparison rule, in the order a reader of the report takes them (the order of COMPARE_RULE_OF). */
export const COMPARE_RULES: readonly CompareRule[] = Object.values(COMPARE_RULE_OF);

/** The message of a comparison finding of code `C`, from that code's arguments. */
export function compareMessage<C extends CompareCode>(
  code: C,
  args: CompareArgsOf[C],
  lang: Lang
): string {
  return COMPARE_RULE_OF[code].message[lang](args);
}
