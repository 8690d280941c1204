import type { IssueDraft, PlanRule } from "../issues";
import type { Entry } from "../model";
import { removeSpaces, nfkc } from "../text";
import { itemContext, itemName } from "./where";

/** More distinct department names than a plan can hold: an (item, department) pair is one number below 2^53. */
const DEPARTMENT_IDS = 0x100000;

export const departmentDuplicate: PlanRule<"department-duplicate"> = {
  code: "department-duplicate",
  severity: "warning",
  message: {
    ja: (a) => `取組項目 ${a.item} に「${a.department}」が2回あります（${a.otherCell}）。`,
    en: (a) => `Item ${a.item} lists "${a.department}" twice (${a.otherCell}).`,
  },
  check({ plan }): IssueDraft<"department-duplicate">[] {
    const seen = new Map<number, Entry>();
    // Each written name folds once to a number; an (item, name) pair is then one numeric key.
    const ids = new Map<string, number>();
    const byFolded = new Map<string, number>();
    const out: IssueDraft<"department-duplicate">[] = [];
    for (const e of plan.entries) {
      if (!e.department) continue;
      let id = ids.get(e.department);
      if (id === undefined) {
        const folded = removeSpaces(nfkc(e.department));
        id = byFolded.get(folded) ?? byFolded.size;
        byFolded.set(folded, id);
        ids.set(e.department, id);
      }
      const key = e.item * DEPARTMENT_IDS + id;
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, e);
        continue;
      }
      // One merged department cell over two rating rows is one department, not two.
      if (earlier.departmentCell === e.departmentCell && !e.fromMultiCell) continue;
      out.push({
        cell: e.departmentCell,
        related: [earlier.departmentCell],
        department: e.department,
        ...itemContext(plan, e.item),
        args: {
          item: itemName(plan, e.item),
          department: e.department,
          otherCell: earlier.departmentCell,
        },
      });
    }
    return out;
  },
};
