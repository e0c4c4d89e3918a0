// The tests StrykerJS runs against each change (stryker.config.mjs): the authorization matrix for
// lib/permissions.ts, which needs no database; the limit checks of db/mutations/limits.ts one by one
// at their edges, on the embedded PGlite (each run of the file on a fresh copy of a database migrated
// once per Vitest process, db/test/template-database.ts, as in every run); and the parsing of RATE_LIMITS and retryIn of
// lib/limits/rate-limits.ts.
import base from "./vitest.config.mts";

const mutationConfig = {
  ...base,
  test: {
    ...base.test,
    include: ["lib/permissions.test.ts", "db/limits-checks.test.ts", "lib/limits/rate-limits-parse.test.ts"],
  },
};
export default mutationConfig;
