// The tests StrykerJS runs against each change of lib/permissions.ts (stryker.config.mjs): the
// authorization matrix, which needs no database.
import base from "./vitest.config.mts";

const mutationConfig = { ...base, test: { ...base.test, include: ["lib/permissions.test.ts"] } };
export default mutationConfig;
