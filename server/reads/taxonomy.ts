// Categories and tags (lib/categories.ts, lib/tags.ts): their pages under `category:<slug>` and
// `tag:<name>`, which every write that changes what they list names; the index under `categories`.
// Each function is a 'use cache' read of a public page's data, tagged with what it returns: what that
// means, and why each checks its arguments first, is at the top of server/page-cache.ts.
import "server-only";
import {
  findTag,
  getCategory,
  listCategories,
  listCategoryThreads,
  listTagCounts,
  listTagThreads,
} from "@/db/queries/thread-lists";
import { shownTags, tags } from "@/lib/cache-tags";
import type { NumberCursor } from "@/lib/urls/cursor";
import type { ThreadFilter } from "@/lib/urls/thread-filters";
import { READ_ARGS, checkReadArgs } from "@/lib/read-args";
import type { ThreadSort } from "@/lib/urls/thread-sorts";
import { cachedFor } from "@/server/page-cache";

export async function cachedCategories() {
  "use cache";
  checkReadArgs(READ_ARGS.none, []);
  cachedFor(tags.categories);
  return listCategories();
}

/** A category with one page of its threads, or null for a slug that names none. */
export async function cachedCategoryList(
  slug: string,
  sort: ThreadSort,
  cursor: NumberCursor | null,
  filter: ThreadFilter | null = null,
) {
  "use cache";
  checkReadArgs(READ_ARGS.category, [slug, sort, cursor, filter]);
  const category = await getCategory(slug);
  const page = category ? await listCategoryThreads(category.id, sort, cursor, undefined, filter) : null;
  cachedFor(tags.category(slug), ...(page ? shownTags(page.threads) : []));
  return category && page ? { category, ...page } : null;
}

export async function cachedTagCounts() {
  "use cache";
  checkReadArgs(READ_ARGS.none, []);
  cachedFor(tags.tagIndex);
  return listTagCounts();
}

/** One page of a tag's threads and stories, or null for a tag no post has used (tagged either way). */
export async function cachedTagList(name: string, sort: ThreadSort, cursor: NumberCursor | null) {
  "use cache";
  checkReadArgs(READ_ARGS.tag, [name, sort, cursor]);
  const tag = await findTag(name);
  const page = tag ? await listTagThreads(tag.id, sort, cursor) : null;
  cachedFor(tags.tag(name), ...(page ? shownTags(page.threads) : []));
  return page;
}
