import { spawn } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "./index";
import { migrate } from "./migrate";
import { acquireDirLock, DatabaseInUseError, lockFilePath } from "./pglite-lock";
import { threads } from "./schema";

const tsx = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "mlpaths-lock-"));
});
afterAll(async () => {
  await closeDb();
  rmSync(tmp, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string> = {}) {
  const childEnv = { ...process.env, ...env };
  delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, args, { env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise<{ pid: number; code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ pid: child.pid!, code, stdout, stderr }));
  });
}

// The pid of a process that has come and gone.
async function exitedPid(): Promise<number> {
  return (await run(["-e", ""])).pid;
}

function writeLock(dir: string, holder: object) {
  writeFileSync(lockFilePath(dir), JSON.stringify(holder));
}

function lockHolder(dir: string): { pid: number } | undefined {
  const file = lockFilePath(dir);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

// Every file and folder under root with any of the given permission bits, as "path mode".
function withModeBits(root: string, bits: number): string[] {
  const found: string[] = [];
  const walk = (p: string) => {
    const stat = lstatSync(p);
    if (stat.mode & bits) found.push(`${path.relative(root, p) || "."} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of readdirSync(p)) walk(path.join(p, name));
  };
  walk(root);
  return found;
}

function snapshot(root: string): string[] {
  const entries: string[] = [];
  const walk = (p: string) => {
    const stat = lstatSync(p);
    entries.push(`${path.relative(root, p)} ${stat.size} ${stat.mtimeMs}`);
    if (stat.isDirectory()) for (const name of readdirSync(p)) walk(path.join(p, name));
  };
  walk(root);
  return entries.sort();
}

describe("the lock on a data folder", () => {
  it("names this process while held and is gone after release", () => {
    const dir = path.join(tmp, "plain");
    const release = acquireDirLock(dir);
    expect(lockHolder(dir)?.pid).toBe(process.pid);
    release();
    expect(existsSync(lockFilePath(dir))).toBe(false);
  });

  it("refuses a folder held by another live process, naming it", () => {
    const dir = path.join(tmp, "held");
    writeLock(dir, { pid: process.ppid, startedAt: "2026-11-28 09:00:00 UTC" });
    expect(() => acquireDirLock(dir)).toThrow(
      new DatabaseInUseError(dir, process.ppid, "2026-11-28 09:00:00 UTC").message,
    );
    expect(lockHolder(dir)?.pid).toBe(process.ppid);
  });

  it("takes over a lock left by a process that has exited", async () => {
    const dir = path.join(tmp, "stale");
    writeLock(dir, { pid: await exitedPid(), startedAt: "2026-11-28 09:00:00 UTC" });
    const release = acquireDirLock(dir);
    expect(lockHolder(dir)?.pid).toBe(process.pid);
    release();
  });

  it.runIf(existsSync("/proc/self/stat"))("takes over a lock whose pid now belongs to a different process", () => {
    const dir = path.join(tmp, "reused");
    // Alive, but not the process that wrote the lock: that one started at another moment.
    writeLock(dir, { pid: process.ppid, startedAt: "2026-11-28 09:00:00 UTC", processStart: "1" });
    const release = acquireDirLock(dir);
    expect(lockHolder(dir)?.pid).toBe(process.pid);
    release();
  });

  it("lets this process take its own lock again, and an earlier release leaves the newer lock", () => {
    const dir = path.join(tmp, "again");
    const first = acquireDirLock(dir);
    const second = acquireDirLock(dir);
    first();
    expect(lockHolder(dir)?.pid).toBe(process.pid);
    second();
    expect(existsSync(lockFilePath(dir))).toBe(false);
  });
});

describe("the embedded database folder", () => {
  let dir: string;
  const savedUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    dir = path.join(tmp, "pglite");
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = dir;
    await migrate();
  });
  afterAll(async () => {
    await closeDb();
    if (savedUrl !== undefined) process.env.DATABASE_URL = savedUrl;
  });

  it("has no world-writable file or folder after writes", async () => {
    await getDb().execute("create table scratch (id serial primary key, body text)");
    await getDb().execute("insert into scratch (body) select 'row ' || n from generate_series(1, 200) n");
    expect(withModeBits(dir, 0o002)).toEqual([]);
    expect(lstatSync(dir).mode & 0o777).toBe(0o700);
  });

  it("refuses a second process while this one has it open, and that process writes nothing", async () => {
    const before = snapshot(dir);
    const seeding = await run([tsx, "db/seed-cli.ts"], { PGLITE_DIR: dir });
    expect(seeding.code).toBe(1);
    expect(seeding.stderr.trim()).toMatch(
      new RegExp(
        `^The embedded database at ${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is in use by process ${process.pid} ` +
          String.raw`\(started \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)\. ` +
          String.raw`Stop that process first, or set DATABASE_URL to use PostgreSQL\.$`,
      ),
    );
    expect(snapshot(dir)).toEqual(before);
    const [{ n }] = await getDb().select({ n: count() }).from(threads);
    expect(n).toBe(0);
  });

  it("is released by closeDb, owner-only, and then opens in another process", async () => {
    await closeDb();
    expect(existsSync(lockFilePath(dir))).toBe(false);
    expect(withModeBits(dir, 0o077)).toEqual([]);
    const migrating = await run([tsx, "db/migrate-cli.ts"], { PGLITE_DIR: dir });
    expect(migrating.stderr).toBe("");
    expect(migrating.code).toBe(0);
    expect(existsSync(lockFilePath(dir))).toBe(false);
  });

  it("opens again in the same process, and again after closing", async () => {
    expect(await getDb().execute("select 1 as one")).toBeTruthy();
    expect(lockHolder(dir)?.pid).toBe(process.pid);
    await closeDb();
    const [{ n }] = await getDb().select({ n: count() }).from(threads);
    expect(n).toBe(0);
    expect(lockHolder(dir)?.pid).toBe(process.pid);
  });
});
