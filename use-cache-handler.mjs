// The store of `'use cache'` reads (next.config.mjs `cacheHandlers.default`). Without REDIS_URL it is
// Next's own default, in memory, sized as Next sizes it (cacheMaxMemorySize): today's behaviour. With
// REDIS_URL, reads are shared through Redis behind that same memory, and tag expiry comes from every
// process (server/cache/shared-tags.mjs); a process that cannot hear from Redis reads the database.
import defaultHandler from "next/dist/server/lib/cache-handlers/default.js";
import { cacheBudgetsMb, halfOf } from "./lib/memory-budget.mjs";
import { redis } from "./server/cache/redis.mjs";
import { sharedReads } from "./server/cache/shared-reads.mjs";

const local = defaultHandler.createDefaultCacheHandler(halfOf(cacheBudgetsMb().pages));

export default redis() ? sharedReads(local) : local;
