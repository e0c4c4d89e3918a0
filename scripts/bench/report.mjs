// Text tables and the targets, for the benchmark's printed summary.

export const TARGETS = {
  publicRouteShare: 0.8, // each public route, anonymous and signed in, vs the static asset (32 connections)
  pageViewAnonymous: 0.3, // views/s of a signed-out page view vs static req/s
  pageViewSignedIn: 0.15,
  perReaderShare: 0.25, // /api/reader (the per-reader request, as pages send it) for a signed-in reader vs static
  cacheMissP95Ms: 150,
  newSearchP95Ms: 300, // the first request of a search nobody made before (issue 22)
  threadFirstLoadJsKb: 120, // gzip
};

export function table(columns, rows) {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => String(r[i] ?? "").length)));
  const line = (cells) =>
    cells
      .map((cell, i) =>
        columns[i].align === "left" ? String(cell ?? "").padEnd(widths[i]) : String(cell ?? "").padStart(widths[i]),
      )
      .join("  ");
  return [line(columns.map((c) => c.title)), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export const fmt = {
  int: (n) => (n === undefined || n === null || Number.isNaN(n) ? "–" : Math.round(n).toLocaleString("en")),
  one: (n) =>
    n === undefined || n === null || Number.isNaN(n)
      ? "–"
      : n >= 100
        ? Math.round(n).toLocaleString("en")
        : n.toFixed(1),
  pct: (x) => (x === undefined || x === null || Number.isNaN(x) ? "–" : `${(x * 100).toFixed(x < 0.1 ? 2 : 1)}%`),
  ms: (n) => (n === undefined || n === null ? "–" : n < 10 ? n.toFixed(1) : Math.round(n).toString()),
};

export const verdict = (ok) => (ok ? "PASS" : "FAIL");

/**
 * Prints the summary: the tables of every measurement made (what was skipped is absent) and the targets
 * each figure is checked against. Returns the checks and how many measurements were disturbed by other
 * processes (more than `noisy` cores), for the JSON summary.
 */
export function printReport(
  { loads, staticFigure, views, misses, statements, js, floor, markdown },
  { log, section, loadConnections, noisy: NOISY },
) {
  const LOAD_CONNECTIONS = loadConnections;
  section("Summary");
  const checks = [];
  if (markdown) {
    const worst = markdown.rows.reduce((a, b) => (b.p50Ms > a.p50Ms ? b : a));
    checks.push({
      target: `Markdown: every input up to the size limit renders in < ${markdown.target} ms (median)`,
      value: `${fmt.ms(worst.p50Ms)} ms (${worst.name})`,
      ok: worst.p50Ms < markdown.target,
    });
  }
  for (const connections of Object.keys(loads).map(Number)) {
    const s = staticFigure[connections];
    log(
      `\nRoutes at ${connections} connection${connections === 1 ? "" : "s"}: static asset ${fmt.int(s.rps)} req/s (before ${fmt.int(s.before)}, after ${fmt.int(s.after)}, drift ${fmt.pct(s.drift)}${s.drift > 0.2 ? ": the machine's load changed during the run" : ""})`,
    );
    log(
      table(
        [
          { title: "route", align: "left" },
          { title: "reader", align: "left" },
          { title: "responses" },
          { title: "req/s" },
          { title: "p50 ms" },
          { title: "p97.5 ms" },
          { title: "p99 ms" },
          { title: "non-2xx" },
          { title: "kB/resp" },
          { title: "% of static" },
          { title: "other cpu" },
        ],
        loads[connections].map((r) => [
          r.route,
          r.reader,
          fmt.int(r.total),
          fmt.int(r.rps),
          fmt.ms(r.p50),
          fmt.ms(r.p97_5),
          fmt.ms(r.p99),
          r.non2xx + r.errors,
          fmt.one(r.kbPerResponse),
          fmt.pct(r.share),
          otherCpu(r.cpu, NOISY),
        ]),
      ),
    );
  }
  const top = loads[LOAD_CONNECTIONS];
  if (top) {
    for (const r of top.filter((x) => x.route !== "static css" && !x.route.startsWith("per-reader"))) {
      checks.push({
        target: `${r.route} (${r.reader}) ≥ ${TARGETS.publicRouteShare * 100}% of static`,
        value: fmt.pct(r.share),
        ok: r.share >= TARGETS.publicRouteShare,
      });
    }
    for (const reader of top.filter((x) => x.route.startsWith("per-reader") && x.reader === "signed in")) {
      checks.push({
        target: `${reader.route} request (signed in) ≥ ${TARGETS.perReaderShare * 100}% of static`,
        value: fmt.pct(reader.share),
        ok: reader.share >= TARGETS.perReaderShare,
      });
    }
  }

  if (views.length) {
    log(
      `\nPage views (Chromium's requests for one view, static assets aside, replayed by ${LOAD_CONNECTIONS} connections; static asset ${fmt.int(views[0].staticRps)} req/s)`,
    );
    log(
      table(
        [
          { title: "page", align: "left" },
          { title: "reader", align: "left" },
          { title: "req/view" },
          { title: "views/s" },
          { title: "req/s" },
          { title: "views/s % static" },
          { title: "req/s % static" },
          { title: "non-2xx" },
          { title: "other cpu" },
          { title: "one view", align: "left" },
        ],
        views.map((v) => [
          v.page,
          v.reader,
          v.requestsPerView,
          fmt.one(v.viewsPerSecond),
          fmt.int(v.rps),
          fmt.pct(v.viewShare),
          fmt.pct(v.requestShare),
          v.non2xx + v.errors,
          otherCpu(v.cpu, NOISY),
          v.composition,
        ]),
      ),
    );
    for (const v of views) {
      const goal = v.reader === "anonymous" ? TARGETS.pageViewAnonymous : TARGETS.pageViewSignedIn;
      checks.push({
        target: `page view ${v.page} (${v.reader}) ≥ ${goal * 100}% of static (views/s ÷ static req/s)`,
        value: fmt.pct(v.viewShare),
        ok: v.viewShare >= goal,
      });
    }
  }

  if (misses.length) {
    log(
      "\nCache misses (time to last byte of the first request after a write made through the app's own form, or of a new search)",
    );
    log(
      table(
        [
          { title: "route", align: "left" },
          { title: "path", align: "left" },
          { title: "first request", align: "left" },
          { title: "p50 ms" },
          { title: "p95 ms" },
          { title: "max ms" },
          { title: "misses" },
          { title: "other cpu" },
        ],
        misses.map((m) => [
          m.route,
          m.path,
          m.write,
          fmt.ms(m.p50),
          fmt.ms(m.p95),
          fmt.ms(m.max),
          `${m.misses}/${m.samples}`,
          otherCpu(m.cpu, NOISY),
        ]),
      ),
    );
    for (const m of misses) {
      const target = m.target ?? TARGETS.cacheMissP95Ms;
      checks.push({
        target: `cache miss ${m.route} p95 < ${target} ms`,
        value: `${fmt.ms(m.p95)} ms`,
        ok: m.p95 < target,
      });
    }
  }

  if (statements.length) {
    log(
      "\nSQL statements per request (Execute + simple Query messages seen on the wire; round trips = Sync + simple Query).",
    );
    log(
      "Pages: their first request on a fresh server, which renders them, and then cached. Reads are cached across pages,",
    );
    log("so a page rendered after another of the same thread reuses that thread's row.");
    log(
      table(
        [
          { title: "route", align: "left" },
          { title: "reader", align: "left" },
          { title: "items on page", align: "left" },
          { title: "statements" },
          { title: "round trips" },
          { title: "cached" },
          { title: "fewer items", align: "left" },
          { title: "statements" },
          { title: "constant" },
        ],
        statements.map((s) => [
          s.route,
          s.reader,
          s.large.items,
          spread(s.large),
          s.large.roundTrips,
          s.large.cachedStatements ?? "–",
          s.small ? s.small.items : "–",
          s.small ? spread(s.small) : "–",
          s.small ? (s.constant ? "yes" : "NO") : "–",
        ]),
      ),
    );
    for (const s of statements.filter((x) => x.small)) {
      checks.push({
        target: `SQL statements of ${s.route} do not grow with items on the page`,
        value: `${s.small.statements} → ${s.large.statements}`,
        ok: s.constant,
      });
    }
  }

  if (js) {
    log(
      `\nThread page JavaScript on first load: ${js.files} files, ${fmt.one(js.rawKb)} kB raw, ${fmt.one(js.gzipKb)} kB gzip`,
    );
    checks.push({
      target: `thread page first-load JS < ${TARGETS.threadFirstLoadJsKb} kB gzip`,
      value: `${fmt.one(js.gzipKb)} kB`,
      ok: js.gzipKb < TARGETS.threadFirstLoadJsKb,
    });
  }
  if (floor) {
    log(
      `Next's own floor (a blank app, same next and react): first-load JavaScript ${fmt.one(floor.js.gzipKb)} kB gzip; ` +
        `its cached page (${fmt.one(floor.pageKb)} kB sent) ${fmt.int(floor.pageRps)} req/s, ${fmt.pct(floor.share)} of the same static file`,
    );
    if (floor.sized.length) {
      log(
        `\nNext's floor at each page's size: a blank app's cached page as large as the route's (made of its markup), anonymous, ${LOAD_CONNECTIONS} connections,`,
      );
      log(
        `against the same static file (${fmt.int(floor.staticRps)} req/s in that server); the app's share is against its own static figure. A route with a query`,
      );
      log("reaches its page through proxy.ts: its floor is also measured through a proxy that only rewrites the path.");
      const app = (route) => top?.find((r) => r.route === route && r.reader === "anonymous");
      log(
        table(
          [
            { title: "route", align: "left" },
            { title: "raw kB (app)" },
            { title: "raw kB (floor)" },
            { title: "kB sent (app)" },
            { title: "kB sent (floor)" },
            { title: "floor req/s" },
            { title: "floor % of static" },
            { title: "through a proxy" },
            { title: "app % of static" },
          ],
          floor.sized.map((s) => [
            s.route,
            fmt.one(s.appRawBytes / 1024),
            fmt.one(s.rawBytes / 1024),
            app(s.route) ? fmt.one(app(s.route).kbPerResponse) : "–",
            fmt.one(s.kbPerResponse),
            fmt.int(s.rps),
            fmt.pct(s.share),
            s.proxied ? fmt.pct(s.proxiedShare) : "–",
            app(s.route) ? fmt.pct(app(s.route).share) : "–",
          ]),
        ),
      );
    }
  }

  const measured = [...Object.values(loads).flat(), ...views, ...misses].filter((m) => m.cpu);
  const noisy = measured.filter((m) => m.cpu.other > NOISY).length;
  if (measured.length) {
    log(
      `\n"other cpu": cores used during the measurement by processes other than the server, its database backends and the bench (${measured[0].cpu.cpus} cores in all).` +
        (noisy
          ? ` ${noisy} of ${measured.length} measurements had more than ${NOISY}: other work on the machine lowered those figures; rerun on a quiet machine to trust them.`
          : " None above " + NOISY + ": the machine was quiet."),
    );
  }

  log("\nTargets (issue 8; load figures at " + LOAD_CONNECTIONS + " connections)");
  log(
    table(
      [{ title: "", align: "left" }, { title: "target", align: "left" }, { title: "measured" }],
      checks.map((ch) => [verdict(ch.ok), ch.target, ch.value]),
    ),
  );
  return { checks, noisy };
}

function otherCpu(usage, NOISY) {
  return usage ? `${usage.other.toFixed(2)}${usage.other > NOISY ? "*" : ""}` : "–";
}

function spread(count) {
  return count.min === count.max ? String(count.statements) : `${count.statements} (${count.min}–${count.max})`;
}
