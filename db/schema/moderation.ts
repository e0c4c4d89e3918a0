// Moderation: flags, the moderators' log, and the counters the rate limits keep.
import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
// Relative, not "@/": drizzle-kit loads the schema without the app's path aliases.
import { FLAG_REASON_SLUGS } from "../../lib/moderation-options";
import { ts } from "./columns";
import { users } from "./members";
import { threads, replies } from "./posts";

// A member's report of a post: once per member per post, open until a moderator acts on the post.
// A flag on a thread's opening post has no reply_id.
export const flags = pgTable(
  "flags",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    threadId: bigint("thread_id", { mode: "number" })
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    replyId: bigint("reply_id", { mode: "number" }).references(() => replies.id, { onDelete: "cascade" }),
    flaggerId: text("flagger_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason", { enum: FLAG_REASON_SLUGS }).notNull(),
    note: text("note"),
    createdAt: ts("created_at").notNull().defaultNow(),
    resolvedAt: ts("resolved_at"),
    resolvedBy: text("resolved_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("flags_thread_once_idx")
      .on(t.flaggerId, t.threadId)
      .where(sql`${t.replyId} is null`),
    uniqueIndex("flags_reply_once_idx")
      .on(t.flaggerId, t.replyId)
      .where(sql`${t.replyId} is not null`),
    index("flags_flagger_id_idx").on(t.flaggerId, t.createdAt),
    index("flags_thread_id_idx").on(t.threadId),
    index("flags_reply_id_idx").on(t.replyId),
    index("flags_resolved_by_idx").on(t.resolvedBy),
    index("flags_open_idx")
      .on(t.createdAt, t.id)
      .where(sql`${t.resolvedAt} is null`),
    check("flags_reason_known", sql`${t.reason} in (${sql.raw(FLAG_REASON_SLUGS.map((r) => `'${r}'`).join(", "))})`),
  ],
);

// Every moderator action, for /mod/log (with private notes) and the public /moderation log (without).
// actor_id is null for what the site did itself (a post hidden by enough flags).
export const modActions = pgTable(
  "mod_actions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    threadId: bigint("thread_id", { mode: "number" }).references(() => threads.id, { onDelete: "set null" }),
    replyId: bigint("reply_id", { mode: "number" }).references(() => replies.id, { onDelete: "set null" }),
    memberId: text("member_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason").notNull(),
    note: text("note"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("mod_actions_actor_id_idx").on(t.actorId),
    index("mod_actions_thread_id_idx").on(t.threadId),
    index("mod_actions_reply_id_idx").on(t.replyId),
    index("mod_actions_member_id_idx").on(t.memberId),
  ],
);

// Fixed-window counters for limits that have no rows of their own to count (sign-in attempts per IP).
export const rateCounters = pgTable(
  "rate_counters",
  {
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    windowStart: ts("window_start").notNull(),
    hits: integer("hits").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.key, t.windowStart] }),
    index("rate_counters_window_idx").on(t.windowStart),
  ],
);
