import type { Lang } from "../issues";
import type { MergeCode, MergeFinding } from "./merge";

type Say = (f: MergeFinding) => string;

const files = (f: MergeFinding) => (f.files ?? []).join(", ");
const where = (f: MergeFinding) => [f.formCell, f.planCell].filter(Boolean).join(" → ");
const arg = (f: MergeFinding, k: string) => String(f.args?.[k] ?? "");
const field = (f: MergeFinding, lang: Lang) =>
  arg(f, "field") === "rating"
    ? lang === "ja"
      ? "達成度"
      : "rating"
    : lang === "ja"
      ? "取組状況"
      : "narrative";

const MESSAGES: Record<MergeCode, Record<Lang, Say>> = {
  "form-missing": {
    ja: (f) => `${f.department} の回答票がありません（${arg(f, "entries")} 件）。`,
    en: (f) => `No form came back from ${f.department} (${arg(f, "entries")} entries).`,
  },
  "form-other-plan": {
    ja: (f) => `${files(f)} は別の計画から作られた回答票です。取り込みませんでした。`,
    en: (f) => `${files(f)} was made from another plan: nothing of it was merged.`,
  },
  "entry-missing": {
    ja: (f) =>
      `${f.department} の回答票に取組項目 ${f.item} の行がありません（行が削除されています）。`,
    en: (f) => `The form of ${f.department} has no row for item ${f.item} (a row was deleted).`,
  },
  "entry-unanswered": {
    ja: (f) => `${f.department}: 取組項目 ${f.item} の達成度が未記入です（${f.formCell}）。`,
    en: (f) => `${f.department}: item ${f.item} has no rating (${f.formCell}).`,
  },
  "changed-outside-answers": {
    ja: (f) =>
      `${f.department}: 回答欄以外が書き換えられています（${where(f)}）: 「${arg(f, "sent")}」→「${arg(f, "found")}」。計画のこのセルは変えません（回答はキーで照合して取り込みます）。`,
    en: (f) =>
      `${f.department}: a cell outside the answers was changed (${where(f)}): "${arg(f, "sent")}" → "${arg(f, "found")}". The plan's cell is left as it is (answers are matched by key).`,
  },
  "answered-twice": {
    ja: (f) =>
      `${f.department} の ${arg(f, "count")} 件が二重に回答されています（${files(f)}）。回答は同じため 1 回だけ取り込みました。`,
    en: (f) =>
      `${arg(f, "count")} entries of ${f.department} were answered twice (${files(f)}), the same way: merged once.`,
  },
  "answers-differ": {
    ja: (f) =>
      `${f.department}: 取組項目 ${f.item} に異なる回答が 2 つあります（${f.formCell}）。取り込みませんでした。`,
    en: (f) =>
      `${f.department}: item ${f.item} was answered twice differently (${f.formCell}): not merged.`,
  },
  "key-unknown": {
    ja: (f) =>
      `${files(f)} の行（${f.formCell}）のキーが計画にありません（計画の項目が変わったか、行が複製されています）。`,
    en: (f) =>
      `The row at ${f.formCell} of ${files(f)} has a key the plan does not know (the plan's items changed, or the row was copied).`,
  },
  "row-without-key": {
    ja: (f) =>
      `${files(f)} に回答票にない行が加えられています（${f.formCell}）。取り込みませんでした。`,
    en: (f) => `${files(f)} has a row added by hand (${f.formCell}): not merged.`,
  },
  "rating-not-in-list": {
    ja: (f) =>
      `${f.department}: 取組項目 ${f.item} の達成度「${arg(f, "value")}」は凡例にありません（${arg(f, "codes")}）。取り込みませんでした（${f.formCell}）。`,
    en: (f) =>
      `${f.department}: item ${f.item}'s rating "${arg(f, "value")}" is not a code of the legend (${arg(f, "codes")}): not merged (${f.formCell}).`,
  },
  "shared-answer-differs": {
    ja: (f) =>
      `取組項目 ${f.item} の共通の${field(f, "ja")}（${f.planCell}）に、${arg(f, "departments")} が異なる回答をしました。書き込みませんでした。`,
    en: (f) =>
      `Item ${f.item}'s shared ${field(f, "en")} (${f.planCell}) was answered differently by ${arg(f, "departments")}: not written.`,
  },
};

export function mergeMessage(f: MergeFinding, lang: Lang): string {
  return MESSAGES[f.code][lang](f);
}
