import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { validateSheet } from "../../../src/core/validate";
import { issueMessage } from "../../../src/core/i18n/messages";

describe("header-not-found", () => {
  test("a sheet without header words gets one error naming the words looked for", () => {
    const s = sheet(
      [
        ["a", "b", "c"],
        ["1", "2", "3"],
      ],
      { header: ["番号", "名前", "金額"] }
    );
    const hits = issuesOf(s, "header-not-found");
    expect(hits).toHaveLength(1);
    expect(hits[0].cell).toBe("A1");
    const ja = issueMessage(hits[0], "ja");
    expect(ja).toContain("取組項目");
    // Japanese words only in Japanese, English only in English, and short enough to read at a glance.
    expect(ja).not.toMatch(/[A-Za-z]{3,}/);
    expect(ja.length).toBeLessThan(150);
    const en = issueMessage(hits[0], "en");
    expect(en).toContain("Department");
    expect(en).not.toMatch(/[\u3040-\u30FF\u4E00-\u9FFF]/);
    expect(validateSheet(s).issues).toHaveLength(1);
  });

  test("three of six header words are not enough", () => {
    const s = sheet([], { header: ["基本目標", "施策", "取組項目", "備考"] });
    const hits = issuesOf(s, "header-not-found");
    expect(hits).toHaveLength(1);
    // Two header words a person would write for each field, in the reader's own language.
    expect(issueMessage(hits[0], "ja")).toBe(
      "見出し行が見つかりません。基本目標・目標、施策・基本施策、取組項目・具体的取組、担当課・所管課、達成度・評価、取組計画と達成状況・取組状況 のような見出しが4つ以上並ぶ行を探しました。列を指定すれば点検できます。"
    );
    expect(issueMessage(hits[0], "en")).toBe(
      "No header row found: looked for a row naming at least 4 of the fields (Goal / Basic goal; Measure / Policy; Action item / Item; Department / Dept; Rating / Grade; Narrative / Status). Map the columns to check it."
    );
  });

  test("an empty sheet does not throw, and is told apart: it says the sheet is empty", () => {
    const result = validateSheet({ name: "空", top: 0, left: 0, values: [], merges: [] });
    expect(result.issues.map((i) => i.code)).toEqual(["header-not-found"]);
    expect(issueMessage(result.issues[0], "ja")).toContain("何も書かれていません");
    expect(issueMessage(result.issues[0], "en")).toContain("empty");
    const blank = validateSheet({
      name: "空白",
      top: 3,
      left: 2,
      values: [[null, ""], [null]],
      merges: [],
    });
    expect(issueMessage(blank.issues[0], "en")).toContain("empty");
  });
});
