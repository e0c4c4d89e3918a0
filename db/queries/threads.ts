// Reads for the thread list and a thread page: each is one SQL statement, however long the page.
import "server-only";
import { cache } from "react";
import { type SQL, and, asc, desc, eq, gt, gte, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { type NumberCursor, encodeNumberCursor } from "@/lib/urls/cursor";
import { DEFAULT_THREAD_SORT, type ThreadSort } from "@/lib/urls/thread-sorts";
import type { ThreadFilter } from "@/lib/urls/thread-filters";
import { getDb } from "../index";
import { replies, threads, users } from "../schema";
import { afterCursor, sortColumns, startedWithin, tagNames } from "./thread-order";

export const THREADS_PER_PAGE = 30;
export const REPLIES_PER_PAGE = 50;

export const author = {
  id: users.id,
  login: users.login,
  name: users.name,
  image: users.image,
  isSample: users.isSample,
};

/** What a row of a thread list shows. */
export const listItem = {
  id: threads.id,
  title: threads.title,
  kind: threads.kind,
  replyCount: threads.replyCount,
  helpfulCount: threads.helpfulCount,
  createdAt: threads.createdAt,
  lastActivityAt: threads.lastActivityAt,
  author,
  // Names and slugs come from lib/categories.ts (the table holds the same rows).
  categoryId: threads.categoryId,
  tags: tagNames,
  // A reply is marked as the answer that helped (db/mutations/answers.ts keeps it a live one).
  answered: sql<boolean>`${threads.answerReplyId} is not null`.mapWith(Boolean),
};

export type ThreadListItem = Awaited<ReturnType<typeof listThreads>>["threads"][number];

/**
 * Discussions (stories have their own lists) in `sort`'s order (most recently active first by default),
 * after `cursor`; with the Unanswered filter, only those with no answer marked, pinned ones in their place.
 */
export function listThreads(
  cursor: NumberCursor | null,
  limit = THREADS_PER_PAGE,
  sort: ThreadSort = DEFAULT_THREAD_SORT,
  filter: ThreadFilter | null = null,
) {
  if (filter === "unanswered") return pageOfThreads(unansweredDiscussions, sort, cursor, limit);
  // Pinned ones lead the first page instead (listPinned); a filter on the index scan, as they are few.
  return pageOfThreads(and(eq(threads.kind, "discussion"), isNull(threads.pinnedAt)), sort, cursor, limit);
}

/**
 * The Unanswered filter, written as the predicate of its partial indexes (threads_unanswered_*_idx,
 * db/schema/posts.ts) with the kind as a literal, not a parameter: the planner can then prove a query
 * fits the index under a prepared statement's generic plan too.
 */
export const unansweredDiscussions = sql`${threads.kind} = 'discussion' and ${threads.answerReplyId} is null`;

/**
 * One page of the live, unhidden threads that `filter` keeps, in the sort's order after `cursor`: one
 * walk of the index in that order (the home list's, a category's).
 */
export async function pageOfThreads(
  filter: SQL | undefined,
  sort: ThreadSort,
  cursor: NumberCursor | null,
  limit: number,
) {
  const order = sortColumns(sort);
  const rows = await getDb()
    .select(listItem)
    .from(threads)
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(
      and(
        filter,
        isNull(threads.deletedAt),
        // A filter on the index scan: hidden threads are few.
        isNull(threads.hiddenAt),
        startedWithin(threads.createdAt, order.days),
        // A row comparison, so the index scan starts at the cursor (an OR of the two cases is applied as
        // a filter after walking every row before it: 100 ms at page 2,000 on the bench data, not 0.2).
        cursor ? afterCursor(order.thread, threads.id, cursor, order.kind) : undefined,
      ),
    )
    .orderBy(desc(order.thread), desc(threads.id))
    .limit(limit + 1);
  return pageWithCursor(rows, limit, sort);
}

/** The first `limit` rows, and the cursor after the last of them when the query found one more. */
export function pageWithCursor<T extends { id: number; lastActivityAt: Date; createdAt: Date; helpfulCount: number }>(
  rows: T[],
  limit: number,
  sort: ThreadSort,
) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    threads: page,
    nextCursor:
      rows.length > limit && last ? encodeNumberCursor({ value: sortColumns(sort).value(last), id: last.id }) : null,
  };
}

