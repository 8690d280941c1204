import type { CompareRuleOf } from "../types";
import { thisCell } from "../where";

/** A department named otherwise this year in every item it had: its entries are compared across the new name. */
export const departmentRenamed: CompareRuleOf<"department-renamed"> = {
  code: "department-renamed",
  severity: "info",
  message: {
    ja: (a) =>
      `担当課「${a.from}」は今年度「${a.to}」になったものとして比べました（${a.items} 項目）。`,
    en: (a) => `Department "${a.from}" was taken to be "${a.to}" this year (${a.items} items).`,
  },
  check: (ctx) =>
    ctx.renamedDepartments.flatMap(({ from, to }) => {
      const moved = ctx.entries.filter(
        (c) => c.last?.department === from && c.this?.department === to
      );
      const first = moved[0]?.this;
      if (!first) return [];
      const e = ctx.current.entries[first.entry];
      const at = thisCell(ctx, `${first.sheet}!${e.departmentCell}`);
      return [
        {
          ...at,
          cellIn: "this" as const,
          department: to,
          args: {
            from,
            to,
            items: new Set(moved.map((c) => ctx.current.entries[c.this!.entry].item)).size,
          },
        },
      ];
    }),
};
