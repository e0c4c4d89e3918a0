// The same post sent twice (a form resubmitted after going back, a replayed request, a retry after the
// connection dropped mid-insert) is written once: a create that finds the same author's identical post
// from the last few minutes returns that post instead. The check and the insert run under a row lock
// (the thread for a reply, the author for a thread or story), so two copies sent at once are one too.
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../index";
import { replies, threads, users } from "../schema";

/** How long an identical post counts as the same one sent again. */
export const RESUBMIT_WINDOW_SECONDS = 5 * 60;

const recent = (column: typeof threads.createdAt | typeof replies.createdAt) =>
  gt(column, sql`clock_timestamp() - make_interval(secs => ${RESUBMIT_WINDOW_SECONDS})`);

/** Holds the author's row until the transaction ends: their creates run one at a time. */
export async function lockAuthor(tx: Transaction, authorId: string): Promise<void> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, authorId)).for("update");
}

/** The author's live thread or story with this title and text from the last few minutes, if any. */
export async function recentSameThread(tx: Transaction, authorId: string, kind: "discussion" | "story", post: { title: string; body: string }) {
  const [row] = await tx
    .select({ id: threads.id })
    .from(threads)
    .where(and(eq(threads.authorId, authorId), eq(threads.kind, kind), eq(threads.title, post.title), eq(threads.body, post.body), isNull(threads.deletedAt), recent(threads.createdAt)))
    .limit(1);
  return row ?? null;
}

/** The author's live reply in this thread with this text from the last few minutes, if any. */
export async function recentSameReply(tx: Transaction, authorId: string, threadId: number, body: string) {
  const [row] = await tx
    .select({ id: replies.id })
    .from(replies)
    .where(and(eq(replies.threadId, threadId), eq(replies.authorId, authorId), eq(replies.body, body), isNull(replies.deletedAt), recent(replies.createdAt)))
    .orderBy(sql`${replies.id} desc`)
    .limit(1);
  return row ?? null;
}
