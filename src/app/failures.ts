/** Why a host action failed, in words the pane can show. */
export type HostFailureKind =
  | "protected"
  | "cell-edit-mode"
  | "sheet-gone"
  | "payload-too-large"
  | "cell-changed"
  | "unsupported"
  | "nothing-to-summarize"
  | "other";

export class HostFailure extends Error {
  constructor(
    readonly kind: HostFailureKind,
    readonly detail = ""
  ) {
    super(`${kind}${detail ? `: ${detail}` : ""}`);
    this.name = "HostFailure";
  }
}
