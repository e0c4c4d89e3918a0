// The one schema for PostgreSQL and PGlite. Auth.js tables follow @auth/drizzle-adapter's expectations
// (passed to the adapter explicitly in auth.ts); forum tables leave room for later features (kind, timestamps).
import { relations, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  type ExtraConfigColumn,
  index,
  integer,
  type PgColumn,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { AdapterAccountType } from "next-auth/adapters";
// Relative, not "@/": drizzle-kit loads this file without the app's path aliases.
import { FLAG_REASON_SLUGS } from "../lib/moderation-options";
import { ROLE_NAMES } from "../lib/roles";
import { EDUCATION, FIELDS, FIRST_ROLE_YEAR_MIN, HOW_HIRED, MONTHS_MAX, ROLES, slugsOf } from "../lib/story-facts";

// Millisecond precision: JavaScript Dates carry milliseconds, and keyset cursors must compare
// exactly what the database stores.
const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

// A CHECK that the column holds one of the validator's slugs. The slugs are inlined (DDL takes no
// parameters); they are fixed kebab-case strings from lib/story-facts.ts, so quoting them is safe.
const oneOf = (column: PgColumn, options: readonly { slug: string }[]) =>
  sql`${column} in (${sql.raw(slugsOf(options).map((slug) => `'${slug}'`).join(", "))})`;

// An index column in the order of a query's `desc(column)`. PostgreSQL reads ORDER BY … DESC as
// DESC NULLS FIRST, but drizzle-kit writes a bare .desc() as DESC NULLS LAST, an order the planner
// cannot use for that ORDER BY (it reads and sorts the whole table instead, even on NOT NULL columns).
const descending = (column: ExtraConfigColumn) => column.desc().nullsFirst();

// The validator's upper bound is the current year, which a constraint cannot follow; this one only
// has to be later than any year the validator will ever accept.
const FIRST_ROLE_YEAR_CEILING = 2100;

export const users = pgTable(
  "users",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").unique(),
    emailVerified: ts("email_verified"),
    image: text("image"),
    // GitHub login, filled by the provider's profile callback; the public handle on the forum.
    login: text("login").notNull().unique(),
    // lib/permissions.ts says what each may do. Admins are the logins in ADMIN_GITHUB_LOGINS (set at
    // each sign-in); admins make moderators.
    role: text("role", { enum: ROLE_NAMES }).notNull().default("member"),
    // Until when the member may not post, vote or flag (FOREVER for good); null when they may.
    suspendedUntil: ts("suspended_until"),
    // The seed's key for one of its fictional people (db/seed-data*.ts); null for every real member.
    // Whether content is sample data is stored, never guessed from a login: GitHub hands logins out
    // to anyone, and reuses them. A stable key (not the login) lets the seed and the demo sign-in find
    // their person again after a real member has claimed its login (db/mutations/logins.ts).
    sampleKey: text("sample_key").unique(),
    isSample: boolean("is_sample")
      .notNull()
      .generatedAlwaysAs(sql`sample_key is not null`),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("users_role_known", sql`${t.role} in (${sql.raw(ROLE_NAMES.map((r) => `'${r}'`).join(", "))})`),
    // Profile addresses are found without case, as GitHub compares logins (/u/Ada is /u/ada).
    index("users_login_lower_idx").on(sql`lower(${t.login})`),
  ],
);

// Logins a member has had before (lowercased), so old profile addresses lead to their page. A login
// someone else holds now is theirs: the current holder is looked up first.
export const previousLogins = pgTable(
  "previous_logins",
  {
    login: text("login").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    changedAt: ts("changed_at").notNull().defaultNow(),
  },
  (t) => [index("previous_logins_user_id_idx").on(t.userId)],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<AdapterAccountType>().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("accounts_user_id_idx").on(t.userId)],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: ts("expires").notNull(),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: ts("expires").notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const threads = pgTable(
  "threads",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text("kind", { enum: ["discussion", "story"] }).notNull().default("discussion"),
    title: text("title").notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    // Sanitized HTML rendered once at write time ("cooked"); pages never render Markdown per request.
    bodyHtml: text("body_html").notNull(),
    rendererVersion: smallint("renderer_version").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    lastActivityAt: ts("last_activity_at").notNull().defaultNow(),
    // Counts live replies only; changes in the same transaction as the reply that changes it.
    replyCount: integer("reply_count").notNull().default(0),
    deletedAt: ts("deleted_at"),
    // Moderation: a hidden post shows a placeholder (and a hidden thread leaves the lists); the
    // reason is public, as in the moderation log. A locked thread takes no replies; pinned ones lead the home list.
    hiddenAt: ts("hidden_at"),
    hiddenReason: text("hidden_reason"),
    lockedAt: ts("locked_at"),
    pinnedAt: ts("pinned_at"),
    // Made by the browser for each form (components/idempotency-key.tsx): the same form sent twice is one post.
    idempotencyKey: text("idempotency_key"),
  },
  (t) => [
    // Also counts an author's recent posts for the rate limits (db/mutations/limits.ts).
    index("threads_author_id_idx").on(t.authorId, t.createdAt),
    uniqueIndex("threads_author_idempotency_key_idx").on(t.authorId, t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
    index("threads_pinned_idx").on(t.pinnedAt).where(sql`${t.pinnedAt} is not null`),
    index("threads_activity_idx")
      .on(t.kind, descending(t.lastActivityAt), descending(t.id))
      .where(sql`${t.deletedAt} is null`),
  ],
);

