import { join } from "node:path";
import type { PlanRow } from "../../../scripts/samples/plan-rows";
import { SEED_COLUMNS, SEED_LEGEND, seedRows, writeWorkbook } from "../../helpers/workbooks";

/**
 * Last year's list, made from the seed (this year's) by hand, each change one a reader of both
 * lists would note:
 * - ratings: item 2 女性センター C (now B: up), item 4 総務人権推進課 A (now B: down), item 10 産業振興課
 *   unrated (now rated);
 * - items: last year's 14 「男女共同参画に関する意識調査の実施」 is gone; this year's 26 「地域活動に関する
 *   情報の発信」 is new; so this year's 14–25 were numbered 15–26 last year, the rest alike;
 * - titles: 30 was 「相談窓口の周知・広報」 (a rewrite: unsure), 44 「…大切にする教育の推進」 (a small edit);
 * - departments: 総務人権推進課 was 人権推進課 everywhere (a rename); item 15 had 商工観光課 where it now
 *   has 産業振興課, item 24 had 地域活動推進課 as well (moved);
 * - narratives: items 1, 8 and 50 this year are last year's word for word; 12 and 31 differ by a
 *   character or two; every other item's is new.
 */
export const LAST_YEAR = {
  up: [{ item: 2, department: "女性センター", from: "C", to: "B" }],
  down: [{ item: 4, department: "総務人権推進課", from: "A", to: "B" }],
  newlyRated: [{ item: 10, department: "産業振興課", to: "B" }],
  dropped: "男女共同参画に関する意識調査の実施",
  added: 26,
  renumbered: [14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25],
  unsure: 30,
  renamed: { from: "人権推進課", to: "総務人権推進課", items: [1, 4, 31, 42] },
  moved: [
    { item: 15, added: "産業振興課", dropped: "商工観光課" },
    { item: 24, added: "", dropped: "地域活動推進課" },
  ],
  stale: [1, 8, 50],
  similar: [12, 31],
};

const numberOf = (label: string) => Number(/^\d+/.exec(label)?.[0]);
const renumber = (label: string, n: number) => label.replace(/^\d+/, String(n));

export function lastYearRows(): PlanRow[] {
  const out: PlanRow[] = [];
  for (const row of seedRows()) {
    const n = numberOf(row.item);
    if (n === LAST_YEAR.added) continue;
    const r = { ...row };
    if (n === 14) {
      out.push({
        ...row,
        item: "14 男女共同参画に関する意識調査の実施",
        department: "女性センター",
        rating: "A",
        narrative: "市民意識調査を実施し、結果を報告書にまとめて公表した。",
      });
    }
    if (n >= 14 && n <= 25) r.item = renumber(r.item, n + 1);
    if (n === 30) r.item = "30 相談窓口の周知・広報";
    if (n === 44) r.item = "44 それぞれの性を尊重し命を大切にする教育の推進";
    if (r.department === "総務人権推進課") r.department = "人権推進課";
    if (n === 2 && r.department === "女性センター") r.rating = "C";
    if (n === 4 && r.department === "人権推進課") r.rating = "A";
    if (n === 10 && r.department === "産業振興課") r.rating = "";
    if (n === 15 && r.department === "産業振興課") r.department = "商工観光課";
    if (LAST_YEAR.stale.includes(n)) r.narrative = row.narrative;
    else if (n === 12) r.narrative = row.narrative.replace("ワーク", "ワーク・");
    else if (n === 31) r.narrative = row.narrative.replace("開催し", "開き");
    else if (row.narrative)
      r.narrative = `令和4年度は「${row.item.replace(/^\d+\s*/, "")}」について、計画に沿って取り組んだ（${n}）。`;
    out.push(r);
    if (n === 24 && row.department === "保健センター")
      out.push({ ...r, department: "地域活動推進課", rating: "B" });
  }
  return out;
}

/** Last year's and this year's workbooks, in the seed's layout. */
export async function writeYears(dir: string): Promise<{ last: string; current: string }> {
  const layout = (sheetName: string, title: string) => ({
    sheetName,
    title,
    columns: SEED_COLUMNS,
    legend: SEED_LEGEND,
    fill: "merge" as const,
  });
  const last = await writeWorkbook(
    join(dir, "plan-r4.xlsx"),
    lastYearRows(),
    layout("R4達成状況", "令和4年度 達成状況一覧")
  );
  const current = await writeWorkbook(
    join(dir, "plan-r5.xlsx"),
    seedRows(),
    layout("R5達成状況", "令和5年度 達成状況一覧")
  );
  return { last, current };
}
