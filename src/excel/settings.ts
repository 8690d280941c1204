import { type StoredResult } from "../app/host";
import { HostFailure } from "../app/failures";

/** JSON values kept in the workbook, so they survive save and reopen. */
export const KEYS = {
  settings: "achv.settings",
  result: "achv.result",
} as const;

/**
 * Excel refuses an add-in's settings near 1–2 MB in all (office-js#621, #3957), and
 * the marks of every sheet keep to 500 KB together (marks.ts): the stored result keeps
 * to this many bytes, dropping issues from the end (the pane says how many were left out).
 */
export const RESULT_BYTES = 200_000;

/**
 * A setting's size as Excel may count it: whether the limit is in UTF-8 or UTF-16 bytes is
 * not documented, so the larger of the two (ASCII counts double, Japanese triple).
 */
export function settingBytes(text: string): number {
  return Math.max(new TextEncoder().encode(text).length, 2 * text.length);
}

/** Office.context.document.settings (the common Settings API): there on every Excel, Office 2016 with ExcelApi 1.1 included. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

function parse(v: unknown): unknown {
  if (typeof v !== "string") return v ?? null;
  try {
    return JSON.parse(v);
  } catch {
    return null;
  }
}

/** Where settings live: Workbook.settings (ExcelApi 1.4), else the common Settings API, else nowhere (load gives null, save is refused). */
export function settingsStore(
  run: Run,
  workbookSettings: boolean,
  documentSettings?: DocumentSettings
) {
  return {
    load: (key: string): Promise<unknown> => {
      if (workbookSettings)
        return run(async (context) => {
          const item = context.workbook.settings.getItemOrNullObject(key);
          item.load("value");
          await context.sync();
          return item.isNullObject ? null : parse(item.value);
        });
      return Promise.resolve(documentSettings ? parse(documentSettings.get(key)) : null);
    },
    save: (key: string, value: unknown): Promise<void> => {
      const text = JSON.stringify(value);
      if (workbookSettings)
        return run(async (context) => {
          context.workbook.settings.add(key, text);
          await context.sync();
        });
      if (!documentSettings) return Promise.reject(new HostFailure("unsupported", "settings"));
      const settings = documentSettings;
      settings.set(key, text);
      return new Promise((resolve, reject) =>
        settings.saveAsync((r) =>
          String(r.status) === "succeeded"
            ? resolve()
            : reject(new HostFailure("other", r.error?.message ?? "settings"))
        )
      );
    },
  };
}

/** The result as stored: issues dropped from the end until it fits RESULT_BYTES, the count of those dropped added to `omitted`. */
export function fitStoredResult(result: StoredResult): StoredResult {
  const size = (r: StoredResult) => settingBytes(JSON.stringify(r));
  if (size(result) <= RESULT_BYTES) return result;
  let lo = 0;
  let hi = result.issues.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const r = {
      ...result,
      issues: result.issues.slice(0, mid),
      omitted: result.omitted + result.issues.length - mid,
    };
    if (size(r) <= RESULT_BYTES) lo = mid;
    else hi = mid - 1;
  }
  return {
    ...result,
    issues: result.issues.slice(0, lo),
    omitted: result.omitted + result.issues.length - lo,
  };
}
