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
