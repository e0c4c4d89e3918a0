// The PostgreSQL driver when the server ends a connection in the middle of a transaction (a fast
// shutdown, a failover, an idle connection killed by a proxy). Unpatched, postgres.js 3.4.9 threw
// "Cannot read properties of null (reading 'write')" from a timer, outside any query, and could
// leave a query waiting forever; `npm run test:faults` found it as requests that never answered after
// a PostgreSQL restart. patches/postgres+3.4.9.patch settles the query with CONNECTION_CLOSED instead,
// which lib/db-errors.ts reads as "the database is unavailable". Needs a PostgreSQL server (PGlite
// has no connection to lose), so it runs only with DATABASE_URL (vitest.config.mts leaves it out
// without), as CI's PostgreSQL run does.
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db-errors";

const url = process.env.DATABASE_URL!;
const uncaught: unknown[] = [];
const record = (error: unknown) => uncaught.push(error);

afterEach(() => {
  process.off("uncaughtException", record);
});

describe("a connection the server ends inside a transaction", () => {
  it("fails the transaction with CONNECTION_CLOSED, throws nothing outside it, and the next query runs", async () => {
    process.on("uncaughtException", record);
    const sql = postgres(url, { max: 2, onnotice: () => {} });
    try {
      const transaction = sql.begin(async (tx) => {
        await tx`select 1`;
        // The server ends this very connection, as a fast shutdown does to every session.
        await tx`select pg_terminate_backend(pg_backend_pid())`;
      });
      const failure = await transaction.then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ code: "CONNECTION_CLOSED" });
      expect(isDatabaseUnavailable(failure)).toBe(true);
      // The driver's timers have run by now.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(uncaught).toEqual([]);
      const [row] = await sql`select 1 as one`;
      expect(row.one).toBe(1);
    } finally {
      await sql.end({ timeout: 1 });
    }
  });
});
