// Who is told about a new post, written inside the post's own transaction (a post that is refused
// leaves no notification behind), and the reader's marks on their notifications.
import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { MENTIONS_NOTIFIED_MAX } from "@/lib/markdown/markdown";
import type { Changed } from "@/lib/cache-tags";
import { emailDelaySeconds, emailDelivery } from "@/lib/email/config";
import { getDb, type Transaction } from "../index";
import { type NotificationKind, notifications, threadFollows, users } from "../schema";
import { enqueueNotificationEmails } from "./email-queue";

/** What was posted: a thread's opening post, a reply, or a story's follow-up. */
export type NotifiedPost =
  | { kind: "thread" }
  | { kind: "reply"; id: number; replyToAuthorId: string | null; asked?: "question" | "answer" | null }
  | { kind: "follow-up"; id: number };

/** A new post, or an edit of one (which tells only the members it mentions, as any post would). */
export type PostEvent = {
  actorId: string;
  thread: { id: number; authorId: string; hidden: boolean };
  post: NotifiedPost;
  /** Logins the post mentions (cook().mentions); only the first MENTIONS_NOTIFIED_MAX count. */
  mentions: readonly string[];
  edit?: boolean;
};

/**
 * One notification per member for the post, the strongest reason winning (mention, then a reply to
 * their reply, then to their thread, then a followed thread's reply or follow-up). Never the actor;
 * nobody who muted the thread (mentions included, as Discourse's "muted" promises); nothing at all for
 * a hidden post or a post in a hidden thread (only its author and the moderators can see it, and those
 * would be told of a post they cannot open). An edit of a post tells the members it mentions who were
 * not told of that post before: the unique indexes keep one notification per member per post. Four
 * statements at most: mentioned members, the thread's follows, one insert, and the emails they cause
 * (./email-queue.ts), queued in the same transaction so that a notification and its email exist together.
 */
export async function notifyForPost(tx: Transaction, event: PostEvent): Promise<number> {
  if (event.thread.hidden) return 0;
  const mentioned = [...new Set(event.mentions.slice(0, MENTIONS_NOTIFIED_MAX).map((login) => login.toLowerCase()))];
  if (event.edit && mentioned.length === 0) return 0;
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
  const { post } = event;
  // A question to the author, and the author's answer to its asker, are what the post is for: they
  // come before a mention of the same member (who would otherwise hear "mentioned you").
  if (!event.edit && post.kind === "reply" && post.asked === "question") tell(event.thread.authorId, "question");
  if (!event.edit && post.kind === "reply" && post.asked === "answer") tell(post.replyToAuthorId, "question-answered");
  for (const id of mentionedIds) tell(id, "mention");
  if (!event.edit && post.kind === "reply") {
    tell(post.replyToAuthorId, "reply-to-reply");
    tell(event.thread.authorId, "reply-to-thread");
  }
  if (!event.edit && post.kind !== "thread") {
    for (const follow of follows)
      if (follow.level === "following") tell(follow.userId, post.kind === "reply" ? "followed" : "follow-up");
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
        replyId: post.kind === "reply" ? post.id : null,
        updateId: post.kind === "follow-up" ? post.id : null,
      })),
    )
    // One per member per post, whatever else (or an earlier version of the post) wrote one: the unique
    // indexes say so.
    .onConflictDoNothing()
    .returning({ recipientId: notifications.recipientId, kind: notifications.kind });
  if (written.length > 0 && emailDelivery().kind !== "off")
    await enqueueNotificationEmails(tx, written, emailDelaySeconds());
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
