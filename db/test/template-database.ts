// Vitest globalSetup (vitest.config.mts): migrates one empty database per run, which every test file's
// useFreshDatabase() (./database.ts) then copies, instead of migrating its own. A fresh in-memory PGlite
// costs about 2.5 s (initdb, then every migration), a copied folder about 1 s; on PostgreSQL a database
// made from a template skips the migrations (about 0.7 s a file). StrykerJS's mutation run
// (vitest.mutation.config.mts) runs a test file once per change it makes, where this matters most.
// With DATABASE_URL set the template is a database on that server; otherwise a PGlite folder under
// .data/ of the working directory (StrykerJS's sandbox, removed with it). Both go at teardown.
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { TestProject } from "vitest/node";

export type DatabaseTemplate = { driver: "postgres"; name: string } | { driver: "pglite"; dir: string };

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated, empty database this run's test files copy. */
    databaseTemplate?: DatabaseTemplate;
  }
}

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `mlpaths_test_template_${randomBytes(6).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    // Closed before any copy: PostgreSQL copies a template only while no one is connected to it.
    const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
    try {
      await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    } finally {
      await client.end();
    }
    project.provide("databaseTemplate", { driver: "postgres", name });
    return async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  await mkdir(path.join(process.cwd(), ".data"), { recursive: true });
  const root = await mkdtemp(path.join(process.cwd(), ".data", "pglite-test-"));
  const dir = path.join(root, "template");
  const client = new PGlite(dir);
  try {
    await migratePglite(drizzlePglite(client), { migrationsFolder });
  } finally {
    await client.close();
  }
  project.provide("databaseTemplate", { driver: "pglite", dir });
  return () => rm(root, { recursive: true, force: true });
}
