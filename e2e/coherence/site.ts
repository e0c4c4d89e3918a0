// Every public page of a forum, as a signed-out reader gets it from the cache, against what the same
// server renders from the database at that moment. The pages are found, not listed: from a few
// starting points (the lists, the feeds, the moderation log, a search for the suite's own word),
// every same-site link a page holds is followed, so a new thread, member, tag or list order is in the
// set as soon as any page links to it.
//
// The truth is Next's own on-demand revalidation: a request carrying the build's preview id in
// `x-prerender-revalidate` renders the page again with every 'use cache' read run afresh (Next marks
// the render `isOnDemandRevalidate`, and the cache wrapper then skips stored entries), and stores
// that page. A page whose tags a write forgot to expire is served from the cache with the old value,
// and differs from it. Next does not run proxy.ts for such a request, so it asks for the page proxy.ts
// rewrote the address to (the `x-middleware-rewrite` of the reader's answer: `/?sort=new` is
// `/home/sort_new?sort=new`, lib/urls/views.ts).
import { readFileSync } from "node:fs";
import path from "node:path";

const previewId: string = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "prerender-manifest.json"), "utf8"))
  .preview.previewModeId;

// Pages that are not public reading: forms to write, staff pages, the reader's own pages, the API.
const NOT_PUBLIC = [
  /^\/api\//,
  /^\/_next\//,
  /^\/sign-in/,
  /^\/sign-out/,
  /^\/mod(\/|$)/,
  /^\/notifications/,
  /^\/threads\/new/,
  /^\/stories\/new/,
  /^\/settings/,
];
// A bound on the crawl, far above what the suite's own database links to (about 150 pages): past it
// the set is not "every page" any more, and the check says so rather than checking part of it.
const MAX_PAGES = 600;
const tooMany = () =>
  new Error(`more than ${MAX_PAGES} pages link to each other: the check would no longer cover every page`);

type Seen = { status: number; body: string; rewrite: string | null };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };

/**
 * What a reader sees: the markup without the scripts (which carry the same data for React), and
 * without the sign-in link's way back, which names the path that was rendered (the internal one, for
 * the fresh render of a rewritten address).
 */
function visible(text: string): string {
  return text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/callbackUrl=[^"&]*/g, "callbackUrl=");
}

/** The same-site paths a page links to. */
function linksOf(origin: string, text: string): string[] {
  const found = new Set<string>();
  for (const [, raw] of text.matchAll(/href="([^"]+)"/g)) {
    const href = raw.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]);
    let url: URL;
    try {
      url = new URL(href, origin);
    } catch {
      continue;
    }
    if (url.origin !== origin || NOT_PUBLIC.some((pattern) => pattern.test(url.pathname))) continue;
    found.add(url.pathname + url.search);
  }
  return [...found];
}

async function read(origin: string, address: string, fresh: boolean): Promise<Seen & { links: string[] }> {
  const get = () =>
    fetch(origin + address, {
      redirect: "manual",
      headers: fresh ? { "x-prerender-revalidate": previewId } : {},
      signal: AbortSignal.timeout(30_000),
    });
  // A kept-alive connection the server closed as the request left is tried again, as browsers do
  // with a GET.
  const response = await get().catch(get);
  const text = await response.text();
  const location = response.headers.get("location");
  const rewrite = response.headers.get("x-middleware-rewrite");
  if (location)
    return { status: response.status, body: `→ ${location}`, rewrite, links: linksOf(origin, `href="${location}"`) };
  return { status: response.status, body: visible(text), rewrite, links: linksOf(origin, text) };
}

/** Where two versions of a page first differ, with a little of each around it. */
function firstDifference(cached: string, fresh: string): string {
  let at = 0;
  while (at < cached.length && cached[at] === fresh[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 120), at + 160).replace(/\s+/g, " "));
  return `cached ${around(cached)} but fresh ${around(fresh)}`;
}

/**
 * Visits `starts` and every address `visit` returns for them, each once, `at` at a time: a walk of
 * the site's links with a few requests in flight, as a reader's browser has.
 */
async function walk(starts: string[], visit: (address: string) => Promise<string[]>, at = 4): Promise<Set<string>> {
  const queue = [...starts];
  const seen = new Set(queue);
  let busy = 0;
  await new Promise<void>((resolve, reject) => {
    const next = () => {
      if (queue.length === 0 && busy === 0) return resolve();
      while (busy < at && queue.length > 0) {
        if (seen.size > MAX_PAGES) return reject(tooMany());
        const address = queue.shift()!;
        busy++;
        visit(address).then((links) => {
          for (const link of links) {
            if (!seen.has(link)) {
              seen.add(link);
              queue.push(link);
            }
          }
          busy--;
          next();
        }, reject);
      }
    };
    next();
  });
  return seen;
}

export class Site {
  constructor(
    private readonly origin: string,
    private readonly starts: string[],
  ) {}

  /**
   * Renders every page afresh, so that the cache holds this server's own pages before the first
   * write: the pages `next build` prerendered carry the build's AUTH_URL in their links, and the
   * suite's one build serves several servers on other ports. Returns how many pages there are.
   */
  async warm(): Promise<number> {
    return (await this.stalePages()).pages;
  }

  /**
   * Every page whose cached version differs from a fresh render, each with where it differs. Reads
   * the cached versions first (the fresh renders replace them), then renders each afresh; a page only
   * the fresh pages link to (a new thread a stale list omits) is read cached and then fresh too.
   */
  async stalePages(): Promise<{ pages: number; stale: string[] }> {
    const cached = await this.readCached();
    const stale: string[] = [];
    const pages = await walk([...cached.keys()], async (address) => {
      const seen = cached.get(address) ?? (await read(this.origin, address, false));
      const fresh = await read(this.origin, seen.rewrite ?? address, true);
      if (seen.status !== fresh.status || seen.body !== fresh.body) {
        stale.push(`${address} (${seen.status}, fresh ${fresh.status}): ${firstDifference(seen.body, fresh.body)}`);
      }
      return fresh.links;
    });
    return { pages: pages.size, stale: stale.sort() };
  }

  private async readCached(): Promise<Map<string, Seen>> {
    const pages = new Map<string, Seen>();
    await walk(this.starts, async (address) => {
      const { links, ...seen } = await read(this.origin, address, false);
      pages.set(address, seen);
      return links;
    });
    return pages;
  }
}
