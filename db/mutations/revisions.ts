// Edit history: called by each edit mutation inside its transaction, after it has locked the post and
// checked the editor, and before it writes the new version. Keeps the version being replaced when the
// edit changes anything, and says whether it did: an edit that changes nothing keeps no revision,
// leaves the post unmarked, and its caller writes nothing of the post (its filing may still change).
import { eq, max, sql } from "drizzle-orm";
import type { Transaction } from "../index";
import { storedFactsText } from "../queries/story-facts-text";
import { postRevisions, replies, threads } from "../schema";

export type RevisionTarget = { threadId: number } | { replyId: number };
/** The version the edit would write: a reply has no title; only a story has facts. */
export type NextVersion = { title?: string; body: string; facts?: string };

/**
 * Stores the post's current version as a revision when `next` differs from it, marks the post edited,
 * and returns true; returns false (and writes nothing here) when `next` is the same. The caller holds the
 * post's row lock, so version numbers are taken one at a time.
 */
export async function recordRevision(
  tx: Transaction,
  target: RevisionTarget,
  editorId: string,
  next: NextVersion,
): Promise<boolean> {
  const isThread = "threadId" in target;
  const [current] = isThread
    ? await tx.select({ title: threads.title, body: threads.body }).from(threads).where(eq(threads.id, target.threadId))
    : await tx
        .select({ title: sql<string | null>`null`, body: replies.body })
        .from(replies)
        .where(eq(replies.id, target.replyId));
  const facts = isThread && next.facts !== undefined ? await storedFactsText(tx, target.threadId) : null;
  const same =
    current.body === next.body &&
    (!isThread || current.title === next.title) &&
    (facts === null || facts === next.facts);
  if (same) return false;

  const key = isThread ? postRevisions.threadId : postRevisions.replyId;
  const id = isThread ? target.threadId : target.replyId;
  const [{ last }] = await tx
    .select({ last: max(postRevisions.version) })
    .from(postRevisions)
    .where(eq(key, id));
  const [{ at }] = await tx
    .insert(postRevisions)
    .values({
      ...(isThread ? { threadId: id } : { replyId: id }),
      version: (last ?? 0) + 1,
      title: current.title,
      body: current.body,
      facts,
      editorId,
      // The edit's own moment, not the transaction's start: the post's edited_at is the same value.
      createdAt: sql`clock_timestamp()`,
    })
    .returning({ at: postRevisions.createdAt });
  if (isThread) await tx.update(threads).set({ editedAt: at }).where(eq(threads.id, id));
  else await tx.update(replies).set({ editedAt: at }).where(eq(replies.id, id));
  return true;
}
