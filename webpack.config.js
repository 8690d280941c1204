/*
 * Builds the task pane, the ribbon's function file, the browser preview and the help page into dist/web,
 * and the offline page (the preview alone, opened from a folder with no server) into dist/offline.
 * With ADDIN_BASE_URL=https://server/folder/ it also writes dist/manifest.xml for that address (scripts/manifest.js).
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { devServerHttps } = require("./scripts/start-certs");
const manifest = require("./scripts/manifest");

const officeJs = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** After the pages are written, the production manifest for where they will be hosted. */
class ProductionManifestPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ProductionManifestPlugin", (compilation) => {
      try {
        const { out } = manifest.writeProductionManifest(this.baseUrl);
        compilation.getLogger("ProductionManifestPlugin").info(`Wrote ${out} for ${this.baseUrl}`);
      } catch (e) {
        compilation.errors.push(new Error(e.message));
      }
    });
  }
}

/** What the offline page needs, copied from dist/web: it opens from a folder by double-click, with no server. */
const OFFLINE_FILES = [
  ["preview.html", "達成状況チェック.html"],
  ["preview.js", "preview.js"],
  ["taskpane.css", "taskpane.css"],
  ["assets/icon-32.png", "assets/icon-32.png"],
  ["samples/plan-r5.xlsx", "samples/plan-r5.xlsx"],
];

/** After the pages are written, dist/offline: the browser page alone, for offices where add-ins cannot be installed. */
class OfflinePagePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("OfflinePagePlugin", () => {
      const fs = require("fs");
      const from = compiler.options.output.path;
      const to = path.resolve(__dirname, "dist/offline");
      fs.rmSync(to, { recursive: true, force: true });
      for (const [source, target] of OFFLINE_FILES) {
        fs.mkdirSync(path.dirname(path.join(to, target)), { recursive: true });
        fs.copyFileSync(path.join(from, source), path.join(to, target));
      }
    });
  }
}

/** ADDIN_BASE_URL checked before anything is built: a wrong address is one line, not a stack. */
function baseUrlFromEnvironment() {
  if (!process.env.ADDIN_BASE_URL) return undefined;
  try {
    return manifest.parseBaseUrl(process.env.ADDIN_BASE_URL);
  } catch (e) {
    console.error(`ADDIN_BASE_URL: ${e.message}`);
    process.exit(2);
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const baseUrl = baseUrlFromEnvironment();
  const tsRule = {
    test: /\.ts$/,
    loader: "ts-loader",
    exclude: /node_modules/,
    options: { configFile: "tsconfig.web.json" },
  };
  // The preview's checking worker, built first: the page takes its text and starts it from a blob,
  // which works from a folder (file://) where a worker file would be refused.
  // The worker's own inflating worker (src/preview/inflater.ts), built before it, taken as text the same way.
  const inflater = {
    name: "inflater",
    mode: argv.mode,
    target: "webworker",
    devtool: false,
    entry: { inflater: "./src/preview/inflater.ts" },
    output: {
      path: path.resolve(__dirname, "dist/inflater-src"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [tsRule] },
    performance: { hints: false },
  };
  const worker = {
    name: "worker",
    dependencies: ["inflater"],
    mode: argv.mode,
    target: "webworker",
    devtool: false,
    entry: { "preview-worker": "./src/preview/worker.ts" },
    output: {
      path: path.resolve(__dirname, "dist/worker-src"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [tsRule, { resourceQuery: /raw/, type: "asset/source" }] },
    performance: { hints: false },
  };
  const pages = {
    name: "pages",
    dependencies: ["worker"],
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/preview.ts",
      message: "./src/commands/message.ts",
    },
    output: { path: path.resolve(__dirname, "dist/web"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [tsRule, { resourceQuery: /raw/, type: "asset/source" }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "message.html",
        template: "./src/commands/message.html",
        chunks: ["message"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "samples/plan-r5.xlsx", to: "samples/plan-r5.xlsx" },
          { from: "src/help/help.html", to: "help.html" },
          { from: "src/help/help.css", to: "help.css" },
        ],
      }),
      ...(serving ? [] : [new OfflinePagePlugin()]),
      ...(baseUrl ? [new ProductionManifestPlugin(baseUrl)] : []),
    ],
    devServer: {
      // Only this machine: Office and the browser reach the pages at https://localhost.
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server: { type: "https", options: serving ? await devServerHttps() : {} },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: officeJs, publicPath: "/office-js" }],
    },
  };
  return [pages, worker, inflater];
};
