// Next's caches shared by several app processes through Redis (REDIS_URL): the tag times every
// process learns, entries that keep their Buffers and Maps, the page cache and the 'use cache' store
// in front of Redis, and what happens while Redis is away. Against a redis-server of the test's own.
import { mkdtempSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type PageCache from "../../cache-handler.mjs";
import { ownRedis } from "../../scripts/cluster/redis-server.mjs";
import type { ReadEntry } from "./shared-reads.mjs";

type Manifest = Map<string, { stale?: number; expired?: number }>;
type Modules = {
  redis: typeof import("./redis.mjs");
  tags: typeof import("./shared-tags.mjs");
  store: typeof import("./redis-store.mjs");
  reads: typeof import("./shared-reads.mjs");
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const pageKey = (pathname: string) => `/route-cache/APP_PAGE/0123abcd/$${pathname}`;
const page = (html: string, tags: string, status?: number) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  headers: { "x-next-cache-tags": tags },
  status,
});
const getPage = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const setPage = { cacheControl: { revalidate: 60, expire: 3600 } };
const streamOf = (text: string) => new Response(text).body as ReadableStream<Uint8Array>;
const textOf = (entry: ReadEntry | undefined) => (entry ? new Response(entry.value).text() : undefined);
const readEntry = (text: string, tags: string[]): ReadEntry => ({
  value: streamOf(text),
  tags,
  stale: 30,
  timestamp: Date.now(),
  expire: 3600,
  revalidate: 60,
});

let server: Awaited<ReturnType<typeof ownRedis>>;
let m: Modules;
let tagsManifest: Manifest;
let memoryCache: { clear(): void };
let pages: PageCache;

beforeAll(async () => {
  server = await ownRedis(await freePort());
  vi.stubEnv("REDIS_URL", server.url);
  vi.stubEnv("REDIS_KEY_PREFIX", "mlpaths-test:");
  m = {
    redis: await import("./redis.mjs"),
    tags: await import("./shared-tags.mjs"),
    store: await import("./redis-store.mjs"),
    reads: await import("./shared-reads.mjs"),
  };
  tagsManifest = (await import("next/dist/server/lib/incremental-cache/tags-manifest.external.js")).tagsManifest;
  const { default: PageCacheClass } = await import("../../cache-handler.mjs");
  const { nodeFs } = await import("next/dist/server/lib/node-fs-methods.js");
  pages = new PageCacheClass({
    fs: nodeFs,
    serverDistDir: mkdtempSync(path.join(tmpdir(), "mlpaths-shared-cache-")),
    flushToDisk: true,
    maxMemoryCacheSize: 4 * 1024 * 1024,
    revalidatedTags: [],
  });
  const fileSystemCache = await import("next/dist/server/lib/incremental-cache/file-system-cache.js");
  memoryCache = (fileSystemCache.default as unknown as { memoryCache: typeof memoryCache }).memoryCache;
  const client = m.redis.redis()!;
  if (client.status !== "ready") await new Promise((resolve) => client.once("ready", resolve));
});

afterAll(async () => {
  m?.redis.redis()?.disconnect();
  await server?.stop();
  vi.unstubAllEnvs();
});

/** What another process knows: nothing of this one's tags or memory, only what is in Redis. */
function asAnotherProcess(...tags: string[]) {
  for (const tag of tags) tagsManifest.delete(tag);
  memoryCache.clear();
  m.tags.resetSharedTagsForTests();
}

describe("tags shared through Redis (server/cache/shared-tags.mjs)", () => {
  test("a tag one process expired is expired in another after its next refresh, at the writer's time", async () => {
    const expired = Date.now() - 5;
    tagsManifest.set("thread:1", { expired });
    await m.tags.publishTags(["thread:1"]);
    asAnotherProcess("thread:1");
    expect(m.tags.tagsAreCurrent()).toBe(false);
    await m.tags.refreshTags();
    expect(tagsManifest.get("thread:1")).toEqual({ expired });
    expect(m.tags.tagsAreCurrent()).toBe(true);
  });

  test("a refresh keeps the later of the two times it knows for a tag", async () => {
    tagsManifest.set("threads", { expired: 1000 });
    await m.tags.publishTags(["threads"]);
    tagsManifest.set("threads", { expired: 2000 });
    m.tags.resetSharedTagsForTests();
    await m.tags.refreshTags();
    expect(tagsManifest.get("threads")?.expired).toBe(2000);
  });
});

