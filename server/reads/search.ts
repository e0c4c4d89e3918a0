// Search results (app/search/), kept in a cache of their own.
// Each function is a 'use cache' read of a public page's data, tagged with what it returns: what that
// means, and why each checks its arguments first, is at the top of server/page-cache.ts.
import "server-only";
import { searchPosts } from "@/db/queries/search";
import { memberTags, tags } from "@/lib/cache-tags";
import { READ_ARGS, checkReadArgs } from "@/lib/read-args";
import type { SearchRequest } from "@/lib/urls/search-query";
import { cachedSearchFor } from "@/server/page-cache";

/** A page of search results, keyed by the checked request (lib/urls/search-query.ts readSearchView). */
export async function cachedSearch(request: SearchRequest) {
  // Kept apart from every other read (search-cache-handler.mjs): anyone can make up a new query.
  "use cache: search";
  checkReadArgs(READ_ARGS.search, [request]);
  const page = await searchPosts(request);
  cachedSearchFor(tags.search, ...memberTags(page.results.map((r) => r.author)));
  return page;
}
