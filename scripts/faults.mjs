#!/usr/bin/env node
// `npm run test:faults`: the app keeps its promises while the things under it fail (issue 24).
//   1. reuses the production build in .next (builds when it is older than the sources), starts a
//      PostgreSQL of its own (initdb into a temporary folder, its own port: never the machine's
//      server; scripts/faults/postgres.mjs), migrates it as `npm start` does, makes the accounts and
//      their sessions in it, and starts `next start` on it,
//   2. runs a load (scripts/faults/load.mjs): writers post threads, stories, replies, edits and
//      helpful marks through the app's own forms, as a browser without JavaScript does, each create
//      and edit with its form key; anonymous readers read the lists and the newest posts,
//   3. while it runs, makes each fault of scripts/faults/phases.mjs in turn (PostgreSQL stopped with
//      a fast shutdown and started again; the app server killed with SIGKILL and started again;
//      Redis stopped and started again: the app runs with REDIS_URL on a redis-server of the test's
//      own unless --no-redis), with --load-seconds of load before, between and after; a writer whose
//      answer was lost sends the same form again, with the same key, until the app answers,
//   4. checks from the rows that every acknowledged write is there exactly once, that the counters
//      agree with the rows, that no cached page differs from the database once the faults are over,
//      that the app recovered by itself, that readers got a page or a friendly 503 (never a 500 or a
//      stack trace), that a writer's form kept their text with a message while the database was
//      down and that pages were served while Redis was; prints the figures and exits 1 naming each
//      check that failed,
//   5. takes a backup with pg_dump while the load still writes, restores it into a new database, starts
//      a second app process on it (--port + 2) and checks that it is ready, that its counters agree
//      with its rows, and that every thread whose rows are the same in both databases renders the
//      same page on both servers (scripts/faults/backup.mjs).
// Options: --port=N (4400, the app; the restored one on N+2) --pg-port=N (4401) --redis-port=N (4403)
// --no-redis --load-seconds=S (6) --down-seconds=S (4) --writers=N (4, two forms in flight each)
// --readers=N (3) --no-build --build.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { build, buildReason, startServer } from "./bench/server.mjs";
import { makeAccounts } from "./flood/database.mjs";
import { openFormReader, replyFromLocation, sendForm, threadFromLocation, timedGet } from "./flood/http.mjs";
import { loadChecks, redisChecks, serverErrors, writeFigures } from "./faults/checks.mjs";
import { ownRedis } from "./cluster/redis-server.mjs";
import { startLoad } from "./faults/load.mjs";
import { compareThreads, differingPages, dump, restore } from "./faults/backup.mjs";
import { stalePages } from "./faults/pages.mjs";
import { FAULTS } from "./faults/phases.mjs";
import { startPostgres } from "./faults/postgres.mjs";
import { readRows } from "./faults/rows.mjs";
import { commandLine } from "./cli.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(repoRoot);
const startedAt = performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (...a) => console.log(...a);

const args = commandLine(import.meta.url);
const options = {
  port: Number(args.port ?? 4400),
  pgPort: Number(args["pg-port"] ?? 4401),
  redisPort: Number(args["redis-port"] ?? 4403),
  withRedis: !args["no-redis"],
  loadSeconds: Number(args["load-seconds"] ?? 6),
  downSeconds: Number(args["down-seconds"] ?? 4),
  writers: Number(args.writers ?? 4),
  readers: Number(args.readers ?? 3),
  build: args["no-build"] ? "never" : args.build ? "always" : "when-stale",
};
for (const name of ["port", "pgPort", "redisPort", "loadSeconds", "downSeconds", "writers", "readers"]) {
  if (!Number.isInteger(options[name]) || options[name] < 1) {
    console.error(`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} must be a whole number ≥ 1 (see --help)`);
    process.exit(2);
  }
}
const origin = `http://localhost:${options.port}`;
const runId = randomBytes(3).toString("hex");
const logDir = path.join(repoRoot, ".data", "faults");

// Ctrl-C: process.exit runs the exit handlers, which stop PostgreSQL and delete its folder
// (scripts/faults/postgres.mjs) and kill the app's process group (scripts/bench/server.mjs).
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => process.exit(130));

