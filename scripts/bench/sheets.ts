import { strToU8, zipSync } from "fflate";
import type { CellValue, CellRange, SheetSnapshot } from "../../src/core/snapshot";
import { cellAddress } from "../../src/core/snapshot";

/** Deterministic pseudo-random numbers, so every run measures the same sheets. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES = [
  "市広報紙への啓発記事の掲載を行い",
  "関係機関と連携して相談体制を整え",
  "講座を年3回開催し延べ120人が参加し",
  "小中学校の全児童生徒に概要版を配付し",
  "庁内連絡会議で情報を共有し",
  "ホームページで制度の周知を図り",
  "地域の団体と協力して展示を実施し",
  "アンケート結果をもとに事業を見直し",
];
const TITLES = [
  "男女共同参画に関する理解の促進",
  "相談体制の充実",
  "地域活動への参画促進",
  "子育て家庭への支援",
  "健康づくりの推進",
  "防災対策の推進",
  "就労環境の整備",
  "情報提供と啓発",
];
const DEPARTMENTS = [
  "女性センター",
  "総務人権推進課",
  "健康長寿課",
  "こども支援課",
  "障害者福祉課",
  "生涯学習スポーツ課",
  "学校教育課",
  "保健センター",
  "地域活動推進課",
  "福祉政策課",
];
const HEADER = [
  "基本目標",
  "施策",
  "取組項目",
  "担当課（R5）",
  "達成度",
  "取組計画と達成状況（R5）",
];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

/**
 * A sheet in the seed's layout with `entries` entries: title, legend, a header
 * repeated every `pageRows` rows, goal / measure / item / narrative cells merged
 * within each page, ratings spread over A–D, narratives of 100–600 characters.
 */
export function benchSnapshot(entries: number, pageRows = 40, seed = 1): SheetSnapshot {
  const rnd = prng(seed);
  const values: CellValue[][] = [
    ["達成状況一覧（ベンチマーク）"],
    [],
    ["区分", "達成度"],
    ["A", "計画以上（100%～）"],
    ["B", "計画どおり（70～99%）"],
    ["C", "計画以下（1～69%）"],
    ["D", "未着手（0%）"],
    [],
  ];
  const merges: CellRange[] = [{ top: 2, left: 1, bottom: 2, right: 2 }];
  const goals = Math.max(1, Math.min(ROMAN.length, Math.round(entries / 2500) + 3));
  let item = 0;
  let measure = 0;
  let written = 0;
  let pageLeft = 0;
  const open = new Map<number, { start: number; key: string }>();
  const close = (col: number, end: number) => {
    const o = open.get(col);
    if (o && end > o.start) merges.push({ top: o.start, left: col, bottom: end, right: col });
    open.delete(col);
  };
  const lastKey = new Map<number, string>();
  /** Start a merged run for a label unless it continues; a label carried onto a new page gets （続）. */
  const place = (col: number, row: number, key: string, text: string) => {
    const o = open.get(col);
    if (o && o.key === key) return;
    close(col, row - 1);
    open.set(col, { start: row, key });
    values[row][col] = col !== 5 && lastKey.get(col) === key ? `${text}（続）` : text;
    lastKey.set(col, key);
  };
  for (let g = 0; g < goals && written < entries; g++) {
    const goalEntries = Math.ceil((entries - written) / (goals - g));
    let goalWritten = 0;
    while (goalWritten < goalEntries && written < entries) {
      measure++;
      const items = 2 + Math.floor(rnd() * 4);
      for (let k = 0; k < items && goalWritten < goalEntries && written < entries; k++) {
        item++;
        const depts = 1 + Math.floor(rnd() * 4);
        const length = 100 + Math.floor(rnd() * 500);
        const parts: string[] = [];
        for (let n = 0; n < length; n += 18)
          parts.push(PHRASES[Math.floor(rnd() * PHRASES.length)], "た。");
        const narrative = parts.join("");
        for (let d = 0; d < depts && goalWritten < goalEntries && written < entries; d++) {
          if (pageLeft === 0) {
            for (const col of [...open.keys()]) close(col, values.length - 1);
            values.push([...HEADER]);
            pageLeft = pageRows;
          }
          const row = values.length;
          values.push([
            null,
            null,
            null,
            DEPARTMENTS[(item + d) % DEPARTMENTS.length],
            "ABCD"[Math.floor(rnd() * 4)],
            null,
          ]);
          place(0, row, `g${g}`, `${ROMAN[g]} ${TITLES[g % TITLES.length]}をめざして`);
          place(1, row, `m${measure}`, `${measure} ${TITLES[measure % TITLES.length]}`);
          place(
            2,
            row,
            `i${item}`,
            `${item} ${TITLES[(item * 7) % TITLES.length]}に向けた事業${item}`
          );
          place(5, row, `i${item}`, narrative);
          pageLeft--;
          written++;
          goalWritten++;
        }
      }
    }
  }
  for (const col of [...open.keys()]) close(col, values.length - 1);
  return { name: "達成状況", top: 0, left: 0, values, merges };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The smallest valid .xlsx holding a snapshot (inline strings, merged areas): fast enough for 100,000 rows. */
export function snapshotToXlsx(s: SheetSnapshot): Uint8Array {
  const rows: string[] = [];
  s.values.forEach((line, r) => {
    const cells: string[] = [];
    line.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const ref = cellAddress(r + s.top, c + s.left);
      if (typeof v === "number") cells.push(`<c r="${ref}"><v>${v}</v></c>`);
      else if (typeof v === "boolean") cells.push(`<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`);
      else if (typeof v === "object") cells.push(`<c r="${ref}" t="e"><v>${esc(v.error)}</v></c>`);
      else
        cells.push(
          `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`
        );
    });
    if (cells.length) rows.push(`<row r="${r + s.top + 1}">${cells.join("")}</row>`);
  });
  const merges = s.merges
    .map(
      (m) => `<mergeCell ref="${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}"/>`
    )
    .join("");
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData>${merges ? `<mergeCells count="${s.merges.length}">${merges}</mergeCells>` : ""}</worksheet>`;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${esc(s.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
  };
  return zipSync(files, { level: 6 });
}
