#!/usr/bin/env node
// `npm run test:flood`: several accounts, new and old, post as fast as they can while anonymous readers
// keep reading, against the production server with the default limits (lib/limits/rate-limits.ts); then the
// database must show that the limits held exactly, that no post was written twice, and every reader
// must have been served.
//   1. builds when the build is older than the sources (reuses .next otherwise), makes a fresh
//      database mlpaths_flood_<random> on DATABASE_URL's server (dropped at the end), migrates it and
//      starts `next start` on it,
//   2. makes the accounts in the database: two new ones, a new one already at its daily caps, two old
//      ones (3 days), an old one already at its 20 threads today, and a host who starts the thread,
//   3. floods for --seconds: every account sends the reply form, and the new-discussion and new-story
//      forms in turn (both are threads to the limits), as a browser without JavaScript does,
//      --workers at a time each, each text different; --readers loops GET /, the thread and /stories,
//   4. the sign-in limit per IP address, and a form sent twice with its key (one post, same page) or
//      without it (refused as the same text),
//   5. the search flood (scripts/flood/search-flood.mjs): a signed-in reader's per-reader request and
//      six more old accounts' replies, timed in quiet windows alternating with windows (--search-seconds
//      in all) while --search-clients send new searches: past the per-IP limit they get 429, and the
//      others stay within 2× of quiet,
//   6. the cache flood (scripts/flood/cache-flood.mjs): pages readers use are warmed, then --cache-urls
//      addresses nobody asked for before (made-up list cursors, ids, tags and logins, and
//      --cache-searches new searches), each from its own address; the warm pages must still be
//      served from the cache, and the server's memory stay under --memory-mb,
//   7. checks the rows, prints the figures, and exits 1 naming each check that failed.
// Options: --seconds=S (20; below 30 so that a new account gets exactly one reply) --port=N (3330)
// --workers=N (2 per account and form) --readers=N (4) --search-seconds=S (10) --search-clients=N (32)
// --cache-urls=N (20000) --cache-searches=N (1000) --cache-clients=N (16) --memory-mb=N (1024)
// --no-build --build --keep-db.
// FLOOD_SERVER_RATE_LIMITS=<RATE_LIMITS value> runs the server with those limits while the checks still
// expect the defaults: the self-check that this test fails when the limits are not enforced.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, buildReason, startServer } from "./bench/server.mjs";
import { HELD_BACK_SLACK_MS, floodChecks } from "./flood/checks.mjs";
import {
  HOST,
  SEARCH_FLOOD_REPLIERS,
  createDatabase,
  floodAccounts,
  makeAccounts,
  readPosts,
  replyCounts,
} from "./flood/database.mjs";
import {
  limitOf,
  openFormReader,
  percentile,
  readLoop,
  replyFromLocation,
  sendForm,
  threadFromLocation,
} from "./flood/http.mjs";
import { sendTwice, signInLimit } from "./flood/probes.mjs";
import {
  describeReads,
  postingLatencies,
  printCacheFlood,
  printFigures,
  printSearchFlood,
  printServerErrors,
} from "./flood/report.mjs";
import { searchFlood } from "./flood/search-flood.mjs";
import { cacheFlood } from "./flood/cache-flood.mjs";
import { commandLine } from "./cli.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(repoRoot);
const startedAt = performance.now();

const args = commandLine(import.meta.url);
const options = {
  seconds: Number(args.seconds ?? 20),
  port: Number(args.port ?? 3330),
  workers: Number(args.workers ?? 2),
  readers: Number(args.readers ?? 4),
  searchSeconds: Number(args["search-seconds"] ?? 10),
  searchClients: Number(args["search-clients"] ?? 32),
  cacheUrls: Number(args["cache-urls"] ?? 20_000),
  cacheSearches: Number(args["cache-searches"] ?? 1000),
  cacheClients: Number(args["cache-clients"] ?? 16),
  memoryMb: Number(args["memory-mb"] ?? 1024),
  build: args["no-build"] ? "never" : args.build ? "always" : "when-stale",
  keepDb: Boolean(args["keep-db"]),
};
for (const name of [
  "seconds",
  "port",
  "workers",
  "readers",
  "searchSeconds",
  "searchClients",
  "cacheUrls",
  "cacheSearches",
  "cacheClients",
  "memoryMb",
]) {
  if (!Number.isInteger(options[name]) || options[name] < 1) {
    console.error(`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} must be a whole number ≥ 1 (see --help)`);
    process.exit(2);
  }
}
const serverLimits = process.env.FLOOD_SERVER_RATE_LIMITS;
const { DEFAULT_RATE_LIMITS: limits } = await import("tsx/esm/api").then(({ tsImport }) =>
  tsImport("../lib/limits/rate-limits.ts", import.meta.url),
);
const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const origin = `http://localhost:${options.port}`;
const logFile = path.join(repoRoot, ".data", "flood", "server.log");
const runId = randomBytes(3).toString("hex");
// A story's facts, as a member picks them (db/test/factories.ts).
const STORY_FACTS = {
  role: "ml-engineer",
  education: "no-degree",
  previousField: "finance",
  previousTitle: "Analyst",
  monthsToOffer: "14",
  firstRoleYear: "2024",
  howHired: "referral",
  resources: "",
  milestones: "",
};