log(
  `MLPaths fault test · run ${runId} · ${options.writers} writers, ${options.readers} readers · ${options.loadSeconds} s of load around each fault · app port ${options.port}, PostgreSQL port ${options.pgPort}, ${options.withRedis ? `redis-server port ${options.redisPort}` : "no Redis (--no-redis)"}`,
);

const serverEnv = (databaseUrl, redisUrl = null) => {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "mlpaths-faults-only-secret-not-for-any-real-deployment",
    AUTH_URL: origin,
    // Both GitHub halves set (to dummies) so there is no demo sign-in, and a GitHub nobody answers.
    AUTH_GITHUB_ID: "faults-dummy-id",
    AUTH_GITHUB_SECRET: "faults-dummy-secret",
    GITHUB_BASE_URL: "http://127.0.0.1:9",
    ADMIN_GITHUB_LOGINS: "",
    PORT: String(options.port),
    // The load is about faults, not pace: writers may post as fast as they can (the flood tests the limits).
    RATE_LIMITS:
      "threadIntervalSeconds=0,replyIntervalSeconds=0,threadsPerDay=100000,votesPerDay=100000,newAccountHours=0",
  };
  delete env.REDIS_URL;
  if (redisUrl) Object.assign(env, { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `mlpaths-faults-${runId}:` });
  return env;
};

