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
import type { Entry } from "../model";
import { removeSpaces, nfkc } from "../text";
import { itemContext, itemName } from "./where";

/** More distinct department names than a plan can hold: an (item, department) pair is one number below 2^53. */
const DEPARTMENT_IDS = 0x100000;
export const departmentDuplicate: Rule = stryMutAct_9fa48("0") ? {} : (stryCov_9fa48("0"), {
  code: stryMutAct_9fa48("1") ? "" : (stryCov_9fa48("1"), "department-duplicate"),
  severity: stryMutAct_9fa48("2") ? "" : (stryCov_9fa48("2"), "warning"),
  message: stryMutAct_9fa48("3") ? {} : (stryCov_9fa48("3"), {
    ja: stryMutAct_9fa48("4") ? () => undefined : (stryCov_9fa48("4"), a => stryMutAct_9fa48("5") ? `` : (stryCov_9fa48("5"), `取組項目 ${a.item} に「${a.department}」が2回あります（${a.otherCell}）。`)),
    en: stryMutAct_9fa48("6") ? () => undefined : (stryCov_9fa48("6"), a => stryMutAct_9fa48("7") ? `` : (stryCov_9fa48("7"), `Item ${a.item} lists "${a.department}" twice (${a.otherCell}).`))
  }),
  check({
    plan
  }) {
    if (stryMutAct_9fa48("8")) {
      {}
    } else {
      stryCov_9fa48("8");
      const seen = new Map<number, Entry>();
      // Each written name folds once to a number; an (item, name) pair is then one numeric key.
      const ids = new Map<string, number>();
      const byFolded = new Map<string, number>();
      const out = stryMutAct_9fa48("9") ? ["Stryker was here"] : (stryCov_9fa48("9"), []);
      for (const e of plan.entries) {
        if (stryMutAct_9fa48("10")) {
          {}
        } else {
          stryCov_9fa48("10");
          if (stryMutAct_9fa48("13") ? false : stryMutAct_9fa48("12") ? true : stryMutAct_9fa48("11") ? e.department : (stryCov_9fa48("11", "12", "13"), !e.department)) continue;
          let id = ids.get(e.department);
          if (stryMutAct_9fa48("16") ? id !== undefined : stryMutAct_9fa48("15") ? false : stryMutAct_9fa48("14") ? true : (stryCov_9fa48("14", "15", "16"), id === undefined)) {
            if (stryMutAct_9fa48("17")) {
              {}
            } else {
              stryCov_9fa48("17");
              const folded = removeSpaces(nfkc(e.department));
              id = stryMutAct_9fa48("18") ? byFolded.get(folded) && byFolded.size : (stryCov_9fa48("18"), byFolded.get(folded) ?? byFolded.size);
              byFolded.set(folded, id);
              ids.set(e.department, id);
            }
          }
          const key = stryMutAct_9fa48("19") ? e.item * DEPARTMENT_IDS - id : (stryCov_9fa48("19"), (stryMutAct_9fa48("20") ? e.item / DEPARTMENT_IDS : (stryCov_9fa48("20"), e.item * DEPARTMENT_IDS)) + id);
          const earlier = seen.get(key);
          if (stryMutAct_9fa48("23") ? false : stryMutAct_9fa48("22") ? true : stryMutAct_9fa48("21") ? earlier : (stryCov_9fa48("21", "22", "23"), !earlier)) {
            if (stryMutAct_9fa48("24")) {
              {}
            } else {
              stryCov_9fa48("24");
              seen.set(key, e);
              continue;
            }
          }
          // One merged department cell over two rating rows is one department, not two.
          if (stryMutAct_9fa48("27") ? earlier.departmentCell === e.departmentCell || !e.fromMultiCell : stryMutAct_9fa48("26") ? false : stryMutAct_9fa48("25") ? true : (stryCov_9fa48("25", "26", "27"), (stryMutAct_9fa48("29") ? earlier.departmentCell !== e.departmentCell : stryMutAct_9fa48("28") ? true : (stryCov_9fa48("28", "29"), earlier.departmentCell === e.departmentCell)) && (stryMutAct_9fa48("30") ? e.fromMultiCell : (stryCov_9fa48("30"), !e.fromMultiCell)))) continue;
          out.push(stryMutAct_9fa48("31") ? {} : (stryCov_9fa48("31"), {
            cell: e.departmentCell,
            related: stryMutAct_9fa48("32") ? [] : (stryCov_9fa48("32"), [earlier.departmentCell]),
            department: e.department,
            ...itemContext(plan, e.item),
            args: stryMutAct_9fa48("33") ? {} : (stryCov_9fa48("33"), {
              item: itemName(plan, e.item),
              department: e.department,
              otherCell: earlier.departmentCell
            })
          }));
        }
      }
      return out;
    }
  }
});