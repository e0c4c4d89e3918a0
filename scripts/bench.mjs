#!/usr/bin/env node
// `npm run bench`: the read-path benchmark of issue 8, in one run on loopback.
//   1. seeds a large forum into its own database (mlpaths_bench) on the PostgreSQL at DATABASE_URL,
//   2. builds (when the build is older than the sources) and starts the production server,
//   3. measures each public route, the per-reader request and a static asset of the same server with
//      autocannon, anonymous and signed in, at 1 and 32 connections,
//   4. records what Chromium requests for one page view and replays it under load,
//   5. times cache misses, 6. counts SQL statements per request (through a counting TCP proxy),
//   7. measures Next's own floor: a blank app (cached pages) built with the same next and react, with
//      a blank page and, for each public route, a page of the same size made of that route's markup
//      (through a proxy that only rewrites the path, too, where the route's query goes through proxy.ts),
//   8. prints the figures against the issue's targets and writes .data/bench/summary.json.
// Options: --duration=S (per measurement, default 10) --warmup=S (2) --connections=1,32 --port=N
// (3310; the statement count uses N+1) --samples=N (cache misses, 20) --reseed --no-build --build
// --db=NAME (mlpaths_bench) --skip=routes,views,misses,markdown,sql,floor --retry-noisy=N (repeat a measurement that
// other processes disturbed, up to N times; default 0) --encoding=E (the Accept-Encoding every measured
// request carries: Chromium's "gzip, deflate, br, zstd" by default, so the server compresses as it does
// for readers; "identity" for none). --stack measures only the production stack (issue 24,
// scripts/bench/stack.mjs): nginx serving a static file as large as the home page, signed-out views
// through nginx's cache, signed-in views through nginx to two app processes (ports N+1, N+2 and N+3),
// and one bare next start on N; it needs Debian's nginx. Results: .data/bench/summary.json (with
// --stack, summary-stack.json).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { createCpuMeter } from "./bench/cpu.mjs";
import { BROWSER_ENCODING, cacheMisses, firstLoadJs, measure } from "./bench/load.mjs";
import { createWriter } from "./bench/writes.mjs";
import { markdownBench, markdownReport } from "./bench/markdown.mjs";
import { launchBrowser, recordView, replayRequests, summarize } from "./bench/page-views.mjs";
import { fmt, printReport } from "./bench/report.mjs";
import { discoverRoutes, pageHtml } from "./bench/routes.mjs";
import { createBenchSession, prepareBenchDatabase } from "./bench/seed-large.mjs";
import { bodyMarkup, sizedPage, writeBlankApp } from "./bench/floor.mjs";
import { benchStack } from "./bench/stack.mjs";
import { build, buildReason, startServer } from "./bench/server.mjs";
import { countStatements, startCountingProxy } from "./bench/sql-count.mjs";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(repoRoot);

// ---------------------------------------------------------------------------------------------- options
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [key, value] = a.replace(/^--/, "").split("=");
    return [key, value ?? true];
  }),
);
if (args.help || args.h) {
  console.log(readHelp());
  process.exit(0);
}
const options = {
  duration: Number(args.duration ?? 10),
  warmup: Number(args.warmup ?? 2),
  connections: String(args.connections ?? "1,32")
    .split(",")
    .map(Number),
  port: Number(args.port ?? 3310),
  samples: Number(args.samples ?? 20),
  db: String(args.db ?? "mlpaths_bench"),
  reseed: Boolean(args.reseed),
  build: args["no-build"] ? "never" : args.build ? "always" : "when-stale",
  skip: new Set(
    String(args.skip ?? "")
      .split(",")
      .filter(Boolean),
  ),
  retryNoisy: Number(args["retry-noisy"] ?? 0),
  encoding: String(args.encoding ?? BROWSER_ENCODING),
  stack: Boolean(args.stack),
};
const LOAD_CONNECTIONS = Math.max(...options.connections); // page views and targets use the highest
// Cores used by other processes during a measurement above which its figure is marked as disturbed.
const NOISY = 0.25;
if (!process.env.DATABASE_URL)
  console.log("DATABASE_URL is not set: using postgres://postgres@127.0.0.1:5432/postgres");
const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const outDir = path.join(repoRoot, ".data", "bench");
mkdirSync(outDir, { recursive: true });

const log = (...a) => console.log(...a);
const section = (title) => log(`\n== ${title} ${"=".repeat(Math.max(0, 96 - title.length))}`);
const runStarted = performance.now();
const summary = {
  startedAt: new Date().toISOString(),
  options: { ...options, skip: [...options.skip] },
  machine: machine(),
};

