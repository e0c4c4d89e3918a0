// For Vitest: each test file gets its own fresh, migrated database, a copy of the one
// ./template-database.ts migrated for the run. With DATABASE_URL set that is a new database on that
// PostgreSQL server (dropped afterwards); otherwise a PGlite folder of its own (removed afterwards).
// Run under a config without that globalSetup, it migrates a new one itself (an in-memory PGlite).
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import postgres from "postgres";
import { inject } from "vitest";
import { closeDb } from "../index";
import { migrate } from "../migrate";

export async function useFreshDatabase(): Promise<() => Promise<void>> {
  const template = inject("databaseTemplate");
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    if (template?.driver !== "pglite") {
      process.env.PGLITE_DIR = "memory://";
      await migrate();
      return closeDb;
    }
    const copy = await mkdtemp(`${template.dir}-copy-`);
    await cp(template.dir, path.join(copy, "pglite"), { recursive: true });
    process.env.PGLITE_DIR = path.join(copy, "pglite");
    return async () => {
      await closeDb();
      await rm(copy, { recursive: true, force: true });
    };
  }
  const name = `mlpaths_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const fromTemplate = template?.driver === "postgres";
  await admin.unsafe(`create database ${name}${fromTemplate ? ` template ${template.name}` : ""}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  if (!fromTemplate) await migrate();
  return async () => {
    await closeDb();
    process.env.DATABASE_URL = serverUrl;
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
