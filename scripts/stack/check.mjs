#!/usr/bin/env node
// `node scripts/stack/check.mjs`: the production stack's own checks (issue 24), on this machine's
// Debian nginx and PgBouncer (apt-get install -y nginx pgbouncer) and the production build in .next.
//   1. deploy/nginx.conf passes `nginx -t` as installed (a throwaway certificate for the real one);
//   2. the shared cache's rules, against a stand-in upstream (scripts/stack/rules-check.mjs);
//   3. the real stack: nginx → two `next start` → PgBouncer (transaction pooling) → a fresh database.
//      A member starts a thread and replies through the app's forms, through nginx and PgBouncer,
//      and reads them back; a signed-out reader's cached page shows the reply within 5 s, the writer's
//      at once; a signed-in reader is never served a cached page; /_next/static comes from disk with
//      `immutable`; responses are compressed; nginx writes one JSON access log line per request.
// Options: --port=N (first of the ports used, default 3630: nginx N, apps N+1 and N+2, PgBouncer N+3,
// the stand-in N+4 and its nginx N+5); --prepare (leave ?prepare=false off the apps' URL: the app
// names no statement today, Drizzle sends each query unnamed, so this passes too; with a query built by
// Drizzle's .prepare(name) it would fail, docs/deploy.md); --keep (leave the database).
// Exits 1 when a check fails.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { testProductionConfig } from "./production-config.mjs";
import { checkCacheRules } from "./rules-check.mjs";
import { checkRunningStack } from "./stack-check.mjs";
import { startStack } from "./stack.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
process.chdir(repoRoot);
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [key, value] = a.replace(/^--/, "").split("=");
    return [key, value ?? true];
  }),
);
const first = Number(args.port ?? 3630);
const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const log = (...a) => console.log(...a);
const results = [];
const check = (name, ok, detail) => {
  results.push({ name, ok });
  log(`  ${ok ? "ok  " : "FAIL"} ${name}${detail !== undefined && !ok ? ` (${detail})` : ""}`);
};
const quiet = { max: 1, onnotice: () => {} };

log("1. deploy/nginx.conf as installed");
const production = testProductionConfig(repoRoot);
check(
  "nginx -t accepts the production config (TLS, redirect, upstream, shared files)",
  production.ok,
  production.output,
);

log("2. the shared cache's rules, against a stand-in upstream");
await checkCacheRules({ repoRoot, port: first + 5, upstreamPort: first + 4, check });

log("3. nginx → two app processes → PgBouncer → PostgreSQL");
const dbName = `mlpaths_stack_${randomBytes(4).toString("hex")}`;
const admin = postgres(adminUrl, quiet);
await admin.unsafe(`create database ${dbName}`);
await admin.end();
const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();
let stack = null;
try {
  stack = await startStack({
    repoRoot,
    port: first,
    appPorts: [first + 1, first + 2],
    databaseUrl,
    pgbouncer: { port: first + 3, prepare: Boolean(args.prepare) },
    env: {
      ...process.env,
      AUTH_SECRET: "mlpaths-stack-check-only-secret-not-for-any-real-deployment",
      AUTH_GITHUB_ID: "stack-dummy-id",
      AUTH_GITHUB_SECRET: "stack-dummy-secret",
      GITHUB_BASE_URL: "http://127.0.0.1:9",
      // Several posts in a few seconds from one member.
      RATE_LIMITS: "replyIntervalSeconds=0,threadIntervalSeconds=0,sameBodySeconds=0",
    },
    log: (line) => log(`  ${line}`),
  });
  await checkRunningStack({ stack, databaseUrl, repoRoot, check, log, migrate: true });
} catch (error) {
  check(`the stack ran (${error.message.split("\n")[0]})`, false);
  console.error(error);
} finally {
  await stack?.stop();
  if (!args.keep) {
    const sql = postgres(adminUrl, quiet);
    await sql.unsafe(`drop database if exists ${dbName} with (force)`);
    await sql.end();
  }
}

const failed = results.filter((r) => !r.ok);
log(
  `\n${results.length - failed.length} of ${results.length} checks passed${failed.length ? `; failed: ${failed.map((f) => f.name).join("; ")}` : ""}`,
);
process.exit(failed.length ? 1 : 0);