export const replies = pgTable(
  "replies",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    threadId: bigint("thread_id", { mode: "number" })
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    bodyHtml: text("body_html").notNull(),
    rendererVersion: smallint("renderer_version").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    // A deleted reply keeps its row (and place in the conversation) and shows a placeholder.
    deletedAt: ts("deleted_at"),
    hiddenAt: ts("hidden_at"),
    hiddenReason: text("hidden_reason"),
    idempotencyKey: text("idempotency_key"),
    // The reply this one answers (or quotes), in the same thread; its author is notified.
    replyToId: bigint("reply_to_id", { mode: "number" }).references((): AnyPgColumn => replies.id, { onDelete: "set null" }),
  },
  (t) => [
    index("replies_thread_id_id_idx").on(t.threadId, t.id),
    index("replies_reply_to_id_idx").on(t.replyToId),
    index("replies_author_id_idx").on(t.authorId, t.createdAt),
    uniqueIndex("replies_author_idempotency_key_idx").on(t.authorId, t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
  ],
);

// A success story: the typed facts of one career path. Its headline, text and discussion are the
// thread's (kind "story"), so replies work the same everywhere. Values are slugs from lib/story-facts.ts.
export const stories = pgTable(
  "stories",
  {
    threadId: bigint("thread_id", { mode: "number" })
      .primaryKey()
      .references(() => threads.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    education: text("education").notNull(),
    previousField: text("previous_field").notNull(),
    previousTitle: text("previous_title").notNull(),
    monthsToOffer: smallint("months_to_offer").notNull(),
    firstRoleYear: smallint("first_role_year").notNull(),
    howHired: text("how_hired").notNull(),
    // Copied from the thread so every list order is one index scan over this table alone.
    createdAt: ts("created_at").notNull().defaultNow(),
    helpfulCount: integer("helpful_count").notNull().default(0),
    deletedAt: ts("deleted_at"),
    // Follows threads.hidden_at, so story lists leave hidden stories out reading this table alone.
    hiddenAt: ts("hidden_at"),
  },
  (t) => [
    // One per list order (db/queries/stories.ts listStories), each exactly that ORDER BY.
    index("stories_newest_idx").on(descending(t.createdAt), descending(t.threadId)).where(sql`${t.deletedAt} is null`),
    index("stories_helpful_idx").on(descending(t.helpfulCount), descending(t.threadId)).where(sql`${t.deletedAt} is null`),
    index("stories_fastest_idx").on(t.monthsToOffer, t.threadId).where(sql`${t.deletedAt} is null`),
    index("stories_education_idx").on(t.education),
    index("stories_role_idx").on(t.role),
    index("stories_previous_field_idx").on(t.previousField),
    index("stories_how_hired_idx").on(t.howHired),
    // The database refuses what the validator (lib/story-validation.ts) refuses, from the same lists.
    check("stories_months_range", sql`${t.monthsToOffer} between 0 and ${sql.raw(String(MONTHS_MAX))}`),
    check("stories_role_slug", oneOf(t.role, ROLES)),
    check("stories_education_slug", oneOf(t.education, EDUCATION)),
    check("stories_previous_field_slug", oneOf(t.previousField, FIELDS)),
    check("stories_how_hired_slug", oneOf(t.howHired, HOW_HIRED)),
    check(
      "stories_first_role_year_range",
      sql`${t.firstRoleYear} between ${sql.raw(String(FIRST_ROLE_YEAR_MIN))} and ${sql.raw(String(FIRST_ROLE_YEAR_CEILING))}`,
    ),
  ],
);

// A course, book or project, once per normalised key, so "fast.ai" and "Fast.ai course" meet.
export const resources = pgTable("resources", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  key: text("key").notNull().unique(),
  name: text("name").notNull(),
});

