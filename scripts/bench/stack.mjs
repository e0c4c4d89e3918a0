// `npm run bench -- --stack` (issue 24): the production stack against one bare `next start`, in one
// run, at the load concurrency:
//   1. nginx serving a static file as large as the home page (the page's own HTML, with a gzip copy
//      beside it, gzip_static: bytes from disk, as a cached page is bytes from nginx's cache),
//   2. signed-out page views through nginx (its shared cache),
//   3. signed-in page views through nginx to two app processes,
//   4. the same views from one bare `next start`, as `npm run bench` measures today.
// A view is what Chromium requests for one view of the home page (scripts/bench/page-views.mjs),
// recorded through nginx and replayed by autocannon. The bare server runs beside the stack, and the
// static file is measured before, between and after the pairs (stack, bare) of signed-out and then
// signed-in views: each figure is read against the static figures on either side of it. Targets:
// signed-out ≥ 80% of the static figure, signed-in ≥ 15% of it; two processes against one beside.
// Beside them, the bare server's own static asset (the stylesheet, as `npm run bench` measures it):
// the issue's "today 10–17%" was signed-in views against that, not against nginx's file.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { startStack } from "../stack/stack.mjs";
import { BROWSER_ENCODING, measure } from "./load.mjs";
import { launchBrowser, recordView, replayRequests, summarize } from "./page-views.mjs";
import { fmt, table, verdict } from "./report.mjs";
import { startServer } from "./server.mjs";

export const STACK_TARGETS = { signedOutShare: 0.8, signedInShare: 0.15 };

/**
 * `port`: the bare server's; nginx takes port+1 and its two apps port+2 and port+3. `serverEnv(port,
 * url)`: the app's environment (as the rest of the bench gives it). Returns the figures and checks.
 */
