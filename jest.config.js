/** Tests mirror src/: test/core, test/xlsx, test/cli, test/excel, test/taskpane. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  testTimeout: 60000,
};