export const storyResources = pgTable(
  "story_resources",
  {
    storyId: bigint("story_id", { mode: "number" })
      .notNull()
      .references(() => stories.threadId, { onDelete: "cascade" }),
    resourceId: bigint("resource_id", { mode: "number" })
      .notNull()
      .references(() => resources.id),
    position: smallint("position").notNull(),
    // As the author wrote it, for their story page.
    label: text("label").notNull(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.resourceId] }), index("story_resources_resource_id_idx").on(t.resourceId)],
);

export const storyMilestones = pgTable(
  "story_milestones",
  {
    storyId: bigint("story_id", { mode: "number" })
      .notNull()
      .references(() => stories.threadId, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    month: smallint("month").notNull(),
    text: text("text").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.position] }),
    check("story_milestones_month_range", sql`${t.month} between 0 and ${sql.raw(String(MONTHS_MAX))}`),
  ],
);

// "This helped me": one mark per member per story; stories.helpful_count follows in the same transaction.
export const helpfulMarks = pgTable(
  "helpful_marks",
  {
    storyId: bigint("story_id", { mode: "number" })
      .notNull()
      .references(() => stories.threadId, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.userId] }), index("helpful_marks_user_id_idx").on(t.userId, t.createdAt)],
);

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
    uniqueIndex("flags_thread_once_idx").on(t.flaggerId, t.threadId).where(sql`${t.replyId} is null`),
    uniqueIndex("flags_reply_once_idx").on(t.flaggerId, t.replyId).where(sql`${t.replyId} is not null`),
    index("flags_flagger_id_idx").on(t.flaggerId, t.createdAt),
    index("flags_thread_id_idx").on(t.threadId),
    index("flags_reply_id_idx").on(t.replyId),
    index("flags_resolved_by_idx").on(t.resolvedBy),
    index("flags_open_idx").on(t.createdAt, t.id).where(sql`${t.resolvedAt} is null`),
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
  (t) => [primaryKey({ columns: [t.bucket, t.key, t.windowStart] }), index("rate_counters_window_idx").on(t.windowStart)],
);

// What a member is told about (db/mutations/notifications.ts): written in the transaction of the post
// that causes it, once per member per post (the post is the event: a reply, or a new thread when
// reply_id is null). The strongest reason wins: mention, then a reply to their reply, then to their
// thread, then a reply in a thread they follow.
export const NOTIFICATION_KINDS = ["mention", "reply-to-reply", "reply-to-thread", "followed"] as const;
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
    createdAt: ts("created_at").notNull().defaultNow(),
    readAt: ts("read_at"),
  },
  (t) => [
    // /notifications: a member's, newest first, paged by id.
    index("notifications_recipient_idx").on(t.recipientId, descending(t.id)),
    // The header's unread count reads only unread rows.
    index("notifications_unread_idx").on(t.recipientId).where(sql`${t.readAt} is null`),
    uniqueIndex("notifications_reply_once_idx").on(t.recipientId, t.replyId).where(sql`${t.replyId} is not null`),
    uniqueIndex("notifications_thread_once_idx").on(t.recipientId, t.threadId).where(sql`${t.replyId} is null`),
    index("notifications_actor_id_idx").on(t.actorId),
    index("notifications_thread_id_idx").on(t.threadId),
    index("notifications_reply_id_idx").on(t.replyId),
    check("notifications_kind_known", sql`${t.kind} in (${sql.raw(NOTIFICATION_KINDS.map((k) => `'${k}'`).join(", "))})`),
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

export const usersRelations = relations(users, ({ many }) => ({
  threads: many(threads),
  replies: many(replies),
}));

export const threadsRelations = relations(threads, ({ one, many }) => ({
  author: one(users, { fields: [threads.authorId], references: [users.id] }),
  replies: many(replies),
}));

export const repliesRelations = relations(replies, ({ one }) => ({
  thread: one(threads, { fields: [replies.threadId], references: [threads.id] }),
  author: one(users, { fields: [replies.authorId], references: [users.id] }),
}));
