import type { IssueDraft, PlanRule } from "../issues";
import { WORDS } from "../i18n/words";
import { numberingEvents } from "./numbering-sequence";

/** A sentence starts with a capital: "Item numbers skip …". */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const numberingOrder: PlanRule<"numbering-order"> = {
  code: "numbering-order",
  severity: "warning",
  message: {
    ja: (a) =>
      a.kind === "repeat"
        ? `${WORDS.ja.level[a.level]}の番号 ${a.number} が ${a.otherCell} と重複しています（「${a.title}」と「${a.otherTitle}」）。`
        : `${WORDS.ja.level[a.level]}の番号 ${a.number} が前の ${a.otherNumber}（${a.otherCell}）より戻っています。`,
    en: (a) =>
      a.kind === "repeat"
        ? `${capital(WORDS.en.level[a.level])} number ${a.number} is used again (${a.otherCell}): "${a.title}" and "${a.otherTitle}".`
        : `${capital(WORDS.en.level[a.level])} number ${a.number} goes back after ${a.otherNumber} (${a.otherCell}).`,
  },
  check({ plan }): IssueDraft<"numbering-order">[] {
    return numberingEvents(plan)
      .filter((e) => e.kind !== "gap")
      .map((e): IssueDraft<"numbering-order"> => ({
        cell: e.block.cell,
        related: [e.other.cell],
        ...(e.level === "goal"
          ? { goal: e.block.numeral }
          : e.level === "measure"
            ? { measure: e.block.number }
            : { item: e.block.number }),
        args: {
          level: e.level,
          kind: e.kind,
          number: e.block.numeral,
          title: e.block.title,
          otherNumber: e.other.numeral,
          otherTitle: e.other.title,
          otherCell: e.other.cell,
        },
      }));
  },
};
