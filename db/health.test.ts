import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import journal from "./migrations/meta/_journal.json";
import { getDb } from "./index";
import { NEWEST_MIGRATION, databaseReadiness } from "./queries/health";
import { useFreshDatabase } from "./test/database";

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useFreshDatabase();
});
afterAll(() => done());

describe("database readiness", () => {
  it("names the newest migration this build ships", () => {
    expect(NEWEST_MIGRATION).toBe(journal.entries.at(-1)!.when);
  });

  it("is ok on a database with every migration applied", async () => {
    expect(await databaseReadiness()).toBe("ok");
  });

  it("says migrations are pending when the newest one is not applied", async () => {
    await getDb().execute(sql`delete from drizzle.__drizzle_migrations where created_at = ${NEWEST_MIGRATION}`);
    expect(await databaseReadiness()).toBe("migrations-pending");
  });
});
