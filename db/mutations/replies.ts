// Reply writes. The thread's reply_count and last_activity_at change in the same transaction.
import { and, eq, isNull, sql } from "drizzle-orm";
import { type Changed, tags } from "@/lib/cache-tags";
import { NotFoundError } from "@/lib/errors";
import { cook } from "@/lib/markdown/markdown";
import { cookedColumns } from "../cooked-columns";
import { type WriteOptions, rateLimits } from "@/lib/limits/rate-limits";
import type { NewReplyInput, ReplyInput } from "@/lib/validation";
import { getDb, type Transaction } from "../index";
import { postWithKey } from "./duplicates";
import { recordRevision } from "./revisions";
import { checkLinks, checkNewPost, checkQuestionRate, lockActor, requirePermission } from "./limits";
import { questionAction } from "./questions";
import { filingChanged, filingOf } from "./taxonomy";
import { afterEdit, afterNewReply, repliedToAuthor } from "./post-effects";
import { replies, threads } from "../schema";
import { clearAnswerOf } from "./answers";

/** Where a reply lives, so actions can send the reader straight to its canonical page, and what it changed. */
export type ReplyPlace = {
  id: number;
  thread: { id: number; title: string; kind: "discussion" | "story" };
  changed: Changed;
};

/**
 * A reply shows on its thread's page, and every list showing the thread follows that page's tag (the
 * reply count on its card). A new or deleted one also changes which replies its author's profile
 * lists, and moves its thread in the lists ordered by activity: the discussions' list here, and the
 * category and tag pages it is filed in (the callers' `filingChanged`).
 */
function replyChanged(
  id: number,
  thread: { id: number; kind: "discussion" | "story" },
  counted: boolean,
  authorId: string,
): Changed {
  const changed = [tags.reply(id), tags.thread(thread.id)];
  if (!counted) return changed;
  return thread.kind === "discussion"
    ? [...changed, tags.postsBy(authorId), tags.threads]
    : [...changed, tags.postsBy(authorId)];
}

export async function createReply(
  authorId: string,
  threadId: number,
  input: NewReplyInput,
  options: WriteOptions = {},
): Promise<ReplyPlace> {
  const limits = options.limits ?? rateLimits();
  // Rendered before the transaction: nothing slow runs while rows are locked.
  const cooked = cook(input.body);
  return getDb().transaction(async (tx) => {
    // The author first (their writes run one at a time, so the limits count exactly), then the thread
    // (proving it is live; its reply count and activity time change below). Always in this order.
    const actor = await lockActor(tx, authorId);
    const [thread] = await tx
      .select({
        id: threads.id,
        title: threads.title,
        kind: threads.kind,
        authorId: threads.authorId,
        deletedAt: threads.deletedAt,
        hiddenAt: threads.hiddenAt,
        lockedAt: threads.lockedAt,
      })
      .from(threads)
      .where(and(eq(threads.id, threadId), isNull(threads.deletedAt)))
      .for("update");
    if (!thread) throw new NotFoundError("Thread");
    const place = { id: thread.id, title: thread.title, kind: thread.kind };
    const existing = await postWithKey(tx, replies, authorId, options.key ?? null);
    if (existing) return { id: existing.id, thread: place, changed: [] };
    const asking = await questionAction(tx, thread, input);
    await checkNewPost(tx, actor, {
      table: replies,
      action: asking?.action ?? { do: "reply", thread },
      body: input.body,
      cooked,
      limits,
    });
    if (input.question) await checkQuestionRate(tx, actor, threadId, limits);
    const replyTo = input.answers ?? input.replyTo;
    const replyToAuthorId = await repliedToAuthor(tx, threadId, replyTo);
    // The reply's time is read under the lock (clock_timestamp(), not now(): that is the transaction's
    // start), so replies to one thread get their times in id order and last_activity_at never goes back.
    const [{ at }] = await tx
      .update(threads)
      .set({
        replyCount: sql`${threads.replyCount} + 1`,
        lastActivityAt: sql`greatest(${threads.lastActivityAt}, clock_timestamp())`,
      })
      .where(eq(threads.id, threadId))
      .returning({ at: threads.lastActivityAt });
    const [reply] = await tx
      .insert(replies)
      .values({
        threadId,
        authorId,
        ...cookedColumns(input.body, cooked),
        createdAt: at,
        updatedAt: at,
        idempotencyKey: options.key ?? null,
        replyToId: replyTo ?? null,
        isQuestion: input.question === true,
        questionId: input.answers ?? null,
      })
      .returning({ id: replies.id });
    const asked = input.question ? "question" : input.answers != null ? "answer" : null;
    await afterNewReply(tx, { id: reply.id, authorId, replyToAuthorId, mentions: cooked.mentions, asked }, thread);
    // The thread's reply count and activity also show (and order it) on its category and tag pages.
    const filed = filingChanged([await filingOf(tx, threadId)], false);
    return { id: reply.id, thread: place, changed: [...replyChanged(reply.id, place, true, authorId), ...filed] };
  });
}

