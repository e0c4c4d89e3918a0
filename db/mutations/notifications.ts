// Who is told about a new post, written inside the post's own transaction (a post that is refused
// leaves no notification behind), and the reader's marks on their notifications.
import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { MENTIONS_NOTIFIED_MAX } from "@/lib/markdown";
import type { Changed } from "@/lib/cache-tags";
import { getDb, type Transaction } from "../index";
import { type NotificationKind, notifications, threadFollows, users } from "../schema";

/** A new post: a reply (replyId), or a new thread or story (replyId null). */
export type PostEvent = {
  actorId: string;
  thread: { id: number; authorId: string; hidden: boolean };
  replyId: number | null;
  /** The author of the reply this one answers (same thread, checked by the caller). */
  replyToAuthorId: string | null;
  /** Logins the post mentions (cook().mentions); only the first MENTIONS_NOTIFIED_MAX count. */
  mentions: readonly string[];
};

/**
 * One notification per member for the post, the strongest reason winning (mention, then a reply to
 * their reply, then to their thread, then a followed thread's reply). Never the actor; nobody who muted
 * the thread (mentions included, as Discourse's "muted" promises); nothing at all for a post in a
 * hidden thread (only its author and the moderators can see it, and those would be told of a post
 * they cannot open). Three statements at most: mentioned members, the thread's follows, one insert.
 */
export async function notifyForPost(tx: Transaction, event: PostEvent): Promise<number> {
  if (event.thread.hidden) return 0;
  const mentioned = [...new Set(event.mentions.slice(0, MENTIONS_NOTIFIED_MAX).map((login) => login.toLowerCase()))];
  const mentionedIds =
    mentioned.length === 0
      ? []
      : (
          await tx
            .select({ id: users.id })
            .from(users)
            .where(inArray(sql`lower(${users.login})`, mentioned))
        ).map((row) => row.id);
  const follows = await tx
    .select({ userId: threadFollows.userId, level: threadFollows.level })
    .from(threadFollows)
    .where(eq(threadFollows.threadId, event.thread.id));
  const muted = new Set(follows.filter((f) => f.level === "muted").map((f) => f.userId));

  const reasons = new Map<string, NotificationKind>();
  const tell = (userId: string | null, kind: NotificationKind) => {
    if (userId && userId !== event.actorId && !muted.has(userId) && !reasons.has(userId)) reasons.set(userId, kind);
  };
  for (const id of mentionedIds) tell(id, "mention");
  if (event.replyId !== null) {
    tell(event.replyToAuthorId, "reply-to-reply");
    tell(event.thread.authorId, "reply-to-thread");
    for (const follow of follows) if (follow.level === "following") tell(follow.userId, "followed");
  }
  if (reasons.size === 0) return 0;
  const written = await tx
    .insert(notifications)
    .values(
      [...reasons].map(([recipientId, kind]) => ({
        recipientId,
        kind,
        actorId: event.actorId,
        threadId: event.thread.id,
        replyId: event.replyId,
      })),
    )
    // One per member per post, whatever else may have written one (the unique indexes say so).
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return written.length;
}

// Notifications show only on the reader's own pages, which are rendered per request: no cache tags.
const nothingCached: Changed = [];

/** Marks one of the reader's notifications read; someone else's, or an unknown id, changes nothing. */
export async function markNotificationRead(userId: string, id: number): Promise<{ changed: Changed }> {
  await getDb()
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.id, id), eq(notifications.recipientId, userId), isNull(notifications.readAt)));
  return { changed: nothingCached };
}

/**
 * Marks read every notification up to `upTo` (the newest the reader was shown), so one that arrived
 * while they looked stays unread.
 */
export async function markAllNotificationsRead(userId: string, upTo: number): Promise<{ changed: Changed }> {
  await getDb()
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.recipientId, userId), isNull(notifications.readAt), lte(notifications.id, upTo)));
  return { changed: nothingCached };
}
