// Applies drizzle-kit's committed migrations with whichever driver `db` uses.
import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { dbDriver, getDb } from "./index";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export async function migrate(): Promise<void> {
  const db = getDb();
  if (dbDriver() === "postgres") {
    await migratePostgres(db, { migrationsFolder });
  } else {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
  }
}
