import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants.js";
import { tsImport } from "tsx/esm/api";
import { cacheBudgetsMb, halfOf } from "./lib/memory-budget.mjs";
import { redisUrl } from "./server/cache/redis.mjs";

// lib/ is TypeScript, and Node 20 loads this file without type stripping; tsx (as scripts/start.mjs
// uses it) lets the headers come from the same module the unit tests check.
const { builtPolicyGaps, securityHeaders } = await tsImport("./lib/security-headers.ts", import.meta.url);

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // PGlite loads its WASM and data files relative to its own module; bundling breaks that.
  // ioredis too: the cache handlers (loaded as they are) and the health route must share its one client.
  serverExternalPackages: ["@electric-sql/pglite", "ioredis", "nodemailer"],
  poweredByHeader: false,
  // Next hashes every HTML response in JavaScript, character by character, to make its ETag: profiled
  // here it was the largest cost of serving a cached page (~1 ms per 80 kB page). Pages are revalidated
  // by their cache tags and Cache-Control, not by ETags.
  generateEtags: false,
  // Public pages are cached whole ('use cache' + tags, shared/DESIGN.md "Reads"); writes expire them by tag.
  cacheComponents: true,
  // Off: the first request for a page waits for its whole render, so an unknown id answers 404, not a
  // streamed 200, and that render is what gets stored (STACK_NOTES: it also ran queries twice).
  partialPrefetching: false,
  // The in-memory caches of whole pages and of 'use cache' reads, per server process. Next's 50 MB
  // default held fewer than 200 thread pages here (a second pass over 200 found none still cached);
  // an entry keeps the page's HTML and its RSC data. This one number sizes each of the two caches
  // (docs: cacheMaxMemorySize.md), so each gets half of PAGE_CACHE_MB, which is then the whole
  // (lib/memory-budget.mjs, read when the server starts, which also sets the heap limit).
  cacheMaxMemorySize: halfOf(cacheBudgetsMb().pages),
  // Next's page cache, less the pages that answer 404, with search pages in a budget of their own
  // (SEARCH_CACHE_MB), and memory counted as held (cache-handler.mjs says why).
  cacheHandler: fileURLToPath(new URL("./cache-handler.mjs", import.meta.url)),
  // The reads of search results ('use cache: search'), in the same budget as their pages. The other
  // reads ('use cache') stay in Next's own store, which with REDIS_URL (read when `next start` loads
  // this file) is shared through Redis (use-cache-handler.mjs).
  cacheHandlers: {
    ...(redisUrl() ? { default: fileURLToPath(new URL("./use-cache-handler.mjs", import.meta.url)) } : {}),
    search: fileURLToPath(new URL("./search-cache-handler.mjs", import.meta.url)),
  },
  cacheLife: {
    // Writes expire pages at once through their tags; the time limits only bound what a shared cache
    // in front of the site (s-maxage) could hold back: a minute, as Discourse caches anonymous pages.
    page: { stale: 30, revalidate: 60, expire: 24 * 60 * 60 },
    // Search results: any write expires them all (tag "search"); an entry per query, so an unread
    // one is dropped after an hour rather than a day.
    search: { stale: 30, revalidate: 60, expire: 60 * 60 },
  },
  // On every response, cached pages, 404s and static files included: static headers, the same for every
  // reader (lib/security-headers.ts; docs/security.md). Next runs this at `next build`, and `next start`
  // serves what the build wrote to .next/routes-manifest.json: GITHUB_BASE_URL, IMAGE_HOSTS and AUTH_URL
  // shape the headers as they were at build time.
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env, { dev: phase === PHASE_DEVELOPMENT_SERVER }) }];
  },
  // A page cached whole must take what it shows from its path, never from the request. These pages
  // have no path parameters of their own, so their plain address maps to the view of "no query"
  // (lib/urls/views.ts; proxy.ts maps the addresses with a query).
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/home/all" },
        { source: "/stories", destination: "/stories/list/all" },
        { source: "/stories/insights", destination: "/stories/insights/all" },
        { source: "/stories/map", destination: "/stories/map/all" },
      ],
    };
  },
});

// `next start` serves the headers the build wrote; say so when this server's settings need more than
// they allow (an IMAGE_HOSTS entry or a GITHUB_BASE_URL set after the build would otherwise be blocked
// in readers' browsers without a word on the server).
let builtHeadersChecked = false;
function warnIfBuiltHeadersFallShort() {
  if (builtHeadersChecked) return;
  builtHeadersChecked = true;
  let built;
  try {
    const manifest = JSON.parse(readFileSync(new URL("./.next/routes-manifest.json", import.meta.url), "utf8"));
    built = manifest.headers.find((route) => route.source === "/:path*")?.headers ?? [];
  } catch {
    return; // no build yet: `next start` says so itself
  }
  const gaps = builtPolicyGaps(built, process.env);
  if (gaps.length > 0) {
    console.warn(
      `The security headers of this build were made for other settings (${gaps.join("; ")}). ` +
        "GITHUB_BASE_URL, IMAGE_HOSTS and AUTH_URL are read by `next build`: run `npm run build` again with them set.",
    );
  }
}

export default function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) warnIfBuiltHeadersFallShort();
  return nextConfig(phase);
}