/** Pinned discussions, most recently pinned first, for the top of the home page. */
export async function listPinned(limit = 10) {
  return getDb()
    .select(listItem)
    .from(threads)
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(
      and(
        eq(threads.kind, "discussion"),
        isNotNull(threads.pinnedAt),
        isNull(threads.deletedAt),
        isNull(threads.hiddenAt),
      ),
    )
    .orderBy(desc(threads.pinnedAt))
    .limit(limit);
}

/** A live thread with its author, or null. Deduplicated per request (metadata and page both ask). */
export const getThread = cache(async (id: number) => {
  const [row] = await getDb()
    .select({
      id: threads.id,
      kind: threads.kind,
      title: threads.title,
      body: threads.body,
      bodyHtml: threads.bodyHtml,
      replyCount: threads.replyCount,
      helpfulCount: threads.helpfulCount,
      createdAt: threads.createdAt,
      updatedAt: threads.updatedAt,
      editedAt: threads.editedAt,
      lastActivityAt: threads.lastActivityAt,
      hiddenAt: threads.hiddenAt,
      hiddenReason: threads.hiddenReason,
      lockedAt: threads.lockedAt,
      pinnedAt: threads.pinnedAt,
      author,
      categoryId: threads.categoryId,
      tags: tagNames,
      answer: answerOf(threads.answerReplyId),
    })
    .from(threads)
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(and(eq(threads.id, id), isNull(threads.deletedAt)));
  // A hidden post's text never reaches a page (the page is public and cached): only the reason does.
  // Nor its title, which would reach readers in its address (the slug) and the page's links.
  return row ? (row.hiddenAt ? { ...row, title: "", body: "", bodyHtml: "", tags: [], answer: null } : row) : null;
});

/** How much of the answer's text shows under the opening post (plain text, cut at a word). */
export const ANSWER_EXCERPT_CHARS = 280;

export type ThreadAnswer = { id: number; excerpt: string; createdAt: Date; author: { id: string; login: string } };

/**
 * The reply marked as the answer, with its author and the start of its text, for the box under the
 * opening post: one probe by primary key inside the thread's statement. Only a live reply (the marks
 * are cleared when it is deleted or hidden; this holds even for a row written past the mutations).
 */
function answerOf(answerReplyId: typeof threads.answerReplyId) {
  return sql<ThreadAnswer | null>`(
    select json_build_object('id', answer.id, 'excerpt', left(answer.body_text, ${ANSWER_EXCERPT_CHARS + 1}),
      'createdAt', answer.created_at, 'author', json_build_object('id', answer_author.id, 'login', answer_author.login))
    from replies answer join users answer_author on answer_author.id = answer.author_id
    where answer.id = ${answerReplyId} and answer.deleted_at is null and answer.hidden_at is null)`.mapWith(
    (value: unknown) => {
      if (value === null || value === undefined) return null;
      const row = (typeof value === "string" ? JSON.parse(value) : value) as ThreadAnswer & { createdAt: string };
      return { ...row, excerpt: excerpt(row.excerpt), createdAt: new Date(row.createdAt) };
    },
  );
}

