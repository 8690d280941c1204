import { readFileSync } from "node:fs";
import type { SheetSnapshot } from "../../src/core/snapshot";
import {
  PAYLOAD_CAP,
  SETTINGS_LIMIT,
  cellValue,
  createSim,
  profile,
  type HostProfile,
  type Sim,
} from "../helpers/excel-sim";

/**
 * The simulator's own rules, each checked against what Microsoft documents (docs/office-js.md lists the
 * sources). Requirement sets are read from the "[Api set: ExcelApi x.y]" remarks of @types/office-js, not
 * from the simulator, so a wrong or missing set in the simulator fails here.
 */

const sheet = (
  values: SheetSnapshot["values"] = [["a", "b", "c"]],
  merges: SheetSnapshot["merges"] = []
): SheetSnapshot => ({ name: "S", top: 0, left: 0, values, merges });
const ws = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("S");
const fail = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: { code?: string }) => e.code ?? String(e)
  );
const withExcelApi = (version: string): HostProfile => ({
  ...profile("m365-windows"),
  id: `excel-api-${version}`,
  sets: { ExcelApi: version },
});

/** The ExcelApi version @types/office-js gives a member of an Excel class (or one of its parameters). */
function apiSet(member: string, param?: string): string {
  const dts = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const [cls, name] = member.split(".");
  const start = dts.indexOf(
    `\n    class ${cls} extends OfficeExtension.ClientObject {`,
    dts.indexOf("declare namespace Excel {")
  );
  const body = dts.slice(start, dts.indexOf("\n    }\n", start));
  const at = body.search(new RegExp(`\\n {8}(readonly )?${name}[(:]`));
  const doc = body.slice(body.lastIndexOf("/**", at), at);
  const line = param ? doc.split("\n").find((l) => l.includes(`@param ${param} `)) : doc;
  const set = /\[Api set: ExcelApi (\d+\.\d+)/.exec(line ?? "");
  if (at < 0 || !set) throw new Error(`no ExcelApi set for ${member} ${param ?? ""}`);
  return set[1];
}

describe("requirement sets: each API the adapter calls fails one version below the set @types/office-js gives it", () => {
  const book = () =>
    sheet([
      ["h1", "h2"],
      ["x", 1],
      ["y", 2],
    ]);
  const cases: [
    string,
    string | undefined,
    (c: Excel.RequestContext) => Promise<unknown> | unknown,
  ][] = [
    ["Range.merge", undefined, (c) => ws(c).getRange("D1:E1").merge()],
    ["RangeFormat.columnWidth", undefined, (c) => (ws(c).getRange("A1").format.columnWidth = 40)],
    ["Worksheet.getUsedRange", "valuesOnly", (c) => ws(c).getUsedRange(true).load("rowCount")],
    ["Worksheet.pivotTables", undefined, (c) => ws(c).pivotTables],
    ["Workbook.settings", undefined, (c) => c.workbook.settings.add("k", "v")],
    ["NamedItemCollection.add", undefined, (c) => c.workbook.names.add("N", ws(c).getRange("A1"))],
    [
      "Worksheet.getUsedRangeOrNullObject",
      undefined,
      (c) => ws(c).getUsedRangeOrNullObject(true).load("rowIndex"),
    ],
    [
      "Range.getUsedRangeOrNullObject",
      undefined,
      (c) => ws(c).getRange("A1:B3").getUsedRangeOrNullObject(true).load("rowIndex"),
    ],
    [
      "NamedItem.delete",
      undefined,
      async (c) => {
        c.workbook.names.load("items/name");
        await c.sync();
        c.workbook.names.items[0]?.delete();
      },
    ],
    ["NamedItem.formula", undefined, (c) => c.workbook.names.load("items/formula")],
    [
      "Worksheet.getRangeByIndexes",
      undefined,
      (c) => (ws(c).getRangeByIndexes(0, 0, 1, 1).values = [["z"]]),
    ],
    [
      "ChartSeries.setXAxisValues",
      undefined,
      (c) =>
        ws(c)
          .charts.add("BarStacked", ws(c).getRange("B1:B3"), "Columns")
          .series.getItemAt(0)
          .setXAxisValues(ws(c).getRange("A2:A3")),
    ],
    [
      "PivotTableCollection.add",
      undefined,
      (c) => {
        const table = ws(c).tables.add("A1:B3", true);
        ws(c).pivotTables.add("P", table, ws(c).getRange("E1"));
      },
    ],
    [
      "Worksheet.getRanges",
      undefined,
      (c) => (ws(c).getRanges("A1,B2").format.fill.color = "#FF0000"),
    ],
    [
      "Range.getCellProperties",
      undefined,
      (c) =>
        ws(c)
          .getRange("A1")
          .getCellProperties({ format: { fill: { color: true } } }),
    ],
    [
      "RangeFill.pattern",
      undefined,
      (c) => (ws(c).getRange("A1").format.fill.pattern = "LightDown"),
    ],
    [
      "RangeFill.tintAndShade",
      undefined,
      (c) => (ws(c).getRange("A1").format.fill.tintAndShade = 0.5),
    ],
    [
      "Application.suspendScreenUpdatingUntilNextSync",
      undefined,
      (c) => c.application.suspendScreenUpdatingUntilNextSync(),
    ],
    [
      "Range.getMergedAreasOrNullObject",
      undefined,
      (c) => ws(c).getRange("A1:B3").getMergedAreasOrNullObject().load("areas/items/rowIndex"),
    ],
  ];

  test.each(cases)("%s", async (member, param, call) => {
    const set = apiSet(member, param);
    const [major, minor] = set.split(".").map(Number);
    const below = createSim([book()], withExcelApi(`${major}.${minor - 1}`));
    below.book.names.push({
      name: "Old",
      sheet: below.book.sheets[0],
      address: "$A$1",
      deleted: false,
    });
    expect(await fail(below.run(async (c) => void (await call(c))))).toBe("ApiNotFound");
    const at = createSim([book()], withExcelApi(set));
    at.book.names.push({ name: "Old", sheet: at.book.sheets[0], address: "$A$1", deleted: false });
    expect(await fail(at.run(async (c) => void (await call(c))))).toBeUndefined();
  });
});

describe("the request model", () => {
  test("commands are queued until sync: nothing changes before it", async () => {
    const sim = createSim([sheet()]);
    await sim.run(async (c) => {
      ws(c).getRange("A1").values = [["new"]];
      expect(cellValue(sim.book.sheets[0], "A1")).toBe("a");
      await c.sync();
      expect(cellValue(sim.book.sheets[0], "A1")).toBe("new");
    });
  });

  test("a property is readable only once loaded and synced: PropertyNotLoaded otherwise, isNullObject included", async () => {
    const sim = createSim([sheet()]);
    await sim.run(async (c) => {
      const r = ws(c).getRange("A1");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const used = ws(c).getUsedRangeOrNullObject(true);
      expect(() => used.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await c.sync();
      expect(r.values).toEqual([["a"]]);
      expect(() => r.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("a collection's items exist only once loaded and synced; an item has only the properties loaded", async () => {
    const sim = createSim([sheet()]);
    await sim.run(async (c) => {
      const sheets = c.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await c.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["S"]);
      expect(() => sheets.items[0].id).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
  });

  test("a merged-area list's ranges carry only what was loaded", async () => {
    const sim = createSim([sheet([["a", "", "c"]], [{ top: 0, left: 0, bottom: 0, right: 1 }])]);
    await sim.run(async (c) => {
      const areas = ws(c).getRange("A1:C1").getMergedAreasOrNullObject();
      expect(() => areas.areas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      areas.load("areas/items/columnCount");
      await c.sync();
      expect(areas.areas.items.map((a) => a.columnCount)).toEqual([2]);
      expect(() => areas.areas.items[0].rowIndex).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
  });

  test("a member the simulator does not model throws on read and on write, never passes as undefined", async () => {
    const sim = createSim([sheet()]);
    await sim.run(async (c) => {
      const r = ws(c).getRange("A1") as unknown as Record<string, unknown>;
      expect(() => r.text).toThrow(expect.objectContaining({ code: "NotModelled" }));
      expect(() => (r.style = "Good")).toThrow(expect.objectContaining({ code: "NotModelled" }));
      const format = ws(c).getRange("A1").format as unknown as Record<string, unknown>;
      expect(() => (format.indentLevel = 1)).toThrow(
        expect.objectContaining({ code: "NotModelled" })
      );
      expect(() => (c as unknown as Record<string, unknown>).trackedObjects).toThrow(
        expect.objectContaining({ code: "NotModelled" })
      );
      // A read-only property cannot be written.
      expect(() => ((r as { address: string }).address = "B2")).toThrow(TypeError);
    });
  });

  test("an object of another request context is refused as an argument (InvalidRequestContext)", async () => {
    const sim = createSim([sheet()]);
    await sim.run(async (first) => {
      const a1 = ws(first).getRange("A1");
      await sim.run(async (second) => {
        expect(() => second.workbook.names.add("N", a1)).toThrow(
          expect.objectContaining({ code: "InvalidRequestContext" })
        );
      });
    });
  });
});

describe("missing items, null objects and deleted sheets", () => {
  test("getItem of a missing sheet fails the batch with ItemNotFound, even unused", async () => {
    const sim = createSim([sheet()]);
    expect(await fail(sim.run(async (c) => void c.workbook.worksheets.getItem("nope")))).toBe(
      "ItemNotFound"
    );
  });

  test("an index past a collection's count fails: a chart has one series per data column", async () => {
    const sim = createSim([
      sheet([
        ["h", "x", "y", "z"],
        ["a", 1, 2, 3],
        ["b", 4, 5, 6],
      ]),
    ]);
    const series = (i: number) =>
      sim.run(async (c) => {
        const chart = ws(c).charts.add("BarStacked", ws(c).getRange("B1:D3"), "Columns");
        chart.series.getItemAt(i).setXAxisValues(ws(c).getRange("A2:A3"));
      });
    expect(await fail(series(2))).toBeUndefined();
    expect(await fail(series(3))).toBe("InvalidArgument");
    expect(sim.book.sheets[0].charts.map((c) => c.seriesCount)).toEqual([3, 3]);
  });

  test("a null object reports itself after sync, and a command or navigation on it fails", async () => {
    const sim = createSim([sheet()]);
    await sim.run(async (c) => {
      const none = ws(c).getRange("F10:F20").getUsedRangeOrNullObject(true);
      none.load("rowIndex");
      await c.sync();
      expect(none.isNullObject).toBe(true);
    });
    expect(
      await fail(
        sim.run(
          async (c) => void (ws(c).getRange("F10").getUsedRangeOrNullObject(true).values = [["x"]])
        )
      )
    ).toBe("ItemNotFound");
    expect(
      await fail(
        sim.run(
          async (c) =>
            void ws(c)
              .getRange("F10")
              .getUsedRangeOrNullObject(true)
              .getEntireColumn()
              .load("address")
        )
      )
    ).toBe("ItemNotFound");
  });

  test.each([
    ["web", "InvalidRequestContext"],
    ["m365-windows", "ItemNotFound"],
  ])(
    "on %s an object of a sheet deleted since it was got fails (%s): writing to its range, reading it",
    async (profileId, code) => {
      const sim = createSim([sheet(), { ...sheet(), name: "T" }], profileId);
      await sim.run(async (c) => {
        const range = ws(c).getRange("A1");
        range.load("values");
        await c.sync();
        ws(c).delete();
        await c.sync();
        range.values = [["x"]];
        expect(await fail(c.sync())).toBe(code);
        range.load("values");
        expect(await fail(c.sync())).toBe(code);
      });
    }
  );
});

describe("Excel's limits", () => {
  const merged = (n: number): SheetSnapshot => ({
    name: "S",
    top: 0,
    left: 0,
    values: [[]],
    merges: Array.from({ length: n }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 })),
  });
  const readMerges = (sim: Sim, rows: number) =>
    sim.run(async (c) => {
      const m = ws(c).getRange(`A1:B${rows}`).getMergedAreasOrNullObject();
      m.load("areas/items/rowIndex");
      await c.sync();
      return m.areas.items.length;
    });

  test("getMergedAreasOrNullObject reports the areas whose top-left cell is in the range (office-js#3611), whole", async () => {
    const sim = createSim([
      sheet(
        [
          ["a", "", "c"],
          ["", "", ""],
        ],
        [{ top: 0, left: 0, bottom: 1, right: 1 }]
      ),
    ]);
    const areas = (address: string) =>
      sim.run(async (c) => {
        const m = ws(c).getRange(address).getMergedAreasOrNullObject();
        m.load(
          "areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount"
        );
        await c.sync();
        return m.isNullObject
          ? []
          : m.areas.items.map((a) => [a.rowIndex, a.columnIndex, a.rowCount, a.columnCount]);
      });
    expect(await areas("A1")).toEqual([[0, 0, 2, 2]]);
    expect(await areas("B2:C2")).toEqual([]);
  });

  test("getMergedAreasOrNullObject reads 512 merged areas and fails past 512", async () => {
    const sim = createSim([merged(513)]);
    expect(await readMerges(sim, 512)).toBe(512);
    expect(await fail(readMerges(sim, 513))).toBe("GeneralException");
  });

  test("on the web a request over 5 MB, counted on its serialized bytes, is refused and nothing of it runs; other hosts take it", async () => {
    const write = (sim: Sim, text: string) =>
      sim.run(async (c) => void (ws(c).getRange("A1").values = [[text]]));
    // 1.7 million characters: under 5 MB as ASCII, over it as UTF-8 Japanese (3 bytes each).
    const web = createSim([sheet()], "web");
    expect(await fail(write(web, "a".repeat(1_700_000)))).toBeUndefined();
    expect(await fail(write(web, "あ".repeat(1_700_000)))).toBe("RequestPayloadSizeLimitExceeded");
    expect(String(cellValue(web.book.sheets[0], "A1")).startsWith("a")).toBe(true);
    expect(web.stats.requests.at(-1)).toBeGreaterThan(PAYLOAD_CAP);
    expect(
      await fail(write(createSim([sheet()], "m365-windows"), "あ".repeat(1_700_000)))
    ).toBeUndefined();
  });

  test("on the web a response over 5 MB is refused; the add-in never gets the values", async () => {
    const big = sheet([["あ".repeat(1_000_000)], ["い".repeat(1_000_000)]]);
    const read = (sim: Sim) =>
      sim.run(async (c) => {
        const r = ws(c).getRange("A1:A2");
        r.load("values");
        await c.sync();
        return r.values.length;
      });
    expect(await fail(read(createSim([big], "web")))).toBe("ResponsePayloadSizeLimitExceeded");
    expect(await read(createSim([big], "m365-mac"))).toBe(2);
  });

  test("settings past the limit are refused, in Workbook.settings and in the common Settings API", async () => {
    const sim = createSim([sheet()], "web");
    const big = "x".repeat(SETTINGS_LIMIT);
    expect(await fail(sim.run(async (c) => c.workbook.settings.add("k", big)))).toBe(
      "InvalidArgument"
    );
    expect(sim.book.settings.size).toBe(0);
    const settings = sim.office.context.document.settings;
    settings.set("k", big);
    const status = await new Promise((resolve) => settings.saveAsync((r) => resolve(r.status)));
    expect(status).toBe("failed");
    expect(sim.book.documentSettings.size).toBe(0);
  });

  test("sheet names: at most 31 characters, none of : \\ / ? * [ ], unique ignoring case", async () => {
    const add = (name: string) =>
      fail(createSim([sheet()]).run(async (c) => void c.workbook.worksheets.add(name)));
    expect(await add("x".repeat(31))).toBeUndefined();
    expect(await add("x".repeat(32))).toBe("InvalidArgument");
    for (const ch of [":", "\\", "/", "?", "*", "[", "]"])
      expect(await add(`a${ch}b`)).toBe("InvalidArgument");
    expect(await add("s")).toBe("ItemAlreadyExists");
    expect(
      await fail(
        createSim([sheet(), { ...sheet(), name: "T" }]).run(
          async (c) => void (c.workbook.worksheets.getItem("T").name = "s")
        )
      )
    ).toBe("ItemAlreadyExists");
  });

  test("a table may not cover merged cells; table names are unique among tables and defined names, ignoring case", async () => {
    const withMerge = createSim([
      sheet(
        [
          ["h1", "h2"],
          ["x", 1],
        ],
        [{ top: 1, left: 0, bottom: 1, right: 1 }]
      ),
    ]);
    expect(await fail(withMerge.run(async (c) => void ws(c).tables.add("A1:B2", true)))).toBe(
      "InvalidOperation"
    );
    const sim = createSim([
      sheet([["h1", "h2"], ["x", 1], [], ["h3", "h4"], ["y", 2], [], ["h5", "h6"], ["z", 3]]),
    ]);
    sim.book.names.push({
      name: "Taken",
      sheet: sim.book.sheets[0],
      address: "$A$1",
      deleted: false,
    });
    const name = (address: string, n: string) =>
      fail(
        sim.run(async (c) => {
          ws(c).tables.add(address, true).name = n;
        })
      );
    expect(await name("A1:B2", "First")).toBeUndefined();
    expect(await name("A4:B5", "TAKEN")).toBe("InvalidArgument");
    expect(await name("A7:B8", "first")).toBe("InvalidArgument");
    expect(sim.book.tables.map((t) => t.name)).toEqual(["First", "Table1", "Table2"]);
  });
});

describe("what Excel does to written text", () => {
  test.each([
    ["1-1", 45000],
    ["(1)", -1],
    ["001", 1],
    ["TRUE", true],
    ["10%", 0.1],
    ["2024-01-01", 45000],
    ["令和5年4月1日", 45000],
    ["- 未定", "#NAME?"],
    ["'1-1", "1-1"],
    ["'- 未定", "- 未定"],
    ["達成", "達成"],
  ])("%s is stored as %p", async (text, stored) => {
    const sim = createSim([sheet()]);
    await sim.run(async (c) => void (ws(c).getRange("A1").values = [[text]]));
    expect(cellValue(sim.book.sheets[0], "A1")).toBe(stored);
  });

  test('a null in a written matrix leaves its cell as it is, "" clears it; null is no value for a single property', async () => {
    const sim = createSim([sheet()]);
    await sim.run(async (c) => void (ws(c).getRange("A1:C1").values = [[null, "", "z"]]));
    expect(["A1", "B1", "C1"].map((a) => cellValue(sim.book.sheets[0], a))).toEqual(["a", "", "z"]);
    await sim.run(async (c) =>
      expect(() => (ws(c).getRange("A1").format.fill.color = null as unknown as string)).toThrow(
        expect.objectContaining({ code: "InvalidArgument" })
      )
    );
  });

  test("merging keeps the upper-left cell's content only", async () => {
    const sim = createSim([sheet()]);
    await sim.run(async (c) => ws(c).getRange("A1:C1").merge());
    expect(["A1", "B1", "C1"].map((a) => cellValue(sim.book.sheets[0], a))).toEqual(["a", "", ""]);
  });
});

describe("the Office global", () => {
  test.each([
    ["excel-2019", "onlyGlobal", "onlyAssociated"],
    ["excel-2021", "onlyAssociated", "onlyGlobal"],
  ])(
    "a ribbon button on %s finds %s, not %s (associated functions need SharedRuntime 1.1, global ones are found without it)",
    (id, found, missed) => {
      const fn = () => undefined;
      const sim = createSim([sheet()], id);
      const restore = sim.install();
      try {
        sim.office.actions.associate("onlyAssociated", fn);
        (globalThis as Record<string, unknown>).onlyGlobal = fn;
        expect(sim.command(found)).toBe(fn);
        expect(() => sim.command(missed)).toThrow(/finds no function/);
      } finally {
        restore();
      }
      expect((globalThis as Record<string, unknown>).onlyGlobal).toBeUndefined();
    }
  );

  test("a dialog needs HTTPS on the page's own origin, one at a time (12005, 12004, 12007)", async () => {
    const sim = createSim([sheet()]);
    const open = (url: string) =>
      new Promise<unknown>((resolve) =>
        sim.office.context.ui.displayDialogAsync(url, {}, (r) =>
          resolve(String(r.status) === "succeeded" ? "ok" : r.error.code)
        )
      );
    expect(await open("http://localhost:3000/message.html")).toBe(12005);
    expect(await open("https://example.com/message.html")).toBe(12004);
    expect(await open("https://localhost:3000/message.html")).toBe("ok");
    expect(await open("https://localhost:3000/message.html")).toBe(12007);
  });
});