async function lockOwnReply(tx: Transaction, viewerId: string, id: number, what: "edit" | "delete") {
  const actor = await lockActor(tx, viewerId);
  const [reply] = await tx
    .select({
      threadId: replies.threadId,
      authorId: replies.authorId,
      deletedAt: replies.deletedAt,
      hiddenAt: replies.hiddenAt,
      thread: { id: threads.id, title: threads.title, kind: threads.kind },
    })
    .from(replies)
    .innerJoin(threads, eq(threads.id, replies.threadId))
    .where(and(eq(replies.id, id), isNull(threads.deletedAt)))
    .for("update", { of: replies });
  if (!reply || reply.deletedAt) throw new NotFoundError("Reply");
  requirePermission(actor, { do: what, post: reply });
  return { ...reply, actor };
}

export async function updateReply(
  viewerId: string,
  id: number,
  input: ReplyInput,
  limits = rateLimits(),
): Promise<ReplyPlace> {
  const cooked = cook(input.body);
  return getDb().transaction(async (tx) => {
    const reply = await lockOwnReply(tx, viewerId, id, "edit");
    checkLinks(reply.actor, limits, cooked);
    // The same text again writes nothing: the reply keeps its time in feeds, and no page expires.
    if (!(await recordRevision(tx, { replyId: id }, viewerId, input))) return { id, thread: reply.thread, changed: [] };
    await tx
      .update(replies)
      .set({
        ...cookedColumns(input.body, cooked),
        updatedAt: sql`now()`,
      })
      .where(eq(replies.id, id));
    const post = { kind: "reply" as const, id, replyToAuthorId: null };
    await afterEdit(tx, { editorId: viewerId, threadId: reply.threadId, post, mentions: cooked.mentions });
    return { id, thread: reply.thread, changed: replyChanged(id, reply.thread, false, viewerId) };
  });
}

/** Soft delete: the row keeps its place so the conversation still reads; the thread counts live replies. */
export async function deleteReply(viewerId: string, id: number): Promise<{ threadId: number; changed: Changed }> {
  return getDb().transaction(async (tx) => {
    const reply = await lockOwnReply(tx, viewerId, id, "delete");
    await tx
      .update(replies)
      .set({ deletedAt: sql`now()` })
      .where(eq(replies.id, id));
    await tx
      .update(threads)
      .set({ replyCount: sql`${threads.replyCount} - 1` })
      .where(eq(threads.id, reply.threadId));
    const filed = filingChanged([await filingOf(tx, reply.threadId)], false);
    const unanswered = await clearAnswerOf(tx, id, viewerId, "reply-deleted");
    return {
      threadId: reply.threadId,
      changed: [...replyChanged(id, reply.thread, true, viewerId), ...filed, ...unanswered],
    };
  });
}