/** Cut at the last space within the limit, with an ellipsis, when the text is longer. */
function excerpt(text: string): string {
  if (text.length <= ANSWER_EXCERPT_CHARS) return text;
  const cut = text.slice(0, ANSWER_EXCERPT_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${(space > ANSWER_EXCERPT_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export type ReplyPageRequest = { after?: number; before?: number };

/**
 * "In reply to @login": the answered reply's id and its author (id for the page's member tags, login
 * to show), one indexed probe per row of the page (by primary key), inside the page's one statement.
 */
function replyToOf(replyToId: typeof replies.replyToId) {
  return sql<{ id: number; authorId: string; login: string } | null>`(
    select json_build_object('id', parent.id, 'authorId', parent_author.id, 'login', parent_author.login)
    from replies parent join users parent_author on parent_author.id = parent.author_id
    where parent.id = ${replyToId})`.mapWith((value: unknown) =>
    typeof value === "string" ? JSON.parse(value) : value,
  );
}

/**
 * One page of a thread's replies in conversation order. `after` pages forward from a reply id,
 * `before` pages back; with neither, the first page. Deleted replies keep their place, without a body.
 */
export async function listReplies(threadId: number, request: ReplyPageRequest = {}, limit = REPLIES_PER_PAGE) {
  const backwards = request.before !== undefined;
  const db = getDb();
  const pageQuery = db
    .select({
      id: replies.id,
      bodyHtml: replies.bodyHtml,
      createdAt: replies.createdAt,
      updatedAt: replies.updatedAt,
      editedAt: replies.editedAt,
      deletedAt: replies.deletedAt,
      hiddenAt: replies.hiddenAt,
      hiddenReason: replies.hiddenReason,
      helpfulCount: replies.helpfulCount,
      isQuestion: replies.isQuestion,
      questionId: replies.questionId,
      author,
      replyTo: replyToOf(replies.replyToId),
    })
    .from(replies)
    .innerJoin(users, eq(users.id, replies.authorId))
    .where(
      and(
        eq(replies.threadId, threadId),
        // A hidden or deleted thread's replies are not public (one probe by primary key, once per statement).
        sql`exists (select 1 from ${threads} where ${threads.id} = ${threadId} and ${threads.hiddenAt} is null and ${threads.deletedAt} is null)`,
        request.after !== undefined ? gt(replies.id, request.after) : undefined,
        backwards ? lt(replies.id, request.before!) : undefined,
      ),
    )
    .orderBy(backwards ? desc(replies.id) : asc(replies.id))
    .limit(limit + 1);
  // Paging back from a point, whether anything follows it is a separate (indexed, one-row) probe.
  const laterQuery = backwards
    ? db
        .select({ id: replies.id })
        .from(replies)
        .where(and(eq(replies.threadId, threadId), gte(replies.id, request.before!)))
        .limit(1)
    : null;
  const [rows, later] = await Promise.all([pageQuery, laterQuery]);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backwards) page.reverse();
  // Deleted and hidden replies keep their place in the conversation, without their text.
  const items = page.map((r) => (r.deletedAt || r.hiddenAt ? { ...r, bodyHtml: null } : r));
  return {
    replies: items,
    // An earlier page exists when paging back found more, or when paging forward started after a reply.
    hasEarlier: backwards ? more : request.after !== undefined,
    hasLater: backwards ? (later?.length ?? 0) > 0 : more,
  };
}

export type ReplyPage = Awaited<ReturnType<typeof listReplies>>;

/** The reply as stored, for its author's edit form. */
export async function getReplyForEdit(id: number) {
  const [row] = await getDb()
    .select({
      id: replies.id,
      threadId: replies.threadId,
      authorId: replies.authorId,
      body: replies.body,
      deletedAt: replies.deletedAt,
      hiddenAt: replies.hiddenAt,
      threadTitle: threads.title,
      threadKind: threads.kind,
      threadHiddenAt: threads.hiddenAt,
      isAnswer: sql<boolean>`${threads.answerReplyId} is not distinct from ${replies.id}`.mapWith(Boolean),
    })
    .from(replies)
    .innerJoin(threads, eq(threads.id, replies.threadId))
    .where(and(eq(replies.id, id), isNull(threads.deletedAt)));
  if (!row) return null;
  // The edit page is public like every page: a deleted or hidden reply's text, and a hidden thread's
  // title, are not on it.
  const { threadHiddenAt, ...reply } = row;
  return {
    ...reply,
    body: reply.deletedAt || reply.hiddenAt || threadHiddenAt ? "" : reply.body,
    threadTitle: threadHiddenAt ? "" : reply.threadTitle,
  };
}