const log = (...a) => console.log(...a);
const fail = (message) => {
  throw Object.assign(new Error(message), { flood: true });
};

log(
  `MLPaths flood test · run ${runId} · ${options.seconds} s · ${options.workers} workers per account and form · ${options.readers} readers · port ${options.port}`,
);
if (!process.env.DATABASE_URL) log("DATABASE_URL is not set: using postgres://postgres@127.0.0.1:5432/postgres");
if (process.env.RATE_LIMITS)
  log(`RATE_LIMITS=${process.env.RATE_LIMITS} is ignored: the flood runs the server with the default limits.`);
if (serverLimits)
  log(
    `SELF-CHECK: the server runs with RATE_LIMITS=${serverLimits}; the checks still expect the defaults, so this run must FAIL.`,
  );

// ----------------------------------------------------------------------------------------- 1. server
const serverEnv = (databaseUrl) => {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "mlpaths-flood-only-secret-not-for-any-real-deployment",
    AUTH_URL: origin,
    // Both GitHub halves set (to dummies) so there is no demo sign-in, and a GitHub nobody answers.
    AUTH_GITHUB_ID: "flood-dummy-id",
    AUTH_GITHUB_SECRET: "flood-dummy-secret",
    GITHUB_BASE_URL: "http://127.0.0.1:9",
    ADMIN_GITHUB_LOGINS: "",
    PORT: String(options.port),
  };
  delete env.RATE_LIMITS;
  if (serverLimits) env.RATE_LIMITS = serverLimits;
  return env;
};

