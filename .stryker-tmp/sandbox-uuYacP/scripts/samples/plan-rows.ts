// @ts-nocheck
import { parseDelimited } from "../../src/xlsx/csv";

/** One (item, department) row of a plan table, as the seed TSV holds it. */
export interface PlanRow {
  page: number;
  goal: string;
  measure: string;
  item: string;
  department: string;
  rating: string;
  narrative: string;
}

export function parsePlanTsv(text: string): PlanRow[] {
  const [head, ...rows] = parseDelimited(text.replace(/^\uFEFF/, ""), "\t");
  const at = (name: string) => {
    const i = head.indexOf(name);
    if (i < 0) throw new Error(`plan TSV has no column ${name}`);
    return i;
  };
  const cols = {
    page: at("page"),
    goal: at("goal"),
    measure: at("measure"),
    item: at("item"),
    department: at("department"),
    rating: at("rating"),
    narrative: at("narrative"),
  };
  return rows
    .filter((r) => r.some((v) => v !== null))
    .map((r) => ({
      page: Number(r[cols.page]) || 1,
      goal: r[cols.goal] ?? "",
      measure: r[cols.measure] ?? "",
      item: r[cols.item] ?? "",
      department: r[cols.department] ?? "",
      rating: r[cols.rating] ?? "",
      narrative: r[cols.narrative] ?? "",
    }));
}
