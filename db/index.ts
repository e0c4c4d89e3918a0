// The one database handle. PostgreSQL through `postgres` when DATABASE_URL is set, otherwise the
// embedded PGlite under PGLITE_DIR (default .data/pglite). Created on first use, never at import,
// so `next build` and module loading never open a database.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

// Both drivers expose the same query builder; code above this file sees one type.
export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

type Handle = { db: Database; close: () => Promise<void>; driver: "postgres" | "pglite" };

const globalForDb = globalThis as unknown as { mlpathsDb?: Handle };

export function pgliteDir(): string {
  return process.env.PGLITE_DIR || ".data/pglite";
}

function open(): Handle {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = postgres(url, { max: Number(process.env.DATABASE_POOL_SIZE) || 10, onnotice: () => {} });
    return { db: drizzlePostgres(client, { schema }), close: () => client.end(), driver: "postgres" };
  }
  const dir = pgliteDir();
  // PGlite creates its own folder but not the parents (.data/ on a fresh clone).
  if (!dir.includes("://")) mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ dir)), { recursive: true });
  const client = new PGlite(dir);
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return { db, close: () => client.close(), driver: "pglite" };
}

function handle(): Handle {
  // Cached on globalThis so dev hot reloads reuse one connection pool / one PGlite instance.
  globalForDb.mlpathsDb ??= open();
  return globalForDb.mlpathsDb;
}

export function getDb(): Database {
  return handle().db;
}

export function dbDriver(): Handle["driver"] {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.mlpathsDb;
  globalForDb.mlpathsDb = undefined;
  await current?.close();
}
