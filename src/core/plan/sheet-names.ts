/** A name no other sheet has: the preferred one, else "name (2)", "name (3)" … within Excel's 31 characters. */
export function freeSheetName(preferred: string, taken: (name: string) => boolean): string {
  const base = preferred.slice(0, 31);
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken(name)) return name;
  }
}

/**
 * A name no table or workbook name has (Excel keeps one list for both, letters' case aside): the
 * preferred one, else "name_2", "name_3" … `taken` is asked with each candidate in lower case.
 */
export function freeTableName(
  preferred: string,
  taken: (lowerCaseName: string) => boolean
): string {
  if (!taken(preferred.toLowerCase())) return preferred;
  for (let n = 2; ; n++) {
    const name = `${preferred}_${n}`;
    if (!taken(name.toLowerCase())) return name;
  }
}

/**
 * The sheet a reference names: "='基本目標別集計 (2)'!$A$1" or "Data!$A$1" -> the sheet's name;
 * null for none, as "=#REF!$A$1", what Excel makes of a name whose sheet was deleted (a sheet
 * really named #REF is written quoted, '#REF'!, since # is not a letter or digit).
 */
export function sheetOfReference(reference: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!/.exec(reference);
  if (!m) return null;
  if (m[1] !== undefined) return m[1].replace(/''/g, "'");
  return m[2] === "#REF" ? null : m[2];
}
