import { toHostFailure } from "../../src/excel/failures";
import { HostFailure } from "../../src/app/failures";
import { failureMessage } from "../../src/taskpane/strings";
import { createSim, hostOn } from "../helpers/excel-sim";

const plan = () =>
  createSim([{ name: "R5", top: 0, left: 0, values: [["達成度"], ["B"]], merges: [] }], "web");

describe("what the pane says when Excel refuses (Office.js error codes)", () => {
  test.each([
    [
      "AccessDenied",
      "protected",
      "The sheet or workbook is protected: unprotect it and try again.",
    ],
    [
      "InvalidOperationInCellEditMode",
      "cell-edit-mode",
      "A cell is being edited: press Enter or Esc, then try again.",
    ],
    ["ItemNotFound", "sheet-gone", "The sheet is gone (renamed or deleted): validate again."],
    ["InvalidReference", "sheet-gone", "The sheet is gone (renamed or deleted): validate again."],
    [
      "InvalidRequestContext",
      "sheet-gone",
      "The sheet is gone (renamed or deleted): validate again.",
    ],
    [
      "RequestPayloadSizeLimitExceeded",
      "payload-too-large",
      "Too much data for one request: split the sheet or use a smaller range.",
    ],
    [
      "ResponsePayloadSizeLimitExceeded",
      "payload-too-large",
      "Too much data for one request: split the sheet or use a smaller range.",
    ],
    ["ApiNotFound", "unsupported", "This version of Excel does not support that."],
    ["UnsupportedFeature", "unsupported", "This version of Excel does not support that."],
    ["GeneralException", "other", "That could not be done."],
  ])(
    "Excel failing a read with %s: the pane explains it as %s, keeping Excel's own words",
    async (code, kind, message) => {
      const sim = plan();
      sim.stats.failSync = () => Object.assign(new Error(`Excel says ${code}`), { code });
      const err = await hostOn(sim)
        .readSheet("R5")
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HostFailure);
      expect(err).toMatchObject({ kind, detail: `Excel says ${code}` });
      expect(failureMessage("en", (err as HostFailure).kind)).toBe(message);
    }
  );

  test.each([
    ["a string", "lost connection", "lost connection"],
    ["null", null, "null"],
    ["undefined", undefined, "undefined"],
    ["a number", 42, "42"],
    ["an object without a code", { reason: "x" }, "[object Object]"],
    ["an Error without a code", new Error("boom"), "boom"],
  ])(
    "something thrown that is not an Office error (%s) is 'could not be done', never a crash",
    (_what, thrown, detail) => {
      const failure = toHostFailure(thrown);
      expect(failure).toBeInstanceOf(HostFailure);
      expect(failure).toMatchObject({ kind: "other", detail });
    }
  );

  test("a failure the host already explained passes through as it is", () => {
    const gone = new HostFailure("cell-changed", "A2");
    expect(toHostFailure(gone)).toBe(gone);
  });
});
