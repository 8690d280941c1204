/*
 * The real-Excel suite's build: the test task pane only (test/end-to-end/src/test-taskpane.ts) as
 * taskpane.html, into dist/e2e-web, served like the add-in (https://localhost, the same certificates)
 * with the sample and, under workbooks/, the 10,000-entry workbook the runner writes.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const addin = require("../../webpack.config.js");

const ROOT = path.resolve(__dirname, "../..");

module.exports = async (env, argv) => {
  // The add-in's build is two configurations (the preview's worker first): the pages' one holds the loaders.
  const base = [].concat(await addin(env, argv)).find((c) => c.name === "pages");
  return {
    mode: argv.mode,
    devtool: "source-map",
    context: ROOT,
    entry: { "test-taskpane": "./test/end-to-end/src/test-taskpane.ts" },
    output: { path: path.join(ROOT, "dist/e2e-web"), filename: "[name].js", clean: true },
    resolve: base.resolve,
    module: base.module,
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./test/end-to-end/src/test-taskpane.html",
        chunks: ["test-taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "samples/plan-r5.xlsx", to: "samples/plan-r5.xlsx" },
        ],
      }),
    ],
    devServer: {
      ...base.devServer,
      static: [{ directory: path.join(ROOT, "test-output/e2e"), publicPath: "/workbooks" }],
    },
  };
};
