// Reads for the Atom feeds and the sitemap. Only live posts the moderators have not hidden: what
// leaves the site this way cannot be taken back from a feed reader. Each read is one statement
// walking an index in its order (a thread's feed and the sitemap: two, run together). The list reads return
// the query itself (awaiting it runs it), so db/feeds.test.ts can EXPLAIN exactly what is sent.
import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { FEED_ENTRIES, SITEMAP_MAX_URLS, SITEMAP_PAGES } from "@/lib/feeds";
import { getDb } from "../index";
import { replies, stories, threadTags, threads, users } from "../schema";
import { listed } from "./stories";

const author = { id: users.id, login: users.login };
// The row of thread_tags that lists a thread under a tag (as db/queries/thread-lists.ts names it).
const tagged = alias(threadTags, "tagged");

const post = {
  id: threads.id,
  kind: threads.kind,
  title: threads.title,
  bodyHtml: threads.bodyHtml,
  createdAt: threads.createdAt,
  updatedAt: threads.updatedAt,
  hiddenAt: threads.hiddenAt,
  deletedAt: threads.deletedAt,
  author,
};

/**
 * The newest discussions. By id, which is posting order (an identity column): the primary key is
 * then the index, where created_at has none of its own for discussions.
 */
export function feedThreads(limit = FEED_ENTRIES) {
  return getDb()
    .select(post)
    .from(threads)
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(and(eq(threads.kind, "discussion"), isNull(threads.deletedAt), isNull(threads.hiddenAt)))
    .orderBy(desc(threads.id))
    .limit(limit);
}

/** The newest stories, in the order of the story list's "newest" (its index, stories_newest_idx). */
export function feedStories(limit = FEED_ENTRIES) {
  return getDb()
    .select(post)
    .from(stories)
    .innerJoin(threads, eq(threads.id, stories.threadId))
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(and(listed, isNull(threads.hiddenAt)))
    .orderBy(desc(stories.createdAt), desc(stories.threadId))
    .limit(limit);
}

/** The newest threads and stories in a category, with their text, for its Atom feed (the "new" order's index). */
export function feedCategoryThreads(categoryId: number, limit: number) {
  return getDb()
    .select(post)
    .from(threads)
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(and(eq(threads.categoryId, categoryId), isNull(threads.deletedAt), isNull(threads.hiddenAt)))
    .orderBy(desc(threads.createdAt), desc(threads.id))
    .limit(limit);
}

/** The newest threads and stories with a tag, with their text, for its Atom feed. */
export function feedTagThreads(tagId: number, limit: number) {
  return getDb()
    .select(post)
    .from(tagged)
    .innerJoin(threads, eq(threads.id, tagged.threadId))
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(and(eq(tagged.tagId, tagId), eq(tagged.listed, true)))
    .orderBy(desc(tagged.createdAt), desc(tagged.threadId))
    .limit(limit);
}

/** A live, visible thread (a discussion or a story) with its newest visible replies; null for any other id. */
export async function feedReplies(threadId: number, limit = FEED_ENTRIES) {
  const db = getDb();
  const [[thread], rows] = await Promise.all([
    db
      .select({ id: threads.id, kind: threads.kind, title: threads.title, updatedAt: threads.updatedAt })
      .from(threads)
      .where(and(eq(threads.id, threadId), isNull(threads.deletedAt), isNull(threads.hiddenAt))),
    db
      .select({
        id: replies.id,
        bodyHtml: replies.bodyHtml,
        createdAt: replies.createdAt,
        updatedAt: replies.updatedAt,
        hiddenAt: replies.hiddenAt,
        deletedAt: replies.deletedAt,
        author,
      })
      .from(replies)
      .innerJoin(users, eq(users.id, replies.authorId))
      .where(and(eq(replies.threadId, threadId), isNull(replies.deletedAt), isNull(replies.hiddenAt)))
      .orderBy(desc(replies.id))
      .limit(limit),
  ]);
  return thread ? { thread, replies: rows } : null;
}

/** Live, visible posts of one kind, most recently active first: threads_activity_idx in its order. */
export function postsByActivity(kind: "discussion" | "story", limit: number) {
  return getDb()
    .select({ id: threads.id, kind: threads.kind, title: threads.title, lastActivityAt: threads.lastActivityAt })
    .from(threads)
    .where(and(eq(threads.kind, kind), isNull(threads.deletedAt), isNull(threads.hiddenAt)))
    .orderBy(desc(threads.lastActivityAt), desc(threads.id))
    .limit(limit);
}

type ByActivity = { id: number; lastActivityAt: Date };
const newer = (a: ByActivity, b: ByActivity) => a.lastActivityAt.getTime() - b.lastActivityAt.getTime() || a.id - b.id;

/**
 * Live, visible discussions and stories, most recently active first, as many as one sitemap holds
 * beside its fixed pages. Two index walks, one per kind, run together and merged here: the index leads
 * with the kind, so one statement over both kinds (`kind in (…)`, or a UNION ALL, whose branches'
 * conditions PostgreSQL does not use for order) reads the whole table and sorts it.
 */
export async function sitemapPosts(limit = SITEMAP_MAX_URLS - SITEMAP_PAGES.length) {
  const [a, b] = await Promise.all([postsByActivity("discussion", limit), postsByActivity("story", limit)]);
  const merged = [];
  let i = 0;
  let j = 0;
  while (merged.length < limit && (i < a.length || j < b.length)) {
    merged.push(j >= b.length || (i < a.length && newer(a[i], b[j]) > 0) ? a[i++] : b[j++]);
  }
  return merged;
}
