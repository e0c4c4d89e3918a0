// Load measurements with autocannon's programmatic API, and single-request timings.
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

/**
 * What Chromium sends. `next start` compresses each response for it (pages from its cache too), and
 * a compressed response is also far less to copy: measured here, the cached 500-reply thread served
 * 195-241 req/s uncompressed (244 kB) and 418-457 gzipped (20 kB), the CSS file 1,492-1,781 and 946-1,018.
 */
export const BROWSER_ENCODING = "gzip, deflate, br, zstd";

/**
 * Requests per second and latency for one path (or a sequence of requests) at `connections`, after
 * a warm-up at the same concurrency (JIT, connection pools, caches) that is not counted. Every request
 * carries `encoding` as its Accept-Encoding.
 */
export async function measure({
  base,
  path = "/",
  headers = {},
  requests,
  connections,
  duration,
  warmup,
  cpu,
  encoding = BROWSER_ENCODING,
}) {
  const accept = { "accept-encoding": encoding };
  // autocannon takes the target as one URL (a `path` option beside it is ignored); a `requests`
  // sequence carries its own paths.
  const options = {
    url: requests ? base : new URL(path, base).toString(),
    connections,
    pipelining: 1,
    timeout: 30,
    headers: { ...headers, ...accept },
  };
  if (requests) options.requests = requests.map((r) => ({ ...r, headers: { ...r.headers, ...accept } }));
  if (warmup > 0) await autocannon({ ...options, duration: warmup });
  const window = cpu ? await cpu() : null;
  // autocannon's own histogram keeps whole milliseconds; the response event has the exact time.
  const times = [];
  const instance = autocannon({ ...options, duration });
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  const usage = window ? await window.stop() : null;
  const total = result.requests.total;
  const seconds = result.duration || duration;
  times.sort((a, b) => a - b);
  const at = (p) =>
    times.length ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] : undefined;
  return {
    rps: total / seconds,
    p50: at(50),
    p97_5: at(97.5),
    p99: at(99),
    total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    // bytes of 2xx responses only (autocannon does not count the others)
    kbPerResponse: total - result.non2xx > 0 ? result.throughput.total / (total - result.non2xx) / 1024 : 0,
    statusCodes: result.statusCodeStats,
    // average cores used during the measured run: server, its database backends, this process, others
    cpu: usage,
  };
}

/** p-th percentile (nearest rank) of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Time to the last byte of the first request after each write (`write()`, through the app:
 * scripts/bench/writes.mjs), or of a new address each time (`route.path` a function of the sample's
 * number, and no write: a search nobody asked before): p50 and p95 of `samples`, and how many of those
 * requests the server reported as cache misses (x-nextjs-cache), which should be all of them.
 */
export async function cacheMisses(base, route, { samples = 20, headers = {}, write }) {
  const times = [];
  let status = 0;
  let misses = 0;
  for (let i = 0; i < samples; i++) {
    if (write) {
      await write();
      // The writer's browser is still laying out the page it was sent to: let the machine settle, so
      // the figure is the server's render, not a fight for the two cores.
      await new Promise((r) => setTimeout(r, 300));
    }
    const path = typeof route.path === "function" ? route.path(i) : route.path;
    const started = performance.now();
    const response = await fetch(new URL(path, base), { headers, redirect: "manual" });
    await response.arrayBuffer();
    times.push(performance.now() - started);
    status = response.status;
    if (response.headers.get("x-nextjs-cache") !== "HIT") misses++;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), samples, status, misses };
}

/**
 * JavaScript a first visit to `path` loads: the document's own <script src> files (the chunks Next
 * lists for the route), gzip-compressed (level 6, as the server's compression sends them).
 */
export async function firstLoadJs(base, path) {
  const html = await (await fetch(new URL(path, base))).text();
  // noModule scripts (polyfills) are skipped by every browser that runs modules, so they do not count.
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js[^"]*)"[^>]*>/gi)].filter(
    (m) => !/\bnomodule\b/i.test(m[0]),
  );
  const sources = [...new Set(tags.map((m) => m[1].replace(/&amp;/g, "&")))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { files: sources.length, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}
