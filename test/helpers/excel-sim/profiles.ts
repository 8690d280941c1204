/**
 * Excel hosts as Microsoft lists them: the highest version of each requirement
 * set, the platform Office.context.diagnostics reports, and the request cap.
 * Sources (summarised, with their commits, in docs/office-js.md):
 * OfficeDev/office-js-docs-reference docs/requirement-sets/excel/excel-api-requirement-sets.md
 * (A), docs/requirement-sets/requirement-sets.md (V) and the common sets' pages
 * (dialog-api, add-in-commands, shared-runtime, ribbon-api). Where two pages
 * disagree the profile takes the lower version (stricter) and says so. "Settings" is the common
 * Settings set (Office.context.document.settings), listed for Excel on the web, on Windows (Microsoft 365
 * and perpetual Office 2016), on Mac and on iPad (R docs/requirement-sets/common/office-add-in-requirement-sets.md).
 */
export interface HostProfile {
  id: string;
  label: string;
  platform: "PC" | "Mac" | "OfficeOnline" | "iOS";
  /** Highest version per set; a set not listed is not supported. */
  sets: Record<string, string>;
  /**
   * 5 MB per request and per response, Excel on the web only (P docs/excel/performance.md:127;
   * OfficeDev/office-js-docs-pr#5333 "this limit is only for Excel on the web"). "5 MB" is read as
   * 5,000,000 bytes, the stricter of 5×10⁶ and 5×2²⁰, counted on the serialized request.
   */
  payloadCap?: number;
}

export const PAYLOAD_CAP = 5_000_000;

export const PROFILES: HostProfile[] = [
  {
    // Office 2016 volume-licensed (MSI): ExcelApi 1.1 only [A@2f8a249]; DialogApi 1.1 after an update;
    // no add-in commands (TaskPane and Content only) [V@2f8a249, AC@b4c6af6]: the ribbon never loads there.
    id: "excel-2016",
    label: "Excel 2016 (volume licensed)",
    platform: "PC",
    sets: { ExcelApi: "1.1", DialogApi: "1.1", Settings: "1.1" },
  },
  {
    // Office 2019 volume-licensed: A says ExcelApi 1.7, V@2f8a249 says 1.8 — CONFLICT, 1.7 taken (stricter).
    // DialogApi 1.1 [DA@b4c6af6]; add-in commands 1.1 [AC@b4c6af6]; no SharedRuntime [V@2f8a249].
    id: "excel-2019",
    label: "Excel 2019 (volume licensed)",
    platform: "PC",
    sets: { ExcelApi: "1.7", DialogApi: "1.1", AddinCommands: "1.1", Settings: "1.1" },
  },
  {
    // Office LTSC 2021: ExcelApi 1.14 [A]; DialogApi 1.2 [DA]; AddinCommands 1.1; SharedRuntime 1.1 [SR]; RibbonApi 1.2 [RA].
    id: "excel-2021",
    label: "Excel LTSC 2021",
    platform: "PC",
    sets: {
      ExcelApi: "1.14",
      DialogApi: "1.2",
      AddinCommands: "1.1",
      SharedRuntime: "1.1",
      RibbonApi: "1.2",
      Settings: "1.1",
    },
  },
  {
    // Office LTSC 2024: ExcelApi 1.17 [A]; SharedRuntime: V says 1.1, SR says 1.2 — CONFLICT, 1.1 taken.
    id: "excel-2024",
    label: "Excel LTSC 2024",
    platform: "PC",
    sets: {
      ExcelApi: "1.17",
      DialogApi: "1.2",
      AddinCommands: "1.1",
      SharedRuntime: "1.1",
      RibbonApi: "1.2",
      Settings: "1.1",
    },
  },
  {
    // Microsoft 365 on Windows: ExcelApi 1.21 + ExcelApiDesktop 1.1 [A]; SharedRuntime 1.2 [SR]; DialogApi 1.2 [DA]; RibbonApi 1.3 [RA].
    id: "m365-windows",
    label: "Microsoft 365 on Windows",
    platform: "PC",
    sets: {
      ExcelApi: "1.21",
      ExcelApiDesktop: "1.1",
      DialogApi: "1.2",
      AddinCommands: "1.1",
      SharedRuntime: "1.2",
      RibbonApi: "1.3",
      Settings: "1.1",
    },
  },
  {
    // Microsoft 365 on Mac: ExcelApi 1.21 + ExcelApiDesktop 1.1 [A]; SharedRuntime 1.2; DialogApi 1.2; RibbonApi 1.3.
    id: "m365-mac",
    label: "Microsoft 365 on Mac",
    platform: "Mac",
    sets: {
      ExcelApi: "1.21",
      ExcelApiDesktop: "1.1",
      DialogApi: "1.2",
      AddinCommands: "1.1",
      SharedRuntime: "1.2",
      RibbonApi: "1.3",
      Settings: "1.1",
    },
  },
  {
    // Excel on the web: ExcelApi 1.21 + ExcelApiOnline [A]; SharedRuntime 1.2; DialogApi 1.2; RibbonApi 1.3; 5 MB payloads.
    id: "web",
    label: "Excel on the web",
    platform: "OfficeOnline",
    sets: {
      ExcelApi: "1.21",
      ExcelApiOnline: "1.1",
      DialogApi: "1.2",
      AddinCommands: "1.1",
      SharedRuntime: "1.2",
      RibbonApi: "1.3",
      Settings: "1.1",
    },
    payloadCap: PAYLOAD_CAP,
  },
  {
    // Excel on iPad: ExcelApi 1.21 from 16.102 [A]; DialogApi 1.2 [DA]; the common Settings set
    // (R docs/requirement-sets/common/office-add-in-requirement-sets.md). No add-in commands, shared runtime
    // or ribbon API [AC, SR, RA, V]: the task pane only. No payload cap (the 5 MB cap is the web's).
    id: "ipad",
    label: "Excel on iPad",
    platform: "iOS",
    sets: { ExcelApi: "1.21", DialogApi: "1.2", Settings: "1.1" },
  },
];

export function profile(id: string): HostProfile {
  const p = PROFILES.find((x) => x.id === id);
  if (!p) throw new Error(`no host profile ${id}`);
  return p;
}

function versionAtLeast(have: string, want: string): boolean {
  const [a, b = 0] = have.split(".").map(Number);
  const [c, d = 0] = want.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

/** Office.context.requirements.isSetSupported as the profile answers it (a missing version means 1.1). */
export function isSetSupported(p: HostProfile, name: string, version = "1.1"): boolean {
  const have = p.sets[name];
  return have !== undefined && versionAtLeast(have, version);
}

/** Hosts whose ribbon runs add-in commands (AddinCommands, R docs/requirement-sets/common/add-in-commands-requirement-sets.md). */
export function hasRibbon(p: HostProfile): boolean {
  return isSetSupported(p, "AddinCommands", "1.1");
}