function machine() {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    if (execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).trim())
      commit += "+changes";
  } catch {}
  return {
    node: process.version,
    cpus: os.cpus().length,
    loadavg: os.loadavg().map((n) => Number(n.toFixed(2))),
    commit,
  };
}

function readHelp() {
  const lines = readFileSync(fileURLToPath(import.meta.url), "utf8")
    .split("\n")
    .slice(1);
  return lines
    .slice(
      0,
      lines.findIndex((l) => !l.startsWith("//")),
    )
    .map((l) => l.replace(/^\/\/ ?/, ""))
    .join("\n");
}

log(
  `MLPaths read-path benchmark · ${summary.startedAt} · commit ${summary.machine.commit} · node ${process.version} · ${summary.machine.cpus} cores`,
);
log(
  `load average at start: ${summary.machine.loadavg.join(" ")}${summary.machine.loadavg[0] > 0.5 ? "  (the machine is busy: figures will be lower and noisier)" : ""}`,
);
log(
  `${options.duration} s per measurement after ${options.warmup} s warm-up; connections ${options.connections.join(" and ")}; port ${options.port}`,
);

// ------------------------------------------------------------------------------------------- 1. seed
section("1. Large forum");
const seeded = await prepareBenchDatabase({ adminUrl, dbName: options.db, reseed: options.reseed, repoRoot, log });
const meta = seeded.meta;
const c = meta.counts;
log(
  `  ${options.db}: ${fmt.int(c.users)} members, ${fmt.int(c.threads)} threads (${fmt.int(c.stories)} stories), ${fmt.int(c.replies)} replies, ` +
    `${fmt.int(c.story_resources)} story resources, ${fmt.int(c.story_milestones)} milestones, ${fmt.int(c.helpful_marks)} helpful marks; ` +
    `bodies avg ${c.avg_thread_chars} chars (threads), ${c.avg_reply_chars} (replies); ${c.size}`,
);
log(
  seeded.reused
    ? `  seeding: reused (the original seed took ${meta.seedSeconds} s)`
    : `  seeding took ${meta.seedSeconds} s`,
);
summary.seed = {
  database: options.db,
  reused: seeded.reused,
  seconds: meta.seedSeconds,
  counts: c,
  seededAt: meta.seededAt,
};

// ------------------------------------------------------------------------------------------ 2. build
section("2. Build and start");
const benchUrl = seeded.url;
const serverEnv = (port, databaseUrl) => ({
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: "mlpaths-bench-only-secret-not-for-any-real-deployment",
  AUTH_URL: `http://localhost:${port}`,
  // Both GitHub halves set (to dummies): the demo sign-in is off, as in production.
  AUTH_GITHUB_ID: "bench-dummy-id",
  AUTH_GITHUB_SECRET: "bench-dummy-secret",
  // The cache-miss step writes a reply every few hundred milliseconds as one member: the pace limits
  // (issue 9, measured by npm run test:flood) would refuse most of them, and every search comes from
  // one address, which the per-IP search limit would refuse past a few. This measures reads.
  RATE_LIMITS:
    "replyIntervalSeconds=0,newReplyIntervalSeconds=0,newRepliesPerDay=1000000,searchesPerIpPerMinute=100000000,searchBurstPerIp=100000000",
  PORT: String(port),
});
const reason = buildReason(repoRoot);
if (options.build === "never") {
  log(`  --no-build${reason ? `: warning, ${reason}` : ""}`);
} else if (reason || options.build === "always") {
  log(`  next build (${reason ?? "--build"}) …`);
  const t0 = performance.now();
  const routes = build(repoRoot, serverEnv(options.port, benchUrl));
  summary.buildSeconds = Math.round((performance.now() - t0) / 100) / 10;
  log(`  built in ${summary.buildSeconds} s\n${routes.replace(/^/gm, "    ")}`);
} else {
  log("  .next is newer than every source file: no build");
}
const session = await createBenchSession(benchUrl, meta.readerUserId);
// What a signed-in reader's browser holds: the session cookie, and the script-readable hint without
// which the browser does not ask who is reading (lib/session-hint.ts). The signed-in measurements and
// page views use exactly this set; add any cookie the app starts reading at sign-in.
const signedInCookies = { "authjs.session-token": session.token, "mlpaths-signed-in": "1" };
const cookie = Object.entries(signedInCookies)
  .map(([name, value]) => `${name}=${value}`)
  .join("; ");
