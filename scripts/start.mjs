#!/usr/bin/env node
// `npm start`: the forum on http://localhost:3000 (PORT to change). Applies pending migrations, on the
// embedded database also seeds the sample forum the first time and keeps a generated AUTH_SECRET
// under .data/, builds once if there is no production build yet, then runs `next start`.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tsImport } from "tsx/esm/api";
import { heapLimitArgs } from "../lib/memory-budget.mjs";

const env = { ...process.env };
const embedded = !env.DATABASE_URL;

// The same rules the app uses (lib/auth-config.ts), the settings several processes share
// (lib/cluster-config.ts: one process needs none of them) and the email settings (lib/email/config.ts),
// checked before anything starts.
const { configurationProblems } = await tsImport("../lib/auth-config.ts", import.meta.url);
const { clusterConfigurationProblems } = await tsImport("../lib/cluster-config.ts", import.meta.url);
const { emailConfigurationProblems } = await tsImport("../lib/email/config.ts", import.meta.url);
const { shutdownTimeoutMs } = await tsImport("../lib/shutdown-timeout.ts", import.meta.url);
const problems = [
  ...configurationProblems(env),
  ...clusterConfigurationProblems(env),
  ...emailConfigurationProblems(env),
];
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}

if (!env.AUTH_SECRET) {
  const file = path.join(".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(33).toString("base64"), { mode: 0o600 });
  }
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

function run(args, what) {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`${what} failed`);
    process.exit(result.status ?? 1);
  }
}

const tsx = path.join("node_modules", "tsx", "dist", "cli.mjs");
const next = path.join("node_modules", "next", "dist", "bin", "next");

run([tsx, "db/migrate-cli.ts", ...(embedded ? ["--seed-if-empty"] : [])], "database migration");
if (!existsSync(path.join(".next", "BUILD_ID"))) {
  console.log("No production build yet: running next build once (npm run build rebuilds after changes).");
  run([next, "build"], "next build");
}

// The app handles the stop signals itself (server/shutdown.ts): it drains, then closes the database.
const server = spawn(process.execPath, [...heapLimitArgs(env), next, "start", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...env, NEXT_MANUAL_SIG_HANDLE: "true" },
});
// Passed on, whether it came to this process alone (`kill <pid>`, Ctrl-C) or to the whole group
// (systemd): the app acts on the first and ignores the rest. Should the app not be gone a little
// after its own bound, it is killed, so a stop never hangs.
let killTimer;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.kill(signal);
    killTimer ??= setTimeout(() => server.kill("SIGKILL"), shutdownTimeoutMs(env) + 5000);
  });
}
server.on("exit", (code, signal) => {
  clearTimeout(killTimer);
  process.exit(code ?? (signal ? 1 : 0));
});
