// ESLint: typescript-eslint's recommended rules, and the Office add-in rules
// (load before read, sync after load, no sync in a loop …) from eslint-plugin-office-addins.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "test-output/**",
      "reports/**",
      "stryker-tmp/**",
      ".stryker-tmp/**",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "no-eval": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Office.js code only: src/xlsx talks to ExcelJS, whose objects need no load or sync.
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The core is pure (docs/architecture.md): no Office.js, DOM, Node or file API, and no
    // adapter. The office-js and node types are global in the build, so the compiler alone
    // would let an `Excel.` or `document.` call in.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "node:*",
                "fs",
                "path",
                "os",
                "child_process",
                "zlib",
                "stream",
                "buffer",
                "util",
                "crypto",
              ],
              message: "src/core is pure: no Node module.",
            },
            {
              group: ["exceljs", "fflate", "office-js", "@microsoft/*", "playwright-core"],
              message: "src/core is pure: file and Office libraries belong in the adapters.",
            },
            {
              group: [
                "**/app/**",
                "**/excel/**",
                "**/xlsx/**",
                "**/taskpane/**",
                "**/preview/**",
                "**/commands/**",
                "**/cli/**",
              ],
              message: "src/core never imports an adapter.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...[
          "Office",
          "Excel",
          "OfficeExtension",
          "window",
          "document",
          "navigator",
          "localStorage",
          "fetch",
          "process",
          "require",
          "Buffer",
          "__dirname",
        ].map((name) => ({
          name,
          message: "src/core is pure: no Office.js, DOM or Node global.",
        })),
      ],
    },
  },
  {
    // The application layer and the adapters under it never depend on a user interface: the pane,
    // the preview page and the ribbon commands are built on them, not the other way round.
    files: ["src/app/**/*.ts", "src/excel/**/*.ts", "src/xlsx/**/*.ts", "src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane/**", "**/preview/**", "**/commands/**"],
              message: "Only user interfaces import the task pane, the preview or the commands.",
            },
          ],
        },
      ],
    },
  },
  {
    // Mocks and fakes of Excel objects refer to themselves from nested objects.
    files: ["test/helpers/**/*.ts"],
    rules: { "@typescript-eslint/no-this-alias": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  }
);
