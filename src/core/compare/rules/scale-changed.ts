import { cellAddress } from "../../snapshot";
import type { CompareRuleOf } from "../types";

const evaluable = (codes: { code: string; notEvaluable: boolean }[]) =>
  codes.filter((c) => !c.notEvaluable).map((c) => c.code);

/**
 * The legend's codes changed between the years: ratings are ranked by their place in each
 * year's legend when both have as many codes, and not ranked at all otherwise.
 */
export const scaleChanged: CompareRuleOf<"scale-changed"> = {
  code: "scale-changed",
  severity: "warning",
  message: {
    ja: (a) =>
      `達成度の区分が前年度（${a.from}）と今年度（${a.to}）で違います。${a.ranked ? "凡例の順位どうしで比べました。" : "区分の数が違うため、上がった・下がったは判定していません。"}`,
    en: (a) =>
      `The rating codes changed (last year ${a.from}, this year ${a.to}): ${a.ranked ? "ratings were compared by their place in each legend." : "they differ in number, so no rating is called up or down."}`,
  },
  check({ last, current }) {
    const [from, to] = [evaluable(last.scale.codes), evaluable(current.scale.codes)];
    if (from.join("\u0000") === to.join("\u0000")) return [];
    const h = current.header;
    return [
      {
        sheet: current.sheet,
        cell: cellAddress(h.row, h.columns.rating ?? 0),
        cellIn: "this",
        args: {
          from: from.join(", "),
          to: to.join(", "),
          ranked: from.length === to.length ? 1 : 0,
        },
      },
    ];
  },
};