let exitCode = 1;
let app = null;
let restoredApp = null;
let cluster = null;
let redis = null;
try {
  // ---------------------------------------------------------------------------- 1. build, database
  const reason = buildReason(repoRoot);
  if (options.build === "always" || (reason && options.build !== "never")) {
    log(`next build (${reason ?? "--build"}) …`);
    const t0 = performance.now();
    build(repoRoot, {
      ...serverEnv("postgres://nobody@127.0.0.1:9/unreachable"),
      PGLITE_DIR: "/proc/no-database-at-build-time",
    });
    log(`built in ${seconds(performance.now() - t0)}`);
  } else log(reason ? `--no-build: warning, ${reason}` : "reusing the production build in .next");

  cluster = await startPostgres({ port: options.pgPort });
  const databaseUrl = `postgres://postgres@127.0.0.1:${options.pgPort}/mlpaths_faults`;
  {
    const admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
    await admin.unsafe("create database mlpaths_faults");
    await admin.end();
  }
  if (options.withRedis) redis = await ownRedis(options.redisPort);
  const env = serverEnv(databaseUrl, redis?.url);
  // As scripts/start.mjs migrates.
  const migrated = spawnSync(
    process.execPath,
    [path.join("node_modules", "tsx", "dist", "cli.mjs"), "db/migrate-cli.ts"],
    {
      env,
      encoding: "utf8",
    },
  );
  if (migrated.status !== 0) throw new Error(`migrations failed:\n${migrated.stdout}${migrated.stderr}`);
  log(`PostgreSQL ${cluster.root} on port ${options.pgPort}, migrated`);

  const [host, ...writers] = await makeAccounts(
    databaseUrl,
    [
      { key: "host", age: "old", hoursOld: 72 },
      ...Array.from({ length: options.writers }, (_, n) => ({ key: `writer-${n + 1}`, age: "old", hoursOld: 72 })),
    ],
    repoRoot,
    runId,
  );

  let starts = 0;
  app = {
    server: null,
    restarts: 0,
    async start() {
      starts++;
      this.server = await startServer({
        repoRoot,
        port: options.port,
        env,
        logFile: path.join(logDir, `server-${starts}.log`),
      });
    },
    async kill() {
      process.kill(-this.server.pid, "SIGKILL");
      while (!this.server.exited) await sleep(20);
    },
  };
  await app.start();
  log(`next start pid ${app.server.pid}; logs in ${path.relative(repoRoot, logDir)}/`);

  // ------------------------------------------------------------------------------------ 2. forms
  const forms = await readForms(host);
  const seed = {
    threads: [
      {
        id: forms.seedThread.id,
        kind: "thread",
        path: forms.seedThread.path,
        authorId: host.id,
        body: forms.seedThread.body,
        title: forms.seedThread.title,
      },
    ],
    replies: [{ id: forms.seedReply, threadId: forms.seedThread.id, authorId: host.id }],
  };
  // The lists a reader opens first, in the cache before the faults.
  for (const list of ["/", "/stories", "/?sort=new", forms.seedThread.path]) await timedGet(origin + list);

  // ------------------------------------------------------------------------------ 3. load, faults
  const loadStarted = Date.now();
  const load = startLoad({ origin, forms, writers, readers: options.readers, runId, seed });
  const toMake = FAULTS.filter((fault) => !fault.redis || redis);
  log(`load running; faults: ${toMake.map((f) => f.name).join("; ")}`);
  await sleep(options.loadSeconds * 1000);
  const faults = [];
  for (const fault of toMake) {
    const pidBefore = app.server.pid;
    const began = Date.now();
    await fault.run({ postgres: cluster, app, redis, downMs: options.downSeconds * 1000 });
    const ended = Date.now();
    const { at: ready, answers } = await readyWithin(30_000);
    log(
      `  ${fault.name}: ${seconds(ended - began)}; ready ${ready === null ? "NOT within 30 s" : `${seconds(ready - ended)} after`} (/api/health before that: ${answers})`,
    );
    faults.push({ fault, began, ended, ready, pidBefore, pidAfter: app.server.pid });
    await sleep(options.loadSeconds * 1000);
  }
  // A backup as docs/deploy.md takes it, while the load still writes (restored and checked below).
  const dumpFile = path.join(cluster.root, "mlpaths.dump");
  const dumpBegan = Date.now();
  const dumpMs = await dump(databaseUrl, dumpFile);
  const writesDuringDump = load.submits
    .flatMap((s) => s.attempts)
    .filter((a) => a.status === 303 && a.at >= dumpBegan && a.at <= dumpBegan + dumpMs).length;
  log(`  pg_dump while the load wrote: ${seconds(dumpMs)}, ${writesDuringDump} writes acknowledged meanwhile`);
  await sleep(1000);
  log("stopping the load (a writer whose answer was lost sends it again until answered) …");
  const unfinished = await load.stop(30_000);
  const loadEnded = Date.now();
  // Every submit and read, for a look after a failure.
  mkdirSync(logDir, { recursive: true });
  writeFileSync(
    path.join(logDir, "records.json"),
    JSON.stringify({
      faults: faults.map((f) => ({ ...f, fault: f.fault.name })),
      submits: load.submits,
      reads: load.reads,
    }),
  );

  // ------------------------------------------------------------------------------------- 4. checks
  const rows = await readRows(databaseUrl, [host.id, ...writers.map((w) => w.id)]);
  const figures = writeFigures({ submits: load.submits, rows });
  const addresses = [
    "/",
    "/?sort=new",
    "/stories",
    "/tags/faults",
    ...new Set(
      load.submits
        .filter((s) => s.location && (s.kind === "thread" || s.kind === "story"))
        .map((s) => new URL(s.location, origin).pathname),
    ),
    forms.seedThread.path,
  ];
  const t0 = performance.now();
  const stale = await stalePages({ origin, repoRoot, addresses });
  log(`compared ${addresses.length} cached pages with fresh renders in ${seconds(performance.now() - t0)}`);
  const recoveries = faults.map(({ fault, ended, ready, pidBefore, pidAfter }) => {
    const firstRead = load.reads.find((r) => r.at > ended && r.status === 200);
    const firstWrite = load.submits
      .flatMap((s) => s.attempts)
      .filter((a) => a.at > ended && a.status === 303)
      .sort((a, b) => a.at - b.at)[0];
    const samePid = fault.restarts || pidBefore === pidAfter;
    const exited = app.server.exited;
    return {
      fault: fault.name,
      restarted: fault.restarts,
      ok: ready !== null && Boolean(firstRead) && Boolean(firstWrite) && samePid && !exited,
      detail: [
        ready === null ? "not ready within 30 s" : `ready ${seconds(ready - ended)} after`,
        firstRead ? `a read ${seconds(firstRead.at - ended)} after` : "no read served after",
        firstWrite ? `a write acknowledged ${seconds(firstWrite.at - ended)} after` : "no write acknowledged after",
        samePid ? "" : `the server was restarted (pid ${pidBefore} → ${pidAfter})`,
        exited ? "the server has exited" : "",
      ]
        .filter(Boolean)
        .join(", "),
    };
  });
  // The backup, restored into a new database and served by a second process (scripts/faults/backup.mjs).
  const restoredUrl = await restore(cluster.url, "mlpaths_restored", dumpFile);
  const restoredOrigin = `http://localhost:${options.port + 2}`;
  restoredApp = await startServer({
    repoRoot,
    port: options.port + 2,
    // The same site restored: its public address (canonical links, feeds) is the original's. Its
    // own caches: on the original's Redis it would serve the original's pages.
    env: { ...serverEnv(restoredUrl), PORT: String(options.port + 2) },
    logFile: path.join(logDir, "server-restored.log"),
  });
  const restoredReady = (await timedGet(`${restoredOrigin}/api/health`)).status === 200;
  const restoredRows = await readRows(restoredUrl, [host.id, ...writers.map((w) => w.id)]);
  const threads = await compareThreads(databaseUrl, restoredUrl);
  const differing = await differingPages({
    original: origin,
    restored: restoredOrigin,
    repoRoot,
    threadIds: threads.same,
  });
  const restoredCounters =
    restoredRows.badThreads.length +
    restoredRows.badReplies.length +
    restoredRows.badStories.length +
    restoredRows.badTagCopies.length;
  const backupChecks = [
    {
      name: "a pg_dump taken while the forum took writes restores into a new database that a second app process serves (ready: every migration there; its counters agree with its rows)",
      ok: restoredReady && restoredCounters === 0 && restoredRows.threads.length > 0,
      detail: `${restoredReady ? "ready" : "NOT ready"}; ${restoredRows.threads.length} threads, ${restoredRows.replies.length} replies; ${restoredCounters} counters off`,
    },
    {
      name: "the restored forum serves the same pages: every thread whose rows are the same in both databases renders the same on both servers",
      ok: threads.same.length > 0 && threads.missing.length === 0 && differing.length === 0,
      detail: `${threads.same.length} threads the same, compared page by page; ${threads.later.length} written or changed after the dump began; ${threads.missing.length} only in the restored database${differing.length ? `; differing: ${differing.slice(0, 4).join(" | ")}` : ""}`,
    },
  ];

  const checks = loadChecks({
    figures,
    submits: load.submits,
    reads: load.reads,
    rows,
    recoveries,
    stale,
    pagesChecked: addresses.length,
  })
    .concat(
      redisChecks({ window: faults.find((f) => f.fault.redis) ?? null, submits: load.submits, reads: load.reads }),
    )
    .concat(backupChecks)
    .concat({
      name: "the load ended: every writer and reader finished within a minute of the stop",
      ok: unfinished === 0,
      detail: unfinished ? `${unfinished} never finished` : "",
    });

  // ------------------------------------------------------------------------------------ figures
  const errors = serverErrors({ submits: load.submits, reads: load.reads });
  const reads = load.reads;
  log("\nFigures");
  log(
    `  writes attempted   ${figures.attempted} (${figures.sends} sends; ${figures.resent} sent again after a lost answer, ${figures.dropped} of them creates whose first connection the client dropped)`,
  );
  log(
    `  acknowledged       ${figures.acknowledged} (creates and marks, and each edited thread's last edit; ${figures.editsAcknowledged} edits in all)`,
  );
  log(`  found              ${figures.found}`);
  log(`  duplicates         ${figures.duplicates}`);
  log(`  lost               ${figures.lost}`);
  log(
    `  written, never acknowledged  ${figures.unacknowledgedWritten} · helpful marks whose answer was lost ${figures.marksUnanswered} (a toggle is not sent again)`,
  );
  if (figures.refused.length)
    log(`  refused            ${figures.refused.length}: ${[...new Set(figures.refused)].slice(0, 3).join(" | ")}`);
  log(
    `  reads served       ${reads.filter((r) => r.status === 200).length} of ${reads.length} (${reads.filter((r) => r.status === 0).length} with no answer while the app was down)`,
  );
  log(`  5xx by kind        ${errors.length ? errors.map(([k, n]) => `${k} ×${n}`).join(", ") : "none"}`);
  log(`  load               ${seconds(loadEnded - loadStarted)}, the faults included`);

  log("\nChecks");
  for (const c of checks) log(`  ${c.ok ? "ok  " : "FAIL"} ${c.name}${c.detail ? `: ${c.detail}` : ""}`);
  const failed = checks.filter((c) => !c.ok);
  const took = `${seconds(performance.now() - startedAt)} in all`;
  log(
    `\n${failed.length ? `FAILED: ${failed.length} of ${checks.length} checks (the FAIL lines above)` : `PASSED: all ${checks.length} checks`} · ${took}`,
  );
  exitCode = failed.length ? 1 : 0;
} catch (error) {
  console.error(`\nFAILED: ${error.stack ?? error}`);
  if (cluster) console.error(`PostgreSQL's log, last lines:\n${cluster.log().split("\n").slice(-15).join("\n")}`);
  log(`${seconds(performance.now() - startedAt)} in all`);
  exitCode = 1;
} finally {
  await app?.server?.stop();
  await restoredApp?.stop();
  await redis?.stop();
  cluster?.remove();
}
process.exit(exitCode);

