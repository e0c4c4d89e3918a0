// `npm run test:mutation`: StrykerJS changes the permission rules (lib/permissions.ts), the limit
// checks every write makes (db/mutations/limits.ts: who is acting, may they, the pace and daily caps,
// links from new accounts) and the limits' parsing and "try again in …" (lib/limits/rate-limits.ts) one
// rule at a time (a condition flipped, a boundary moved, a branch emptied, a message blanked) and
// runs their tests against each change (vitest.mutation.config.mts); the score is the share of
// changes a test caught. Below 90% the run fails.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.mts" },
  mutate: ["lib/permissions.ts", "db/mutations/limits.ts", "lib/limits/rate-limits.ts"],
  coverageAnalysis: "perTest",
  // A test runner process's first run also migrates the database its limit tests copy
  // (db/test/template-database.ts), and a restarted one does it again: tens of seconds on a busy machine,
  // which the default 5 s of slack would count as a timeout (a "killed" change no test caught).
  timeoutMS: 30_000,
  reporters: ["clear-text", "progress"],
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: ".data/stryker-tmp",
  // Local databases and test output are no part of the code under test: not copied to the sandbox
  // (a live embedded database folder there would be copied mid-write, and slowly).
  ignorePatterns: ["/.data", "/test-results", "/playwright-report"],
  cleanTempDir: "always",
};

export default config;
