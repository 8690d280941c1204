/** Tests mirror src/: test/core, test/xlsx, test/cli, test/excel, test/taskpane, test/preview. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose index
  // pulls in ESM-only packages that Jest's CommonJS runtime cannot require: load that module alone.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
  testTimeout: 60000,
};
