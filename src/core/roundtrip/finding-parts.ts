import type { MergeFinding } from "./merge";

/** The parts of a merge finding its messages are made of (the catalogues, i18n/ja.ts and en.ts). */
export const files = (f: MergeFinding) => (f.files ?? []).join(", ");
/** The form's cell, then the plan's: "Form!F3 → Plan!F52". */
export const where = (f: MergeFinding) => [f.formCell, f.planCell].filter(Boolean).join(" → ");
/** The field a finding is about, in the words given for a rating and a narrative. */
export const narrativeOrRating = (
  field: "rating" | "narrative",
  rating: string,
  narrative: string
) => (field === "rating" ? rating : narrative);
