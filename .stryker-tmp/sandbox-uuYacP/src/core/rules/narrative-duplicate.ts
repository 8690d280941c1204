// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import type { Rule } from "../issues";
import type { Item } from "../model";
import { nfkc, removeSpaces } from "../text";

/** Full-width letters and digits: the only width differences worth folding in a copied text. */
const WIDE = stryMutAct_9fa48("34") ? /[^\uFF01-\uFF5E]/ : (stryCov_9fa48("34"), /[\uFF01-\uFF5E]/);

/** The text compared word for word: spaces and line breaks left out, widths folded where there are any. */
function comparable(text: string): string {
  if (stryMutAct_9fa48("35")) {
    {}
  } else {
    stryCov_9fa48("35");
    const bare = removeSpaces(text);
    return WIDE.test(bare) ? removeSpaces(nfkc(bare)) : bare;
  }
}
import { isPlaceholder } from "./narrative-placeholder";
import { itemContext, itemName } from "./where";

/** Shorter texts repeat by nature ("実施した。"); only reports this long are worth comparing. */
const MIN_LENGTH = 10;
export const narrativeDuplicate: Rule = stryMutAct_9fa48("36") ? {} : (stryCov_9fa48("36"), {
  code: stryMutAct_9fa48("37") ? "" : (stryCov_9fa48("37"), "narrative-duplicate"),
  severity: stryMutAct_9fa48("38") ? "" : (stryCov_9fa48("38"), "warning"),
  message: stryMutAct_9fa48("39") ? {} : (stryCov_9fa48("39"), {
    ja: stryMutAct_9fa48("40") ? () => undefined : (stryCov_9fa48("40"), a => stryMutAct_9fa48("41") ? `` : (stryCov_9fa48("41"), `取組項目 ${a.item} の取組計画と達成状況が取組項目 ${a.other} と一字一句同じです（${a.otherCell}）。`)),
    en: stryMutAct_9fa48("42") ? () => undefined : (stryCov_9fa48("42"), a => stryMutAct_9fa48("43") ? `` : (stryCov_9fa48("43"), `Item ${a.item}'s narrative is word for word the same as item ${a.other}'s (${a.otherCell}).`))
  }),
  check({
    plan
  }) {
    if (stryMutAct_9fa48("44")) {
      {}
    } else {
      stryCov_9fa48("44");
      const first = new Map<string, Item>();
      const out = stryMutAct_9fa48("45") ? ["Stryker was here"] : (stryCov_9fa48("45"), []);
      for (const item of plan.items) {
        if (stryMutAct_9fa48("46")) {
          {}
        } else {
          stryCov_9fa48("46");
          if (stryMutAct_9fa48("49") ? (!item.narrative || item.narrative.length < MIN_LENGTH) && isPlaceholder(item.narrative) : stryMutAct_9fa48("48") ? false : stryMutAct_9fa48("47") ? true : (stryCov_9fa48("47", "48", "49"), (stryMutAct_9fa48("51") ? !item.narrative && item.narrative.length < MIN_LENGTH : stryMutAct_9fa48("50") ? false : (stryCov_9fa48("50", "51"), (stryMutAct_9fa48("52") ? item.narrative : (stryCov_9fa48("52"), !item.narrative)) || (stryMutAct_9fa48("55") ? item.narrative.length >= MIN_LENGTH : stryMutAct_9fa48("54") ? item.narrative.length <= MIN_LENGTH : stryMutAct_9fa48("53") ? false : (stryCov_9fa48("53", "54", "55"), item.narrative.length < MIN_LENGTH)))) || isPlaceholder(item.narrative))) continue;
          const key = comparable(item.narrative);
          const earlier = first.get(key);
          if (stryMutAct_9fa48("58") ? false : stryMutAct_9fa48("57") ? true : stryMutAct_9fa48("56") ? earlier : (stryCov_9fa48("56", "57", "58"), !earlier)) {
            if (stryMutAct_9fa48("59")) {
              {}
            } else {
              stryCov_9fa48("59");
              first.set(key, item);
              continue;
            }
          }
          // One cell merged across both items is shared on purpose, not copied.
          if (stryMutAct_9fa48("62") ? item.narrativeAnchors.every(a => earlier.narrativeAnchors.includes(a)) : stryMutAct_9fa48("61") ? false : stryMutAct_9fa48("60") ? true : (stryCov_9fa48("60", "61", "62"), item.narrativeAnchors.some(stryMutAct_9fa48("63") ? () => undefined : (stryCov_9fa48("63"), a => earlier.narrativeAnchors.includes(a))))) continue;
          out.push(stryMutAct_9fa48("64") ? {} : (stryCov_9fa48("64"), {
            cell: item.narrativeCell,
            related: stryMutAct_9fa48("65") ? [] : (stryCov_9fa48("65"), [earlier.narrativeCell]),
            ...itemContext(plan, item.index),
            args: stryMutAct_9fa48("66") ? {} : (stryCov_9fa48("66"), {
              item: itemName(plan, item.index),
              other: itemName(plan, earlier.index),
              otherCell: earlier.narrativeCell
            })
          }));
        }
      }
      return out;
    }
  }
});