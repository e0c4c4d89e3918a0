// Types of cache-handler.mjs (plain JavaScript: Next loads it as is), as far as the tests use it.
export default class PageCache {
  constructor(ctx: {
    fs: unknown;
    serverDistDir: string;
    flushToDisk: boolean;
    maxMemoryCacheSize: number;
    revalidatedTags: string[];
  });
  get(key: string, ctx: object): Promise<{ value: { kind: string; html: string; status?: number } } | null>;
  set(key: string, data: object | null, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}
