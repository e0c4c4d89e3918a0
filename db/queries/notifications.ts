// A member's notifications for /notifications: newest first, paged by id (keyset), each with who did
// it and where. Three statements per page however many there are.
import "server-only";
import { and, desc, eq, lt, max, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { UNREAD_NOTIFICATIONS_CAP } from "@/lib/reader-scope";
import { getDb } from "../index";
import { notifications, replies, followUps, threads, users } from "../schema";

export const NOTIFICATIONS_PER_PAGE = 30;

const actors = alias(users, "actor");

export async function listNotifications(userId: string, before?: number, limit = NOTIFICATIONS_PER_PAGE) {
  const db = getDb();
  const pageQuery = db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      replyId: notifications.replyId,
      updateId: notifications.updateId,
      actor: actors.login,
      thread: { id: threads.id, title: threads.title, kind: threads.kind },
      // A post deleted or hidden since is no longer somewhere to send the reader.
      gone: sql<boolean>`(${threads.deletedAt} is not null or ${threads.hiddenAt} is not null or ${replies.deletedAt} is not null or ${replies.hiddenAt} is not null or ${followUps.deletedAt} is not null)`,
    })
    .from(notifications)
    .innerJoin(actors, eq(actors.id, notifications.actorId))
    .innerJoin(threads, eq(threads.id, notifications.threadId))
    .leftJoin(replies, eq(replies.id, notifications.replyId))
    .leftJoin(followUps, eq(followUps.id, notifications.updateId))
    .where(and(eq(notifications.recipientId, userId), before !== undefined ? lt(notifications.id, before) : undefined))
    .orderBy(desc(notifications.id))
    .limit(limit + 1);
  const newestQuery = db
    .select({ id: max(notifications.id) })
    .from(notifications)
    .where(eq(notifications.recipientId, userId));
  const unreadQuery = db
    .select({ count: sql<number>`count(*)::int`.mapWith(Number) })
    .from(
      sql`(select 1 from ${notifications} where ${notifications.recipientId} = ${userId} and ${notifications.readAt} is null limit ${UNREAD_NOTIFICATIONS_CAP}) as unread`,
    );
  const [rows, [newest], [unread]] = await Promise.all([pageQuery, newestQuery, unreadQuery]);
  const items = rows.slice(0, limit);
  return {
    items,
    nextBefore: rows.length > limit ? items.at(-1)!.id : null,
    newestId: newest?.id ?? null,
    unread: unread.count,
  };
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>["items"][number];

/** Where one of the reader's notifications leads (null when it is not theirs or does not exist). */
export async function notificationTarget(userId: string, id: number) {
  const [row] = await getDb()
    .select({
      replyId: notifications.replyId,
      updateId: notifications.updateId,
      thread: { id: threads.id, title: threads.title, kind: threads.kind },
    })
    .from(notifications)
    .innerJoin(threads, eq(threads.id, notifications.threadId))
    .where(and(eq(notifications.id, id), eq(notifications.recipientId, userId)));
  return row ?? null;
}
