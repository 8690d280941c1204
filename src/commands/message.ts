import { langFromLocale } from "../core/i18n/messages";
import { UI } from "../taskpane/strings";
import type { HostFailureKind } from "../taskpane/host";

/**
 * The dialog a ribbon command opens when it fails (a command has no pane of its
 * own): ?kind=protected&lang=ja. Only known kinds are shown, as text.
 */
const params = new URLSearchParams(location.search);
const lang = langFromLocale(params.get("lang") ?? navigator.language);
const strings = UI[lang];
const kind = params.get("kind") as HostFailureKind | null;
document.documentElement.lang = lang;
document.getElementById("title")!.textContent = strings.title;
document.getElementById("message")!.textContent = kind && kind in strings.failures ? strings.failures[kind] : strings.failures.other;
