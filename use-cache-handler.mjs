// The store of `'use cache'` reads with REDIS_URL (next.config.mjs `cacheHandlers.default`; without
// it Next makes its own): Next's default store, in memory, sized as Next sizes it (cacheMaxMemorySize),
// in front of Redis, with tag expiry from every process (server/cache/shared-tags.mjs); a process that
// cannot hear from Redis reads the database. During `next build` (no Redis) it is that store alone.
import defaultHandler from "next/dist/server/lib/cache-handlers/default.js";
import { cacheBudgetsMb, halfOf } from "./lib/memory-budget.mjs";
import { redis } from "./server/cache/redis.mjs";
import { sharedReads } from "./server/cache/shared-reads.mjs";

const local = defaultHandler.createDefaultCacheHandler(halfOf(cacheBudgetsMb().pages));

export default redis() ? sharedReads(local) : local;
