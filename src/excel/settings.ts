/** JSON values kept in the workbook (Workbook.settings, ExcelApi 1.4), so they survive save and reopen. */
export const KEYS = {
  settings: "achv.settings",
  result: "achv.result",
  marks: "achv.marks",
} as const;

export function loadJson(context: Excel.RequestContext, key: string): { get(): unknown } {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  // Read by the caller once its batch has synced, so one sync serves several loads.
  return {
    get() {
      /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the caller syncs before get() */
      if (item.isNullObject) return null;
      const v = item.value;
      /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
      if (typeof v !== "string") return v ?? null;
      try {
        return JSON.parse(v);
      } catch {
        return null;
      }
    },
  };
}

export function saveJson(context: Excel.RequestContext, key: string, value: unknown): void {
  context.workbook.settings.add(key, JSON.stringify(value));
}
