import { attr as attribute, resolveTarget } from "./read-xlsx";

/** A package's parts as text; null for one it has not or that cannot be read. */
export type Parts = (path: string) => string | null;

/** A table part, the sheet it is on, and the table's name and id. */
interface TablePart {
  sheet: string;
  name: string;
  /** The name formulas use (AchvData[基本目標]); Excel writes it as the name, other writers may not. */
  displayName: string;
  id: number;
  path: string;
  xml: string;
}

const WORKBOOK = "xl/workbook.xml";
const TABLE_TAG = /<(?:\w+:)?table\b[^>]*>/;
/** A table's formats: indexes into the styles part's dxfs (headerRowDxfId, dataDxfId, totalsRowDxfId, the border ones). */
const DXF_ID = /(\s\w+DxfId\s*=\s*["'])(\d+)/g;
const DXF = /<(?:\w+:)?dxf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?dxf>)/g;
const DXFS = /<(?:\w+:)?dxfs\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?dxfs>)/;
/** The parts a part refers to with relationships of `type`, by their part names. */
function related(text: Parts, part: string, type: string): string[] {
  const folder = part.slice(0, part.lastIndexOf("/"));
  const rels = text(`${folder}/_rels/${part.slice(folder.length + 1)}.rels`) ?? "";
  return [...rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)].flatMap((m) => {
    const target = attribute(m[1], "Target");
    return target &&
      attribute(m[1], "TargetMode") !== "External" &&
      attribute(m[1], "Type")?.endsWith(`/${type}`)
      ? [resolveTarget(target, folder)]
      : [];
  });
}

/** The table parts of the sheets (name → sheet part), each with its sheet. */
export function tablesOf(text: Parts, sheets: ReadonlyMap<string, string>): TablePart[] {
  return [...sheets].flatMap(([sheet, part]) =>
    related(text, part, "table").flatMap((path) => {
      const xml = text(path);
      const tag = xml === null ? undefined : TABLE_TAG.exec(xml)?.[0];
      return xml !== null && tag
        ? [
            {
              sheet,
              name: attribute(tag, "name") ?? "",
              displayName: attribute(tag, "displayName") ?? "",
              id: Number(attribute(tag, "id")),
              path,
              xml,
            },
          ]
        : [];
    })
  );
}

/** The styles part ExcelJS wrote with `added` after its own dxfs (it always writes the element, <dxfs count="0"/> when empty). */
function withDxfs(written: string, added: string[]): string {
  const own = DXFS.exec(written)?.[0].match(DXF) ?? [];
  return written.replace(
    DXFS,
    () => `<dxfs count="${own.length + added.length}">${[...own, ...added].join("")}</dxfs>`
  );
}

/**
 * The edits that put the user's Excel tables back in the package ExcelJS wrote, as `before` (the
 * file it read) has them: ExcelJS reads a table's absent headerRowCount (one header row) as none and
 * writes it so, with its filter buttons hidden, and drops its filter criteria, calculated columns
 * and formats. Each table part ExcelJS wrote for a table of the user's (same sheet, same name; it
 * renumbers the parts) gets the original's text, and the formats it refers to are added to the
 * styles part ExcelJS wrote. The user's tables keep their ids; the others (the add-in's, on the
 * sheets in `placed`) are numbered after them, as Excel refuses a package with two tables of one
 * id. A table with parts of its own (a query table's) is left as ExcelJS wrote it: those parts
 * are not written.
 */
export function userTableEdits(
  before: Parts,
  after: Parts,
  sheets: { before: ReadonlyMap<string, string>; after: ReadonlyMap<string, string> },
  placed: ReadonlySet<string>
): Map<string, (xml: string) => string> {
  const key = (t: TablePart) => `${t.sheet}\u0000${t.name}`;
  const users = new Map(
    tablesOf(before, sheets.before)
      .filter((t) => !placed.has(t.sheet) && related(before, t.path, "queryTable").length === 0)
      .map((t) => [key(t), t])
  );
  const written = tablesOf(after, sheets.after);
  const restored = written.flatMap((w) => {
    const user = placed.has(w.sheet) ? undefined : users.get(key(w));
    return user ? [{ path: w.path, xml: user.xml, id: user.id }] : [];
  });
  const edits = new Map<string, (xml: string) => string>();
  if (restored.length === 0) return edits;

  // The formats the tables refer to, added after ExcelJS's own (its conditional formats'), in their order.
  const referred = [
    ...new Set(restored.flatMap((r) => [...r.xml.matchAll(DXF_ID)].map((m) => Number(m[2])))),
  ].sort((a, b) => a - b);
  const styles = (text: Parts) => related(text, WORKBOOK, "styles")[0] ?? "xl/styles.xml";
  const writtenStyles = styles(after);
  const offset = DXFS.exec(after(writtenStyles) ?? "")?.[0].match(DXF)?.length ?? 0;
  const moved = new Map(referred.map((d, i) => [d, offset + i]));
  if (referred.length > 0) {
    const originalDxfs = DXFS.exec(before(styles(before)) ?? "")?.[0].match(DXF) ?? [];
    edits.set(writtenStyles, (xml) =>
      withDxfs(
        xml,
        referred.map((d) => originalDxfs[d]?.replace(/<(\/?)\w+:/g, "<$1") ?? "<dxf/>")
      )
    );
  }
  for (const r of restored)
    edits.set(r.path, () =>
      r.xml.replace(DXF_ID, (_m, head: string, id: string) => `${head}${moved.get(Number(id))}`)
    );

  const kept = new Set(restored.map((r) => r.path));
  let next = Math.max(0, ...restored.map((r) => r.id).filter(Number.isFinite));
  for (const w of written.filter((t) => !kept.has(t.path))) {
    const id = ++next;
    edits.set(w.path, (xml) =>
      xml.replace(TABLE_TAG, (tag) =>
        tag.replace(/(\sid\s*=\s*["'])\d+/, (_m, head: string) => `${head}${id}`)
      )
    );
  }
  return edits;
}
