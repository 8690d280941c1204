/*
 * The `achv` command as one file (dist/cli/achv.js), bundled from what tsc wrote to dist/src/cli:
 * Node loads one file instead of ninety, which is a tenth of a short command's time.
 * ExcelJS stays outside: it is loaded only by `achv summarize`, from the installed package.
 */
const path = require("path");

module.exports = {
  mode: "production",
  target: "node20",
  entry: path.resolve(__dirname, "dist/src/cli/achv.js"),
  output: {
    path: path.resolve(__dirname, "dist/cli"),
    filename: "achv.js",
    library: { type: "commonjs2" },
  },
  // Readable stack traces in a user's report; size does not matter on disk.
  optimization: { minimize: false },
  externals: { exceljs: "commonjs exceljs" },
  // __dirname is the bundle's folder, from which the package's version is found.
  node: { __dirname: false, __filename: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};
