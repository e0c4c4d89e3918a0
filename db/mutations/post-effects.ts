// What a new post does for the people around it, inside the post's transaction: the author follows the
// thread and has read up to their own post, and the members concerned are notified
// (./notifications.ts); an edit tells the members it newly mentions. Kept here so the thread, story,
// reply and follow-up mutations each call one function.
import { and, eq } from "drizzle-orm";
import { ForbiddenError } from "@/lib/errors";
import type { Transaction } from "../index";
import { replies, threads } from "../schema";
import { followByWriting } from "./follows";
import { type NotifiedPost, notifyForPost } from "./notifications";
import { recordRead } from "./reads";

/** A new thread or story: its author follows it, and is told of every reply as new (position 0). */
export async function afterNewThread(
  tx: Transaction,
  authorId: string,
  threadId: number,
  mentions: readonly string[],
): Promise<void> {
  await followByWriting(tx, authorId, threadId);
  await recordRead(tx, authorId, threadId, 0);
  await notifyForPost(tx, {
    actorId: authorId,
    thread: { id: threadId, authorId, hidden: false },
    post: { kind: "thread" },
    mentions,
  });
}

/** The author of the reply a new reply answers; refused unless it is in the same thread. */
export async function repliedToAuthor(
  tx: Transaction,
  threadId: number,
  replyToId: number | null | undefined,
): Promise<string | null> {
  if (replyToId == null) return null;
  const [target] = await tx
    .select({ authorId: replies.authorId })
    .from(replies)
    .where(and(eq(replies.id, replyToId), eq(replies.threadId, threadId)));
  if (!target) throw new ForbiddenError("The reply you answered is not in this thread.");
  return target.authorId;
}

/** A new reply: notifications first (the author's own follow must not make them a follower yet), then the author's follow and position. */
export async function afterNewReply(
  tx: Transaction,
  reply: {
    id: number;
    authorId: string;
    replyToAuthorId: string | null;
    mentions: readonly string[];
    /** A question to the story's author, or the author's answer to one (its asker is replyToAuthorId). */
    asked?: "question" | "answer" | null;
  },
  thread: { id: number; authorId: string; hiddenAt: Date | null },
): Promise<void> {
  await notifyForPost(tx, {
    actorId: reply.authorId,
    thread: { id: thread.id, authorId: thread.authorId, hidden: thread.hiddenAt !== null },
    post: { kind: "reply", id: reply.id, replyToAuthorId: reply.replyToAuthorId, asked: reply.asked ?? null },
    mentions: reply.mentions,
  });
  await followByWriting(tx, reply.authorId, thread.id);
  await recordRead(tx, reply.authorId, thread.id, reply.id);
}

/** A story's new follow-up: the story's followers hear of it (and the members it mentions). */
export async function afterNewFollowUp(
  tx: Transaction,
  followUp: { id: number; authorId: string; mentions: readonly string[] },
  story: { id: number; hiddenAt: Date | null },
): Promise<void> {
  await notifyForPost(tx, {
    actorId: followUp.authorId,
    thread: { id: story.id, authorId: followUp.authorId, hidden: story.hiddenAt !== null },
    post: { kind: "follow-up", id: followUp.id },
    mentions: followUp.mentions,
  });
}

/**
 * An edit, saved: the members it mentions who were not told of this post yet are told now (the
 * notification says "mentioned you", as for a new post). Nothing in a hidden thread (a hidden post
 * cannot be edited at all).
 */
export async function afterEdit(
  tx: Transaction,
  edit: { editorId: string; threadId: number; post: NotifiedPost; mentions: readonly string[] },
): Promise<void> {
  if (edit.mentions.length === 0) return;
  const [thread] = await tx
    .select({ authorId: threads.authorId, hiddenAt: threads.hiddenAt })
    .from(threads)
    .where(eq(threads.id, edit.threadId));
  await notifyForPost(tx, {
    actorId: edit.editorId,
    thread: { id: edit.threadId, authorId: thread.authorId, hidden: thread.hiddenAt !== null },
    post: edit.post,
    mentions: edit.mentions,
    edit: true,
  });
}
