import type { SheetSnapshot } from "../core/snapshot";
import type { ValidationResult } from "../core/validate";
import type { PaneSettings } from "../app/host";
import type { ReadFailureKind } from "../xlsx/errors";

/** What the page asks its checking worker (src/preview/worker.ts). */
export interface CheckRequest {
  kind: "check";
  id: number;
  names: string[];
  hidden: string[];
  sheet: string;
  settings: PaneSettings;
  /** Every fix made so far: [sheet, cell, value]. */
  fixes: [string, string, string][];
}
export type ToChecker = { kind: "open"; bytes: Uint8Array; name: string } | CheckRequest;

export type FromChecker =
  | {
      kind: "opened";
      sheetNames: string[];
      hiddenSheets: string[];
      xlsx: boolean;
      snapshots: SheetSnapshot[];
    }
  | { kind: "failed"; failure: { kind: ReadFailureKind; detail: string } | null }
  | { kind: "checked"; id: number; result: ValidationResult }
  | { kind: "check-failed"; id: number; message: string };
