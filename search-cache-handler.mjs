// The store of `'use cache: search'` reads (next.config.mjs `cacheHandlers.search`): Next's default
// in-memory store, in search results' own budget (cache-handler.mjs), so that new queries, which anyone
// can make up, evict old queries and never the reads every page is made from.
import defaultHandler from "next/dist/server/lib/cache-handlers/default.js";
import { cacheBudgetsMb, halfOf } from "./lib/memory-budget.mjs";

export default defaultHandler.createDefaultCacheHandler(halfOf(cacheBudgetsMb().search));
