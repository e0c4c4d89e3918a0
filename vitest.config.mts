import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";
import { UNLIMITED } from "./lib/limits/rate-limits";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside React Server Components; in unit tests the modules run in plain Node.
      "server-only": fileURLToPath(new URL("./lib/test/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "server/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
    // A PostgreSQL server's own behaviour (a connection it ends): nothing to run on PGlite, so left
    // out there rather than reported as skipped.
    exclude: [...configDefaults.exclude, ...(process.env.DATABASE_URL ? [] : ["db/connection-loss.test.ts"])],
    environment: "node",
    testTimeout: 30_000,
    // Tests about other things post as fast as they like; the limits' own tests pass the real ones.
    env: {
      RATE_LIMITS: Object.entries(UNLIMITED)
        .map(([name, value]) => `${name}=${value}`)
        .join(","),
    },
    hookTimeout: 60_000,
    // Three files at a time even on two cores: a database test file spends most of its time waiting on
    // its own fresh database (made, migrated, dropped), not computing. On this 2-core machine the suite
    // took 3m26s one file at a time (Vitest's default here) and 1m18s three at a time, on PostgreSQL.
    maxWorkers: 3,
    // One migrated database per run, which each test file copies (db/test/template-database.ts).
    globalSetup: ["db/test/template-database.ts"],
  },
});
