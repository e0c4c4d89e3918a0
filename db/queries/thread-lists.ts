// Category and tag pages: threads and stories filed under one category or carrying one tag, in a
// sort's order (lib/urls/thread-sorts.ts), paged by keyset. Each list is one statement walking one index in
// its order; hidden and deleted threads are never listed.
import "server-only";
import { and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { NumberCursor } from "@/lib/urls/cursor";
import type { ThreadSort } from "@/lib/urls/thread-sorts";
import { getDb } from "../index";
import { categories, tags, threadTags, threads, users } from "../schema";
import { afterCursor, sortColumns, startedWithin } from "./thread-order";
import { THREADS_PER_PAGE, listItem, pageOfThreads, pageWithCursor, unansweredDiscussions } from "./threads";
import type { ThreadFilter } from "@/lib/urls/thread-filters";

/** Discussions or stories in one category (pinned ones in their place: pins lead the home page only). */
export function listCategoryThreads(
  categoryId: number,
  sort: ThreadSort,
  cursor: NumberCursor | null,
  limit = THREADS_PER_PAGE,
  filter: ThreadFilter | null = null,
) {
  const inCategory = eq(threads.categoryId, categoryId);
  return pageOfThreads(
    filter === "unanswered" ? and(inCategory, unansweredDiscussions) : inCategory,
    sort,
    cursor,
    limit,
  );
}

// The row of thread_tags that puts a thread on this tag's page; the name leaves `thread_tags` itself
// to the row's tag list (a subquery of listItem).
const tagged = alias(threadTags, "tagged");

/** Threads and stories with one tag, walking thread_tags' copy of the sort key (see db/schema/posts.ts). */
export async function listTagThreads(
  tagId: number,
  sort: ThreadSort,
  cursor: NumberCursor | null,
  limit = THREADS_PER_PAGE,
) {
  const order = sortColumns(sort);
  const column = tagged[order.tagged];
  const rows = await getDb()
    .select(listItem)
    .from(tagged)
    .innerJoin(threads, eq(threads.id, tagged.threadId))
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(
      and(
        eq(tagged.tagId, tagId),
        eq(tagged.listed, true),
        startedWithin(tagged.createdAt, order.days),
        cursor ? afterCursor(column, tagged.threadId, cursor, order.kind) : undefined,
      ),
    )
    .orderBy(desc(column), desc(tagged.threadId))
    .limit(limit + 1);
  return pageWithCursor(rows, limit, sort);
}

/** At most this many tags on the tag index, the most used first. */
export const TAG_INDEX_MAX = 200;

/** The tags of listed posts with how many listed posts carry each, most used first: one statement. */
export function listTagCounts(limit = TAG_INDEX_MAX) {
  const posts = count();
  return getDb()
    .select({ name: tags.name, posts })
    .from(threadTags)
    .innerJoin(tags, eq(tags.id, threadTags.tagId))
    .where(eq(threadTags.listed, true))
    .groupBy(tags.id, tags.name)
    .orderBy(desc(posts), asc(tags.name))
    .limit(limit);
}

/** A tag by its normalised name, or null when no post has ever used it. */
export async function findTag(name: string) {
  const [row] = await getDb().select({ id: tags.id, name: tags.name }).from(tags).where(eq(tags.name, name));
  return row ?? null;
}

/** A category as stored, or null. */
export async function getCategory(slug: string) {
  const [row] = await getDb()
    .select({ id: categories.id, slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .where(eq(categories.slug, slug));
  return row ?? null;
}

/**
 * Every category with how many listed threads it holds, in their fixed order: one statement, counting
 * each category's range of threads_category_activity_idx.
 */
export async function listCategories() {
  const listed = getDb()
    .select({ categoryId: threads.categoryId, threads: count().as("threads") })
    .from(threads)
    .where(and(isNull(threads.deletedAt), isNull(threads.hiddenAt)))
    .groupBy(threads.categoryId)
    .as("listed");
  return getDb()
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      threads: sql<number>`coalesce(${listed.threads}, 0)`.mapWith(Number),
    })
    .from(categories)
    .leftJoin(listed, eq(listed.categoryId, categories.id))
    .orderBy(asc(categories.position));
}
