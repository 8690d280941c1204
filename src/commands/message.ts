import { langFromLocale } from "../core/i18n/messages";
import { UI, failureMessage } from "../taskpane/strings";
import type { HostFailureKind } from "../app/failures";

/**
 * The dialog a ribbon command opens (a command has no pane of its own):
 * ?kind=protected&lang=ja, or kind=unsupported&detail=marks. Only known kinds
 * and features are shown, as text.
 */
const params = new URLSearchParams(location.search);
const lang = langFromLocale(params.get("lang") ?? navigator.language);
const strings = UI[lang];
const kind = params.get("kind") ?? "other";
const detail = params.get("detail") ?? "";
document.documentElement.lang = lang;
document.getElementById("title")!.textContent = strings.title;
document.getElementById("message")!.textContent =
  kind === "no-marks"
    ? strings.noMarksRibbon
    : kind === "unmarked" && /^\d+$/.test(detail)
      ? strings.unmarked(Number(detail))
      : failureMessage(
          lang,
          (kind in strings.failures ? kind : "other") as HostFailureKind,
          detail
        );
