// Types of redis-store.mjs (plain JavaScript: Next loads the cache handlers as they are).
export const MAX_SHARED_ENTRY_BYTES: number;
export function readEntry(kind: "page" | "read", key: string): Promise<unknown>;
export function writeEntry(kind: "page" | "read", key: string, entry: unknown, seconds: number): Promise<boolean>;
