import type { CompareRuleOf, EntryChange } from "../types";
import { itemIssue, lastCell, thisCell } from "../where";

/** An item that gained or lost departments since last year: the work moved, or a department was left out. */
export const departmentMoved: CompareRuleOf<"department-moved"> = {
  code: "department-moved",
  severity: "info",
  message: {
    ja: (a) =>
      `取組項目 ${a.item}の担当課が前年度から変わりました（${[a.added && `加わった課: ${a.added}`, a.dropped && `外れた課: ${a.dropped}`].filter(Boolean).join("、")}）。`,
    en: (a) =>
      `Item ${a.item}'s departments changed since last year (${[a.added && `added: ${a.added}`, a.dropped && `no longer: ${a.dropped}`].filter(Boolean).join("; ")}).`,
  },
  check(ctx) {
    const byPair = new Map<number, EntryChange[]>();
    for (const c of ctx.entries) {
      if (c.status !== "added" && c.status !== "dropped") continue;
      const p = ctx.items[c.pair];
      if (p.last === null || p.this === null) continue;
      (byPair.get(c.pair) ?? byPair.set(c.pair, []).get(c.pair)!).push(c);
    }
    return [...byPair].map(([pair, changes]) => {
      const added = changes.filter((c) => c.status === "added").map((c) => c.this!);
      const dropped = changes.filter((c) => c.status === "dropped").map((c) => c.last!);
      const base = itemIssue(ctx, ctx.items[pair]);
      const at = added.length
        ? thisCell(ctx, `${added[0].sheet}!${ctx.current.entries[added[0].entry].departmentCell}`)
        : { sheet: base.sheet, cell: base.cell };
      return Object.assign(base, at, {
        related: dropped.map((d) =>
          lastCell(ctx, `${d.sheet}!${ctx.last.entries[d.entry].departmentCell}`, at.sheet)
        ),
        args: Object.assign(base.args, {
          added: added.map((d) => d.department).join("、"),
          dropped: dropped.map((d) => d.department).join("、"),
        }),
      });
    });
  },
};
