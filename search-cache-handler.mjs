// The store of `'use cache: search'` reads (next.config.mjs `cacheHandlers.search`): Next's default
// in-memory store, in search results' own budget (cache-handler.mjs), so that new queries, which anyone
// can make up, evict old queries and never the reads every page is made from. With REDIS_URL they stay
// in this process's budget (Redis would bound them only by time), but a write on any process expires
// them here too (server/cache/shared-tags.mjs).
import defaultHandler from "next/dist/server/lib/cache-handlers/default.js";
import { cacheBudgetsMb, halfOf } from "./lib/memory-budget.mjs";
import { redis } from "./server/cache/redis.mjs";
import { withSharedTags } from "./server/cache/shared-reads.mjs";

const local = defaultHandler.createDefaultCacheHandler(halfOf(cacheBudgetsMb().search));

export default redis() ? withSharedTags(local) : local;
