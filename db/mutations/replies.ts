// Reply writes. The thread's reply_count and last_activity_at change in the same transaction.
import { and, eq, isNull, sql } from "drizzle-orm";
import { type Changed, tags } from "@/lib/cache-tags";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from "@/lib/markdown";
import { canEdit } from "@/lib/permissions";
import type { ReplyInput } from "@/lib/validation";
import { getDb, type Transaction } from "../index";
import { recentSameReply } from "./duplicates";
import { replies, threads } from "../schema";

/** Where a reply lives, so actions can send the reader straight to its canonical page, and what it changed. */
export type ReplyPlace = { id: number; thread: { id: number; title: string; kind: "discussion" | "story" }; changed: Changed };

/**
 * A reply shows on its thread's page; a discussion's reply count and last activity also show in the
 * list of discussions (story cards show neither).
 */
function replyChanged(id: number, thread: { id: number; kind: "discussion" | "story" }, counted: boolean): Changed {
  const changed = [tags.reply(id), tags.thread(thread.id)];
  return counted && thread.kind === "discussion" ? [...changed, tags.threads] : changed;
}

export async function createReply(authorId: string, threadId: number, input: ReplyInput): Promise<ReplyPlace> {
  // Rendered before the transaction: nothing slow runs while the thread row is locked.
  const bodyHtml = renderMarkdown(input.body);
  return getDb().transaction(async (tx) => {
    // The thread row is locked first (proving it is live): replies to one thread are written one at
    // a time, so the same reply sent twice at once is found by the second.
    const [thread] = await tx
      .select({ id: threads.id, title: threads.title, kind: threads.kind })
      .from(threads)
      .where(and(eq(threads.id, threadId), isNull(threads.deletedAt)))
      .for("update");
    if (!thread) throw new NotFoundError("Thread");
    const same = await recentSameReply(tx, authorId, threadId, input.body);
    if (same) return { id: same.id, thread, changed: [] };
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
        body: input.body,
        bodyHtml,
        rendererVersion: MARKDOWN_RENDERER_VERSION,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: replies.id });
    return { id: reply.id, thread, changed: replyChanged(reply.id, thread, true) };
  });
}

async function lockOwnReply(tx: Transaction, viewerId: string, id: number) {
  const [reply] = await tx
    .select({
      threadId: replies.threadId,
      authorId: replies.authorId,
      deletedAt: replies.deletedAt,
      thread: { id: threads.id, title: threads.title, kind: threads.kind },
    })
    .from(replies)
    .innerJoin(threads, eq(threads.id, replies.threadId))
    .where(and(eq(replies.id, id), isNull(threads.deletedAt)))
    .for("update", { of: replies });
  if (!reply || reply.deletedAt) throw new NotFoundError("Reply");
  if (!canEdit({ id: viewerId }, reply)) throw new ForbiddenError();
  return reply;
}

export async function updateReply(viewerId: string, id: number, input: ReplyInput): Promise<ReplyPlace> {
  const bodyHtml = renderMarkdown(input.body);
  return getDb().transaction(async (tx) => {
    const reply = await lockOwnReply(tx, viewerId, id);
    await tx
      .update(replies)
      .set({
        body: input.body,
        bodyHtml,
        rendererVersion: MARKDOWN_RENDERER_VERSION,
        updatedAt: sql`now()`,
      })
      .where(eq(replies.id, id));
    return { id, thread: reply.thread, changed: replyChanged(id, reply.thread, false) };
  });
}

/** Soft delete: the row keeps its place so the conversation still reads; the thread counts live replies. */
export async function deleteReply(viewerId: string, id: number): Promise<{ threadId: number; changed: Changed }> {
  return getDb().transaction(async (tx) => {
    const reply = await lockOwnReply(tx, viewerId, id);
    await tx.update(replies).set({ deletedAt: sql`now()` }).where(eq(replies.id, id));
    await tx
      .update(threads)
      .set({ replyCount: sql`${threads.replyCount} - 1` })
      .where(eq(threads.id, reply.threadId));
    return { threadId: reply.threadId, changed: replyChanged(id, reply.thread, true) };
  });
}
