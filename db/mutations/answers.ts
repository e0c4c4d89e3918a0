// The answer that helped: a discussion's author (or a moderator) marks one of its replies, changes the
// mark to another, or takes it off. One column on the thread (threads.answer_reply_id) that lists read
// without a join, a row in answer_marks for the thread's history per change, and a notification to
// the reply's author, all in one transaction.
import { and, eq, isNull } from "drizzle-orm";
import { type Changed, tags } from "@/lib/cache-tags";
import { NotFoundError } from "@/lib/errors";
import { getDb, type Transaction } from "../index";
import { answerMarks, notifications, replies, threads } from "../schema";
import { lockActor, requirePermission } from "./limits";
import { filingChanged, filingOf } from "./taxonomy";

export type AnswerResult = {
  thread: { id: number; title: string; kind: "discussion" | "story" };
  /** The reply marked now, or null when the mark was taken off. */
  answerReplyId: number | null;
  changed: Changed;
};

/**
 * Marks `replyId` as the thread's answer, or with null takes the mark off. Marking the reply already
 * marked (or unmarking an unanswered thread) changes nothing and expires nothing: a form sent twice is
 * one change. The reply's author is told, unless they marked it themselves; once per reply, however
 * often it is marked again (the notification's unique index). Locks the reply before the thread, the
 * order a reply's delete takes them, so the two never wait on each other.
 */
export async function setAnswer(userId: string, threadId: number, replyId: number | null): Promise<AnswerResult> {
  return getDb().transaction(async (tx) => {
    const actor = await lockActor(tx, userId);
    const reply = replyId === null ? null : await lockReply(tx, threadId, replyId);
    const [thread] = await tx
      .select({
        id: threads.id,
        title: threads.title,
        kind: threads.kind,
        authorId: threads.authorId,
        deletedAt: threads.deletedAt,
        hiddenAt: threads.hiddenAt,
        lockedAt: threads.lockedAt,
        categoryId: threads.categoryId,
        answerReplyId: threads.answerReplyId,
      })
      .from(threads)
      .where(and(eq(threads.id, threadId), isNull(threads.deletedAt)))
      .for("no key update");
    if (!thread) throw new NotFoundError("Thread");
    requirePermission(actor, { do: "mark-answer", thread, reply });
    const place = { id: thread.id, title: thread.title, kind: thread.kind };
    if (thread.answerReplyId === replyId) return { thread: place, answerReplyId: replyId, changed: [] };

    await tx.update(threads).set({ answerReplyId: replyId }).where(eq(threads.id, threadId));
    await tx.insert(answerMarks).values({
      threadId,
      replyId,
      previousReplyId: thread.answerReplyId,
      actorId: userId,
      reason: "chosen",
    });
    // A hidden thread's replies are not public: its repliers are not told of a mark they cannot see.
    if (reply && reply.authorId !== userId && !thread.hiddenAt) {
      await tx
        .insert(notifications)
        .values({ recipientId: reply.authorId, kind: "answer", actorId: userId, threadId, replyId })
        .onConflictDoNothing();
    }
    return { thread: place, answerReplyId: replyId, changed: await answerChanged(tx, threadId) };
  });
}

/** The reply, in this thread, held so it cannot be deleted or hidden while it is being marked. */
async function lockReply(tx: Transaction, threadId: number, replyId: number) {
  const [reply] = await tx
    .select({ authorId: replies.authorId, deletedAt: replies.deletedAt, hiddenAt: replies.hiddenAt })
    .from(replies)
    .where(and(eq(replies.id, replyId), eq(replies.threadId, threadId)))
    .for("share");
  // Another thread's reply is as unknown here as a made-up id.
  if (!reply) throw new NotFoundError("Reply");
  return reply;
}

/**
 * What a change of the mark changes: the thread's page (the answer under the opening post, the mark
 * on the reply, its history), every list showing the thread (their items carry its tag) and the
 * Unanswered lists it joins or leaves: the home page's (`threads`) and its category's.
 */
async function answerChanged(tx: Transaction, threadId: number): Promise<Changed> {
  const filing = await filingOf(tx, threadId);
  return [tags.thread(threadId), tags.threads, ...filingChanged([{ ...filing, tags: [] }], false)];
}

/**
 * Called by a reply's delete and a moderator's (or the flags') hide, in their transaction, holding the
 * reply's row: a deleted or hidden reply stops being the answer, so a set mark always names a reply a
 * reader can see and the lists never call a thread answered by a reply that is gone. Restoring the
 * reply does not bring the mark back (the asker may mark it again); the history says why it went.
 * Returns what it changed beyond the reply's own write: nothing when the reply was not the answer.
 */
export async function clearAnswerOf(
  tx: Transaction,
  replyId: number,
  actorId: string | null,
  reason: "reply-deleted" | "reply-hidden",
): Promise<Changed> {
  const cleared = await tx
    .update(threads)
    .set({ answerReplyId: null })
    .where(eq(threads.answerReplyId, replyId))
    .returning({ id: threads.id });
  if (cleared.length === 0) return [];
  const threadId = cleared[0].id;
  await tx.insert(answerMarks).values({ threadId, replyId: null, previousReplyId: replyId, actorId, reason });
  return answerChanged(tx, threadId);
}
