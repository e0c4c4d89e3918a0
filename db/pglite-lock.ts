// One process at a time on an embedded database folder: a lock file beside it (`<dir>.lock`) holding
// the owner's pid, plus owner-only permissions on the folder. Framework-free; used by db/index.ts.
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import path from "node:path";

type Holder = { pid: number; startedAt: string; processStart?: string; token?: string; command?: string };

export class DatabaseInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
    readonly startedAt: string,
  ) {
    super(
      `The embedded database at ${dir} is in use by process ${pid} (started ${startedAt}). ` +
        "Stop that process first, or set DATABASE_URL to use PostgreSQL.",
    );
    this.name = "DatabaseInUseError";
  }
}

export function lockFilePath(dir: string): string {
  return `${path.resolve(/*turbopackIgnore: true*/ dir)}.lock`;
}

// Linux only: the kernel's start time of a process, so a pid reused by an unrelated process after a
// crash (common in containers, where pids repeat on every start) is not mistaken for the owner.
function processStart(pid: number | "self"): string | undefined {
  try {
    const stat = readFileSync(/*turbopackIgnore: true*/ `/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function isAlive(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const now = holder.processStart === undefined ? undefined : processStart(holder.pid);
  return now === undefined || now === holder.processStart;
}

// undefined: no lock file; null: one that is being written or is unreadable.
function readHolder(file: string): Holder | null | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const holder = JSON.parse(text) as Holder;
    return Number.isInteger(holder.pid) && holder.pid > 0 ? holder : null;
  } catch {
    return null;
  }
}

// Atomic: `wx` fails if the file exists, so of two openers exactly one creates it.
function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx", 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function unlinkIfPresent(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

// Removing a stale lock is the one step that is not atomic by itself: two takers that both saw the
// same dead owner could each remove the file, and the second would remove the first's new lock. So
// the removal happens under a short-lived `<lock>.takeover` file, and only if the lock file still
// names the same dead owner. Returns false when another process is taking over right now.
function removeStaleLock(file: string, stale: Holder | null): boolean {
  const guard = `${file}.takeover`;
  // A guard this old belongs to a process that died in the few microseconds it holds it.
  if (ageMs(guard) > 10_000) unlinkIfPresent(guard);
  if (!createExclusive(guard, String(process.pid))) return false;
  try {
    const current = readHolder(file);
    if (current !== undefined && JSON.stringify(current) === JSON.stringify(stale)) unlinkIfPresent(file);
    return true;
  } finally {
    unlinkIfPresent(guard);
  }
}

/**
 * Takes the lock on an embedded database folder for this process, or throws DatabaseInUseError naming
 * the live process that holds it. A lock left by a process that has exited is taken over, and one
 * holding this process's own pid counts as ours (a reopen in the same process never locks itself
 * out). Returns `release`, which removes the lock file if it is still ours; it is also removed when
 * the process exits normally. A process killed outright leaves a stale lock, which the next opener
 * takes over.
 */
export function acquireDirLock(dir: string): () => void {
  const file = lockFilePath(dir);
  const holder: Holder = {
    pid: process.pid,
    startedAt: new Date().toISOString().replace("T", " ").slice(0, 19) + " UTC",
    processStart: processStart("self"),
    token: randomBytes(8).toString("hex"),
    command: process.argv.slice(1).join(" "),
  };
  const content = `${JSON.stringify(holder)}\n`;
  const deadline = Date.now() + 3_000;

  while (!createExclusive(file, content)) {
    if (Date.now() > deadline) {
      throw new Error(`Could not take the lock ${file} on the embedded database at ${dir}; try again.`);
    }
    const current = readHolder(file);
    if (current === undefined) continue; // released meanwhile: try again
    if (current && current.pid !== process.pid && isAlive(current)) {
      throw new DatabaseInUseError(dir, current.pid, current.startedAt);
    }
    // An unreadable file is most likely one another opener has created and not yet written.
    const maybeBeingWritten = current === null && ageMs(file) < 2_000;
    if (!maybeBeingWritten && removeStaleLock(file, current)) continue;
    sleep(25);
  }

  const release = () => {
    process.off("exit", release);
    try {
      if (readHolder(file)?.token === holder.token) unlinkIfPresent(file);
    } catch {
      // Best effort (it also runs while the process exits); a lock left behind is stale once we are gone.
    }
  };
  process.on("exit", release);
  return release;
}

/**
 * Makes a folder and everything in it owner-only (0700 folders, 0600 files): it holds sessions and
 * the whole forum. PGlite copies its initial database in with mode 0666 whatever the umask, so this
 * runs after it has opened the folder and again when it closes. Best effort: files may come and go.
 */
export function restrictToOwner(dir: string): void {
  const walk = (p: string, isRoot = false) => {
    let mode: number;
    let isDirectory: boolean;
    try {
      // Links inside are not followed (they could point anywhere); the folder itself may be one.
      const stat = isRoot ? statSync(p) : lstatSync(p);
      if (stat.isSymbolicLink()) return;
      mode = stat.mode & 0o7777;
      isDirectory = stat.isDirectory();
      if (mode & 0o077) chmodSync(p, mode & ~0o077);
    } catch {
      return;
    }
    if (!isDirectory) return;
    let names: string[] = [];
    try {
      names = readdirSync(p);
    } catch {
      // vanished or unreadable
    }
    for (const name of names) walk(path.join(p, name));
  };
  walk(dir, true);
}
