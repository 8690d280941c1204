import { mergeMessage } from "../../../src/core/roundtrip/messages";
import {
  MERGE_SEVERITY,
  type MergeCode,
  type MergeFinding,
} from "../../../src/core/roundtrip/merge";

/** A finding of `code` naming every place a message may read, with the given args. */
const finding = (code: MergeCode, args: object = {}) =>
  ({
    code,
    severity: MERGE_SEVERITY[code],
    department: "総務課",
    files: ["総務課.xlsx", "総務課 (2).xlsx"],
    item: "1 講座",
    formCell: "回答票!E5",
    planCell: "一覧!E9",
    args,
  }) as MergeFinding;

describe("what the office reads about a merge", () => {
  test.each<[MergeCode, object, string, string]>([
    [
      "form-missing",
      { entries: 3 },
      "総務課 の回答票がありません（3 件）。",
      "No form came back from 総務課 (3 entries).",
    ],
    [
      "form-other-plan",
      {},
      "総務課.xlsx, 総務課 (2).xlsx は別の計画から作られた回答票です。取り込みませんでした。",
      "総務課.xlsx, 総務課 (2).xlsx was made from another plan: nothing of it was merged.",
    ],
    [
      "entry-missing",
      {},
      "総務課 の回答票に取組項目 1 講座 の行がありません（行が削除されています）。",
      "The form of 総務課 has no row for item 1 講座 (a row was deleted).",
    ],
    [
      "entry-unanswered",
      {},
      "総務課: 取組項目 1 講座 の達成度が未記入です（回答票!E5）。",
      "総務課: item 1 講座 has no rating (回答票!E5).",
    ],
    [
      "changed-outside-answers",
      { sent: "講座", found: "研修" },
      "総務課: 回答欄以外が書き換えられています（回答票!E5 → 一覧!E9）: 「講座」→「研修」。計画のこのセルは変えません（回答はキーで照合して取り込みます）。",
      '総務課: a cell outside the answers was changed (回答票!E5 → 一覧!E9): "講座" → "研修". The plan\'s cell is left as it is (answers are matched by key).',
    ],
    [
      "answered-twice",
      { count: 2 },
      "総務課 の 2 件が二重に回答されています（総務課.xlsx, 総務課 (2).xlsx）。回答は同じため 1 回だけ取り込みました。",
      "2 entries of 総務課 were answered twice (総務課.xlsx, 総務課 (2).xlsx), the same way: merged once.",
    ],
    [
      "answers-differ",
      {},
      "総務課: 取組項目 1 講座 に異なる回答が 2 つあります（回答票!E5）。取り込みませんでした。",
      "総務課: item 1 講座 was answered twice differently (回答票!E5): not merged.",
    ],
    [
      "key-unknown",
      {},
      "総務課.xlsx, 総務課 (2).xlsx の行（回答票!E5）のキーが計画にありません（計画の項目が変わったか、行が複製されています）。",
      "The row at 回答票!E5 of 総務課.xlsx, 総務課 (2).xlsx has a key the plan does not know (the plan's items changed, or the row was copied).",
    ],
    [
      "row-without-key",
      {},
      "総務課.xlsx, 総務課 (2).xlsx に回答票にない行が加えられています（回答票!E5）。取り込みませんでした。",
      "総務課.xlsx, 総務課 (2).xlsx has a row added by hand (回答票!E5): not merged.",
    ],
    [
      "rating-not-in-list",
      { value: "S", codes: "A, B, C, D" },
      "総務課: 取組項目 1 講座 の達成度「S」は凡例にありません（A, B, C, D）。取り込みませんでした（回答票!E5）。",
      '総務課: item 1 講座\'s rating "S" is not a code of the legend (A, B, C, D): not merged (回答票!E5).',
    ],
    [
      "shared-answer-differs",
      { field: "rating", departments: "総務課、企画課" },
      "取組項目 1 講座 の共通の達成度（一覧!E9）に、総務課、企画課 が異なる回答をしました。書き込みませんでした。",
      "Item 1 講座's shared rating (一覧!E9) was answered differently by 総務課、企画課: not written.",
    ],
    [
      "shared-answer-differs",
      { field: "narrative", departments: "総務課、企画課" },
      "取組項目 1 講座 の共通の取組状況（一覧!E9）に、総務課、企画課 が異なる回答をしました。書き込みませんでした。",
      "Item 1 講座's shared narrative (一覧!E9) was answered differently by 総務課、企画課: not written.",
    ],
    [
      "shared-rating-waiting",
      { departments: "総務課", waiting: "企画課" },
      "取組項目 1 講座 の達成度のセル（一覧!E9）には課ごとに達成度を書きます。企画課 の達成度がそろうまで、総務課 の回答は書き込みませんでした（1 つだけ書くと全課の達成度と読まれます）。",
      "Item 1 講座's rating cell (一覧!E9) holds a rating per department: the answer of 総務課 is not written until 企画課 has a rating too (a rating alone in the cell reads as every department's).",
    ],
  ])("%s", (code, args, ja, en) => {
    expect(mergeMessage(finding(code, args), "ja")).toBe(ja);
    expect(mergeMessage(finding(code, args), "en")).toBe(en);
  });
});
