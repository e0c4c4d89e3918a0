// Types of shared-reads.mjs (plain JavaScript: Next loads the cache handlers as they are).
export interface ReadEntry {
  value: ReadableStream<Uint8Array>;
  tags: string[];
  stale: number;
  timestamp: number;
  expire: number;
  revalidate: number;
}
export interface ReadStore {
  get(key: string, softTags: string[]): Promise<ReadEntry | undefined>;
  set(key: string, pending: Promise<ReadEntry>): Promise<void>;
  refreshTags(): Promise<void>;
  getExpiration(tags: string[]): Promise<number>;
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>;
}
export function withSharedTags(local: ReadStore): ReadStore;
export function sharedReads(local: ReadStore): ReadStore;
