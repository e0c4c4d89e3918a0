// Per-key token buckets in memory, for limits that must cost nothing to check on every request
// (searches per IP address, in proxy.ts): a key may spend `burst` at once and gets `perMinute` back
// over each minute. The map is bounded: past `maxKeys` the key unseen for longest is forgotten, so a
// flood from many addresses cannot grow it without end (a forgotten key starts full again).
import { LRUCache } from "lru-cache";

export class TokenBuckets {
  private readonly buckets: LRUCache<string, { tokens: number; at: number }>;

  constructor(
    private readonly burst: number,
    private readonly perMinute: number,
    maxKeys = 10_000,
  ) {
    this.buckets = new LRUCache({ max: maxKeys });
  }

  /** Spends one token of `key` at `now` (ms): 0 if there was one, else the seconds until there is. */
  take(key: string, now: number): number {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    const tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: now });
      return 0;
    }
    this.buckets.set(key, { tokens, at: now });
    // (Less a hair, so that float error cannot add a second.)
    return this.perMinute > 0 ? Math.max(1, Math.ceil(((1 - tokens) / this.perMinute) * 60 - 1e-9)) : 3600;
  }
}
