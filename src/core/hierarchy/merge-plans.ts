import type { Block, Entry, Item, PlanRead } from "../model";

/** "Sheet!A1": where a block or narrative stands, once cells of several sheets meet in one plan. */
export function onSheet(sheet: string, cell: string): string {
  return cell ? `${sheet}!${cell}` : cell;
}

/** "Sheet!A1" -> its sheet and cell; a plain "A1" stays on `sheet`. */
export function splitReference(reference: string, sheet: string): { sheet: string; cell: string } {
  const at = reference.lastIndexOf("!");
  return at < 0
    ? { sheet, cell: reference }
    : { sheet: reference.slice(0, at), cell: reference.slice(at + 1) };
}

/**
 * One plan from its parts on several sheets (one sheet per goal, the same header): blocks and
 * entries follow sheet after sheet. Entries name their sheet; blocks' and narratives' cells are
 * written "Sheet!A1", so that rules run over the whole plan say where. A goal or measure that
 * goes on from one sheet to the next (same number and title under the same parent) stays one block.
 */
export function mergePlans(parts: readonly PlanRead[]): PlanRead {
  const [first] = parts;
  const goals: Block[] = [];
  const measures: Block[] = [];
  const items: Item[] = [];
  const entries: Entry[] = [];
  const same = (list: Block[], b: Block, parent: number) =>
    list.find((x) => x.parent === parent && x.number === b.number && x.key === b.key);
  for (const part of parts) {
    const goalIndex = part.goals.map((g) => {
      const found = same(goals, g, -1);
      if (found) return found.index;
      goals.push({ ...g, index: goals.length, parent: -1, cell: onSheet(part.sheet, g.cell) });
      return goals.length - 1;
    });
    const measureIndex = part.measures.map((m) => {
      const parent = m.parent >= 0 ? goalIndex[m.parent] : -1;
      const found = same(measures, m, parent);
      if (found) return found.index;
      measures.push({ ...m, index: measures.length, parent, cell: onSheet(part.sheet, m.cell) });
      return measures.length - 1;
    });
    const itemOffset = items.length;
    for (const item of part.items) {
      const measure = item.measure >= 0 ? measureIndex[item.measure] : -1;
      items.push({
        ...item,
        index: itemOffset + item.index,
        parent: measure,
        measure,
        goal: item.goal >= 0 ? goalIndex[item.goal] : -1,
        cell: onSheet(part.sheet, item.cell),
        narrativeCell: onSheet(part.sheet, item.narrativeCell),
        narrativeAnchors: item.narrativeAnchors.map((a) => onSheet(part.sheet, a)),
      });
    }
    for (const e of part.entries)
      entries.push({ ...e, index: entries.length, item: itemOffset + e.item, sheet: part.sheet });
  }
  return { ...first, goals, measures, items, entries, findings: [], headings: [] };
}