if (options.stack) {
  // Only the stack's figures: nginx, the apps behind it and one bare next start (scripts/bench/stack.mjs).
  let code = 1;
  try {
    summary.stack = await benchStack({
      repoRoot,
      port: options.port,
      benchUrl,
      serverEnv,
      signedInCookies,
      options,
      log,
      section,
    });
    code = summary.stack.checks.every((check) => check.ok) ? 0 : 1;
    summary.finishedAt = new Date().toISOString();
    const file = path.join(outDir, "summary-stack.json");
    writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    log(`\nJSON: ${path.relative(repoRoot, file)}`);
  } finally {
    await deleteBenchSession();
  }
  process.exit(code);
}
const server = await startServer({
  repoRoot,
  port: options.port,
  env: serverEnv(options.port, benchUrl),
  logFile: path.join(outDir, "server.log"),
});
const base = `http://127.0.0.1:${options.port}`;
const meter = await createCpuMeter({ databaseUrl: benchUrl, databaseName: options.db });
const cpu = () => meter.start(server.pid);
// Every measurement starts on an idle server (the app's, or the process group `pid`; see waitIdle); the wait
// is recorded with it.
// With --retry-noisy=N a measurement disturbed by other processes is repeated up to N times and the
// least disturbed attempt is kept (for shared machines; it lengthens the run).
const measureIdle = async (opts, pid = server.pid) => {
  let best = null;
  for (let attempt = 0; attempt <= options.retryNoisy; attempt++) {
    const waitedMs = await meter.waitIdle(pid);
    const m = {
      ...(await measure({ ...opts, encoding: options.encoding, cpu: () => meter.start(pid) })),
      waitedMs,
      attempts: attempt + 1,
    };
    if (!best || (m.cpu?.other ?? 0) < (best.cpu?.other ?? 0)) best = { ...m, attempts: attempt + 1 };
    if (!m.cpu || m.cpu.other <= NOISY) break;
    if (attempt < options.retryNoisy) log(`     (other processes used ${m.cpu.other} cores: measuring again)`);
  }
  return best;
};
log(
  `  next start on port ${options.port} (pid ${server.pid}, log ${path.relative(repoRoot, server.logFile)}); signed-in reader: ${session.user.login}`,
);

