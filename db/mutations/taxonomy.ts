// Categories and tags as writes see them: setting a thread's tags, and the cache tags of the category
// and tag pages a write changes (lib/cache-tags.ts). Called inside the callers' transactions, after
// they have locked the thread.
import { eq, inArray, sql } from "drizzle-orm";
import { type Changed, tags as cacheTags } from "@/lib/cache-tags";
import { type CategorySlug, categoryById } from "@/lib/categories";
import { ForbiddenError } from "@/lib/errors";
import { TAGS_MAX, isTag } from "@/lib/tags";
import type { Transaction } from "../index";
import { tagNames } from "../queries/thread-order";
import { replies, tags, threadTags, threads } from "../schema";

/** What a write may say about a post's filing; undefined leaves it as it is (an edit) or takes the default (a new post). */
export type Taxonomy = { category?: CategorySlug; tags?: readonly string[] };

/** Where a thread is listed: its category and its tags. */
export type Filing = { category: CategorySlug; tags: string[] };

/** The thread's category and tags, in one statement. */
export async function filingOf(tx: Transaction, threadId: number): Promise<Filing> {
  const [row] = await tx
    .select({
      categoryId: threads.categoryId,
      tags: tagNames,
    })
    .from(threads)
    .where(eq(threads.id, threadId));
  return { category: categoryById(row.categoryId).slug, tags: row.tags };
}

/**
 * Replaces a thread's tags. The form's rule (tagList in lib/validation.ts) has already normalised them; this
 * refuses anything else, so no caller can store more than TAGS_MAX or a tag that is not normal.
 * The sort keys copied into thread_tags are read from the thread row in the same statement.
 */
export async function setThreadTags(tx: Transaction, threadId: number, names: readonly string[]): Promise<void> {
  const distinct = [...new Set(names)];
  if (distinct.length > TAGS_MAX) throw new ForbiddenError(`Use at most ${TAGS_MAX} tags.`);
  const bad = distinct.find((name) => !isTag(name));
  if (bad !== undefined) throw new ForbiddenError(`“${bad.slice(0, 40)}” is not a tag.`);
  await tx.delete(threadTags).where(eq(threadTags.threadId, threadId));
  if (distinct.length === 0) return;
  await tx
    .insert(tags)
    .values(distinct.map((name) => ({ name })))
    .onConflictDoNothing({ target: tags.name });
  const rows = await tx.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.name, distinct));
  const [thread] = await tx
    .select({
      lastActivityAt: threads.lastActivityAt,
      createdAt: threads.createdAt,
      helpfulCount: threads.helpfulCount,
      listed: sql<boolean>`${threads.deletedAt} is null and ${threads.hiddenAt} is null`,
    })
    .from(threads)
    .where(eq(threads.id, threadId));
  await tx
    .insert(threadTags)
    .values(rows.map((tag) => ({ threadId, tagId: tag.id, position: distinct.indexOf(tag.name), ...thread })));
}

/** The category and tag pages that list a thread filed like this (and, when its count changed, the category index). */
export function filingChanged(filings: readonly Filing[], counts: boolean): Changed {
  const changed = new Set<string>();
  for (const filing of filings) {
    changed.add(cacheTags.category(filing.category));
    for (const tag of filing.tags) changed.add(cacheTags.tag(tag));
  }
  if (counts) changed.add(cacheTags.categories);
  return [...changed];
}

/**
 * The profiles whose counts include a thread's replies: a reply counts, and its helpful marks count
 * for its author, only while its thread is live, so a thread deleted, hidden or restored changes the
 * profile of everyone who replied in it.
 */
export async function repliersChanged(tx: Transaction, threadId: number): Promise<Changed> {
  const rows = await tx
    .selectDistinct({ authorId: replies.authorId })
    .from(replies)
    .where(eq(replies.threadId, threadId));
  return rows.map((row) => cacheTags.postsBy(row.authorId));
}

/**
 * For moderation: a thread's opening post hidden or restored leaves or rejoins its lists, and its
 * replies the counts of their authors' profiles; a reply changes none.
 */
export async function postFilingChanged(
  tx: Transaction,
  ref: { threadId: number; replyId: number | null },
): Promise<Changed> {
  if (ref.replyId !== null) return [];
  return [...filingChanged([await filingOf(tx, ref.threadId)], true), ...(await repliersChanged(tx, ref.threadId))];
}
