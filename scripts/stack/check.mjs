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
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { makeAccounts } from "../flood/database.mjs";
import { openFormReader, sendForm } from "../flood/http.mjs";
import { testProductionConfig } from "./production-config.mjs";
import { checkCacheRules } from "./rules-check.mjs";
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
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

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
  // Migrations through PgBouncer too, as a deployment behind it runs them.
  const migrated = spawnSync(
    process.execPath,
    [path.join("node_modules", "tsx", "dist", "cli.mjs"), "db/migrate-cli.ts"],
    { env: { ...process.env, DATABASE_URL: stack.databaseUrl }, encoding: "utf8" },
  );
  check("migrations run through PgBouncer", migrated.status === 0, `${migrated.stdout}${migrated.stderr}`.slice(-800));
  const [writer] = await makeAccounts(databaseUrl, [{ key: "writer", age: "old", hoursOld: 72 }], repoRoot, dbName);
  const signedIn = { cookie: `authjs.session-token=${writer.token}; mlpaths-signed-in=1` };
  const origin = stack.origin;
  const get = async (p, headers = {}) => {
    const response = await fetch(new URL(p, origin), { headers, redirect: "manual" });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  // Writes through the app's own forms (as a browser without JavaScript sends them).
  const reader = await openFormReader(origin, writer.token);
  let threadPath = null;
  try {
    const threadForm = await reader.form("/threads/new", "Post thread");
    const title = `Through nginx and PgBouncer ${dbName}`;
    const word = `stackcheck${randomBytes(4).toString("hex")}`;
    const opened = await sendForm(threadForm, {
      origin,
      token: writer.token,
      values: { title, body: `The opening post, with a word to search for: ${word}.` },
    });
    check(
      "a thread posted through nginx and PgBouncer is written (303)",
      opened.status === 303,
      `${opened.status} ${opened.message ?? ""}`,
    );
    if (opened.status === 303) {
      threadPath = new URL(opened.location, origin).pathname;
      const replyForm = await reader.form(threadPath, "Post reply");
      const page = await get(threadPath);
      check("the thread reads back through the stack", page.status === 200 && page.text.includes(title), page.status);
      // A search runs in a transaction of its own pool, with transaction-local settings (set_config(…, true)).
      const found = await get(`/search?q=${word}`);
      check(
        "a search through PgBouncer finds the new thread",
        found.status === 200 && found.text.includes(title),
        found.status,
      );
      // A signed-out reader has the page cached now.
      const cached = await get(threadPath);
      check(
        "a signed-out reader's second view is nginx's cached copy",
        cached.headers.get("x-cache") === "HIT",
        cached.headers.get("x-cache"),
      );
      check("the cached page carries no Set-Cookie", !cached.headers.has("set-cookie"));
      const mine = await get(threadPath, signedIn);
      check(
        "a signed-in reader is never served the cached copy",
        mine.headers.get("x-cache") === "BYPASS" && mine.status === 200,
        mine.headers.get("x-cache"),
      );
      // Several replies, each a transaction on whichever server connection PgBouncer hands out.
      let written = 0;
      let last = null;
      for (let n = 1; n <= 4; n++) {
        const body = `Reply ${n} through the stack, ${randomBytes(4).toString("hex")}.`;
        const sent = await sendForm(replyForm, { origin, token: writer.token, values: { body } });
        if (sent.status === 303) written++;
        else log(`    reply ${n}: ${sent.status} ${sent.message ?? ""}`);
        last = { body, at: performance.now(), sent };
      }
      check("four replies through PgBouncer's transaction pooling are all written", written === 4, `${written} of 4`);
      const writerView = await get(threadPath, signedIn);
      check("the writer sees the last reply at once", writerView.text.includes(last.body));
      let seenAfter = null;
      while (performance.now() - last.at < 8000) {
        const view = await get(threadPath);
        if (view.text.includes(last.body)) {
          seenAfter = performance.now() - last.at;
          break;
        }
        await sleep(200);
      }
      check(
        "a signed-out reader sees the reply within 5 s",
        seenAfter !== null && seenAfter <= 5000,
        seenAfter === null ? "not within 8 s" : `${Math.round(seenAfter)} ms`,
      );
      if (seenAfter !== null) log(`    seen by a signed-out reader ${(seenAfter / 1000).toFixed(1)} s after the write`);
    }
  } finally {
    await reader.close();
  }

  // Static files and compression.
  const home = await get("/", { "accept-encoding": "gzip" });
  check("the home page is compressed for a reader that accepts gzip", home.headers.get("content-encoding") === "gzip");
  const plain = await fetch(new URL("/", origin), { headers: { "accept-encoding": "identity" } });
  const plainText = await plain.text();
  check(
    "and sent plain to one that does not",
    !plain.headers.has("content-encoding") && plainText.includes("</html>"),
    plain.headers.get("content-encoding"),
  );
  const css = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(plainText)?.[1];
  const asset = css ? await get(css, { "accept-encoding": "gzip" }) : null;
  check(
    "/_next/static is served with immutable and compressed",
    Boolean(asset) &&
      asset.status === 200 &&
      /immutable/.test(asset.headers.get("cache-control") ?? "") &&
      asset.headers.get("content-encoding") === "gzip" &&
      asset.headers.get("x-content-type-options") === "nosniff",
    asset
      ? `${asset.status} ${asset.headers.get("cache-control")} ${asset.headers.get("content-encoding")}`
      : "no stylesheet",
  );
  check("the app's security headers pass through", Boolean(home.headers.get("content-security-policy")));

  // The access log (flushed every second).
  await sleep(1500);
  const lines = readFileSync(stack.nginx.accessLog, "utf8").trim().split("\n");
  let parsed = [];
  try {
    parsed = lines.map((l) => JSON.parse(l));
  } catch {}
  const staticLine = css && parsed.find((l) => l.uri === css);
  check(
    "nginx writes one JSON access log line per request, with its request id",
    parsed.length === lines.length && parsed.length > 5 && parsed.every((l) => /^[0-9a-f]{32}$/.test(l.request_id)),
    `${parsed.length} of ${lines.length} lines parsed`,
  );
  check(
    "the static file was read from disk (no upstream in its log line), the pages from the app",
    staticLine?.upstream === "" && parsed.some((l) => l.upstream.startsWith("127.0.0.1:")),
    JSON.stringify(staticLine),
  );
  const usedApps = new Set(parsed.map((l) => l.upstream).filter(Boolean));
  check("both app processes served requests", usedApps.size >= 2, [...usedApps].join(" "));
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