try {
  // ------------------------------------------------------------------------------------- routes
  const routes = await discoverRoutes({ base, benchUrl, meta, cookie, session, log });
  log(
    `  every measured request says Accept-Encoding: ${options.encoding}${options.encoding === BROWSER_ENCODING ? " (as Chromium does)" : ""}`,
  );
  log("  routes measured:");
  for (const r of routes.all) log(`    ${r.name.padEnd(18)} ${r.path}`);
  summary.routes = Object.fromEntries(routes.all.map((r) => [r.name, r.path]));

  // -------------------------------------------------------------------------------- 3. load
  const loads = {};
  const staticFigure = {};
  if (!options.skip.has("routes")) {
    section("3. Routes under load (autocannon)");
    for (const connections of options.connections) {
      const rows = [];
      const run = async (route, reader) => {
        const headers = reader === "signed in" ? { cookie } : {};
        const m = await measureIdle({
          base,
          path: route.path,
          headers,
          connections,
          duration: options.duration,
          warmup: options.warmup,
        });
        const row = { route: route.name, path: route.path, reader, connections, ...m };
        rows.push(row);
        log(
          `  ${String(connections).padStart(2)} conn  ${route.name.padEnd(18)} ${reader.padEnd(9)} ${fmt.int(m.rps).padStart(6)} req/s  p50 ${fmt.ms(m.p50)} ms  p99 ${fmt.ms(m.p99)} ms${m.non2xx ? `  non-2xx ${m.non2xx}` : ""}${m.errors ? `  errors ${m.errors}` : ""}${cpuNote(m.cpu)}${waited(m)}`,
        );
        return row;
      };
      // The static figure is measured before and after the routes; their mean is the denominator,
      // and a large drift between the two says the machine's load changed during the run.
      const before = await run(routes.static, "anonymous");
      for (const route of routes.public) {
        await run(route, "anonymous");
        await run(route, "signed in");
      }
      for (const route of routes.sessions) {
        await run(route, "anonymous");
        await run(route, "signed in");
      }
      const after = await run(routes.static, "anonymous");
      const figure = (before.rps + after.rps) / 2;
      staticFigure[connections] = {
        rps: figure,
        before: before.rps,
        after: after.rps,
        drift: Math.abs(before.rps - after.rps) / figure,
      };
      for (const row of rows) row.share = row.rps / figure;
      loads[connections] = rows;
    }
    summary.load = loads;
    summary.staticFigure = staticFigure;
  }

  // --------------------------------------------------------------------------- 4. page views
  const views = [];
  if (!options.skip.has("views")) {
    section(`4. Page views in Chromium, replayed at ${LOAD_CONNECTIONS} connections`);
    const browser = await launchBrowser();
    const origin = `http://localhost:${options.port}`; // the host AUTH_URL names, as a browser would use
    const recorded = [];
    try {
      for (const page of routes.views) {
        for (const reader of ["anonymous", "signed in"]) {
          let view;
          try {
            view = await recordView(browser, origin, page.path, {
              cookies: reader === "signed in" ? signedInCookies : {},
            });
          } catch (error) {
            log(`  could not record ${page.name} (${reader}): ${error.message.split("\n")[0]}`);
            continue;
          }
          recorded.push({ page, reader, ...view });
          log(
            `  recorded ${page.name} (${reader}): ${view.requests.length} requests: ${summarize(view.requests)}; ${view.staticCount} static assets aside; page saw: ${view.viewer ?? "no per-reader request"}`,
          );
          if (reader === "signed in" && !view.viewer?.startsWith("signed in")) {
            log(
              "  warning: the signed-in view did not see its session; if the app now needs another cookie at sign-in, add it to signedInCookies in scripts/bench.mjs",
            );
          }
        }
      }
    } finally {
      await browser.close();
    }
    // A static figure taken right before the replays, at the replays' concurrency.
    const staticNow = await measureIdle({
      base,
      path: routes.static.path,
      connections: LOAD_CONNECTIONS,
      duration: options.duration,
      warmup: options.warmup,
    });
    log(`  static asset now: ${fmt.int(staticNow.rps)} req/s`);
    for (const view of recorded) {
      const m = await measureIdle({
        base,
        requests: replayRequests(view.requests),
        connections: LOAD_CONNECTIONS,
        duration: options.duration,
        warmup: options.warmup,
      });
      const perView = view.requests.length;
      const row = {
        page: view.page.name,
        path: view.page.path,
        reader: view.reader,
        requestsPerView: perView,
        composition: summarize(view.requests),
        viewer: view.viewer,
        requests: view.requests.map(({ method, path: p, kind, status, atMs }) => ({
          method,
          path: p,
          kind,
          status,
          atMs,
        })),
        rps: m.rps,
        viewsPerSecond: m.rps / perView,
        viewShare: m.rps / perView / staticNow.rps,
        requestShare: m.rps / staticNow.rps,
        p50: m.p50,
        p99: m.p99,
        non2xx: m.non2xx,
        errors: m.errors,
        staticRps: staticNow.rps,
        cpu: m.cpu,
      };
      views.push(row);
      log(
        `  ${row.page.padEnd(8)} ${row.reader.padEnd(9)} ${perView} req/view  ${fmt.one(row.viewsPerSecond)} views/s  (${fmt.int(m.rps)} req/s)${m.non2xx ? `  non-2xx ${m.non2xx}` : ""}${m.errors ? `  errors ${m.errors}` : ""}${cpuNote(m.cpu)}${waited(m)}`,
      );
    }
    summary.pageViews = views;
  }

  // -------------------------------------------------------------------------- 5. cache misses
  const misses = [];
  if (!options.skip.has("misses")) {
    section(`5. Cache misses: first request after a write, or of a new search, ${options.samples} samples each`);
    const writer = await createWriter(`http://localhost:${options.port}`, signedInCookies, routes.writes);
    try {
      for (const route of routes.missRoutes) {
        await meter.waitIdle(server.pid);
        const window = await cpu();
        const m = await cacheMisses(base, route, {
          samples: options.samples,
          write: route.write && writer[route.write],
        });
        m.cpu = await window.stop();
        const after = route.write ? `after a ${route.write}` : "a new address";
        misses.push({ route: route.name, path: route.shown ?? route.path, write: after, target: route.target, ...m });
        log(
          `  ${route.name.padEnd(18)} ${after.padEnd(13)} p50 ${fmt.ms(m.p50)} ms  p95 ${fmt.ms(m.p95)} ms  (HTTP ${m.status}, ${m.misses}/${m.samples} misses)${cpuNote(m.cpu)}`,
        );
      }
    } finally {
      await writer.close();
    }
    summary.cacheMisses = misses;
  }

  const js = await firstLoadJs(base, routes.byName.thread.path);
  summary.threadFirstLoadJs = js;
  // Each public page as an anonymous reader gets it, uncompressed: the floor's pages are made as large.
  const pages = [];
  if (!options.skip.has("floor")) {
    for (const route of routes.public) {
      const text = (await pageHtml(base, route.path, { "accept-encoding": "identity" })).text;
      // A path with a query goes through proxy.ts (next.config.mjs rewrites the plain list paths).
      pages.push({
        route: route.name,
        rawBytes: Buffer.byteLength(text),
        markup: bodyMarkup(text),
        proxied: route.path.includes("?"),
      });
    }
  }
  await server.stop();

  // ------------------------------------------------------------------------ 6. SQL statements
  let statements = [];
  if (!options.skip.has("sql")) {
    section("6. SQL statements per request (counting proxy between a second server and PostgreSQL)");
    const target = new URL(benchUrl);
    const proxy = await startCountingProxy({ targetHost: target.hostname, targetPort: Number(target.port || 5432) });
    const viaProxy = new URL(benchUrl);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    const countPort = options.port + 1;
    const counting = await startServer({
      repoRoot,
      port: countPort,
      env: serverEnv(countPort, viaProxy.toString()),
      logFile: path.join(outDir, "server-sql-count.log"),
    });
    const countBase = `http://127.0.0.1:${countPort}`;
    try {
      // A page is counted on its first request to this fresh server, which renders it (its cached
      // reads are empty in a new process), and again on the second, which the cache answers.
      const count = async (p, headers, cached) => {
        if (!cached) return countStatements(proxy, countBase, p, headers);
        const render = await countStatements(proxy, countBase, p, headers, { warmups: 0, runs: 1 });
        const hit = await countStatements(proxy, countBase, p, headers, { warmups: 0, runs: 1 });
        return { ...render, cachedStatements: hit.statements };
      };
      for (const pair of routes.statementPairs) {
        const row = { route: pair.name, reader: pair.reader ?? "anonymous" };
        const headers = pair.reader === "signed in" ? { cookie } : {};
        const cached = !pair.name.startsWith("per-reader");
        row.large = {
          path: pair.large.path,
          items: pair.large.items,
          ...(await count(pair.large.path, headers, cached)),
        };
        if (pair.small)
          row.small = {
            path: pair.small.path,
            items: pair.small.items,
            ...(await count(pair.small.path, headers, cached)),
          };
        row.constant = !row.small || row.small.statements === row.large.statements;
        statements.push(row);
        const hits = (r) => (r.cachedStatements === undefined ? "" : `, ${r.cachedStatements} when cached`);
        log(
          `  ${row.route.padEnd(18)} ${row.reader.padEnd(9)} ${row.large.statements} statements${hits(row.large)} (${row.large.items})` +
            (row.small ? `; ${row.small.statements} with ${row.small.items}` : ""),
        );
      }
    } finally {
      await counting.stop();
      await proxy.close();
    }
    summary.sqlStatements = statements;
  }

  // ------------------------------------------------------------------------------- 7. floor
  let floor = null;
  if (!options.skip.has("floor")) {
    section("7. Next's own floor: a blank app with cached pages, built with this next and react");
    floor = await measureFloor(routes.static.path, pages);
    summary.floor = floor;
  }

  // ------------------------------------------------------------------------ Markdown rendering
  // Last of the measurements: it keeps this process busy for a minute, long enough for the server to
  // close the idle connections that a later fetch would try to reuse ("other side closed").
  let markdown = null;
  if (!options.skip.has("markdown")) {
    section("Markdown: the worst posts up to the size limit, rendered in this process (production build)");
    markdown = await markdownBench();
    log(markdownReport(markdown));
    summary.markdown = markdown;
  }

  // ------------------------------------------------------------------------------- 8. report
  const { checks, noisy } = printReport(
    { loads, staticFigure, views, misses, statements, js, floor, markdown },
    { log, section, loadConnections: LOAD_CONNECTIONS, noisy: NOISY },
  );
  summary.noisyMeasurements = noisy;
  const passed = checks.filter((ch) => ch.ok).length;
  summary.targets = checks;
  summary.finishedAt = new Date().toISOString();
  summary.totalSeconds = Math.round((performance.now() - runStarted) / 1000);
  const file = path.join(outDir, "summary.json");
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  log(
    `\n${passed} of ${checks.length} targets met. Seeding ${seeded.reused ? `reused (took ${meta.seedSeconds} s when made)` : `${meta.seedSeconds} s`}; whole run ${Math.floor(summary.totalSeconds / 60)} min ${summary.totalSeconds % 60} s. JSON: ${path.relative(repoRoot, file)}`,
  );
} finally {
  await server.stop();
  await meter.close();
  await deleteBenchSession();
}

