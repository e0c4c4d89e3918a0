/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files relative to its own module; bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite"],
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
  // The in-memory cache of whole pages and of 'use cache' reads, per server process. Next's 50 MB
  // default held fewer than 200 thread pages here (a second pass over 200 found none still cached);
  // an entry keeps the page's HTML and its RSC data. PAGE_CACHE_MB sizes it (read when the server starts).
  cacheMaxMemorySize: (Number(process.env.PAGE_CACHE_MB) || 512) * 1024 * 1024,
  cacheLife: {
    // Writes expire pages at once through their tags; the time limits only bound what a shared cache
    // in front of the site (s-maxage) could hold back: a minute, as Discourse caches anonymous pages.
    page: { stale: 30, revalidate: 60, expire: 24 * 60 * 60 },
  },
  // On every response, cached pages included (they are static headers, the same for every reader).
  // A full Content-Security-Policy with script-src is issue 9's: here only directives no page relies on.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
  // A page cached whole must take what it shows from its path, never from the request. These pages
  // have no path parameters of their own, so their plain address maps to the view of "no query"
  // (lib/views.ts; proxy.ts maps the addresses with a query).
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/home/all" },
        { source: "/stories", destination: "/stories/list/all" },
        { source: "/stories/insights", destination: "/stories/insights/all" },
      ],
    };
  },
};

export default nextConfig;
