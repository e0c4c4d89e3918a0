// A PostgreSQL server of the fault test's own, so it can be stopped and started without touching the
// machine's shared one: `initdb` into a temporary folder, listening on 127.0.0.1 at its own port,
// trust authentication, its socket in that folder. initdb and the server refuse to run as root, so as
// root they run as the `postgres` user on a folder it owns. `remove()` (also run at exit, whatever
// happens) stops the server at once and deletes the folder.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

/** Runs a PostgreSQL program, as `postgres` when this process is root. Throws with its output on failure. */
function run(program, args, { asUser }) {
  const [file, argv] = asUser
    ? ["runuser", ["-u", "postgres", "--", path.join(BIN, program), ...args]]
    : [path.join(BIN, program), args];
  const result = spawnSync(file, argv, { encoding: "utf8", timeout: 60_000 });
  if (result.status !== 0)
    throw new Error(`${program} ${args.join(" ")} failed (${result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** The same, without blocking this process (the load keeps running while the server stops and starts). */
function runAsync(program, args, { asUser }) {
  const [file, argv] = asUser
    ? ["runuser", ["-u", "postgres", "--", path.join(BIN, program), ...args]]
    : [path.join(BIN, program), args];
  return new Promise((resolve, reject) =>
    execFile(file, argv, { encoding: "utf8", timeout: 60_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${program} ${args.join(" ")} failed:\n${stdout}${stderr}`)) : resolve(stdout),
    ),
  );
}

/** A new cluster in a temporary folder, running on `port`. */
export async function startPostgres({ port }) {
  if (!existsSync(path.join(BIN, "initdb"))) throw new Error(`no initdb in ${BIN} (set PG_BIN)`);
  const asUser = process.getuid?.() === 0;
  const root = mkdtempSync(path.join(os.tmpdir(), "mlpaths-faults-"));
  const data = path.join(root, "data");
  const logFile = path.join(root, "postgres.log");
  if (asUser) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
    chownSync(root, uid, gid);
  }
  let removed = false;
  const cluster = {
    root,
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    logFile,
    running: false,
    /** Starts the server and waits until it accepts connections. */
    async start() {
      await runAsync(
        "pg_ctl",
        [
          "start",
          "-w",
          "-t",
          "60",
          "-D",
          data,
          "-l",
          logFile,
          // fsync off: this folder is thrown away, and no fault here is a machine crash. Commits still
          // wait for their WAL, so a fast shutdown keeps every acknowledged one.
          "-o",
          `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`,
        ],
        { asUser },
      );
      cluster.running = true;
    },
    /** A fast shutdown: open transactions roll back, sessions are cut, the server waits for nothing. */
    async stop(mode = "fast") {
      await runAsync("pg_ctl", ["stop", "-w", "-t", "60", "-m", mode, "-D", data], { asUser });
      cluster.running = false;
    },
    /** The server's log so far (for a failure's report). */
    log: () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : ""),
    /** Stops the server at once if it runs, and deletes the folder. Safe to call more than once. */
    remove() {
      if (removed) return;
      removed = true;
      if (existsSync(path.join(data, "postmaster.pid"))) {
        try {
          run("pg_ctl", ["stop", "-w", "-t", "30", "-m", "immediate", "-D", data], { asUser });
        } catch {
          // Gone already: nothing to stop.
        }
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
  // Whatever ends this process (a failure, Ctrl-C, process.exit), the folder goes with it.
  process.once("exit", () => cluster.remove());
  try {
    run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], { asUser });
    await cluster.start();
  } catch (error) {
    cluster.remove();
    throw error;
  }
  return cluster;
}
