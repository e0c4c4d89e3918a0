// How much memory one server process may keep, read when it starts: the caches' budgets and the
// heap limit that follows from them. Plain JavaScript, as next.config.mjs, cache-handler.mjs and
// scripts/start.mjs load it without a TypeScript step.

const MB = 1024 * 1024;

/** PAGE_CACHE_MB (512): whole pages and their reads, half each. SEARCH_CACHE_MB (64): the same for searches. */
export function cacheBudgetsMb(env = process.env) {
  return { pages: Number(env.PAGE_CACHE_MB) || 512, search: Number(env.SEARCH_CACHE_MB) || 64 };
}

/** Bytes of each half of a budget (one for pages, one for the reads they are made from). */
export const halfOf = (mb) => (mb * MB) / 2;

// What a process needs besides its caches: the app's code and data, and the requests in flight.
const WORKING_HEAP_MB = 256;

/**
 * Node's heap limit for the server. V8 lets a heap grow towards a quarter of the machine's memory
 * (4 GB here) before it collects in earnest, so a process whose caches held 300 MB sat at 1 GB, most
 * of it garbage; bounded by what it may keep plus room to work, it collects sooner and stays near what
 * it holds. An operator's own --max-old-space-size in NODE_OPTIONS wins.
 */
export function heapLimitArgs(env = process.env) {
  if (/--max-old-space-size/.test(env.NODE_OPTIONS ?? "")) return [];
  const { pages, search } = cacheBudgetsMb(env);
  return [`--max-old-space-size=${pages + search + WORKING_HEAP_MB}`];
}
