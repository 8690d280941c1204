/** Tests mirror src/: test/core, test/xlsx, test/cli, test/excel (on the Excel simulator, test/helpers/excel-sim), test/app, test/taskpane, test/commands, test/preview. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // `npm run mutate` copies the project into stryker-tmp/: its copies are not this project's tests.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/stryker-tmp/"],
  modulePathIgnorePatterns: ["<rootDir>/stryker-tmp/"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60000,
};
