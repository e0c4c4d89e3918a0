// Whether the database is ready to serve this build: it answers, and the newest migration it has
// applied is the newest this build ships (db/migrations/meta/_journal.json, read at build time, so a
// running server never reads the folder). One statement on drizzle's own table of applied migrations.
import "server-only";
import { sql } from "drizzle-orm";
import journal from "../migrations/meta/_journal.json";
import { getDb } from "../index";
import { rowsOf } from "../rows";

/** The `when` of the newest migration this build ships: drizzle stores it as the applied row's created_at. */
export const NEWEST_MIGRATION = Math.max(...journal.entries.map((entry) => entry.when));

export type DatabaseReadiness = "ok" | "migrations-pending";

/** Throws what the driver throws when the database cannot be reached (lib/db-errors.ts tells which). */
export async function databaseReadiness(): Promise<DatabaseReadiness> {
  const [row] = rowsOf<{ newest: string | number | null }>(
    await getDb().execute(sql`select max(created_at) as newest from drizzle.__drizzle_migrations`),
  );
  return Number(row?.newest ?? 0) >= NEWEST_MIGRATION ? "ok" : "migrations-pending";
}
