// Cache tags shared by every app process through Redis. Next keeps, per process, one map of when each
// tag was last expired (tags-manifest.external.js); its page cache and its 'use cache' stores both
// compare an entry's time with it. A write expires tags in the writer's process; here they are also
// written to Redis, and every process copies the ones changed since it last looked into its own map
// before it serves from a cache (at most every REFRESH_EVERY_MS), so an `updateTag` on one process
// expires the page on every process well within a second (docs: how-revalidation-works.md,
// "Multi-instance considerations").
//
// In Redis: a hash `tags` (tag → {"stale","expired"} in ms) and a sorted set `tags:changed` (tag →
// when Redis recorded it, by Redis's own clock, so processes on other machines need no common clock).
// Entries older than a day past the longest cache life are removed as new ones come.
import tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { redis } from "./redis.mjs";

const { tagsManifest } = tagsManifestModule;

export const REFRESH_EVERY_MS = 250;
/** How long after the last successful refresh a process still trusts what it has cached. */
export const TRUSTED_FOR_MS = 2000;
/** Tag times older than this cannot matter: no entry lives longer (the `page` profile's expire is a day). */
const KEEP_TAGS_MS = 2 * 24 * 60 * 60 * 1000;

// KEYS: hash, changed set. ARGV: keep ms, then tag, json pairs.
const PUBLISH = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
for i = 2, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  redis.call('ZADD', KEYS[2], now, ARGV[i])
end
local old = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[1]), 'LIMIT', 0, 500)
for _, tag in ipairs(old) do
  redis.call('HDEL', KEYS[1], tag)
  redis.call('ZREM', KEYS[2], tag)
end
return now`;

// KEYS: hash, changed set. ARGV: since (Redis ms). Returns {now, tag, json, tag, json, …}.
const CHANGED = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local out = { now }
for _, tag in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], ARGV[1], '+inf')) do
  out[#out + 1] = tag
  out[#out + 1] = redis.call('HGET', KEYS[1], tag) or '{}'
end
return out`;

const KEYS = ["tags", "tags:changed"];
const state = { seenUpTo: 0, trustedAt: -Infinity, lastTry: -Infinity, inFlight: null };
/** Tags expired here that Redis has not recorded yet (it was away): sent with the next ones. */
const unpublished = new Set();
let publishing = null;

/** Copies into Next's map the tag times other processes recorded since this one last looked. */
export function refreshTags() {
  const client = redis();
  if (!client) return Promise.resolve();
  if (state.inFlight) return state.inFlight;
  const started = performance.now();
  if (started - state.lastTry < REFRESH_EVERY_MS) return Promise.resolve();
  state.lastTry = started;
  // A second of overlap: a tag recorded while the last answer was on its way is read again, not missed.
  const since = Math.max(0, state.seenUpTo - 1000);
  state.inFlight = client
    .eval(CHANGED, KEYS.length, ...KEYS, since)
    .then(([now, ...pairs]) => {
      for (let i = 0; i < pairs.length; i += 2) merge(pairs[i], JSON.parse(pairs[i + 1]));
      state.seenUpTo = Number(now);
      state.trustedAt = started;
      if (unpublished.size > 0) void publishTags([]);
    })
    .catch(() => {}) // the client logs that Redis is away; what is cached is simply not trusted
    .finally(() => {
      state.inFlight = null;
    });
  return state.inFlight;
}

/**
 * Whether this process heard from Redis recently enough to serve what it cached. When it has not,
 * another process may have expired a page it holds: everything is rendered instead (fail open to
 * rendering, never to a stale page).
 */
export function tagsAreCurrent() {
  return performance.now() - state.trustedAt < TRUSTED_FOR_MS;
}

function merge(tag, remote) {
  const local = tagsManifest.get(tag) ?? {};
  const merged = { ...local };
  for (const field of ["stale", "expired"]) {
    if (typeof remote[field] === "number" && !(local[field] >= remote[field])) merged[field] = remote[field];
  }
  tagsManifest.set(tag, merged);
}

/**
 * Records in Redis the times this process's map now holds for `tags` (Next has just expired them
 * here). Calls in the same tick go as one script; tags Redis could not take are sent again with the
 * next write or the next successful refresh.
 */
export function publishTags(tags) {
  const client = redis();
  if (!client) return Promise.resolve();
  for (const tag of tags) unpublished.add(tag);
  publishing ??= Promise.resolve().then(async () => {
    publishing = null;
    const batch = [...unpublished];
    if (batch.length === 0) return;
    unpublished.clear();
    const args = batch.flatMap((tag) => [tag, JSON.stringify(tagsManifest.get(tag) ?? { expired: Date.now() })]);
    try {
      await client.eval(PUBLISH, KEYS.length, ...KEYS, KEEP_TAGS_MS, ...args);
    } catch {
      for (const tag of batch) unpublished.add(tag);
      // Sent as soon as Redis answers again, before anyone reads this process's pages.
      if (!client.listeners("ready").includes(republish)) client.once("ready", republish);
    }
  });
  return publishing;
}

const republish = () => void publishTags([]);

/** For tests: forget what was read, so that the next refresh reads Redis again. */
export function resetSharedTagsForTests() {
  Object.assign(state, { seenUpTo: 0, trustedAt: -Infinity, lastTry: -Infinity, inFlight: null });
  unpublished.clear();
}
