// How far a member has read a thread. Positions only move forward.
import { sql } from "drizzle-orm";
import type { Database, Transaction } from "../index";
import { threadReads } from "../schema";

/** Moves the member's position in the thread to `replyId` unless it is already past it. */
export async function recordRead(
  db: Database | Transaction,
  userId: string,
  threadId: number,
  replyId: number,
): Promise<void> {
  await db
    .insert(threadReads)
    .values({ userId, threadId, lastReadReplyId: replyId })
    .onConflictDoUpdate({
      target: [threadReads.userId, threadReads.threadId],
      set: {
        lastReadReplyId: sql`greatest(${threadReads.lastReadReplyId}, excluded.last_read_reply_id)`,
        updatedAt: sql`now()`,
      },
    });
}
