import { closest, distance } from "fastest-levenshtein";
import type { IssueDraft, PlanRule } from "../issues";
import { nfkc, removeSpaces } from "../text";
import { itemContext } from "./where";

const fold = (s: string) => removeSpaces(nfkc(s));

/** A name worth suggesting differs by a slip: at most a third of the longer name's characters (こども支援課 → 子ども支援課, never → 健康長寿課). */
function nearEnough(a: string, b: string): boolean {
  return distance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
}

export const departmentUnknown: PlanRule<"department-unknown"> = {
  code: "department-unknown",
  severity: "warning",
  message: {
    ja: (a) =>
      `担当課「${a.department}」は担当課一覧にありません。${a.suggestion ? `「${a.suggestion}」ではありませんか。` : ""}`,
    en: (a) =>
      `Department "${a.department}" is not in the department list.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ""}`,
  },
  check({ plan, departments }): IssueDraft<"department-unknown">[] {
    if (!departments || departments.length === 0) return [];
    const master = new Map(departments.map((d) => [fold(d), d]));
    const masterKeys = [...master.keys()];
    const suggestion = new Map<string, string>();
    const out: IssueDraft<"department-unknown">[] = [];
    const seen = new Set<string>();
    for (const e of plan.entries) {
      const key = fold(e.department);
      if (!key || master.has(key) || seen.has(`${e.departmentCell}\u0000${key}`)) continue;
      seen.add(`${e.departmentCell}\u0000${key}`);
      let near = suggestion.get(key);
      if (near === undefined) {
        const best = closest(key, masterKeys);
        near = nearEnough(key, best) ? (master.get(best) ?? "") : "";
        suggestion.set(key, near);
      }
      out.push({
        cell: e.departmentCell,
        department: e.department,
        ...itemContext(plan, e.item),
        args: { department: e.department, suggestion: near },
      });
    }
    return out;
  },
};
