#!/usr/bin/env node
// Starts one production server for the e2e suite: `node e2e/serve.mjs <port> [pglite-dir]`.
// With a PGlite dir it starts from an empty embedded database (removed first); otherwise it uses
// DATABASE_URL from the environment. Runs the same scripts/start.mjs a user runs.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

const [port, pgliteDir] = process.argv.slice(2);
const env = { ...process.env, PORT: port };
if (pgliteDir) {
  rmSync(pgliteDir, { recursive: true, force: true });
  env.PGLITE_DIR = pgliteDir;
  delete env.DATABASE_URL;
}
const child = spawn(process.execPath, ["scripts/start.mjs", "--hostname", "localhost"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
