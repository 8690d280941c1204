import { join } from "node:path";
import { buildSeedWorkbook } from "../../scripts/make-samples";
import { loadWorkbookFile } from "../../src/xlsx/load-file";
import { ROOT, SAMPLE_XLSX, tempDir } from "../helpers/workbooks";

test("the committed sample is what `npm run samples` builds from the seed TSV (values and merged areas)", async () => {
  const wb = await buildSeedWorkbook(join(ROOT, "samples", "plan-r5.tsv"));
  const path = join(tempDir(), "rebuilt.xlsx");
  await wb.xlsx.writeFile(path);
  const rebuilt = loadWorkbookFile(path);
  const committed = loadWorkbookFile(SAMPLE_XLSX);
  expect(rebuilt.sheetNames).toEqual(committed.sheetNames);
  const name = committed.sheetNames[0];
  const a = committed.readSheet(name);
  const b = rebuilt.readSheet(name);
  expect(b.values).toEqual(a.values);
  const order = (m: typeof a.merges) => [...m].sort((x, y) => x.top - y.top || x.left - y.left);
  expect(order(b.merges)).toEqual(order(a.merges));
});
