import {
  type CellValue,
  type SheetSnapshot,
  cellAddress,
  cellKey,
  cellText,
  columnName,
  isCellError,
  makeGrid,
  parseAddress,
} from "../../src/core/snapshot";
import { range } from "../helpers/sheet";

const snapshot = (
  values: CellValue[][],
  merges: string[] = [],
  top = 0,
  left = 0
): SheetSnapshot => ({
  name: "Sheet1",
  top,
  left,
  values,
  merges: merges.map(range),
});

describe("a cell's text as a user reads it", () => {
  test("text as written, numbers in plain digits, TRUE / FALSE; empty, an error or a number Excel cannot show is blank", () => {
    expect(cellText("総務課")).toBe("総務課");
    expect(cellText(12)).toBe("12");
    expect(cellText(0.5)).toBe("0.5");
    expect(cellText(0)).toBe("0");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(false)).toBe("FALSE");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText({ error: "#REF!" })).toBe("");
    expect(cellText(NaN)).toBe("");
    expect(cellText(Infinity)).toBe("");
  });

  test("an error value is an object with the error's text", () => {
    expect(isCellError({ error: "#N/A" })).toBe(true);
    expect(isCellError({ error: 7 } as unknown as CellValue)).toBe(false);
    expect(isCellError(null)).toBe(false);
    expect(isCellError("#N/A")).toBe(false);
    expect(isCellError(undefined)).toBe(false);
  });
});

describe("cell addresses", () => {
  test("column letters from A to XFD, the same when asked again", () => {
    const cols = [0, 1, 25, 26, 27, 51, 52, 255, 256, 701, 702, 16383];
    const names = ["A", "B", "Z", "AA", "AB", "AZ", "BA", "IV", "IW", "ZZ", "AAA", "XFD"];
    expect(cols.map(columnName)).toEqual(names);
    expect(cols.map(columnName)).toEqual(names);
  });

  test("an address from a 0-based row and column, and back", () => {
    expect(cellAddress(55, 5)).toBe("F56");
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(1048575, 16383)).toBe("XFD1048576");
    expect(parseAddress("F56")).toEqual({ row: 55, col: 5 });
    expect(parseAddress("$F$56")).toEqual({ row: 55, col: 5 });
    expect(parseAddress("f56")).toEqual({ row: 55, col: 5 });
    expect(parseAddress(" AB12 ")).toEqual({ row: 11, col: 27 });
    expect(parseAddress("XFD1048576")).toEqual({ row: 1048575, col: 16383 });
    expect(parseAddress("A1")).toEqual({ row: 0, col: 0 });
  });

  test("not an A1 address: undefined", () => {
    for (const text of ["A0", "F", "56", "ABCD1", "A12345678", "F56x", "1F56", "R1C1", "F5:F6", ""])
      expect(parseAddress(text)).toBeUndefined();
  });

  test("cells in sheet order: row by row, every column of a row before the next row", () => {
    expect(cellKey(0, 0)).toBe(0);
    expect(cellKey(0, 16383)).toBe(16383);
    expect(cellKey(1, 0)).toBe(16384);
    expect(cellKey(2, 3)).toBe(2 * 16384 + 3);
  });
});

