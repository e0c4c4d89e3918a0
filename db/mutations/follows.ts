// Following and muting a thread, and the follow that writing in a thread implies.
import { and, eq, sql } from "drizzle-orm";
import type { Changed } from "@/lib/cache-tags";
import { NotFoundError } from "@/lib/errors";
import { getDb, type Transaction } from "../index";
import { type FollowLevel, threadFollows, threads } from "../schema";

/**
 * Starting a thread or replying in one follows it (Discourse's "tracking" on reply, made a follow here
 * so a conversation you joined tells you when it goes on). A member who muted or chose a level keeps it.
 */
export async function followByWriting(tx: Transaction, userId: string, threadId: number): Promise<void> {
  await tx.insert(threadFollows).values({ userId, threadId, level: "following" }).onConflictDoNothing();
}

/** The reader's choice for a live thread: following, muted, or (null) neither. */
export async function setFollow(
  userId: string,
  threadId: number,
  level: FollowLevel | null,
): Promise<{
  level: FollowLevel | null;
  thread: { id: number; title: string; kind: "discussion" | "story" };
  changed: Changed;
}> {
  const thread = await getDb().transaction(async (tx) => {
    const [thread] = await tx
      .select({ id: threads.id, title: threads.title, kind: threads.kind })
      .from(threads)
      .where(and(eq(threads.id, threadId), sql`${threads.deletedAt} is null`));
    if (!thread) throw new NotFoundError("Thread");
    if (level === null) {
      await tx.delete(threadFollows).where(and(eq(threadFollows.userId, userId), eq(threadFollows.threadId, threadId)));
      return thread;
    }
    await tx
      .insert(threadFollows)
      .values({ userId, threadId, level })
      .onConflictDoUpdate({
        target: [threadFollows.userId, threadFollows.threadId],
        set: { level, updatedAt: sql`now()` },
      });
    return thread;
  });
  // Follow state reaches the page through the per-reader request only: no cached page changes.
  return { level, thread, changed: [] };
}
