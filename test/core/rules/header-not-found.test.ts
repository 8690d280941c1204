import { sheet } from "../../helpers/sheet";
import { issuesOf } from "../../helpers/issues";
import { validateSheet } from "../../../src/core/validate";
import { issueMessage } from "../../../src/core/i18n/messages";

describe("header-not-found", () => {
  test("a sheet without header words gets one error naming the words looked for", () => {
    const s = sheet([["a", "b", "c"], ["1", "2", "3"]], { header: ["番号", "名前", "金額"] });
    const hits = issuesOf(s, "header-not-found");
    expect(hits).toHaveLength(1);
    expect(hits[0].cell).toBe("A1");
    expect(issueMessage(hits[0], "ja")).toContain("取組項目");
    expect(issueMessage(hits[0], "en")).toContain("Department");
    expect(validateSheet(s).issues).toHaveLength(1);
  });

  test("three of six header words are not enough", () => {
    const s = sheet([], { header: ["基本目標", "施策", "取組項目", "備考"] });
    expect(issuesOf(s, "header-not-found")).toHaveLength(1);
  });

  test("an empty sheet does not throw", () => {
    const result = validateSheet({ name: "空", top: 0, left: 0, values: [], merges: [] });
    expect(result.issues.map((i) => i.code)).toEqual(["header-not-found"]);
  });
});
