// Applies drizzle-kit's committed migrations with whichever driver `db` uses, and says which it applied.
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { dbDriver, getDb } from "./index";
import { rowsOf } from "./rows";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Applies what is pending; returns the tags of the migrations it applied (`0012_search`), oldest first. */
export async function migrate(): Promise<string[]> {
  const db = getDb();
  const before = await appliedStamps();
  if (dbDriver() === "postgres") {
    await migratePostgres(db, { migrationsFolder });
  } else {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
  }
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: { when: number; tag: string }[];
  };
  return journal.entries.filter((entry) => !before.has(entry.when)).map((entry) => entry.tag);
}

/** drizzle records each applied migration by its journal `when` (created_at); none before the first run. */
async function appliedStamps(): Promise<Set<number>> {
  try {
    const rows = rowsOf<{ created_at: string | number }>(
      await getDb().execute(sql`select created_at from drizzle.__drizzle_migrations`),
    );
    return new Set(rows.map((row) => Number(row.created_at)));
  } catch {
    return new Set();
  }
}
