import { compareYears } from "../../../src/core/compare/compare";
import { issueMessage, langFromLocale } from "../../../src/core/i18n/messages";
import { validateSheet } from "../../../src/core/validate";
import { sheet } from "../../helpers/sheet";

const plan = (rating: string, name: string) =>
  validateSheet(
    sheet([["I 目標", "1 施策", "1 講座", "総務課", rating, "講座を開いた。"]], { name })
  );

test("a finding of the checker reads in the language asked for", () => {
  const [issue] = plan("E", "R5").issues;
  expect(issue.code).toBe("rating-invalid");
  expect(issueMessage(issue, "ja")).toContain("「E」");
  expect(issueMessage(issue, "en")).toContain('"E"');
  expect(issueMessage(issue, "ja")).not.toBe(issueMessage(issue, "en"));
});

test("a finding of the comparison reads in the language asked for", () => {
  const [issue] = compareYears(plan("C", "R4").plan!, plan("A", "R5").plan!).issues;
  expect(issue.code).toBe("rating-up");
  expect(issueMessage(issue, "ja")).toBe(
    "取組項目 1「講座」（総務課）の達成度が C から A に上がりました。"
  );
  expect(issueMessage(issue, "en")).toBe("Item 1「講座」 (総務課): rating up from C to A.");
});

test("a finding of a code neither knows (a newer report read by an older add-in) shows its code", () => {
  const [issue] = compareYears(plan("C", "R4").plan!, plan("A", "R5").plan!).issues;
  const newer = { ...issue, code: "rating-leap" } as unknown as typeof issue;
  expect(issueMessage(newer, "ja")).toBe("rating-leap");
});

test("Japanese when the locale says so, in any case; English otherwise", () => {
  expect(["ja", "ja-JP", "JA_jp.UTF-8", "ja_JP.UTF-8"].map(langFromLocale)).toEqual([
    "ja",
    "ja",
    "ja",
    "ja",
  ]);
  expect(["en-US", "C.UTF-8", "fr", "xja", "", undefined, null].map(langFromLocale)).toEqual([
    "en",
    "en",
    "en",
    "en",
    "en",
    "en",
    "en",
  ]);
});
