import type { PlannedSheet, WorkbookPlan } from "../../../src/core/plan/summary-plan";

type Value = string | number | null;

const colIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * Excel's criterion test for the two kinds the summaries may use: a number, or "=" and a text.
 * In the text, ? and * are wildcards and ~ makes the next character literal, as Microsoft's
 * COUNTIFS page says ("type a tilde (~) in front of the character" to find a real ? or *).
 */
function meets(v: Value, criterion: Value): boolean {
  if (typeof criterion === "number") return v === criterion;
  if (typeof criterion === "string" && criterion.startsWith("=")) {
    const pattern = criterion
      .slice(1)
      .replace(/~([\s\S])|([*?])|([^~*?]+)/g, (_m, literal, wild, plain) =>
        literal !== undefined
          ? literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
          : wild
            ? wild === "*"
              ? "[\\s\\S]*"
              : "[\\s\\S]"
            : plain.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      );
    return v !== null && new RegExp(`^${pattern}$`, "i").test(String(v));
  }
  throw new Error(`criterion not understood: ${String(criterion)}`);
}

function ifs(ranges: Value[][], criteria: Value[]): boolean[] {
  return ranges[0].map((_, i) => ranges.every((r, k) => meets(r[i], criteria[k])));
}

const FUNCTIONS = {
  COUNTIFS: (...args: (Value | Value[])[]) => {
    const ranges = args.filter((_, i) => i % 2 === 0) as Value[][];
    return ifs(ranges, args.filter((_, i) => i % 2 === 1) as Value[]).filter(Boolean).length;
  },
  SUMIFS: (sum: Value[], ...args: (Value | Value[])[]) => {
    const hit = ifs(
      args.filter((_, i) => i % 2 === 0) as Value[][],
      args.filter((_, i) => i % 2 === 1) as Value[]
    );
    return sum.reduce<number>((n, v, i) => n + (hit[i] && typeof v === "number" ? v : 0), 0);
  },
  COUNT: (r: Value[]) => r.filter((v) => typeof v === "number").length,
  SUM: (r: Value[]) => r.reduce<number>((n, v) => n + (typeof v === "number" ? v : 0), 0),
  IF: (c: boolean, a: Value, b: Value) => (c ? a : b),
};

const index = new WeakMap<PlannedSheet, Map<string, PlannedSheet["cells"][number]>>();
function cellsOf(s: PlannedSheet) {
  let m = index.get(s);
  if (!m) index.set(s, (m = new Map(s.cells.map((c) => [`${c.row},${c.col}`, c]))));
  return m;
}

/**
 * A small spreadsheet engine of the test's own for the functions the summaries use
 * (COUNTIFS, SUMIFS, COUNT, SUM, IF, + - / &, =): it evaluates a planned formula
 * over the plan's own cells — the data table's values and the sheet's other cells.
 * It throws on anything else, so a formula outside that set cannot pass unnoticed.
 */
