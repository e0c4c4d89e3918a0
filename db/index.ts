// The one database handle. PostgreSQL through `postgres` when DATABASE_URL is set, otherwise the
// embedded PGlite under PGLITE_DIR (default .data/pglite). Created on first use, never at import,
// so `next build` and module loading never open a database. The embedded folder is locked to one
// process (db/pglite-lock.ts): two processes on one PGlite folder silently lose each other's writes.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { acquireDirLock, restrictToOwner } from "./pglite-lock";
import * as schema from "./schema";
import { databaseSocket } from "./socket";

export { DatabaseInUseError } from "./pglite-lock";

// Both drivers expose the same query builder; code above this file sees one type.
export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

type Handle = { db: Database; search: () => Database; close: () => Promise<void>; driver: "postgres" | "pglite" };

const globalForDb = globalThis as unknown as { mlpathsDb?: Handle };

export function pgliteDir(): string {
  return process.env.PGLITE_DIR || ".data/pglite";
}

function open(): Handle {
  const url = process.env.DATABASE_URL;
  if (url) {
    // Every connection on a socket the app watches (db/socket.ts). `socket` is the driver's own
    // documented option ("Custom socket" in its README), missing from its types.
    const pool = (max: number) =>
      postgres(url, { max, onnotice: () => {}, socket: databaseSocket } as postgres.Options<
        Record<string, postgres.PostgresType>
      >);
    const client = pool(Number(process.env.DATABASE_POOL_SIZE) || 10);
    // Searches that miss the cache get a small pool of their own: however many arrive at once, they
    // wait for its connections, never for the ones replies and the per-reader request need (and at
    // most that many run in PostgreSQL at a time, on its cores).
    let searchClient: postgres.Sql | null = null;
    let searchDb: Database | null = null;
    const search = () => {
      searchClient ??= pool(searchPoolSize());
      searchDb ??= drizzlePostgres(searchClient, { schema });
      return searchDb;
    };
    const close = async () => {
      await Promise.all([client.end(), searchClient?.end()]);
    };
    return { db: drizzlePostgres(client, { schema }), search, close, driver: "postgres" };
  }
  const dir = pgliteDir();
  // memory:// (unit tests) has no folder to lock; file:// names one like a plain path does.
  const folder = dir.startsWith("file://") ? dir.slice("file://".length) : dir.includes("://") ? undefined : dir;
  const resolved = folder && path.resolve(/*turbopackIgnore: true*/ folder);
  let release = () => {};
  if (folder && resolved) {
    // PGlite creates its own folder but not the parents (.data/ on a fresh clone). The lock file sits
    // beside the folder, so a refused opener has touched nothing inside it.
    mkdirSync(path.dirname(resolved), { recursive: true, mode: 0o700 });
    release = acquireDirLock(folder);
  }
  let client: PGlite;
  try {
    if (resolved) mkdirSync(resolved, { recursive: true, mode: 0o700 });
    client = new PGlite(dir);
  } catch (error) {
    release();
    throw error;
  }
  // PGlite copies its initial files in as 0666 whatever the umask: owner-only once it is ready, and
  // again at close for any it created since.
  const restrict = () => {
    if (resolved) restrictToOwner(resolved);
  };
  client.waitReady.then(restrict, () => {});
  const close = async () => {
    try {
      await client.close();
      restrict();
    } finally {
      release();
    }
  };
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  // One process, one connection: searches queue on it with everything else.
  return { db, search: () => db, close, driver: "pglite" };
}

function handle(): Handle {
  // Cached on globalThis so dev hot reloads reuse one connection pool / one PGlite instance.
  globalForDb.mlpathsDb ??= open();
  return globalForDb.mlpathsDb;
}

export function getDb(): Database {
  return handle().db;
}

/** For searches that missed the cache (db/queries/search.ts): a pool of SEARCH_POOL_SIZE connections of their own. */
export function getSearchDb(): Database {
  return handle().search();
}

/** Connections for searches (SEARCH_POOL_SIZE, default 2): how many searches run in PostgreSQL at once. */
export function searchPoolSize(): number {
  return Number(process.env.SEARCH_POOL_SIZE) || 2;
}

export function dbDriver(): Handle["driver"] {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.mlpathsDb;
  globalForDb.mlpathsDb = undefined;
  await current?.close();
}
