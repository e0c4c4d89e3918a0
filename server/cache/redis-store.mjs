// Cache entries in Redis, shared by every app process: written with v8's serializer, which keeps the
// Buffers (a page's RSC data) and Maps (its prefetch segments) an entry holds, where JSON would turn
// them into plain objects (docs: self-hosting.md, "Configuring Caching"). Every entry has a TTL, the
// store's bound: a page's `expire`, a read's `revalidate` (Next drops both after that anyway).
// Storage errors are misses: the page is rendered (the client says once that Redis is away).
import { deserialize, serialize } from "node:v8";
import { buildId, redis } from "./redis.mjs";

/** Entries larger than this are not shared (each process still keeps them in memory). */
export const MAX_SHARED_ENTRY_BYTES = 8 * 1024 * 1024;

const keyOf = (kind, key) => `${buildId()}:${kind}:${key}`;

/** The entry stored under `key` for `kind` ("page" or "read"), or null (none, or Redis away). */
export async function readEntry(kind, key) {
  const client = redis();
  if (!client) return null;
  try {
    const bytes = await client.getBuffer(keyOf(kind, key));
    return bytes ? deserialize(bytes) : null;
  } catch {
    return null;
  }
}

/** Stores `entry` for `seconds` (at least one); false when it was not stored. */
export async function writeEntry(kind, key, entry, seconds) {
  const client = redis();
  if (!client || !(seconds > 0)) return false;
  try {
    const bytes = serialize(entry);
    if (bytes.length > MAX_SHARED_ENTRY_BYTES) return false;
    await client.set(keyOf(kind, key), bytes, "EX", Math.max(1, Math.ceil(Math.min(seconds, 2 ** 31 - 1))));
    return true;
  } catch {
    return false;
  }
}