export function evaluate(plan: WorkbookPlan, sheet: PlannedSheet, formula: string): Value {
  const data = plan.sheets.find((s) => s.table)!;
  const table = data.table!;
  const at = (s: PlannedSheet, row: number, col: number): Value =>
    cellsOf(s).get(`${row},${col}`)?.value ?? null;
  const column = (name: string): Value[] => {
    const col = table.columns.indexOf(name);
    if (col < 0) throw new Error(`no column ${name}`);
    return Array.from({ length: table.bottom - table.top }, (_, i) =>
      at(data, table.top + 1 + i, table.left + col)
    );
  };
  const cell = (ref: string): Value => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
    const referenced = cellsOf(sheet).get(`${Number(m[2]) - 1},${colIndex(m[1])}`);
    return referenced?.formula
      ? evaluate(plan, sheet, referenced.formula)
      : (referenced?.value ?? null);
  };
  const args: unknown[] = [];
  const hold = (v: unknown) => `$${args.push(v) - 1}`;
  // Strings first, so nothing inside them is read as a reference or an operator.
  let js = formula
    .slice(1)
    .replace(/"((?:[^"]|"")*)"/g, (_, s: string) => hold(s.replace(/""/g, '"')))
    .replace(new RegExp(`${table.name}\\[((?:'.|[^\\]'])*)\\]`, "g"), (_, c: string) =>
      hold(column(c.replace(/'(.)/g, "$1")))
    )
    .replace(/(\$?[A-Z]+\$?\d+):(\$?[A-Z]+\$?\d+)/g, (_, a: string, b: string) => {
      const [p, q] = [a, b].map((r) => /^\$?([A-Z]+)\$?(\d+)$/.exec(r)!);
      const values: Value[] = [];
      for (let r = Number(p[2]); r <= Number(q[2]); r++)
        for (let c = colIndex(p[1]); c <= colIndex(q[1]); c++)
          values.push(cell(`${columnLetters(c)}${r}`));
      return hold(values);
    })
    .replace(/\$?\b[A-Z]+\$?\d+\b/g, (ref) => hold(cell(ref)))
    .replace(/&/g, "+")
    .replace(/(?<![<>])=/g, "===");
  if (/[A-Z]+\(/.test(js.replace(/\b(COUNTIFS|SUMIFS|COUNT|SUM|IF)\(/g, "")))
    throw new Error(`function not understood: ${formula}`);
  js = js.replace(/\b(COUNTIFS|SUMIFS|COUNT|SUM|IF)\(/g, "F.$1(").replace(/\$(\d+)/g, "A[$1]");
  return new Function("F", "A", `return ${js};`)(FUNCTIONS, args) as Value;
}

function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const sheetOf = (plan: WorkbookPlan, kind: PlannedSheet["kind"]) =>
  plan.sheets.find((s) => s.kind === kind)!;

/** A summary table's rows from the header down, each cell as its formula evaluates (by the test's own engine), else its value. */
export function evaluated(plan: WorkbookPlan, sheet: PlannedSheet): unknown[][] {
  const rows: unknown[][] = [];
  for (const c of sheet.cells) {
    if (c.row < 3) continue;
    (rows[c.row - 3] ??= [])[c.col] = c.formula ? evaluate(plan, sheet, c.formula) : c.value;
  }
  return rows;
}

export const round = (x: unknown) => (typeof x === "number" ? Math.round(x * 1e9) / 1e9 : x);

/** Arguments of each COUNTIFS / SUMIFS call in a formula (none of their arguments holds parentheses or commas). */
export const calls = (formula: string) =>
  [...formula.matchAll(/\b(COUNTIFS|SUMIFS)\(([^()]*)\)/g)].map((m) => ({
    fn: m[1],
    args: m[2].split(","),
  }));
export const TABLE_REF = /AchvData\[[^\]]*\]/g;

/**
 * Every formula of the goal and department sheets calls only COUNTIFS, SUMIFS, COUNT, SUM and IF,
 * refers only to the `keyed` columns of the data table, and compares against keys (numbers) or a
 * rating code: what keeps recalculation linear.
 */
export function expectKeyedFormulas(plans: WorkbookPlan[], keyed: string[]): void {
  for (const plan of plans) {
    for (const kind of ["goal", "department"] as const) {
      for (const { formula } of sheetOf(plan, kind).cells.filter((c) => c.formula)) {
        expect(
          [...formula!.matchAll(/\b([A-Z]+)\(/g)]
            .map((m) => m[1])
            .filter((f) => !["COUNTIFS", "SUMIFS", "COUNT", "SUM", "IF"].includes(f))
        ).toEqual([]);
        for (const ref of formula!.match(TABLE_REF) ?? []) expect(keyed).toContain(ref);
        for (const { fn, args } of calls(formula!)) {
          const criteria = args.filter((_, i) =>
            fn === "SUMIFS" ? i > 0 && i % 2 === 0 : i % 2 === 1
          );
          // A key is a number; a rating code is the code column's header cell (row 4), a few characters.
          for (const c of criteria)
            expect(c).toMatch(/^(\d+|"="&[A-Z]+\$4|"=(?:~[*?~]|[^*?~"])+")$/);
        }
      }
    }
  }
}
