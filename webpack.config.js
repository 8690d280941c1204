/* Builds the task pane, the ribbon's function file and the browser preview into dist/web. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const officeJs = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** The localhost certificate Office trusts for sideloading (office-addin-dev-certs installs it on first use). */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
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
      rules: [{ test: /\.ts$/, loader: "ts-loader", exclude: /node_modules/, options: { configFile: "tsconfig.web.json" } }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], scriptLoading: "defer" }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"], scriptLoading: "defer" }),
      new HtmlWebpackPlugin({ filename: "message.html", template: "./src/commands/message.html", chunks: ["message"], scriptLoading: "defer" }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"], scriptLoading: "defer" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "samples/plan-r5.xlsx", to: "samples/plan-r5.xlsx" },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server: { type: "https", options: serving ? await httpsOptions() : {} },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: officeJs, publicPath: "/office-js" }],
    },
  };
};
