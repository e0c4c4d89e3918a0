// `'use cache'` stores for several app processes: Next's in-memory default handler in front, Redis
// behind it (server/cache/redis-store.mjs), and tag expiry shared (server/cache/shared-tags.mjs).
// Next calls refreshTags before a request's first read from a store, so every read compares entries
// with what all processes expired; a process that has not heard from Redis lately misses, and the read
// runs against the database (docs: cacheHandlers.md, "Error Handling").
import { readEntry, writeEntry } from "./redis-store.mjs";
import tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { publishTags, refreshTags, tagsAreCurrent } from "./shared-tags.mjs";

const { areTagsExpired, areTagsStale } = tagsManifestModule;

const streamOf = (bytes) =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

/** `local` (a store Next can use) with expiry shared by every process, its entries kept in this process. */
export function withSharedTags(local) {
  return {
    async get(key, softTags) {
      return tagsAreCurrent() ? local.get(key, softTags) : undefined;
    },
    set: (key, pending) => local.set(key, pending),
    refreshTags: () => refreshTags(),
    // Next's default store reads and writes the process's tag map, which refreshTags keeps current.
    getExpiration: (tags) => local.getExpiration(tags),
    async updateTags(tags, durations) {
      await local.updateTags(tags, durations);
      await publishTags(tags);
    },
  };
}

/** `local` in front of Redis: what one process read, the others find there. */
export function sharedReads(local) {
  const shared = withSharedTags(local);
  return {
    ...shared,
    async get(key, softTags) {
      if (!tagsAreCurrent()) return undefined;
      const hit = await local.get(key, softTags);
      if (hit) return hit;
      const stored = await readEntry("read", key);
      if (!stored) return undefined;
      const { meta, bytes } = stored;
      // What Next's default store checks: past `revalidate` it is dropped, an expired tag drops it,
      // a stale one asks for a fresh copy while this one is served.
      if (Date.now() > meta.timestamp + meta.revalidate * 1000) return undefined;
      if (areTagsExpired(meta.tags, meta.timestamp)) return undefined;
      await local.set(key, Promise.resolve({ ...meta, value: streamOf(bytes) }));
      const revalidate = areTagsStale(meta.tags, meta.timestamp) ? -1 : meta.revalidate;
      return { ...meta, revalidate, value: streamOf(bytes) };
    },
    async set(key, pending) {
      const entry = await pending;
      const { value, ...meta } = entry;
      const bytes = new Uint8Array(await new Response(value).arrayBuffer());
      await local.set(key, Promise.resolve({ ...meta, value: streamOf(bytes) }));
      // An entry with no life (expire 0) is rendered on every read: Next's store does not keep it either.
      if (meta.expire > 0) await writeEntry("read", key, { meta, bytes }, meta.revalidate);
    },
  };
}
