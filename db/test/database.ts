// For Vitest: each test file gets its own fresh, migrated database. With DATABASE_URL set that is a
// new database on that PostgreSQL server (dropped afterwards); otherwise an in-memory PGlite.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { closeDb } from "../index";
import { migrate } from "../migrate";

export async function useFreshDatabase(): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    process.env.PGLITE_DIR = "memory://";
    await migrate();
    return closeDb;
  }
  const name = `mlpaths_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  await migrate();
  return async () => {
    await closeDb();
    process.env.DATABASE_URL = serverUrl;
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
