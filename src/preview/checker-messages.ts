import type { Lang } from "../core/issues";
import type { SummaryKind, WorkbookPlan } from "../core/plan/summary-plan";
import type { SheetSnapshot } from "../core/snapshot";
import type { CellWrite } from "../core/roundtrip/merge";
import type {
  AnswersWritten,
  CellFix,
  Mark,
  CheckedElsewhere,
  InsertedSummaries,
  PaneSettings,
  SheetRoles,
} from "../app/host";
import type { HostFailureKind } from "../app/failures";
import type { ReadFailureKind } from "../xlsx/errors";
import type { GridWindow } from "./grid-window";

/** What the page knows of the workbook its worker holds: only what it shows. */
export interface OpenedBook {
  sheetNames: string[];
  roles: SheetRoles;
}

/**
 * What the page asks its worker (src/preview/worker.ts), each with what it answers. The workbook, its
 * plan and its summaries stay in the worker; the page gets findings, names and the rows it draws.
 */
export interface CheckerCalls {
  open: [args: { bytes: Uint8Array; name: string; language: string }, answer: OpenedBook];
  window: [args: { sheet: string; top: number }, answer: GridWindow];
  snapshot: [args: { sheet: string }, answer: SheetSnapshot];
  validate: [
    args: { names: string[]; hidden: string[]; sheet: string; settings: PaneSettings },
    answer: CheckedElsewhere,
  ];
  fix: [args: { fixes: CellFix[] }, answer: { changed: string[] }];
  answers: [
    args: { writes: CellWrite[]; shown: Record<string, readonly Mark[]> },
    answer: AnswersWritten,
  ];
  summarize: [
    args: { sheet: string; settings: PaneSettings; lang: Lang; kinds: SummaryKind[] },
    answer: { inserted: InsertedSummaries; book: OpenedBook },
  ];
  insert: [args: { plan: WorkbookPlan }, answer: { inserted: InsertedSummaries; book: OpenedBook }];
  save: [args: Record<string, never>, answer: Uint8Array | null];
}
export type CallName = keyof CheckerCalls;

export type ToChecker = {
  [K in CallName]: { id: number; call: K; args: CheckerCalls[K][0] };
}[CallName];

/** Why a call failed: a file that cannot be read, a host action refused, or anything else. */
export type CallFailure =
  | { kind: "read"; reason: ReadFailureKind; detail: string }
  | { kind: "host"; reason: HostFailureKind; detail: string }
  | { kind: "other"; detail: string };

export type FromChecker =
  { id: number; answer: CheckerCalls[CallName][1] } | { id: number; failure: CallFailure };
