import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { readForm } from "../../src/core/roundtrip/read-form";
import { NODE_IO } from "../../src/xlsx/load-file";
import { openXlsx } from "../../src/xlsx/read-xlsx";
import { patchAnswers } from "../../src/xlsx/patch-answers";
import { benchSnapshot, snapshotToXlsx } from "./sheets";

type Check = (name: string, value: number, target: string, ok: boolean) => void;

/** 20 departments: the bench sheet's ten, each split in two sections by row. */
function twentyDepartments(s: SheetSnapshot): SheetSnapshot {
  const values = s.values.map((row, r) => {
    const d = row[3];
    if (typeof d !== "string" || d.startsWith("担当課") || r < 8) return row;
    return [...row.slice(0, 3), r % 2 ? `${d}第二係` : d, ...row.slice(4)];
  });
  return { ...s, values };
}

function timed(args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`failed (${r.status}): ${args.join(" ")}\n${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Every form answered: each rating cell given another code, as a department's program would save it. */
function answer(file: string): void {
  const bytes = new Uint8Array(readFileSync(file));
  const book = openXlsx(bytes, file, NODE_IO);
  const form = readForm({ file, sheets: book.sheetNames.map((n) => book.readSheet(n)) });
  if (typeof form === "string") throw new Error(`${file}: ${form}`);
  const cells = new Map<string, string>();
  for (const row of form.rows)
    cells.set(
      row.ratingAt.slice(row.ratingAt.lastIndexOf("!") + 1),
      row.rating === "A" ? "B" : "A"
    );
  writeFileSync(file, patchAnswers(bytes, new Map([[book.sheetPart!(form.sheet)!, cells]]), file));
}

/**
 * `achv split` and `achv merge` on a plan of `entries` entries across 20 departments, whole
 * process, median of `runs`: the forms written, every one answered, then merged back.
 */
export function benchRoundtrip(
  dir: string,
  bin: string,
  out: (s?: string) => void,
  check: Check,
  smoke: boolean
): void {
  const entries = smoke ? 400 : 10_000;
  const runs = smoke ? 1 : 3;
  const plan = join(dir, `roundtrip-${entries}.xlsx`);
  writeFileSync(plan, snapshotToXlsx(twentyDepartments(benchSnapshot(entries))));
  const split: number[] = [];
  let forms = "";
  for (let i = 0; i <= runs; i++) {
    forms = join(dir, `forms-${i}`);
    rmSync(forms, { recursive: true, force: true });
    const ms = timed([bin, "split", plan, "--out-dir", forms]);
    if (i > 0) split.push(ms);
  }
  const files = readdirSync(forms).map((f) => join(forms, f));
  files.forEach(answer);
  const merge: number[] = [];
  mkdirSync(join(dir, "merged"), { recursive: true });
  for (let i = 0; i <= runs; i++) {
    const ms = timed([
      bin,
      "merge",
      plan,
      ...files,
      "--out",
      join(dir, "merged", `plan-${i}.xlsx`),
    ]);
    if (i > 0) merge.push(ms);
  }
  const validate: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const ms = timed([bin, "validate", plan, "--json"]);
    if (i > 0) validate.push(ms);
  }
  out();
  out(
    `| round trip, ${entries.toLocaleString("en")}-entry .xlsx, ${files.length} departments (whole process) | median ms | / achv validate |`
  );
  out("|---|---|---|");
  out(`| achv validate (for scale) | ${median(validate).toFixed(0)} | 1.00 |`);
  out(
    `| achv split (${files.length} forms) | ${median(split).toFixed(0)} | ${(median(split) / median(validate)).toFixed(2)} |`
  );
  out(
    `| achv merge (${files.length} forms, every rating answered) | ${median(merge).toFixed(0)} | ${(median(merge) / median(validate)).toFixed(2)} |`
  );
  check(
    `achv split, ${entries} entries, ${files.length} departments (ms)`,
    median(split),
    "< 2000",
    median(split) < 2000
  );
  check(
    `achv merge, ${entries} entries, ${files.length} forms (ms)`,
    median(merge),
    "< 2000",
    median(merge) < 2000
  );
}