/**
 * When /api/health first answered 200 (ms since the epoch), or null if not within `ms`; `answers`
 * says what it answered before that ("503 ×12 (40 ms)", "no answer ×1 (30000 ms)").
 */
async function readyWithin(ms) {
  const deadline = Date.now() + ms;
  const answers = [];
  while (Date.now() < deadline) {
    const answer = await timedGet(`${origin}/api/health`);
    if (answer.status === 200) return { at: Date.now(), answers: summarize(answers) };
    answers.push(answer);
    await sleep(100);
  }
  return { at: null, answers: summarize(answers) };
}

function summarize(answers) {
  const kinds = new Map();
  for (const a of answers) {
    const key = a.status === 0 ? "no answer" : String(a.status);
    const kind = kinds.get(key) ?? { n: 0, ms: 0 };
    kinds.set(key, { n: kind.n + 1, ms: Math.max(kind.ms, a.ms) });
  }
  return (
    [...kinds].map(([key, { n, ms }]) => `${key} ×${n} (slowest ${Math.round(ms)} ms)`).join(", ") || "nothing else"
  );
}

/**
 * The forms the load sends, read from the app's pages with JavaScript off, and the thread they
 * start from: the host posts it and a reply to it (for the reply's own helpful form).
 */
async function readForms(host) {
  const reader = await openFormReader(origin, host.token);
  try {
    const thread = await reader.form("/threads/new", "Post thread");
    const story = await reader.form("/stories/new", "Publish story");
    const title = `Faults ${runId}: the first thread`;
    const body = `Faults ${runId}: the thread the load starts from.`;
    const opening = await sendForm(thread, { origin, token: host.token, values: { title, body, tags: "faults" } });
    if (opening.status !== 303)
      throw new Error(`the host could not start a thread: ${opening.status} ${opening.message ?? ""}`);
    const seedThread = {
      id: threadFromLocation(opening.location),
      path: new URL(opening.location, origin).pathname,
      title,
      body,
    };
    const reply = await reader.form(seedThread.path, "Post reply");
    const replied = await sendForm(reply, {
      origin,
      token: host.token,
      values: { body: `Faults ${runId}: the first reply.` },
    });
    if (replied.status !== 303) throw new Error(`the host could not reply: ${replied.status} ${replied.message ?? ""}`);
    const seedReply = replyFromLocation(replied.location).id;
    const edit = await reader.form(`/threads/${seedThread.id}/edit`, "Save changes");
    const helpful = await reader.form(seedThread.path, "Helpful: this discussion");
    const helpfulReply = await reader.form(seedThread.path, `Helpful: reply by ${host.login}`);
    return { thread, story, reply, edit, helpful, helpfulReply, seedThread, seedReply };
  } finally {
    await reader.close();
  }
}
