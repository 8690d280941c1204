import type { IssueDraft, PlanRule } from "../issues";
import { formatNumber } from "../layout/labels";
import { WORDS } from "../i18n/words";
import { numberingEvents } from "./numbering-sequence";

/** A sentence starts with a capital: "Item numbers skip …". */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const numberingGap: PlanRule<"numbering-gap"> = {
  code: "numbering-gap",
  severity: "warning",
  message: {
    ja: (a) =>
      `${WORDS.ja.level[a.level]}の番号が ${a.before} から ${a.number} に飛んでいます（${a.missing} がありません）。`,
    en: (a) =>
      `${capital(WORDS.en.level[a.level])} numbers skip from ${a.before} to ${a.number} (${a.missing} missing).`,
  },
  check({ plan }): IssueDraft<"numbering-gap">[] {
    return numberingEvents(plan)
      .filter((e) => e.kind === "gap")
      .map((e) => {
        const [from, to] = e.missing;
        const fmt = (n: number) => formatNumber({ number: n, roman: e.block.roman });
        const missing = from === to ? fmt(from) : `${fmt(from)}–${fmt(to)}`;
        return {
          cell: e.block.cell,
          ...(e.level === "goal"
            ? { goal: e.block.numeral }
            : e.level === "measure"
              ? { measure: e.block.number }
              : { item: e.block.number }),
          args: { level: e.level, before: fmt(from - 1), number: e.block.numeral, missing },
        };
      });
  },
};
