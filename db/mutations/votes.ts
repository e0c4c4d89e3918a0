// "This helped me" on any post (a discussion's or a story's opening post, or a reply): one mechanism,
// one table (helpful_votes), the post's count kept in the same transaction.
import { and, eq, isNull, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { type Changed, tags } from "@/lib/cache-tags";
import { NotFoundError } from "@/lib/errors";
import { rateLimits } from "@/lib/limits/rate-limits";
import { getDb, type Transaction } from "../index";
import { helpfulVotes, replies, stories, threads } from "../schema";
import { checkVoteRate, lockActor, requirePermission } from "./limits";
import { filingChanged, filingOf } from "./taxonomy";

/** The post a mark is for: a thread's opening post, or a reply. */
export type VoteTarget = { threadId: number } | { replyId: number };

type Voted = { threadId: number; replyId: number | null; kind: "discussion" | "story"; authorId: string };

/** The live post, its row held so its count and hidden state cannot change under us. */
async function lockPost(
  tx: Transaction,
  target: VoteTarget,
): Promise<Voted & { deletedAt: Date | null; hiddenAt: Date | null }> {
  if ("threadId" in target) {
    const [thread] = await tx
      .select({
        threadId: threads.id,
        kind: threads.kind,
        authorId: threads.authorId,
        deletedAt: threads.deletedAt,
        hiddenAt: threads.hiddenAt,
      })
      .from(threads)
      .where(and(eq(threads.id, target.threadId), isNull(threads.deletedAt)))
      .for("no key update");
    if (!thread) throw new NotFoundError("Post");
    return { ...thread, replyId: null };
  }
  // A reply of a deleted or hidden thread is not there to mark either.
  const [reply] = await tx
    .select({
      threadId: replies.threadId,
      replyId: replies.id,
      kind: threads.kind,
      authorId: replies.authorId,
      deletedAt: sql<Date | null>`coalesce(${replies.deletedAt}, ${threads.deletedAt})`.mapWith(replies.deletedAt),
      hiddenAt: sql<Date | null>`coalesce(${replies.hiddenAt}, ${threads.hiddenAt})`.mapWith(replies.hiddenAt),
    })
    .from(replies)
    .innerJoin(threads, eq(threads.id, replies.threadId))
    .where(and(eq(replies.id, target.replyId), isNull(replies.deletedAt), isNull(threads.deletedAt)))
    .for("no key update", { of: replies });
  if (!reply) throw new NotFoundError("Post");
  return reply;
}

const theMark = (userId: string, post: Voted) =>
  and(
    eq(helpfulVotes.userId, userId),
    post.replyId === null
      ? and(eq(helpfulVotes.threadId, post.threadId), isNull(helpfulVotes.replyId))
      : eq(helpfulVotes.replyId, post.replyId),
  );

async function addToCount(tx: Transaction, post: Voted, by: 1 | -1) {
  const plus = (column: AnyPgColumn) => sql`${column} + ${by}`;
  if (post.replyId !== null) {
    await tx
      .update(replies)
      .set({ helpfulCount: plus(replies.helpfulCount) })
      .where(eq(replies.id, post.replyId));
    return;
  }
  await tx
    .update(threads)
    .set({ helpfulCount: plus(threads.helpfulCount) })
    .where(eq(threads.id, post.threadId));
  if (post.kind === "story")
    await tx
      .update(stories)
      .set({ helpfulCount: plus(stories.helpfulCount) })
      .where(eq(stories.threadId, post.threadId));
}

/**
 * Marks the post as helpful, or takes the mark back on a second press. Authors cannot mark their own
 * posts; giving a mark counts against the day's limit, taking one back never does.
 * The post's page shows the count (and every list showing the thread follows that page's tag), the
 * author's profile the marks received. An opening post's marks also order the Top lists and the
 * stories' "most helpful": the list of its kind, and the category and tag pages it is filed in.
 */
export async function toggleHelpful(
  userId: string,
  target: VoteTarget,
  limits = rateLimits(),
): Promise<{ marked: boolean; changed: Changed }> {
  const { marked, post, reordered } = await getDb().transaction(async (tx) => {
    const actor = await lockActor(tx, userId);
    const post = await lockPost(tx, target);
    requirePermission(actor, { do: "vote", post });
    const removed = await tx.delete(helpfulVotes).where(theMark(userId, post)).returning({ id: helpfulVotes.id });
    if (removed.length === 0) {
      await checkVoteRate(tx, actor, limits);
      await tx.insert(helpfulVotes).values({ threadId: post.threadId, replyId: post.replyId, userId });
    }
    await addToCount(tx, post, removed.length === 0 ? 1 : -1);
    const reordered =
      post.replyId === null
        ? [
            post.kind === "story" ? tags.stories : tags.threads,
            ...filingChanged([await filingOf(tx, post.threadId)], false),
          ]
        : [];
    return { marked: removed.length === 0, post, reordered };
  });
  return { marked, changed: [tags.thread(post.threadId), ...reordered, tags.postsBy(post.authorId)] };
}
