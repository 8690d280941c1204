import { en } from "../../../src/core/i18n/en";
import { ja } from "../../../src/core/i18n/ja";
import { WORDS, type Words } from "../../../src/core/i18n/words";

/** Each word's path and kind: a text, a sentence made from values, or a list. */
function shape(words: object, at = ""): string[] {
  return Object.entries(words).flatMap(([key, word]: [string, unknown]) =>
    typeof word === "object" && word !== null && !Array.isArray(word)
      ? shape(word, `${at}${key}.`)
      : [`${at}${key}: ${Array.isArray(word) ? `list of ${word.length}` : typeof word}`]
  );
}

describe("the word catalogue", () => {
  test("English says every word Japanese says, of the same kind", () => {
    expect(shape(en)).toEqual(shape(ja));
    expect(shape(ja).length).toBeGreaterThan(100);
  });

  test("a sentence comes out in the language asked for", () => {
    expect(WORDS.ja.report.totals(2, 1)).toBe("エラー 2 件、警告 1 件");
    expect(WORDS.en.report.totals(2, 1)).toBe("2 errors, 1 warnings");
  });

  test("a catalogue without one of the words does not compile", () => {
    const { noChange: _left, ...compare } = en.compare;
    // @ts-expect-error compare.noChange is missing
    const missing: Words = { ...en, compare };
    expect(Object.keys(missing.compare)).not.toContain("noChange");
  });
});
