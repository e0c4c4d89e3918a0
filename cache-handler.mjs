// The cache of whole pages (next.config.mjs `cacheHandler`): Next's own, in memory and on disk, with
// changes that keep a script sending addresses nobody asked for before from evicting the pages readers
// use or growing the server past its limit, and one that keeps a page from outliving a write:
// - Only pages answering 200 are kept. Every unknown id, login, tag or version is a 404, and every
//   wrong slug a redirect; kept, each was an entry of its own (a 404 about 10 kB of HTML, and five
//   files on disk either way): a script asking for /threads/<n> for n = 1, 2, 3, … would evict every
//   real page from memory and fill the disk, which has no limit. Answering one again costs one cached
//   read and a small render.
// - Search results, an entry per query that anyone can make up, are kept apart: in memory only, in a
//   budget of their own (SEARCH_CACHE_MB), so new searches evict old searches and nothing else.
// - A page is dated from when its render began, not when it was stored. Next dates it at the store,
//   so a write that expired the page's tags while it rendered (its reads already done, the old reply
//   count in hand) was older than the page, and the page stayed cached without the write until the
//   next one (`npm run test:faults` found a story page missing its third reply after the load).
// - A page is dated from when its render began, not when it was stored. Next dates it at the store,
//   so a write that expired the page's tags while it rendered (its reads already done, the old reply
//   count in hand) was older than the page, and the page stayed cached without the write until the
//   next one (`npm run test:faults` found a story page missing its third reply after the load).
// - Memory is counted as the process holds it. Next counts a page's HTML by characters, but V8 keeps
//   a string with any character past U+00FF at two bytes each, and nearly every page here has one
//   (the home page's "→", a story's "–" or "“"): its budget held up to twice what it said.
// With REDIS_URL set (several app processes), pages are also shared through Redis, behind this
// process's memory: a page one process rendered is served by the others, a write on one expires it on
// all (server/cache/shared-tags.mjs), and while Redis is away pages are rendered, never served stale
// or refused. Search pages stay in each process's own budget (only their expiry is shared): Redis
// would give them no bound but time. Nothing is written to disk then.
import { LRUCache } from "lru-cache";
import { NEXT_CACHE_TAGS_HEADER } from "next/dist/lib/constants.js";
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import tagsManifest from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { cacheBudgetsMb, halfOf } from "./lib/memory-budget.mjs";
import { redis } from "./server/cache/redis.mjs";
import { readEntry, writeEntry } from "./server/cache/redis-store.mjs";
import { publishTags, refreshTags, tagsAreCurrent } from "./server/cache/shared-tags.mjs";

// CommonJS modules: Node hands their exports object to a default import, the bundler (this file is
// also bundled into proxy.ts's) its `default` export.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const { areTagsExpired } = tagsManifest;

/** Bytes a string holds in V8: one per character while all are Latin-1, else two. */
const stringBytes = (text) => (/[^\u0000-\u00ff]/.test(text) ? 2 : 1) * text.length;

/** What an entry holds in memory: the page's HTML, its RSC data and its prefetch segments. */
function entryBytes({ value }, key) {
  let bytes = key.length + 100;
  if (value?.kind === "APP_PAGE") {
    bytes += stringBytes(value.html) + (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0);
    for (const [segment, data] of value.segmentData ?? []) bytes += segment.length + data.length;
  } else if (value?.kind === "APP_ROUTE") {
    bytes += value.body.length;
  } else if (value) {
    bytes += JSON.stringify(value).length;
  }
  return bytes;
}

const lru = (maxSize) => new LRUCache({ maxSize, sizeCalculation: entryBytes, maxEntrySize: maxSize / 4 });

// A page's cache key ends in its path: /route-cache/app-page/<route hash>/$/search/<view>.
const isSearchPage = (key) => key.includes("/$/search/");
let searchPages;
// When each page was last found missing: a render begins then. The latest miss, not the first: a miss
// that renders nothing (the page an action answers with is never stored) must not date a later
// render back to before the write that action made. Bounded, as a failed render is never stored.
const missedAt = new LRUCache({ max: 10_000 });

/** Whether a write expired one of the tags an entry was made with, since it was made (as Next checks). */
function expiredByTags(entry) {
  const tags = entry?.value?.headers?.[NEXT_CACHE_TAGS_HEADER];
  return typeof tags === "string" && areTagsExpired(tags.split(","), entry.lastModified);
}

/** Only pages that answer 200 are kept (a page's status is only written down when it is not 200). */
const isKept = (data) => !(data?.kind === "APP_PAGE" && data.status !== undefined && data.status !== 200);

/** A day: how long a shared entry is kept when Next gives it no expire of its own. */
const DEFAULT_EXPIRE_SECONDS = 24 * 60 * 60;

export default class PageCache extends FileSystemCache {
  constructor(ctx) {
    // Next makes this store, shared by every instance, only when none exists yet.
    if (ctx.maxMemoryCacheSize) FileSystemCache.memoryCache ??= lru(ctx.maxMemoryCacheSize);
    const shared = redis() !== null;
    // Shared: memory in front of Redis, and the build's own prerendered pages still read from disk.
    super(shared ? { ...ctx, flushToDisk: false } : ctx);
    this.shared = shared;
    searchPages ??= lru(halfOf(cacheBudgetsMb().search));
  }

  async get(key, ctx) {
    const entry = await this.findEntry(key, ctx);
    // A miss is where a render begins: the page it stores is dated from then (set()).
    if (!entry) missedAt.set(key, Date.now());
    return entry;
  }

  async findEntry(key, ctx) {
    if (this.shared) {
      await refreshTags();
      // Another process may have expired what this one holds, and it cannot tell: render.
      if (!tagsAreCurrent()) return null;
    }
    if (isSearchPage(key)) {
      const entry = searchPages.get(key);
      // As Next's own does: an entry whose tags a write expired since it was made is gone.
      return !entry || expiredByTags(entry) ? null : entry;
    }
    const local = await super.get(key, ctx);
    if (local || !this.shared) return local;
    const stored = await readEntry("page", key);
    if (!stored || expiredByTags(stored)) return null;
    FileSystemCache.memoryCache?.set(key, stored);
    return stored;
  }

  async set(key, data, ctx) {
    const renderBegan = missedAt.get(key);
    missedAt.delete(key);
    if (!isKept(data)) return;
    const madeAt = Math.min(Date.now(), renderBegan ?? Infinity);
    if (isSearchPage(key)) {
      if (data) searchPages.set(key, { value: data, lastModified: madeAt, cacheControl: ctx.cacheControl });
      else searchPages.delete(key);
      return;
    }
    await super.set(key, data, ctx);
    const stored = FileSystemCache.memoryCache?.peek?.(key);
    if (stored) stored.lastModified = Math.min(stored.lastModified, madeAt);
    if (!this.shared || !data) return;
    const entry = { value: data, lastModified: madeAt, cacheControl: ctx.cacheControl };
    await writeEntry("page", key, entry, ctx.cacheControl?.expire ?? DEFAULT_EXPIRE_SECONDS);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    if (this.shared) await publishTags(typeof tags === "string" ? [tags] : tags);
  }
}
