// The one schema for PostgreSQL and PGlite. Auth.js tables follow @auth/drizzle-adapter's expectations
// (passed to the adapter explicitly in auth.ts); forum tables leave room for later features (kind, timestamps).
import { relations, sql } from "drizzle-orm";
import {
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
} from "drizzle-orm/pg-core";
import type { AdapterAccountType } from "next-auth/adapters";
// Relative, not "@/": drizzle-kit loads this file without the app's path aliases.
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
    role: text("role", { enum: ["member", "admin"] }).notNull().default("member"),
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
  },
  (t) => [index("replies_thread_id_id_idx").on(t.threadId, t.id), index("replies_author_id_idx").on(t.authorId)],
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
  (t) => [primaryKey({ columns: [t.storyId, t.userId] }), index("helpful_marks_user_id_idx").on(t.userId)],
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