/**
 * The blank app's cached pages against the same static file (the app's measured CSS, copied in), at the
 * load concurrency, measured static, pages, static as the routes are; and its first-load JavaScript.
 * What the framework costs with nothing of ours in it: a blank page, and for each public route a page
 * as large as that route's (made of its markup), since serving a cached page costs more as it grows
 * (`next start` compresses it on every request). The targets are read against these.
 */
async function measureFloor(staticPath, pages) {
  const dir = path.join(outDir, "floor");
  const paths = writeBlankApp({
    dir,
    repoRoot,
    staticFile: path.join(repoRoot, ".next", staticPath.replace(/^\/_next\//, "")),
  });
  const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  const t0 = performance.now();
  build(dir, env);
  log(`  built ${path.relative(repoRoot, dir)} in ${Math.round((performance.now() - t0) / 100) / 10} s`);
  const blank = await startServer({
    repoRoot: dir,
    port: options.port,
    env,
    logFile: path.join(outDir, "server-floor.log"),
  });
  const floorBase = `http://127.0.0.1:${options.port}`;
  try {
    await (await fetch(new URL(paths.page, floorBase))).arrayBuffer(); // its one render; the rest are cache hits
    const sized = [];
    for (const page of pages) {
      const name = page.route.replace(/[^a-z0-9]+/g, "-");
      sized.push({
        route: page.route,
        appRawBytes: page.rawBytes,
        proxied: page.proxied,
        ...(await sizedPage({ dir, base: floorBase, name, markup: page.markup, targetBytes: page.rawBytes })),
      });
    }
    const one = async (p, label = p) => {
      const m = await measureIdle(
        { base: floorBase, path: p, connections: LOAD_CONNECTIONS, duration: options.duration, warmup: options.warmup },
        blank.pid,
      );
      log(
        `  ${String(LOAD_CONNECTIONS).padStart(2)} conn  ${label.padEnd(24)} ${fmt.int(m.rps).padStart(6)} req/s  p50 ${fmt.ms(m.p50)} ms  ${fmt.one(m.kbPerResponse)} kB/response${cpuNote(m.cpu)}`,
      );
      return m;
    };
    const before = await one(paths.static);
    const page = await one(paths.page);
    for (const s of sized) {
      const m = await one(s.path, `${s.path} (${fmt.one(s.rawBytes / 1024)} kB)`);
      Object.assign(s, { rps: m.rps, kbPerResponse: m.kbPerResponse });
      if (s.proxied)
        s.proxiedRps = (await one(`${s.path.replace(/^\/sized\//, "/proxied/")}?view=1`, "  … through a proxy")).rps;
    }
    const after = await one(paths.static);
    const staticRps = (before.rps + after.rps) / 2;
    for (const s of sized)
      Object.assign(s, { share: s.rps / staticRps, proxiedShare: s.proxied ? s.proxiedRps / staticRps : undefined });
    const js = await firstLoadJs(floorBase, paths.page);
    log(
      `  blank cached page: ${fmt.pct(page.rps / staticRps)} of the same static file; first-load JavaScript ${fmt.one(js.gzipKb)} kB gzip (${js.files} files)`,
    );
    return { pageRps: page.rps, staticRps, share: page.rps / staticRps, pageKb: page.kbPerResponse, js, sized };
  } finally {
    await blank.stop();
  }
}

/** "  other 0.4 cores": CPU that neither the server, its database backends nor the bench used. */
function cpuNote(usage) {
  if (!usage) return "";
  return `  [cpu: server ${usage.server}, db ${usage.db}, bench ${usage.bench}, other ${usage.other}${usage.other > NOISY ? " (noisy)" : ""}]`;
}

// -------------------------------------------------------------------------------------------------
async function deleteBenchSession() {
  const sql = postgres(benchUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`delete from sessions where session_token = ${session.token}`;
  } finally {
    await sql.end();
  }
}

function waited(m) {
  return m.waitedMs > 1000
    ? `  (waited ${(m.waitedMs / 1000).toFixed(1)} s for the server to finish earlier requests)`
    : "";
}
