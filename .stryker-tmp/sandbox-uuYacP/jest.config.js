/** Tests mirror src/: test/core, test/xlsx, test/cli, test/excel (on the Excel simulator, test/helpers/excel-sim), test/taskpane, test/commands, test/preview. */
// @ts-nocheck

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60000,
};
