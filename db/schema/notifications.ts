// What a member hears of: notifications, the threads they follow or mute, and how far they have read.
import { sql } from "drizzle-orm";
import { bigint, check, index, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { ts, descending } from "./columns";
import { users } from "./members";
import { threads, replies } from "./posts";
import { followUps } from "./stories";
import { emailJobs } from "./email";

// What a member is told about (db/mutations/notifications.ts): written in the transaction of the post
// that causes it, once per member per post (the post is the event: a reply, a story's follow-up, or a
// new thread when reply_id and update_id are null; an edit that adds a mention tells only members not
// told of that post yet). The strongest reason wins: mention, then a reply to their reply, then to
// their thread, then a reply in (or a follow-up to) a thread they follow.
// "answer": a thread's author (or a moderator) marked the member's reply as the answer that helped.
// "question": a reader asked the member a question on their story; "question-answered": the story's
// author answered the member's question.
export const NOTIFICATION_KINDS = [
  "mention",
  "reply-to-reply",
  "reply-to-thread",
  "followed",
  "follow-up",
  "answer",
  "question",
  "question-answered",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notifications = pgTable(
  "notifications",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    recipientId: text("recipient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    actorId: text("actor_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    threadId: bigint("thread_id", { mode: "number" })
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    replyId: bigint("reply_id", { mode: "number" }).references(() => replies.id, { onDelete: "cascade" }),
    updateId: bigint("update_id", { mode: "number" }).references(() => followUps.id, { onDelete: "cascade" }),
    createdAt: ts("created_at").notNull().defaultNow(),
    readAt: ts("read_at"),
    // The email job that took this notification into its email (db/mutations/email-queue.ts): set when
    // the job first runs, so a retry sends the same notifications and a later job never repeats them.
    emailJobId: bigint("email_job_id", { mode: "number" }).references(() => emailJobs.id, { onDelete: "set null" }),
  },
  (t) => [
    // /notifications: a member's, newest first, paged by id.
    index("notifications_recipient_idx").on(t.recipientId, descending(t.id)),
    // The header's unread count reads only unread rows.
    index("notifications_unread_idx")
      .on(t.recipientId)
      .where(sql`${t.readAt} is null`),
    uniqueIndex("notifications_reply_once_idx")
      .on(t.recipientId, t.replyId)
      .where(sql`${t.replyId} is not null`),
    uniqueIndex("notifications_update_once_idx")
      .on(t.recipientId, t.updateId)
      .where(sql`${t.updateId} is not null`),
    uniqueIndex("notifications_thread_once_idx")
      .on(t.recipientId, t.threadId)
      .where(sql`${t.replyId} is null and ${t.updateId} is null`),
    index("notifications_actor_id_idx").on(t.actorId),
    index("notifications_thread_id_idx").on(t.threadId),
    index("notifications_reply_id_idx").on(t.replyId),
    index("notifications_update_id_idx").on(t.updateId),
    index("notifications_email_job_id_idx")
      .on(t.emailJobId)
      .where(sql`${t.emailJobId} is not null`),
    check("notifications_one_post", sql`${t.replyId} is null or ${t.updateId} is null`),
    check(
      "notifications_kind_known",
      sql`${t.kind} in (${sql.raw(NOTIFICATION_KINDS.map((k) => `'${k}'`).join(", "))})`,
    ),
  ],
);

// A member's choice for one thread: following (told of every reply) or muted (told of nothing in it,
// mentions included). No row: told only of replies to their own posts and of mentions.
export const FOLLOW_LEVELS = ["following", "muted"] as const;

export type FollowLevel = (typeof FOLLOW_LEVELS)[number];

export const threadFollows = pgTable(
  "thread_follows",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    threadId: bigint("thread_id", { mode: "number" })
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    level: text("level", { enum: FOLLOW_LEVELS }).notNull(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.threadId] }),
    index("thread_follows_thread_id_idx").on(t.threadId, t.level),
    check("thread_follows_level_known", sql`${t.level} in (${sql.raw(FOLLOW_LEVELS.map((k) => `'${k}'`).join(", "))})`),
  ],
);

// How far a member has read each thread they opened: replies with a larger id are new to them. A
// position, not a reference (0 = none read; a deleted reply's id still marks a place).
export const threadReads = pgTable(
  "thread_reads",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    threadId: bigint("thread_id", { mode: "number" })
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    lastReadReplyId: bigint("last_read_reply_id", { mode: "number" }).notNull().default(0),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.threadId] }), index("thread_reads_thread_id_idx").on(t.threadId)],
);