describe("the grid: values and merged areas", () => {
  test("its bounds: from the snapshot's place to one past its last row and widest row", () => {
    const g = makeGrid(snapshot([["a"], ["b", "c", "d"], []], [], 4, 2));
    expect([g.top, g.left, g.bottom, g.right]).toEqual([4, 2, 7, 5]);
    expect(g.own(5, 4)).toBe("d");
    expect(g.own(4, 3)).toBeNull();
    expect(g.own(3, 2)).toBeNull();
    expect(g.own(7, 2)).toBeNull();
  });

  test("a merged area's value shows in every cell of it; its cells' anchor is its top-left", () => {
    const g = makeGrid(
      snapshot(
        [
          ["Ⅰ 目標", "1 施策", "1 講座"],
          [null, null, "2 相談"],
          [null, "2 施策", "3 広報"],
        ],
        ["A1:A3", "B1:B2"]
      )
    );
    expect([0, 1, 2].map((r) => g.value(r, 0))).toEqual(["Ⅰ 目標", "Ⅰ 目標", "Ⅰ 目標"]);
    expect([0, 1, 2].map((r) => g.value(r, 1))).toEqual(["1 施策", "1 施策", "2 施策"]);
    expect(g.own(1, 1)).toBeNull();
    expect(g.anchor(2, 0)).toEqual({ row: 0, col: 0 });
    expect(g.anchor(1, 2)).toEqual({ row: 1, col: 2 });
    expect(g.area(1, 1)).toEqual({ top: 0, left: 1, bottom: 1, right: 1 });
    expect(g.area(2, 1)).toBeUndefined();
    expect(g.area(3, 0)).toBeUndefined();
    expect(g.area(-1, 0)).toBeUndefined();
  });

  test("an area across columns covers each of its columns; on a sheet placed lower, absolute rows", () => {
    const g = makeGrid(
      snapshot(
        [
          ["令和5年度", null, null],
          ["A", "B", "C"],
        ],
        ["C8:E8"],
        7,
        2
      )
    );
    expect([2, 3, 4, 5].map((c) => g.value(7, c))).toEqual([
      "令和5年度",
      "令和5年度",
      "令和5年度",
      null,
    ]);
    expect(g.value(8, 3)).toBe("B");
  });

  test("an area starting lower down covers none of the rows above it", () => {
    const g = makeGrid(
      snapshot(
        [
          ["1 施策", "1 講座"],
          ["2 施策", "2 相談"],
          [null, "3 広報"],
        ],
        ["A2:A3"]
      )
    );
    expect([0, 1, 2].map((r) => g.value(r, 0))).toEqual(["1 施策", "2 施策", "2 施策"]);
    expect(g.area(0, 0)).toBeUndefined();
  });

  test("an area whose top-left lies above or left of the values is left out: its cells read as they are", () => {
    const g = makeGrid(
      snapshot(
        [
          ["x", "y"],
          ["z", "w"],
        ],
        ["C1:C4", "A3:C3"],
        2,
        2
      )
    );
    expect([g.value(2, 2), g.value(3, 2), g.value(2, 3)]).toEqual(["x", "z", "y"]);
    expect([g.area(2, 2), g.area(3, 2)]).toEqual([undefined, undefined]);
  });

  test("an area reaching past the values is cut at them; one whose top-left is outside is left out", () => {
    const g = makeGrid(
      snapshot(
        [
          ["x", "y"],
          [null, "z"],
        ],
        ["A1:A5", "B3:B6", "C1:D2"]
      )
    );
    expect(g.value(1, 0)).toBe("x");
    expect(g.area(4, 0)).toBeUndefined();
    expect(g.value(1, 1)).toBe("z");
    expect(g.area(0, 2)).toBeUndefined();
  });

  test("areas that are no area are left out: one cell, inverted, negative, fractional", () => {
    const merges = [
      { top: 0, left: 0, bottom: 0, right: 0 },
      { top: 1, left: 0, bottom: 0, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 0 },
      { top: -1, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 0, bottom: 1.5, right: 0 },
      null as unknown as { top: number; left: number; bottom: number; right: number },
    ];
    const g = makeGrid({
      name: "S",
      top: 0,
      left: 0,
      values: [
        ["a", "b"],
        [null, null],
      ],
      merges,
    });
    expect([g.area(0, 0), g.area(1, 0), g.area(1, 1)]).toEqual([undefined, undefined, undefined]);
    expect(g.value(1, 0)).toBeNull();
  });

  test("a damaged snapshot reads as empty, never throws", () => {
    const bad = { name: "S", top: -3, left: 1.5, values: null, merges: "x" };
    const g = makeGrid(bad as unknown as SheetSnapshot);
    expect([g.top, g.left, g.bottom, g.right]).toEqual([0, 0, 0, 0]);
    const shifted = makeGrid({ name: "S", top: 1.5, left: -2, values: [["a"]], merges: [] });
    expect([shifted.top, shifted.left, shifted.own(0, 0)]).toEqual([0, 0, "a"]);
    expect(g.own(0, 0)).toBeNull();
    expect(g.occupied(0)).toEqual([]);
  });

  test("the cells of a row holding a value, left to right: zero and FALSE count, blank text does not", () => {
    const g = makeGrid(
      snapshot(
        [
          ["a", null, "", 0, false, undefined as unknown as CellValue, "b"],
          null as unknown as CellValue[],
        ],
        [],
        0,
        3
      )
    );
    expect(g.occupied(0)).toEqual([3, 6, 7, 9]);
    expect(g.occupied(1)).toEqual([]);
    expect(g.occupied(5)).toEqual([]);
    const lower = makeGrid(snapshot([["a"], [null, "b"]], [], 4, 1));
    expect([4, 5, 6].map((r) => lower.occupied(r))).toEqual([[1], [2], []]);
  });

  test("a row with one far cell (XFD1) costs that cell: its values are found", () => {
    const line: CellValue[] = [];
    line[2] = "担当課";
    line[16383] = "x";
    const g = makeGrid(snapshot([line, ["a"]]));
    expect(g.right).toBe(16384);
    expect(g.occupied(0)).toEqual([2, 16383]);
    expect(g.own(0, 16383)).toBe("x");
    expect(g.own(0, 5)).toBeNull();
  });
});
