import { bookFromSnapshots, simError, type SimBook } from "./book";
import { checkSettingsSize, newStats, simRun, strict, type SimStats } from "./context";
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
  /** Workbooks Excel.createWorkbook opened (install() puts it on the Excel global), as their .xlsx bytes. */
  opened: Uint8Array[];
  /** A ribbon button's event object. */
  newEvent(): SimEvent;
  /**
   * The function this host runs for a button whose manifest FunctionName is `name` (no shared runtime).
   * Current docs (P docs/develop/create-addin-commands.md) require Office.actions.associate; before May 2022
   * they said the function "must be in the global namespace" (P commit a5eeaf08f), and the reference then listed
   * associate under SharedRuntime 1.1 (R office.actions.yml @c51d94fc82). Stricter reading of both: a host with
   * SharedRuntime 1.1 finds associated functions only, one without it finds global functions only.
   */
  command(name: string): (event: Office.AddinCommands.Event) => unknown;
  /** Install Office, Excel and location as globals (for src/commands and src/taskpane entry points). */
  install(): () => void;
}

export interface SimOptions {
  displayLanguage?: string;
}

/** A simulated Excel of this profile holding these sheets (the first one active). */
export function createSim(
  snapshots: SheetSnapshot[] | SimBook,
  profileId: string | HostProfile = "web",
  options: SimOptions = {}
): Sim {
  const book = Array.isArray(snapshots) ? bookFromSnapshots(snapshots) : snapshots;
  const profile = typeof profileId === "string" ? profileById(profileId) : profileId;
  const stats = newStats();
  const run = simRun(book, profile, stats);
  const dialogs: SimDialog[] = [];
  // The function file's address: dialogs must share its origin.
  const pageUrl = "https://localhost:3000/commands.html";
  const associated = new Map<string, (event: Office.AddinCommands.Event) => unknown>();
  const need = (set: string, version: string, what: string) => {
    if (!isSetSupported(profile, set, version))
      throw simError("ApiNotFound", `${what} needs ${set} ${version}`);
  };

  /** Workbooks Excel.createWorkbook opened, as the .xlsx bytes it was given. */
  const opened: Uint8Array[] = [];
  // Excel.createWorkbook (R docs/docs-ref-autogen/excel/excel.yml:1171; ExcelApi 1.8): "Creates and opens a new workbook",
  // optionally from "a Base64-encoded .xlsx file". Stricter reading: anything that is not base64 of a zip
  // package (an .xlsx starts "PK\x03\x04") is refused rather than opened.
  const createWorkbook = async (base64?: string) => {
    need("ExcelApi", "1.8", "Excel.createWorkbook");
    const bytes = base64 === undefined ? new Uint8Array() : Buffer.from(base64, "base64");
    const isBase64 = base64 === undefined || Buffer.from(bytes).toString("base64") === base64;
    if (
      !isBase64 ||
      (base64 !== undefined &&
        Buffer.from(bytes.subarray(0, 4)).toString("latin1") !== "PK\x03\x04")
    )
      throw simError(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format."
      );
    opened.push(new Uint8Array(bytes));
  };

  // Office.context.document.settings (R office.settings.yml; common set Settings): a copy loaded with the document; set/remove change it; saveAsync persists.
  const local = new Map(book.documentSettings);
  const documentSettings = strict(
    {
      get: (name: string) => (local.has(name) ? local.get(name) : null),
      set: (name: string, value: unknown) =>
        void local.set(name, JSON.parse(JSON.stringify(value))),
      remove: (name: string) => void local.delete(name),
      saveAsync: (callback?: (r: Office.AsyncResult<void>) => void) => {
        setTimeout(() => {
          try {
            checkSettingsSize(local);
            book.documentSettings = new Map(local);
            callback?.({
              status: "succeeded",
              value: undefined,
            } as unknown as Office.AsyncResult<void>);
          } catch (e) {
            callback?.({
              status: "failed",
              error: { code: 5001, name: "InvalidArgument", message: (e as Error).message },
            } as unknown as Office.AsyncResult<void>);
          }
        }, 0);
      },
    },
    "Office.Settings"
  );

  /** R office.ui.yml displayDialogAsync (DialogApi 1.1); errors from P docs/develop/dialog-handle-errors-events.md. */
  const displayDialogAsync = (
    url: string,
    _options: unknown,
    callback?: (r: Office.AsyncResult<Office.Dialog>) => void
  ) => {
    need("DialogApi", "1.1", "displayDialogAsync");
    const failed = (code: number, message: string) =>
      callback?.({
        status: "failed",
        error: { code, name: "", message },
      } as unknown as Office.AsyncResult<Office.Dialog>);
    setTimeout(() => {
      const target = new URL(url);
      // 12005: HTTPS is required; 12004: the domain must be the host page's, protocol and port included.
      if (target.protocol !== "https:")
        return failed(12005, "The URL uses the HTTP protocol. HTTPS is required.");
      if (target.origin !== new URL(pageUrl).origin)
        return failed(12004, "The domain of the URL is not trusted.");
      // 12007: one dialog at a time per host window.
      if (dialogs.some((d) => d.open))
        return failed(12007, "A dialog box is already opened from this host window.");
      const handlers = new Map<string, ((arg: unknown) => void)[]>();
      const dialog: SimDialog = {
        url,
        open: true,
        closeByUser() {
          if (!dialog.open) return;
          dialog.open = false;
          for (const h of handlers.get("dialogEventReceived") ?? [])
            h({ error: 12006, type: "dialogEventReceived" });
        },
      };
      dialogs.push(dialog);
      const api = strict(
        {
          addEventHandler: (type: string, handler: (arg: unknown) => void) =>
            void handlers.set(type, [...(handlers.get(type) ?? []), handler]),
          close: () => void (dialog.open = false),
        },
        "Office.Dialog"
      );
      callback?.({
        status: "succeeded",
        value: api,
      } as unknown as Office.AsyncResult<Office.Dialog>);
    }, 0);
  };

  const office = strict(
    {
      HostType: { Excel: "Excel" },
      PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline", iOS: "iOS" },
      EventType: {
        DialogEventReceived: "dialogEventReceived",
        DialogMessageReceived: "dialogMessageReceived",
      },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady: (callback?: (info: { host: string; platform: string }) => unknown) => {
        const info = { host: "Excel", platform: profile.platform };
        return Promise.resolve().then(async () => {
          await callback?.(info);
          return info;
        });
      },
      actions: strict(
        {
          associate: (name: string, fn: (event: Office.AddinCommands.Event) => unknown) =>
            void associated.set(name, fn),
        },
        "Office.actions"
      ),
      context: strict(
        {
          displayLanguage: options.displayLanguage ?? "ja-JP",
          diagnostics: strict(
            { platform: profile.platform, host: "Excel", version: "16.0" },
            "Office.context.diagnostics"
          ),
          requirements: strict(
            {
              isSetSupported: (name: string, version?: string) =>
                isSetSupported(profile, name, version),
            },
            "Office.context.requirements"
          ),
          // The common Settings set (R docs/requirement-sets/common/office-add-in-requirement-sets.md): absent on a host without it.
          document: strict(
            { settings: isSetSupported(profile, "Settings") ? documentSettings : undefined },
            "Office.context.document"
          ),
          ui: strict({ displayDialogAsync }, "Office.context.ui"),
        },
        "Office.context"
      ),
    },
    "Office"
  );

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
        },
      } as unknown as Office.AddinCommands.Event,
    };
    return e;
  };

  const install = () => {
    const g = globalThis as unknown as Record<string, unknown>;
    const before = { Office: g.Office, Excel: g.Excel, location: g.location };
    const keys = new Set(Object.keys(g));
    g.Office = office;
    g.Excel = strict({ run, createWorkbook }, "Excel");
    g.location = { href: pageUrl, search: "" };
    return () => {
      // The globals a loaded module added (a function file's commands) go too.
      for (const k of Object.keys(g)) if (!keys.has(k)) delete g[k];
      Object.assign(g, before);
    };
  };

  const command = (name: string) => {
    const fn = isSetSupported(profile, "SharedRuntime", "1.1")
      ? associated.get(name)
      : (globalThis as unknown as Record<string, unknown>)[name];
    if (typeof fn !== "function")
      throw new Error(`${profile.label} finds no function for the button ${name}.`);
    return fn as (event: Office.AddinCommands.Event) => unknown;
  };

  return {
    book,
    profile,
    stats,
    run,
    office: office as unknown as typeof Office,
    dialogs,
    opened,
    newEvent,
    command,
    install,
  };
}
