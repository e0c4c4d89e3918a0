// The reads of public pages (server/reads/), each cached under the tags of what it returns (lib/cache-tags.ts).
// A page built only from these is stored whole per URL, and a write expires exactly the pages it changed.
// Arguments are the cache key: callers pass only checked, normalised values (lib/urls/views.ts), so junk
// in a URL cannot create entries. Each function is also a server reference that Next would run for
// any request naming its id: proxy.ts refuses those, and each checks its arguments first anyway
// (lib/read-args.ts) and returns only what a signed-out reader may see.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";

/**
 * Marks the 'use cache' function calling it as part of a public page: kept under the "page" profile
 * (next.config.mjs) and tagged with what it shows, so the writes that change it expire it at once.
 */
export function cachedFor(...pageTags: string[]): void {
  cacheLife("page");
  if (pageTags.length > 0) cacheTag(...pageTags);
}

/** The same for a page of search results: one per query, so they leave memory sooner (next.config.mjs). */
export function cachedSearchFor(...pageTags: string[]): void {
  cacheLife("search");
  cacheTag(...pageTags);
}