const reason = buildReason(repoRoot);
let database;
try {
  if (options.build === "always" || (reason && options.build !== "never")) {
    log(`next build (${reason ?? "--build"}) …`);
    const t0 = performance.now();
    // As the e2e suite builds: a database that cannot be reached, so nothing may open one at build time.
    build(repoRoot, {
      ...serverEnv("postgres://nobody@127.0.0.1:9/unreachable"),
      PGLITE_DIR: "/proc/no-database-at-build-time",
    });
    log(`built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } else {
    log(reason ? `--no-build: warning, ${reason}` : "reusing the production build in .next");
  }
  database = await createDatabase(adminUrl);
} catch (error) {
  console.error(`\nFAILED before the flood: ${error.message}`);
  process.exit(1);
}
// Ctrl-C: drop the database before going (synchronously: the server's own handler exits right after).
const dropOnSignal = () => {
  if (!options.keepDb) {
    const script = `import postgres from "postgres"; const s = postgres(${JSON.stringify(adminUrl)}, { max: 1, onnotice: () => {} }); await s.unsafe("drop database if exists ${database.name} with (force)"); await s.end();`;
    spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: repoRoot,
      stdio: "ignore",
      timeout: 10_000,
    });
  }
  process.exit(130);
};
process.once("SIGINT", dropOnSignal);
process.once("SIGTERM", dropOnSignal);

let server = null;
let exitCode = 1;
try {
  const env = serverEnv(database.url);
  const migrated = spawnSync(
    process.execPath,
    [path.join("node_modules", "tsx", "dist", "cli.mjs"), "db/migrate-cli.ts"],
    { env, encoding: "utf8" },
  );
  if (migrated.status !== 0) fail(`migrations failed:\n${migrated.stdout}${migrated.stderr}`);
  const accounts = await makeAccounts(database.url, floodAccounts(limits), repoRoot, runId);
  const [host] = await makeAccounts(database.url, [HOST], repoRoot, runId);
  server = await startServer({ repoRoot, port: options.port, env, logFile });
  log(`database ${database.name}; next start pid ${server.pid}, log ${path.relative(repoRoot, logFile)}`);

  // ------------------------------------------------------------------------------------------ 2. forms
  const reader = await openFormReader(origin, host.token);
  const threadForm = await reader.form("/threads/new", "Post thread");
  const storyForm = await reader.form("/stories/new", "Publish story");
  const opening = await sendForm(threadForm, {
    origin,
    token: host.token,
    values: { title: `Flood ${runId}: the thread everyone replies to`, body: "Reply here, as fast as you can." },
  });
  if (opening.status !== 303 || !opening.location)
    fail(`the host could not start the thread: ${opening.status} ${opening.message ?? ""}`);
  const threadPath = new URL(opening.location, origin).pathname;
  const threadId = threadFromLocation(opening.location);
  const replyForm = await reader.form(threadPath, "Post reply");
  await reader.close();
  log(`thread ${threadPath}; reply form fields: ${replyForm.fields.map(([n]) => n).join(", ")}`);

  // ------------------------------------------------------------------------------------------ 3. flood
  const sent = Object.fromEntries(accounts.map((a) => [a.key, { reply: [], thread: [] }]));
  const reads = [];
  const isFlood = (body) => body.startsWith(`Flood ${runId} `);
  const until = performance.now() + options.seconds * 1000;
  // Thread workers send a discussion and a story in turn: both are threads, under one pace and cap.
  const poster = async (account, kind, worker) => {
    for (let n = 1; performance.now() < until; n++) {
      const story = kind === "thread" && (n + worker) % 2 === 0;
      const label = `${story ? "story" : kind} ${worker}.${n} from ${account.key}`;
      const values = { body: `Flood ${runId} ${label}: ${randomBytes(6).toString("hex")}` };
      if (kind === "thread") values.title = `Flood ${runId} ${label}`;
      if (story) Object.assign(values, STORY_FACTS);
      const form = kind === "reply" ? replyForm : story ? storyForm : threadForm;
      const answer = await sendForm(form, { origin, token: account.token, values });
      answer.story = story;
      answer.limit = limitOf(answer.message);
      if (answer.status === 303 && answer.location) {
        if (kind === "reply")
          Object.assign(answer, {
            postId: replyFromLocation(answer.location).id,
            threadId: replyFromLocation(answer.location).threadId,
          });
        else answer.postId = threadFromLocation(answer.location);
      }
      sent[account.key][kind].push(answer);
    }
  };
  log(`flooding for ${options.seconds} s …`);
  const floodStarted = performance.now();
  await Promise.all([
    ...accounts.flatMap((account) =>
      ["reply", "thread"].flatMap((kind) =>
        Array.from({ length: options.workers }, (_, w) => poster(account, kind, w + 1)),
      ),
    ),
    // Each reader starts at a different page of the three.
    ...Array.from({ length: options.readers }, (_, r) =>
      readLoop(origin, rotate(["/", threadPath, "/stories"], r), until, (x) => reads.push(x)),
    ),
  ]);
  const floodSeconds = (performance.now() - floodStarted) / 1000;

  // --------------------------------------------------------------------------- 4. sign-in, form keys
  const signIn = await signInLimit({ origin, databaseUrl: database.url, perMinute: limits.signInsPerIpPerMinute });
  const probe = { origin, databaseUrl: database.url, limits };
  const oldA = accounts.find((a) => a.key === "old-a");
  const replyKey = await sendTwice({
    ...probe,
    form: replyForm,
    account: oldA,
    kind: "reply",
    values: { body: `Sent twice ${runId}: one reply, whatever the resends.` },
  });
  const threadKey = await sendTwice({
    ...probe,
    form: threadForm,
    account: host,
    kind: "thread",
    values: { title: `Sent twice ${runId}`, body: `Sent twice ${runId}: one thread, whatever the resends.` },
  });

  // --------------------------------------------------------------------------------- 5. search flood
  // Old accounts of their own reply at their pace: enough of them for a median of a dozen replies.
  const repliers = await makeAccounts(database.url, SEARCH_FLOOD_REPLIERS, repoRoot, runId);
  const intervalMs = limits.replyIntervalSeconds * 1000 + 200;
  log(
    `search flood: ${options.searchSeconds} s quiet and ${options.searchSeconds} s with ${options.searchClients} clients searching, in alternating windows …`,
  );
  const search = await searchFlood({
    origin,
    reader: host,
    replyForm,
    repliers,
    intervalMs,
    seconds: options.searchSeconds,
    clients: options.searchClients,
    runId,
  });

  // ---------------------------------------------------------------------------------- 6. cache flood
  const warmPaths = await pagesReadersUse(threadPath, host.login);
  log(
    `cache flood: ${options.cacheUrls} new addresses (${options.cacheSearches} searches) from ${options.cacheClients} clients; warm pages: ${warmPaths.join(" ")} …`,
  );
  const cache = await cacheFlood({
    origin,
    pgid: server.pid,
    cacheDir: path.join(repoRoot, ".next", "server", "route-cache"),
    warmPaths,
    threadPath,
    // Every flood post holds it: each search a full page of results.
    searchTerm: "flood",
    total: options.cacheUrls,
    searches: Math.min(options.cacheSearches, options.cacheUrls),
    clients: options.cacheClients,
    memoryLimitMb: options.memoryMb,
  });

  // ----------------------------------------------------------------------------------------- 7. checks
  const posts = await readPosts(
    database.url,
    [...accounts, host].map((a) => a.id),
  );
  // An old account's next post may come later than its interval by the time a request takes to be
  // answered under this load: twice the 95th percentile, at least 3 s.
  const slackMs = Math.max(HELD_BACK_SLACK_MS, 2 * percentile(postingLatencies(sent), 95));
  const checks = floodChecks({
    accounts,
    posts,
    sent,
    limits,
    isFlood,
    threadId,
    floodSeconds,
    slackMs,
    replyCount: await replyCounts(database.url, threadId),
  });
  const badReads = reads.filter((r) => r.status !== 200);
  checks.push(
    {
      name: "readers were served throughout (every GET answered 200)",
      ok: reads.length > 0 && badReads.length === 0,
      detail: badReads.length ? describeReads(badReads) : `${reads.length} requests`,
    },
    ...signIn.checks,
    ...search.checks,
    ...cache.checks,
    ...replyKey,
    ...threadKey,
  );

  printFigures({ accounts, sent, reads, floodSeconds, signIn });
  printSearchFlood(search.figures);
  printCacheFlood(cache.figures);
  log("\nChecks");
  for (const c of checks) log(`  ${c.ok ? "ok  " : "FAIL"} ${c.name}${c.detail ? `: ${c.detail}` : ""}`);
  const failed = checks.filter((c) => !c.ok);
  if (failed.length) printServerErrors(logFile, path.relative(repoRoot, logFile));
  const took = `${((performance.now() - startedAt) / 1000).toFixed(1)} s in all`;
  log(
    `\n${failed.length ? `FAILED: ${failed.length} of ${checks.length} checks (the FAIL lines above)` : `PASSED: all ${checks.length} checks`} · ${took}`,
  );
  exitCode = failed.length ? 1 : 0;
} catch (error) {
  console.error(`\nFAILED: ${error.flood ? error.message : (error.stack ?? error)}`);
  if (server) printServerErrors(logFile, path.relative(repoRoot, logFile));
  exitCode = 1;
} finally {
  await server?.stop();
  if (options.keepDb) log(`--keep-db: ${database.url}`);
  else await database.drop().catch((error) => console.error(`could not drop ${database.name}: ${error.message}`));
}
process.exit(exitCode);

/** The pages a reader opens first: the lists, the flood's thread, the host's profile, and the first
 * thread, story, category and tag the home page and /stories link to. */
async function pagesReadersUse(threadPath, hostLogin) {
  const paths = new Set(["/", "/stories", "/stories/insights", threadPath, `/u/${hostLogin}`]);
  for (const list of ["/", "/stories"]) {
    const html = await (await fetch(`${origin}${list}`)).text();
    for (const pattern of [
      /href="(\/threads\/\d+[^"?#]*)"/,
      /href="(\/stories\/\d+[^"?#]*)"/,
      /href="(\/c\/[^"?#]+)"/,
      /href="(\/tags\/[^"?#]+)"/,
    ]) {
      const match = pattern.exec(html);
      if (match) paths.add(match[1]);
    }
  }
  return [...paths];
}

function rotate(list, by) {
  return list.map((_, i) => list[(i + by) % list.length]);
}
