// Vitest globalSetup for the mutation run (vitest.mutation.config.mts). StrykerJS runs
// db/limits-checks.test.ts once per change it makes, each time in a new worker, and a new in-memory
// PGlite (initdb, then every migration) costs several times what the tests themselves do. So each
// Vitest process migrates one embedded database folder here, once, and every run of the test file
// opens a copy of it: as fresh as useFreshDatabase()'s, without the wait. The folder sits under
// .data/ of the working directory (StrykerJS's sandbox, removed with it) and goes at teardown.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated, empty PGlite folder to copy (only in the mutation run). */
    pgliteTemplate?: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await mkdir(path.join(process.cwd(), ".data"), { recursive: true });
  const root = await mkdtemp(path.join(process.cwd(), ".data", "pglite-limits-"));
  const template = path.join(root, "template");
  const client = new PGlite(template);
  try {
    await migrate(drizzle(client), { migrationsFolder: path.join(process.cwd(), "db", "migrations") });
  } finally {
    await client.close();
  }
  project.provide("pgliteTemplate", template);
  return () => rm(root, { recursive: true, force: true });
}
