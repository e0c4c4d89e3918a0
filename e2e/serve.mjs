#!/usr/bin/env node
// Starts one production server for the e2e suite: `node e2e/serve.mjs <port> [pglite-dir]`.
// With a PGlite dir it starts from an empty embedded database (removed first); otherwise it uses
// DATABASE_URL from the environment. `--fresh-database` instead makes a new database of its own on
// DATABASE_URL's server (`<name>_<port>`, dropped when the server stops), for a suite that must see
// only the rows it writes. Runs the same scripts/start.mjs a user runs. The server's output is echoed
// and also written to .data/e2e-run/server-<port>.log (e2e/logs/run-files.ts), which the run's log
// check reads (e2e/logs/check.ts).
import { spawn } from "node:child_process";
import { mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

const args = process.argv.slice(2);
const fresh = args.includes("--fresh-database");
const [port, pgliteDir] = args.filter((a) => !a.startsWith("--"));
const env = { ...process.env, PORT: port };
if (pgliteDir) {
  rmSync(pgliteDir, { recursive: true, force: true });
  env.PGLITE_DIR = pgliteDir;
  delete env.DATABASE_URL;
}

let dropDatabase = async () => {};
if (fresh) {
  const url = new URL(env.DATABASE_URL);
  const name = `${url.pathname.slice(1)}_${port}`;
  const admin = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  dropDatabase = async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
    await admin.end();
  };
}

const runDir = path.join(process.cwd(), ".data", "e2e-run");
mkdirSync(runDir, { recursive: true });
// Emptied at each start: a log holds one run of this server.
const logFile = openSync(path.join(runDir, `server-${port}.log`), "w");
const child = spawn(process.execPath, ["scripts/start.mjs", "--hostname", "localhost"], {
  stdio: ["inherit", "pipe", "pipe"],
  env,
});
for (const [from, to] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
]) {
  from.on("data", (chunk) => {
    writeSync(logFile, chunk);
    to.write(chunk);
  });
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", async (code) => {
  await dropDatabase();
  process.exit(code ?? 0);
});
