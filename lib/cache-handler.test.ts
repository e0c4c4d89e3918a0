// The page cache (cache-handler.mjs at the top level, which Next loads) and the memory budget it and
// the server start from (lib/memory-budget.mjs).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test, vi } from "vitest";
import type PageCache from "../cache-handler.mjs";
import { cacheBudgetsMb, heapLimitArgs } from "./memory-budget.mjs";

const KB = 1024;

const pageKey = (pathname: string) => `/route-cache/APP_PAGE/0123abcd/$${pathname}`;
const page = (html: string, tags = "threads", status?: number) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags },
  status,
});
const getPage = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const setPage = { cacheControl: { revalidate: 60, expire: 3600 } };

let store: PageCache;
let memoryCache: { calculatedSize: number; get(key: string): unknown };
let tagsManifest: Map<string, { expired?: number }>;

beforeAll(async () => {
  // 1 MB for search pages (half of SEARCH_CACHE_MB); 1 MB for the others.
  vi.stubEnv("SEARCH_CACHE_MB", "2");
  const { default: PageCacheClass } = await import("../cache-handler.mjs");
  const { nodeFs } = await import("next/dist/server/lib/node-fs-methods.js");
  const serverDistDir = mkdtempSync(path.join(tmpdir(), "mlpaths-page-cache-"));
  store = new PageCacheClass({
    fs: nodeFs,
    serverDistDir,
    flushToDisk: false,
    maxMemoryCacheSize: 1024 * KB,
    revalidatedTags: [],
  });
  const fileSystemCache = await import("next/dist/server/lib/incremental-cache/file-system-cache.js");
  memoryCache = (fileSystemCache.default as unknown as { memoryCache: typeof memoryCache }).memoryCache;
  tagsManifest = (await import("next/dist/server/lib/incremental-cache/tags-manifest.external.js")).tagsManifest;
});

describe("the page cache (cache-handler.mjs)", () => {
  test("keeps a page that answers 200, and not one that answers 404", async () => {
    await store.set(pageKey("/threads/1"), page("<p>thread one</p>"), setPage);
    await store.set(pageKey("/threads/999999"), page("<p>not found</p>", "thread:999999", 404), setPage);
    expect((await store.get(pageKey("/threads/1"), getPage))?.value.html).toBe("<p>thread one</p>");
    expect(await store.get(pageKey("/threads/999999"), getPage)).toBeNull();
  });

  test("new searches evict old searches, never the other pages", async () => {
    await store.set(pageKey("/"), page("<p>home</p>"), setPage);
    // 200 searches of 20 kB: four times the search pages' 1 MB.
    for (let n = 0; n < 200; n++)
      await store.set(pageKey(`/search/q${n}`), page(`<p>${"r".repeat(20 * KB)}</p>`, "search"), setPage);
    expect((await store.get(pageKey("/"), getPage))?.value.html).toBe("<p>home</p>");
    expect((await store.get(pageKey("/threads/1"), getPage))?.value.html).toBe("<p>thread one</p>");
    expect(await store.get(pageKey("/search/q0"), getPage)).toBeNull();
    expect(await store.get(pageKey("/search/q199"), getPage)).not.toBeNull();
  });

  test("a search page whose tag a write expired is gone", async () => {
    await store.set(pageKey("/search/fresh"), page("<p>results</p>", "search,member:7"), setPage);
    expect(await store.get(pageKey("/search/fresh"), getPage)).not.toBeNull();
    tagsManifest.set("member:7", { expired: Date.now() + 1 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await store.get(pageKey("/search/fresh"), getPage)).toBeNull();
  });

  test("a page whose render began before a write expired its tag is not kept as fresh; the next render is", async () => {
    const key = pageKey("/threads/77");
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
    // Not in the cache: the render begins and reads the thread.
    expect(await store.get(key, getPage)).toBeNull();
    await tick();
    // A reply is written meanwhile and expires the thread's tag.
    tagsManifest.set("thread:77", { expired: Date.now() });
    await tick();
    // The render ends with what it read before the reply.
    await store.set(key, page("<p>2 replies</p>", "thread:77"), setPage);
    expect(await store.get(key, getPage)).toBeNull();
    // Rendered again, after the write: kept.
    await tick();
    await store.set(key, page("<p>3 replies</p>", "thread:77"), setPage);
    expect((await store.get(key, getPage))?.value.html).toBe("<p>3 replies</p>");
  });

  test("counts a page by the bytes V8 holds: two a character once any is past U+00FF", async () => {
    const before = memoryCache.calculatedSize;
    await store.set(pageKey("/latin"), page("a".repeat(100 * KB)), setPage);
    const latin = memoryCache.calculatedSize - before;
    await store.set(pageKey("/dash"), page(`${"a".repeat(100 * KB - 1)}—`), setPage);
    const dash = memoryCache.calculatedSize - before - latin;
    expect(latin).toBeGreaterThanOrEqual(100 * KB);
    expect(latin).toBeLessThan(101 * KB);
    expect(dash).toBeGreaterThanOrEqual(200 * KB);
  });
});

describe("the memory budget (lib/memory-budget.mjs)", () => {
  test("caches of 512 and 64 MB by default, and a heap limit of both and 256 MB to work in", () => {
    expect(cacheBudgetsMb({})).toEqual({ pages: 512, search: 64 });
    expect(heapLimitArgs({})).toEqual(["--max-old-space-size=832"]);
    expect(heapLimitArgs({ PAGE_CACHE_MB: "1024", SEARCH_CACHE_MB: "32" })).toEqual(["--max-old-space-size=1312"]);
  });

  test("an operator's own heap limit wins", () => {
    expect(heapLimitArgs({ NODE_OPTIONS: "--max-old-space-size=4096 --enable-source-maps" })).toEqual([]);
  });
});
