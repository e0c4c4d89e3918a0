#!/usr/bin/env node
// `npm run test:cluster`: MLPaths as several processes run it (issue 24): nginx in front (the test form
// of deploy/nginx.conf, scripts/stack/), two app processes A and B on one Redis, PgBouncer in
// transaction pooling between them and one PostgreSQL database. It checks
//   1. deploy/nginx.conf as installed passes `nginx -t`, and the shared cache's rules hold against a
//      stand-in upstream (scripts/stack/rules-check.mjs: never a signed-in request, never a response
//      that sets a cookie, keyed as Next's CDN guide says),
//   2. a reply posted through A shows on the thread page B had cached, within a second (signed out),
//   3. a Server Action form rendered by A posts through B,
//   4. a session is valid on both, and signing out through A ends it on B,
//   5. a rate limit counted on A holds on B,
//   6. through nginx and PgBouncer (scripts/stack/stack-check.mjs): a thread, replies and a search
//      through the app's forms; a signed-out reader's cached page shows a reply within 5 s and the
//      writer's at once; a signed-in reader never gets nginx's copy, which carries no cookie; static
//      files from disk; compression; JSON access logs; both processes served,
//   7. with Redis stopped, both still serve pages (rendered), /api/health says Redis is unreachable,
//      a reply can still be posted, and once Redis is back both are ready again within 10 s and B
//      shows that reply.
// It builds when the build is older than the sources (reusing .next otherwise, as the flood does),
// makes a fresh database mlpaths_cluster_<random> on DATABASE_URL's server (dropped at the end), and
// starts a redis-server of its own on --redis-port (nothing kept on disk), Debian's PgBouncer and nginx.
// --no-redis starts A and B without REDIS_URL: the self-check, where 2 must FAIL (each process keeps
// its own cache; B serves its stale page for up to a minute).
// Options: --port=N (3500: nginx N, A N+1, B N+2, PgBouncer N+3, the rules' stand-in N+4 and N+5)
// --redis-port=N (3590) --prepare (leave ?prepare=false off the apps' URL, docs/deploy.md) --no-build
// --build --keep-db.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, buildReason } from "./bench/server.mjs";
import { createDatabase, makeAccounts } from "./flood/database.mjs";
import { openFormReader, sendForm, threadFromLocation } from "./flood/http.mjs";
import {
  formFromOneWorksOnOther,
  get,
  health,
  limitHoldsAcrossProcesses,
  msUntilReady,
  msUntilShown,
  pagesServed,
  replyShowsOnOtherProcess,
  sessionIsShared,
} from "./cluster/checks.mjs";
import { ownRedis } from "./cluster/redis-server.mjs";
import { testProductionConfig } from "./stack/production-config.mjs";
import { checkCacheRules } from "./stack/rules-check.mjs";
import { checkRunningStack } from "./stack/stack-check.mjs";
import { startStack } from "./stack/stack.mjs";
import { commandLine } from "./cli.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(repoRoot);
const startedAt = performance.now();
const args = commandLine(import.meta.url);
const first = Number(args.port ?? 3500);
const options = {
  nginxPort: first,
  portA: first + 1,
  portB: first + 2,
  pgbouncerPort: first + 3,
  redisPort: Number(args["redis-port"] ?? 3590),
  withRedis: !args["no-redis"],
  build: args["no-build"] ? "never" : args.build ? "always" : "when-stale",
  keepDb: Boolean(args["keep-db"]),
};
const runId = randomBytes(3).toString("hex");
const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const log = (...a) => console.log(...a);
const fail = (message) => {
  throw Object.assign(new Error(message), { cluster: true });
};

// As the flood's server: no demo sign-in, a GitHub nobody answers, the default limits but for the
// established members' pace (the stack's checks post a thread and four replies in a row; a new
// account's pace, which check 5 uses, stays).
const serverEnv = ({ databaseUrl, redisUrl }) => {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "mlpaths-cluster-only-secret-not-for-any-real-deployment",
    AUTH_GITHUB_ID: "cluster-dummy-id",
    AUTH_GITHUB_SECRET: "cluster-dummy-secret",
    GITHUB_BASE_URL: "http://127.0.0.1:9",
    ADMIN_GITHUB_LOGINS: "",
    RATE_LIMITS: "replyIntervalSeconds=0,threadIntervalSeconds=0,sameBodySeconds=0",
  };
  delete env.REDIS_URL;
  if (redisUrl) Object.assign(env, { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `mlpaths-cluster-${runId}:` });
  return env;
};

