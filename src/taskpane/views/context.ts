import type { Lang } from "../../core/issues";
import type { PaneSettings, WorkbookHost } from "../../app/host";
import type { PaneWords } from "../strings";

/** What every view of the pane shares: the host, the language, the settings and the one status line. */
export interface PaneContext {
  readonly host: WorkbookHost;
  lang(): Lang;
  words(): PaneWords;
  settings(): PaneSettings;
  setSettings(next: PaneSettings): void;
  /** Run one user action: buttons disabled meanwhile, a failure said in the status line. */
  guard(work: () => Promise<void>): Promise<void>;
  /** The status line, as words in any language so that switching the language redraws it. */
  setStatus(say: (l: Lang) => string, kind?: "info" | "error"): void;
  /** Check again with the current settings, inside an action already guarded (after a fix). */
  recheck(): Promise<void>;
  /** Check again as the user's own click would (after the column mapping is saved). */
  validate(): Promise<void>;
}

/** Let the browser paint the progress before work that holds the page. */
export const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
