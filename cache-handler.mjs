// The cache of whole pages (next.config.mjs `cacheHandler`): Next's own, in memory and on disk, except
// that only pages answering 200 are kept. Every unknown id, login, tag or version is a 404, and every
// wrong slug a redirect; kept, each was an entry of its own (a 404 about 10 kB of HTML, and five files
// under .next/server/route-cache either way): a script asking for /threads/<n> for n = 1, 2, 3, …
// would evict every real page from memory and fill the disk, which has no limit. Answering one again
// costs one cached read and a small render.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

// A CommonJS module: Node hands its exports object to a default import, the bundler (this file is also
// bundled into proxy.ts's) its `default` export.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

export default class PageCache extends FileSystemCache {
  async set(key, data, ctx) {
    // A page's status is only written down when it is not 200.
    if (data?.kind === "APP_PAGE" && data.status !== undefined && data.status !== 200) return;
    return super.set(key, data, ctx);
  }
}