log(
  `MLPaths cluster test · run ${runId} · nginx :${options.nginxPort} → A :${options.portA}, B :${options.portB} → PgBouncer :${options.pgbouncerPort}; ${options.withRedis ? `redis-server :${options.redisPort}` : "no REDIS_URL (self-check: must FAIL)"}`,
);

let database = null;
let redisServer = null;
let stack = null;
let exitCode = 1;
const checks = [];
// The stack's checks report one at a time (scripts/stack/): the same list.
const check = (name, ok, detail) => checks.push({ name, ok, detail: ok ? undefined : detail });
try {
  const reason = buildReason(repoRoot);
  if (options.build === "always" || (reason && options.build !== "never")) {
    log(`next build (${reason ?? "--build"}) …`);
    const t0 = performance.now();
    build(repoRoot, {
      ...serverEnv({ databaseUrl: "postgres://nobody@127.0.0.1:9/unreachable" }),
      AUTH_URL: "http://localhost:3330",
      PGLITE_DIR: "/proc/no-database-at-build-time",
    });
    log(`built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } else log(reason ? `--no-build: warning, ${reason}` : "reusing the production build in .next");

  const production = testProductionConfig(repoRoot);
  check("nginx -t accepts deploy/nginx.conf as installed (TLS, redirect, upstream)", production.ok, production.output);
  await checkCacheRules({ repoRoot, port: first + 5, upstreamPort: first + 4, check });

  database = await createDatabase(adminUrl, "mlpaths_cluster");
  const databaseUrl = database.url;
  if (options.withRedis) redisServer = await ownRedis(options.redisPort);
  stack = await startStack({
    repoRoot,
    port: options.nginxPort,
    appPorts: [options.portA, options.portB],
    databaseUrl,
    pgbouncer: { port: options.pgbouncerPort, prepare: Boolean(args.prepare) },
    env: serverEnv({ databaseUrl, redisUrl: redisServer?.url }),
    logDir: path.join(repoRoot, ".data", "cluster"),
    log: (line) => log(`  ${line}`),
  });
  // Migrations through PgBouncer, as a deployment behind it runs them.
  const migrated = spawnSync(
    process.execPath,
    [path.join("node_modules", "tsx", "dist", "cli.mjs"), "db/migrate-cli.ts"],
    { env: { ...process.env, DATABASE_URL: stack.databaseUrl }, encoding: "utf8" },
  );
  if (migrated.status !== 0) fail(`migrations through PgBouncer failed:\n${migrated.stdout}${migrated.stderr}`);
  const a = `http://localhost:${options.portA}`;
  const b = `http://localhost:${options.portB}`;
  log(`database ${database.name}; logs .data/cluster/`);

  // Accounts: old ones post at their pace; the new one is under the new accounts' reply interval.
  const [host, poster, crosser, newcomer, leaver, outage] = await makeAccounts(
    databaseUrl,
    [
      { key: "host", age: "old", hoursOld: 72 },
      { key: "poster", age: "old", hoursOld: 72 },
      { key: "crosser", age: "old", hoursOld: 72 },
      { key: "newcomer", age: "new", hoursOld: 0.2 },
      { key: "leaver", age: "old", hoursOld: 72 },
      { key: "outage", age: "old", hoursOld: 72 },
    ],
    repoRoot,
    `cluster-${runId}`,
  );
  const reader = await openFormReader(a, host.token);
  const threadForm = await reader.form("/threads/new", "Post thread");
  const title = `Cluster ${runId}: a thread read through both processes`;
  const opening = await sendForm(threadForm, {
    origin: a,
    token: host.token,
    values: { title, body: "Replies come through one process and are read through the other." },
  });
  if (opening.status !== 303 || !threadFromLocation(opening.location ?? ""))
    fail(`the host could not start the thread through A: ${opening.status} ${opening.message ?? ""}`);
  const threadPath = new URL(opening.location, a).pathname;
  // B renders the thread first (A then finds it in Redis): a process's first render of a route costs
  // it about a second more than the next (loading and compiling the route's code), which is not what
  // the first check measures.
  await get(new URL(threadPath, b).href);
  const replyForm = await reader.form(threadPath, "Post reply");
  await reader.close();
  log(`thread ${threadPath}`);

  const coherence = await replyShowsOnOtherProcess({ a, b, form: replyForm, account: poster, threadPath });
  checks.push(coherence);
  checks.push(await formFromOneWorksOnOther({ b, form: replyForm, account: crosser }));
  checks.push(await sessionIsShared({ a, b, account: leaver }));
  checks.push(await limitHoldsAcrossProcesses({ a, b, form: replyForm, account: newcomer }));
  await checkRunningStack({ stack, databaseUrl, repoRoot, check, log });

  if (redisServer) {
    const paths = ["/", threadPath, "/stories"];
    await pagesServed(b, paths, {}); // cached first, so that what follows shows they are not served from there
    await redisServer.stop();
    const down = { a: await health(a), b: await health(b) };
    const servedA = await pagesServed(a, paths, { [threadPath]: title });
    const servedB = await pagesServed(b, paths, { [threadPath]: title });
    checks.push({
      name: "with Redis stopped, A and B still serve pages (rendered, not refused)",
      ok: servedA.ok && servedB.ok,
      detail:
        servedA.ok && servedB.ok
          ? `${paths.length * 2} pages, slowest ${Math.round(Math.max(servedA.slowest, servedB.slowest))} ms`
          : [...servedA.failures.map((f) => `A ${f}`), ...servedB.failures.map((f) => `B ${f}`)].join(", "),
    });
    checks.push({
      name: "with Redis stopped, /api/health answers 503 naming Redis on A and B",
      ok: [down.a, down.b].every((h) => h.status === 503 && h.checks?.redis === "unreachable"),
      detail: `A ${down.a.status} ${JSON.stringify(down.a.checks)}, B ${down.b.status} ${JSON.stringify(down.b.checks)}`,
    });
    const text = `Written while Redis was away ${randomBytes(6).toString("hex")}`;
    const duringOutage = await sendForm(replyForm, { origin: a, token: outage.token, values: { body: text } });
    await redisServer.start();
    const readyMs = await msUntilReady([a, b], 10_000);
    checks.push({
      name: "once Redis is back, A and B are ready again within 10 s",
      ok: readyMs !== null,
      detail: readyMs === null ? "not ready after 10 s" : `after ${Math.round(readyMs)} ms`,
    });
    const shownMs = await msUntilShown(new URL(threadPath, b).href, text, 1000);
    checks.push({
      name: "a reply posted through A while Redis was away shows on B within a second of both being ready",
      ok: duringOutage.status === 303 && shownMs !== null,
      detail: `reply ${duringOutage.status}${duringOutage.message ? ` (${duringOutage.message})` : ""}; ${shownMs === null ? "not shown on B after 1000 ms" : `shown on B after ${Math.round(shownMs)} ms`}`,
    });
  }

  log("\nChecks");
  for (const c of checks) log(`  ${c.ok ? "ok  " : "FAIL"} ${c.name}${c.detail ? `: ${c.detail}` : ""}`);
  const failed = checks.filter((c) => !c.ok);
  log(
    `\n${failed.length ? `FAILED: ${failed.length} of ${checks.length} checks` : `PASSED: all ${checks.length} checks`} · ${((performance.now() - startedAt) / 1000).toFixed(1)} s in all`,
  );
  exitCode = failed.length ? 1 : 0;
} catch (error) {
  console.error(`\nFAILED: ${error.cluster ? error.message : (error.stack ?? error)}`);
  exitCode = 1;
} finally {
  await stack?.stop();
  await redisServer?.stop();
  if (database && options.keepDb) log(`--keep-db: ${database.url}`);
  else await database?.drop().catch((error) => console.error(`could not drop ${database.name}: ${error.message}`));
}
process.exit(exitCode);
