// The one schema for PostgreSQL and PGlite. Auth.js tables follow @auth/drizzle-adapter's expectations
// (passed to the adapter explicitly in auth.ts); forum tables leave room for later features (kind, timestamps).
import { relations, sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,

} from "drizzle-orm/pg-core";
import type { AdapterAccountType } from "next-auth/adapters";

// Millisecond precision: JavaScript Dates carry milliseconds, and keyset cursors must compare
// exactly what the database stores.
const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

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
    role: text("role", { enum: ["member", "admin"] }).notNull().default("member"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
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
  },
  (t) => [
    index("threads_author_id_idx").on(t.authorId),
    index("threads_activity_idx")
      .on(t.lastActivityAt.desc(), t.id.desc())
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
  },
  (t) => [index("replies_thread_id_id_idx").on(t.threadId, t.id), index("replies_author_id_idx").on(t.authorId)],
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