export async function benchStack({ repoRoot, port, benchUrl, serverEnv, signedInCookies, options, log, section }) {
  const connections = Math.max(...options.connections);
  const run = (base, opts) =>
    measure({
      base,
      connections,
      duration: options.duration,
      warmup: options.warmup,
      encoding: options.encoding,
      ...opts,
    });
  const staticDir = path.join(os.tmpdir(), `mlpaths-bench-static-${process.pid}`);
  mkdirSync(staticDir, { recursive: true });
  const nginxPort = port + 1;
  const appPorts = [port + 2, port + 3];

  section(`Stack: nginx → ${appPorts.length} app processes, against one next start (${connections} connections)`);
  const parts = {};
  const figures = {};
  let recorded;
  try {
    parts.stack = await startStack({
      repoRoot,
      port: nginxPort,
      appPorts,
      env: serverEnv(nginxPort, benchUrl),
      databaseUrl: benchUrl,
      logDir: path.join(repoRoot, ".data", "bench", "stack"),
      // The bench's static file: served as nginx serves any file, plus its gzip copy (gzip_static).
      nginxExtra: `    location = /_bench/home.html { alias ${staticDir}/home.html; }`,
      log: (line) => log(`  ${line}`),
    });
    // The bare server runs beside the stack (idle while the stack is measured, and the stack while it
    // is), so its figures are taken between the same static figures rather than minutes later.
    parts.bare = await startServer({
      repoRoot,
      port,
      env: serverEnv(port, benchUrl),
      logFile: path.join(repoRoot, ".data", "bench", "stack", `bare-${port}.log`),
    });
    log(`  one bare next start ${port} (pid ${parts.bare.pid})`);
    const stack = parts.stack;
    const bareBase = `http://127.0.0.1:${port}`;
    const homeHtml = await (await fetch(stack.url("/"), { headers: { "accept-encoding": "identity" } })).text();
    writeFileSync(path.join(staticDir, "home.html"), homeHtml);
    writeFileSync(path.join(staticDir, "home.html.gz"), gzipSync(homeHtml, { level: 6 }));
    const rawKb = Buffer.byteLength(homeHtml) / 1024;
    const stylesheet = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(homeHtml)?.[1];
    if (!stylesheet) throw new Error("no stylesheet under /_next/static/ in the home page's HTML");
    log(
      `  static file: the home page's HTML, ${fmt.one(rawKb)} kB (${fmt.one(gzipSync(homeHtml, { level: 6 }).length / 1024)} kB gzipped)`,
    );
    log(
      `  every measured request says Accept-Encoding: ${options.encoding}${options.encoding === BROWSER_ENCODING ? " (as Chromium does)" : ""}`,
    );

    const browser = await launchBrowser();
    try {
      recorded = {
        signedOut: await recordView(browser, stack.origin, "/"),
        signedIn: await recordView(browser, stack.origin, "/", { cookies: signedInCookies }),
      };
    } finally {
      await browser.close();
    }
    for (const [reader, view] of Object.entries(recorded))
      log(
        `  recorded a home-page view (${reader}): ${view.requests.length} requests: ${summarize(view.requests)}; page saw: ${view.viewer ?? "no per-reader request"}`,
      );
    if (!recorded.signedIn.viewer?.startsWith("signed in"))
      log("  warning: the signed-in view did not see its session");
    // Every process renders the home page once into its own cache (seconds on the large forum), before
    // any measurement: reached through nginx, the second app might otherwise render it inside one.
    for (const base of [...stack.apps.map((app) => `http://127.0.0.1:${app.port}`), bareBase]) {
      for (let n = 0; n < 20; n++) {
        const response = await fetch(new URL("/", base), {
          headers: { cookie: signedInCookieHeader(signedInCookies) },
        });
        await response.arrayBuffer();
        if (response.headers.get("x-nextjs-cache") === "HIT") break;
      }
    }

    const line = (label, m, perView = 1) =>
      log(
        `  ${label.padEnd(44)} ${fmt.int(m.rps / perView).padStart(7)} ${perView === 1 ? "req/s  " : "views/s"}  (${fmt.int(m.rps)} req/s, p50 ${fmt.ms(m.p50)} ms, p99 ${fmt.ms(m.p99)} ms, ${fmt.one(m.kbPerResponse)} kB/response)${m.non2xx ? `  non-2xx ${m.non2xx}` : ""}${m.errors ? `  errors ${m.errors}` : ""}`,
      );
    const statics = [];
    const measureStatic = async () => {
      const m = await run(stack.origin, { path: "/_bench/home.html" });
      line("nginx: static file", m);
      statics.push(m.rps);
      return m.rps;
    };
    // Static, then two figures, then static again: each figure is read against the static figures
    // on either side of it, so a change in the machine's load during the run moves both alike.
    const pair = async (entries) => {
      const before = await measureStatic();
      for (const [key, label, base, view] of entries) {
        figures[key] = await runViews(run, base, view);
        line(label, figures[key], figures[key].perView);
      }
      return before;
    };
    const s0 = await pair([
      ["signedOut", "nginx: signed-out views (shared cache)", stack.origin, recorded.signedOut],
      ["bareSignedOut", "one next start: signed-out views", bareBase, recorded.signedOut],
    ]);
    // The bare server first this time, so neither side always follows the other.
    const s1 = await pair([
      ["bareSignedIn", "one next start: signed-in views", bareBase, recorded.signedIn],
      ["signedIn", `nginx → ${appPorts.length} apps: signed-in views`, stack.origin, recorded.signedIn],
    ]);
    const s2 = await measureStatic();
    figures.bareStatic = await run(bareBase, { path: stylesheet });
    line(`one next start: its stylesheet ${stylesheet.split("/").pop()}`, figures.bareStatic);
    const around = {
      signedOut: (s0 + s1) / 2,
      bareSignedOut: (s0 + s1) / 2,
      signedIn: (s1 + s2) / 2,
      bareSignedIn: (s1 + s2) / 2,
    };
    for (const key of Object.keys(around)) figures[key].share = figures[key].viewsPerSecond / around[key];
    figures.static = { rps: statics.reduce((x, y) => x + y, 0) / statics.length, runs: statics, rawKb };
  } finally {
    await parts.stack?.stop();
    await parts.bare?.stop();
    rmSync(staticDir, { recursive: true, force: true });
  }

  const s = figures.static.rps;
  const row = (label, m) => [label, fmt.int(m.viewsPerSecond), m.perView, fmt.pct(m.share)];
  log(
    `\n${table(
      [
        { title: `home page, ${connections} connections`, align: "left" },
        { title: "per second" },
        { title: "req/view" },
        { title: "of static" },
      ],
      [
        ["nginx static file (mean)", fmt.int(s), "", "100%"],
        row("signed-out views, nginx", figures.signedOut),
        row("signed-in views, nginx → 2 apps", figures.signedIn),
        row("signed-out views, one next start", figures.bareSignedOut),
        row("signed-in views, one next start", figures.bareSignedIn),
      ],
    )}`,
  );
  log("  (each figure against the mean of the static figures measured just before and just after it)");
  const drift = (Math.max(...figures.static.runs) - Math.min(...figures.static.runs)) / s;
  if (drift > 0.15) log(`  (the static figure moved ${fmt.pct(drift)} during the run: the machine's load changed)`);
  const twoVsOne = figures.signedIn.viewsPerSecond / figures.bareSignedIn.viewsPerSecond;
  log(`  two processes behind nginx against one next start, signed-in views: ${twoVsOne.toFixed(2)}×`);
  log(
    `  signed-in views against one next start's own static asset (${fmt.int(figures.bareStatic.rps)} req/s, the issue's "today 10–17%"): ${fmt.pct(figures.signedIn.viewsPerSecond / figures.bareStatic.rps)} through nginx → 2 apps, ${fmt.pct(figures.bareSignedIn.viewsPerSecond / figures.bareStatic.rps)} from one next start`,
  );
  log(
    `  signed-out views, nginx's cache against one next start: ${(figures.signedOut.viewsPerSecond / figures.bareSignedOut.viewsPerSecond).toFixed(2)}×`,
  );
  const checks = [
    {
      target: `Stack: signed-out views through nginx ≥ ${fmt.pct(STACK_TARGETS.signedOutShare)} of nginx's static file`,
      value: fmt.pct(figures.signedOut.share),
      ok: figures.signedOut.share >= STACK_TARGETS.signedOutShare,
    },
    {
      target: `Stack: signed-in views through nginx to 2 apps ≥ ${fmt.pct(STACK_TARGETS.signedInShare)} of nginx's static file`,
      value: fmt.pct(figures.signedIn.share),
      ok: figures.signedIn.share >= STACK_TARGETS.signedInShare,
    },
  ];
  for (const c of checks) log(`  ${verdict(c.ok)}  ${c.target}: ${c.value}`);
  const plain = (m) =>
    m && {
      rps: m.rps,
      viewsPerSecond: m.viewsPerSecond,
      perView: m.perView,
      share: m.share,
      p50: m.p50,
      p99: m.p99,
      non2xx: m.non2xx,
      errors: m.errors,
    };
  return {
    connections,
    static: figures.static,
    signedOut: plain(figures.signedOut),
    signedIn: plain(figures.signedIn),
    bareSignedOut: plain(figures.bareSignedOut),
    bareSignedIn: plain(figures.bareSignedIn),
    twoVsOne,
    bareStatic: plain(figures.bareStatic),
    views: Object.fromEntries(Object.entries(recorded).map(([k, v]) => [k, summarize(v.requests)])),
    checks,
  };
}

function signedInCookieHeader(cookies) {
  return Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
}

async function runViews(run, base, view) {
  const m = await run(base, { requests: replayRequests(view.requests) });
  return { ...m, perView: view.requests.length, viewsPerSecond: m.rps / view.requests.length };
}
