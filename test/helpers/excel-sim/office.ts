import { bookFromSnapshots, simError, type SimBook } from "./book";
import { checkSettingsSize, newStats, simRun, type SimStats } from "./context";
import { isSetSupported, profile as profileById, type HostProfile } from "./profiles";
import type { SheetSnapshot } from "../../../src/core/snapshot";

/**
 * The Office global as a host profile answers it: requirements, display language,
 * platform, the common Settings API, dialogs, add-in command events and
 * Office.actions.associate — and Excel.run on the simulated workbook.
 */

export interface SimDialog {
  url: string;
  open: boolean;
  /** The user closes the dialog with its X: DialogEventReceived with error 12006 (R office.dialogeventreceived / P dialog-api docs). */
  closeByUser(): void;
}

export interface SimEvent {
  completed: boolean;
  /** The dialogs open when completed() was called (they close with the runtime). */
  closedByCompletion: SimDialog[];
  event: Office.AddinCommands.Event;
}

export interface Sim {
  book: SimBook;
  profile: HostProfile;
  stats: SimStats;
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  office: typeof Office;
  dialogs: SimDialog[];
  associated: Map<string, (event: Office.AddinCommands.Event) => unknown>;
  /** A ribbon button's event object. */
  newEvent(): SimEvent;
  /** Install Office, Excel and location as globals (for src/commands and src/taskpane entry points). */
  install(): () => void;
}

export interface SimOptions {
  displayLanguage?: string;
}

/** A simulated Excel of this profile holding these sheets (the first one active). */
export function createSim(snapshots: SheetSnapshot[] | SimBook, profileId: string | HostProfile = "web", options: SimOptions = {}): Sim {
  const book = Array.isArray(snapshots) ? bookFromSnapshots(snapshots) : snapshots;
  const profile = typeof profileId === "string" ? profileById(profileId) : profileId;
  const stats = newStats();
  const run = simRun(book, profile, stats);
  const dialogs: SimDialog[] = [];
  const associated = new Map<string, (event: Office.AddinCommands.Event) => unknown>();
  const need = (set: string, version: string, what: string) => {
    if (!isSetSupported(profile, set, version)) throw simError("ApiNotFound", `${what} needs ${set} ${version}`);
  };

  // Office.context.document.settings (R office.settings.yml): a copy loaded with the document; set/remove change it; saveAsync persists.
  const local = new Map(book.documentSettings);
  const documentSettings = {
    get: (name: string) => (local.has(name) ? local.get(name) : null),
    set: (name: string, value: unknown) => void local.set(name, JSON.parse(JSON.stringify(value))),
    remove: (name: string) => void local.delete(name),
    saveAsync: (callback?: (r: Office.AsyncResult<void>) => void) => {
      setTimeout(() => {
        try {
          checkSettingsSize(local);
          book.documentSettings = new Map(local);
          callback?.({ status: "succeeded", value: undefined } as unknown as Office.AsyncResult<void>);
        } catch (e) {
          callback?.({ status: "failed", error: { code: 5001, name: "InvalidArgument", message: (e as Error).message } } as unknown as Office.AsyncResult<void>);
        }
      }, 0);
    },
  };

  let runtimeEvents: SimEvent[] = [];
  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
    EventType: { DialogEventReceived: "dialogEventReceived", DialogMessageReceived: "dialogMessageReceived" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (callback?: (info: { host: string; platform: string }) => unknown) => {
      const info = { host: "Excel", platform: profile.platform };
      return Promise.resolve().then(async () => {
        await callback?.(info);
        return info;
      });
    },
    actions: {
      associate: (name: string, fn: (event: Office.AddinCommands.Event) => unknown) => void associated.set(name, fn),
    },
    context: {
      displayLanguage: options.displayLanguage ?? "ja-JP",
      diagnostics: { platform: profile.platform, host: "Excel", version: "16.0" },
      requirements: { isSetSupported: (name: string, version?: string) => isSetSupported(profile, name, version) },
      document: { settings: documentSettings },
      ui: {
        /** R office.ui.yml displayDialogAsync: DialogApi 1.1; a second dialog while one is open fails with 12007. */
        displayDialogAsync: (url: string, _options: unknown, callback?: (r: Office.AsyncResult<Office.Dialog>) => void) => {
          need("DialogApi", "1.1", "displayDialogAsync");
          setTimeout(() => {
            if (dialogs.some((d) => d.open)) {
              callback?.({ status: "failed", error: { code: 12007, name: "", message: "A dialog box is already opened from this host window." } } as unknown as Office.AsyncResult<Office.Dialog>);
              return;
            }
            const handlers = new Map<string, ((arg: unknown) => void)[]>();
            const dialog: SimDialog = {
              url,
              open: true,
              closeByUser() {
                if (!dialog.open) return;
                dialog.open = false;
                for (const h of handlers.get("dialogEventReceived") ?? []) h({ error: 12006, type: "dialogEventReceived" });
              },
            };
            dialogs.push(dialog);
            const api = {
              addEventHandler: (type: string, handler: (arg: unknown) => void) => void handlers.set(type, [...(handlers.get(type) ?? []), handler]),
              close: () => void (dialog.open = false),
              messageChild: () => undefined,
            };
            callback?.({ status: "succeeded", value: api } as unknown as Office.AsyncResult<Office.Dialog>);
          }, 0);
        },
      },
    },
  };

  const newEvent = (): SimEvent => {
    const e: SimEvent = {
      completed: false,
      closedByCompletion: [],
      event: {
        source: { id: "button" },
        completed: () => {
          // P docs/testing/runtimes.md:149-152: a command's runtime (no shared runtime in manifest.xml)
          // shuts down at event.completed(); a dialog it opened goes with it (stricter reading).
          if (e.completed) throw simError("InvalidOperation", "event.completed() called twice.");
          e.completed = true;
          for (const d of dialogs.filter((x) => x.open)) {
            d.open = false;
            e.closedByCompletion.push(d);
          }
          runtimeEvents = runtimeEvents.filter((x) => x !== e);
        },
      } as unknown as Office.AddinCommands.Event,
    };
    runtimeEvents.push(e);
    return e;
  };

  const install = () => {
    const g = globalThis as unknown as Record<string, unknown>;
    const before = { Office: g.Office, Excel: g.Excel, location: g.location };
    g.Office = office;
    g.Excel = { run };
    g.location = { href: "https://localhost:3000/commands.html", search: "" };
    return () => Object.assign(g, before);
  };

  return { book, profile, stats, run, office: office as unknown as typeof Office, dialogs, associated, newEvent, install };
}
