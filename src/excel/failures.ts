import { HostFailure } from "../app/failures";

/** Turn an Office.js error into the failure the pane can explain. */
export function toHostFailure(e: unknown): HostFailure {
  if (e instanceof HostFailure) return e;
  const code =
    typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "AccessDenied":
      return new HostFailure("protected", message);
    case "InvalidOperationInCellEditMode":
      return new HostFailure("cell-edit-mode", message);
    case "ItemNotFound":
    case "InvalidReference":
    // Excel on the web, for a sheet deleted while the add-in works on it: "the specified worksheet cannot be found" (office-js#6964).
    case "InvalidRequestContext":
      return new HostFailure("sheet-gone", message);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new HostFailure("payload-too-large", message);
    case "ApiNotFound":
    case "UnsupportedFeature":
      return new HostFailure("unsupported", message);
    default:
      return new HostFailure("other", message);
  }
}
