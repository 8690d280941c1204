/*
 * `npm run test:excel`: the real-Excel suite, as Microsoft's templates run theirs. Writes the
 * 10,000-entry workbook, starts office-addin-test-server, serves the test pane (dev server, its own
 * process group), sideloads test-manifest.xml into desktop Excel with office-addin-debugging, waits
 * for the pane's results, prints one line each, then stops everything. Windows or Mac only.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { benchSnapshot, snapshotToXlsx } from "../../scripts/bench/sheets";
import { describeResult, LARGE_WORKBOOK_DIR, passed, PORT, type Result } from "./src/results";

/** The repository, whether this runs compiled (dist/e2e/test/end-to-end) or from source under jest. */
const ROOT = (function repository(dir: string): string {
  return existsSync(join(dir, "manifest.xml")) && existsSync(join(dir, "package.json"))
    ? dir
    : repository(dirname(dir));
})(__dirname);
const MANIFEST = join(ROOT, "test/end-to-end/test-manifest.xml");
/** Loading both workbooks and writing the summaries of 10,000 entries takes minutes on a slow machine. */
const RESULTS_TIMEOUT_MS = 15 * 60 * 1000;

/** The platforms with a desktop Excel to sideload into. */
export function refusal(platform: string): string | null {
  return platform === "win32" || platform === "darwin"
    ? null
    : `npm run test:excel needs Excel on Windows or Mac to sideload into (this is ${platform}); see docs/real-excel.md`;
}

/** The bench generator's sheet, written back by ExcelJS so that Excel gets a workbook with styles and all. */
export async function writeLargeWorkbook(): Promise<string> {
  const dir = join(ROOT, LARGE_WORKBOOK_DIR);
  mkdirSync(dir, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    Buffer.from(snapshotToXlsx(benchSnapshot(10000))) as unknown as ExcelJS.Buffer
  );
  const file = join(dir, "plan-10000.xlsx");
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `no ${what} within ${ms / 60000} minutes: the test pane did not load or stopped (see its console in Excel)`
          )
        ),
      ms
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const refused = refusal(process.platform);
  if (refused) {
    console.error(refused);
    return 1;
  }
  // Loaded only here: office-addin-debugging needs Windows or Mac pieces.
  const { TestServer } = await import("office-addin-test-server");
  const { startDebugging, stopDebugging } = await import("office-addin-debugging");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JavaScript shared with npm start
  const devServer = require(join(ROOT, "scripts/start.js")) as {
    startDevServer(args?: string[]): Promise<number>;
    stopDevServer(): Promise<boolean>;
  };

  console.log(`Wrote ${await writeLargeWorkbook()}`);
  const server = new TestServer(PORT);
  let failures = 0;
  try {
    await server.startTestServer(true);
    await devServer.startDevServer(["--config", "test/end-to-end/webpack.config.js"]);
    await startDebugging(MANIFEST, {
      app: "excel" as never,
      appType: "desktop" as never,
      enableDebugging: false,
    });
    const results = (await withTimeout(
      server.getTestResults(),
      RESULTS_TIMEOUT_MS,
      "results"
    )) as unknown as Result[];
    for (const r of results) console.log(describeResult(r));
    failures = results.filter((r) => !passed(r)).length;
    const checks = results.filter((r) => !r.info).length;
    console.log(
      failures ? `${failures} of ${checks} checks failed.` : `All ${checks} checks passed.`
    );
    if (checks === 0) failures = 1;
  } catch (e) {
    console.error(
      `The real-Excel suite could not run: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`
    );
    failures = 1;
  } finally {
    await server.stopTestServer();
    await stopDebugging(MANIFEST).catch((e: unknown) =>
      console.error(`Could not unregister the test add-in: ${String(e)}`)
    );
    await devServer.stopDevServer();
  }
  return failures ? 1 : 0;
}

if (require.main === module) main().then((code) => process.exit(code));
