// Types of memory-budget.mjs (plain JavaScript: next.config.mjs and scripts/start.mjs load it as is).
export function cacheBudgetsMb(env?: Record<string, string | undefined>): { pages: number; search: number };
export function halfOf(mb: number): number;
export function heapLimitArgs(env?: Record<string, string | undefined>): string[];