describe("entries in Redis (server/cache/redis-store.mjs)", () => {
  test("keep a page's Buffers and Maps, and live no longer than they were given", async () => {
    const entry = { value: page("<p>→ a page</p>", "thread:2"), lastModified: 1, cacheControl: setPage.cacheControl };
    expect(await m.store.writeEntry("page", "k1", entry, 60)).toBe(true);
    const back = (await m.store.readEntry("page", "k1")) as typeof entry;
    expect(back).toEqual(entry);
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true);
    expect(back.value.segmentData.get("/_tree")?.toString()).toBe("tree");
    const keys = await m.redis.redis()!.keys("mlpaths-test:*:page:k1");
    expect(keys).toHaveLength(1);
    const ttl = await m.redis.redis()!.ttl(keys[0].slice("mlpaths-test:".length));
    expect(ttl).toBeGreaterThan(50);
    expect(ttl).toBeLessThanOrEqual(60);
  });
});

describe("the page cache with REDIS_URL (cache-handler.mjs)", () => {
  test("a page one process rendered is served by another, until a write on the first expires it", async () => {
    await pages.set(pageKey("/threads/3"), page("<p>three</p>", "thread:3"), setPage);
    asAnotherProcess();
    expect((await pages.get(pageKey("/threads/3"), getPage))?.value.html).toBe("<p>three</p>");
    // A write on "the first process": its expiry reaches Redis; "this one" learns it.
    await pages.revalidateTag(["thread:3"]);
    asAnotherProcess("thread:3");
    expect(await pages.get(pageKey("/threads/3"), getPage)).toBeNull();
  });

  test("keeps 404s out of Redis, and search pages in the process", async () => {
    await pages.set(pageKey("/threads/999"), page("<p>none</p>", "thread:999", 404), setPage);
    await pages.set(pageKey("/search/q"), page("<p>found</p>", "search"), setPage);
    expect((await pages.get(pageKey("/search/q"), getPage))?.value.html).toBe("<p>found</p>");
    asAnotherProcess();
    expect(await pages.get(pageKey("/threads/999"), getPage)).toBeNull();
    expect(await m.redis.redis()!.keys("mlpaths-test:*search*")).toEqual([]);
  });
});

describe("'use cache' reads with REDIS_URL (server/cache/shared-reads.mjs)", () => {
  test("a read one process stored is found by another, and expired there by the first's write", async () => {
    const defaultHandler = (await import("next/dist/server/lib/cache-handlers/default.js")).default;
    const first = m.reads.sharedReads(defaultHandler.createDefaultCacheHandler(1024 * 1024));
    const second = m.reads.sharedReads(defaultHandler.createDefaultCacheHandler(1024 * 1024));
    await first.refreshTags();
    await first.set("read-1", Promise.resolve(readEntry("the rows", ["thread:4"])));
    expect(await textOf(await second.get("read-1", []))).toBe("the rows");
    await new Promise((r) => setTimeout(r, 2));
    await first.updateTags(["thread:4"]);
    asAnotherProcess("thread:4");
    await second.refreshTags();
    const third = m.reads.sharedReads(defaultHandler.createDefaultCacheHandler(1024 * 1024));
    expect(await third.get("read-1", [])).toBeUndefined();
    expect(await second.get("read-1", [])).toBeUndefined();
  });
});

describe("while Redis is away", () => {
  test("reads miss at once, writes are dropped, pages are rendered, readiness says so; all recover", async () => {
    await pages.set(pageKey("/threads/5"), page("<p>five</p>", "thread:5"), setPage);
    await server.stop();
    m.tags.resetSharedTagsForTests();
    const started = performance.now();
    expect(await m.store.readEntry("page", "k1")).toBeNull();
    expect(await m.store.writeEntry("page", "k2", { any: 1 }, 60)).toBe(false);
    // Held in this process's memory, but another may have expired it: rendered instead.
    expect(await pages.get(pageKey("/threads/5"), getPage)).toBeNull();
    expect(await m.redis.redisReadiness()).toBe("unreachable");
    expect(performance.now() - started).toBeLessThan(1500);

    // A write here while Redis is away reaches it once it is back.
    tagsManifest.set("thread:6", { expired: Date.now() });
    await m.tags.publishTags(["thread:6"]);
    await server.start();
    await vi.waitFor(async () => expect(await m.redis.redisReadiness()).toBe("ok"), { timeout: 10_000 });
    await vi.waitFor(
      async () => {
        asAnotherProcess("thread:6");
        await m.tags.refreshTags();
        expect(tagsManifest.get("thread:6")?.expired).toBeGreaterThan(0);
      },
      { timeout: 5_000 },
    );
    // And pages are shared again (this Redis kept nothing through its restart).
    await pages.set(pageKey("/threads/7"), page("<p>seven</p>", "thread:7"), setPage);
    asAnotherProcess();
    expect((await pages.get(pageKey("/threads/7"), getPage))?.value.html).toBe("<p>seven</p>");
  });
});
