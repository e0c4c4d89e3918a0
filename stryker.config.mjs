// `npm run test:mutation`: StrykerJS changes lib/permissions.ts one rule at a time (a condition
// flipped, a branch emptied, a message blanked) and runs the authorization matrix against each
// change; the score is the share of changes a test caught. Below 90% the run fails.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.mts" },
  mutate: ["lib/permissions.ts"],
  coverageAnalysis: "perTest",
  reporters: ["clear-text", "progress"],
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: ".data/stryker-tmp",
  cleanTempDir: "always",
};

export default config;
