import { collapseSpaces } from "../text";

/** Separators that always split a department cell. */
const HARD = /[\r\n、，,;；/／]+/;
/** Separators that split only between names known to be departments. */
const SOFT = /[・\s\u3000]+/;

/** Any separator at all, hard or soft (spaces inside the text included). */
const MAY_SPLIT = /[\r\n、，,;；/／・\s\u3000]/;

/**
 * The departments written in one cell. Line breaks, 、 and slashes always
 * separate; ・ and spaces separate only when every part is a known name (the
 * master list, or written alone elsewhere in the sheet), so "生涯学習・スポーツ課"
 * and "人権・男女共同参画課" stay one department.
 */
export function splitDepartments(text: string, known: ReadonlySet<string>): string[] {
  if (!MAY_SPLIT.test(text)) {
    const name = text.trim();
    return name ? [name] : [];
  }
  const parts: string[] = [];
  for (const piece of text.split(HARD)) {
    const name = collapseSpaces(piece);
    if (!name) continue;
    // "（△△係）" on its own line belongs to the name above it.
    if (parts.length > 0 && /^[(（][^)）]*[)）]$/.test(name)) {
      parts[parts.length - 1] += name;
      continue;
    }
    // "総務部 総務課" is one department (a division and its section): spaces split known names only.
    const dotted = name
      .split(/[・]+/)
      .map((p) => p.trim())
      .filter(Boolean);
    const spaced = name.split(SOFT).filter(Boolean);
    // 人権・男女共同参画課 is one name: ・ splits only between names each known on their own.
    if (dotted.length > 1 && dotted.every((p) => known.has(p))) parts.push(...dotted);
    else if (spaced.length > 1 && spaced.every((p) => known.has(p))) parts.push(...spaced);
    else parts.push(name);
  }
  return parts;
}

/** The ratings written in one cell ("B\nB", "A・B", "A B"). */
export function splitRatings(text: string): string[] {
  if (!MAY_SPLIT.test(text)) return text ? [text] : [];
  return text.split(/[\r\n、，,;；/／・\s\u3000]+/).filter(Boolean);
}
