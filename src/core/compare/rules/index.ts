import type { CompareCode, CompareRule } from "../types";
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

/** Every comparison rule, in the order a reader of the report takes them. */
export const COMPARE_RULES: readonly CompareRule[] = [
  scaleChanged,
  itemDropped,
  itemAdded,
  itemRenumbered,
  itemPairingUnsure,
  departmentRenamed,
  departmentMoved,
  ratingDown,
  ratingUp,
  ratingNew,
  narrativeStale,
  narrativeSimilar,
];

export const COMPARE_RULES_BY_CODE: ReadonlyMap<CompareCode, CompareRule> = new Map(
  COMPARE_RULES.map((r) => [r.code, r])
);
