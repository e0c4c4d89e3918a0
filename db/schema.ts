// The one schema for PostgreSQL and PGlite. Auth.js tables follow @auth/drizzle-adapter's expectations
// (passed to the adapter explicitly in auth.ts); forum tables leave room for later features (kind, timestamps).
import { relations, sql, type SQL } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
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
import { FOLLOW_UP_KINDS, FOLLOW_UP_MONTHS_MAX } from "../lib/follow-ups";
import { FLAG_REASON_SLUGS } from "../lib/moderation-options";
import { ROLE_NAMES } from "../lib/roles";
import { EDUCATION, FIELDS, FIRST_ROLE_YEAR_MIN, HOW_HIRED, MONTHS_MAX, ROLES, slugsOf } from "../lib/story-facts";

// Millisecond precision: JavaScript Dates carry milliseconds, and keyset cursors must compare
// exactly what the database stores.
const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

// A CHECK that the column holds one of the validator's slugs. The slugs are inlined (DDL takes no
// parameters); they are fixed kebab-case strings from lib/story-facts.ts, so quoting them is safe.
const oneOf = (column: PgColumn, options: readonly { slug: string }[]) =>
  sql`${column} in (${sql.raw(
    slugsOf(options)
      .map((slug) => `'${slug}'`)
      .join(", "),
  )})`;

// An index column in the order of a query's `desc(column)`. PostgreSQL reads ORDER BY … DESC as
// DESC NULLS FIRST, but drizzle-kit writes a bare .desc() as DESC NULLS LAST, an order the planner
// cannot use for that ORDER BY (it reads and sorts the whole table instead, even on NOT NULL columns).
const descending = (column: ExtraConfigColumn) => column.desc().nullsFirst();

// Full-text search (db/queries/search.ts): a tsvector kept by the database itself (a stored generated
// column), so it can never fall behind the text it is made from. The 'english' configuration is named
// in every expression: it must be a constant for the column (and for the index to match the queries).
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
const english = (weight: "A" | "B" | "C", column: PgColumn) =>
  sql`setweight(to_tsvector('english', ${column}), '${sql.raw(weight)}')`;

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

// The fixed set of categories (lib/categories.ts), seeded by the migration with their ids: rows, not
// an enum, so pages read names and descriptions and other features (search) can join and filter on them.
export const categories = pgTable("categories", {
  id: smallint("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull(),
  position: smallint("position").notNull(),
});

export const threads = pgTable(
  "threads",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text("kind", { enum: ["discussion", "story"] })
      .notNull()
      .default("discussion"),
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
    // When the last real change to the title, text (or a story's facts) was made; null if never.
    // Set with each post_revisions row, so the "edited" mark needs no extra read.
    editedAt: ts("edited_at"),
    // Counts live replies only; changes in the same transaction as the reply that changes it.
    replyCount: integer("reply_count").notNull().default(0),
    // Helpful marks on the opening post (helpful_votes with no reply), kept in the vote's transaction.
    helpfulCount: integer("helpful_count").notNull().default(0),
    deletedAt: ts("deleted_at"),
    // Moderation: a hidden post shows a placeholder (and a hidden thread leaves the lists); the
    // reason is public, as in the moderation log. A locked thread takes no replies; pinned ones lead the home list.
    hiddenAt: ts("hidden_at"),
    hiddenReason: text("hidden_reason"),
    lockedAt: ts("locked_at"),
    pinnedAt: ts("pinned_at"),
    // Made by the browser for each form (components/idempotency-key.tsx): the same form sent twice is one post.
    idempotencyKey: text("idempotency_key"),
    // The post's plain text as cook() (lib/markdown.ts) read it from the Markdown: what search indexes and quotes.
    bodyText: text("body_text").notNull().default(""),
    // A story's facts that are words (previous title, resources, milestones), so search finds them too.
    searchFacts: text("search_facts").notNull().default(""),
    // Titles weigh most (A), then the text (B), then a story's facts (C).
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`${english("A", threads.title)} || ${english("B", threads.bodyText)} || ${english("C", threads.searchFacts)}`,
      ),
    // lib/categories.ts. The default (1, Getting started) files rows written without one, and every
    // discussion from before categories; stories are always Success stories (set by their mutations).
    categoryId: smallint("category_id")
      .notNull()
      .default(1)
      .references(() => categories.id),
  },
  (t) => [
    index("threads_search_idx").using("gin", t.searchVector),
    // Also counts an author's recent posts for the rate limits (db/mutations/limits.ts).
    index("threads_author_id_idx").on(t.authorId, t.createdAt),
    uniqueIndex("threads_author_idempotency_key_idx")
      .on(t.authorId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    index("threads_pinned_idx")
      .on(t.pinnedAt)
      .where(sql`${t.pinnedAt} is not null`),
    index("threads_activity_idx")
      .on(t.kind, descending(t.lastActivityAt), descending(t.id))
      .where(sql`${t.deletedAt} is null`),
    // The home list's Top orders (lib/thread-sorts.ts).
    index("threads_top_idx")
      .on(t.kind, descending(t.helpfulCount), descending(t.id))
      .where(sql`${t.deletedAt} is null`),
    // The home list's "new" order, and each category page's two orders (db/queries/thread-lists.ts).
    index("threads_newest_idx")
      .on(t.kind, descending(t.createdAt), descending(t.id))
      .where(sql`${t.deletedAt} is null`),
    index("threads_category_activity_idx")
      .on(t.categoryId, descending(t.lastActivityAt), descending(t.id))
      .where(sql`${t.deletedAt} is null`),
    index("threads_category_newest_idx")
      .on(t.categoryId, descending(t.createdAt), descending(t.id))
      .where(sql`${t.deletedAt} is null`),
    index("threads_category_top_idx")
      .on(t.categoryId, descending(t.helpfulCount), descending(t.id))
      .where(sql`${t.deletedAt} is null`),
  ],
);

// A free tag (lib/tags.ts), stored once in its normalised form.
export const tags = pgTable("tags", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  name: text("name").notNull().unique(),
});

// The tags of a thread or story (at most five, lib/tags.ts). It carries copies of the thread's sort
// keys and whether it is listed, so a tag page is one index range scan in its order, like the home
// list, instead of reading every thread with the tag and sorting them. A trigger on threads
// (migration, "hand-written") keeps the copies in step in the same transaction as any write that
// moves them: a reply, an edit, a delete, a moderator hiding or restoring, and later votes.
export const threadTags = pgTable(
  "thread_tags",
  {
    threadId: bigint("thread_id", { mode: "number" })
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    tagId: bigint("tag_id", { mode: "number" })
      .notNull()
      .references(() => tags.id),
    // The order the author wrote them in.
    position: smallint("position").notNull(),
    lastActivityAt: ts("last_activity_at").notNull(),
    createdAt: ts("created_at").notNull(),
    // Neither deleted nor hidden. Not partial indexes: the list indexes also serve the tag_id foreign
    // key, and unlisted rows are few (a filter on the scan, as the home list does for hidden threads).
    listed: boolean("listed").notNull(),
    helpfulCount: integer("helpful_count").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.tagId] }),
    index("thread_tags_activity_idx").on(t.tagId, descending(t.lastActivityAt), descending(t.threadId)),
    index("thread_tags_newest_idx").on(t.tagId, descending(t.createdAt), descending(t.threadId)),
    index("thread_tags_top_idx").on(t.tagId, descending(t.helpfulCount), descending(t.threadId)),
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
    editedAt: ts("edited_at"),
    // A deleted reply keeps its row (and place in the conversation) and shows a placeholder.
    deletedAt: ts("deleted_at"),
    hiddenAt: ts("hidden_at"),
    hiddenReason: text("hidden_reason"),
    idempotencyKey: text("idempotency_key"),
    helpfulCount: integer("helpful_count").notNull().default(0),
    bodyText: text("body_text").notNull().default(""),
    // Weighted like a thread's text, so a reply and an opening post that say the same rank the same.
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs((): SQL => english("B", replies.bodyText)),
    // The reply this one answers (or quotes), in the same thread; its author is notified.
    replyToId: bigint("reply_to_id", { mode: "number" }).references((): AnyPgColumn => replies.id, {
      onDelete: "set null",
    }),
  },
  (t) => [
    index("replies_search_idx").using("gin", t.searchVector),
    index("replies_thread_id_id_idx").on(t.threadId, t.id),
    index("replies_reply_to_id_idx").on(t.replyToId),
    index("replies_author_id_idx").on(t.authorId, t.createdAt),
    uniqueIndex("replies_author_idempotency_key_idx")
      .on(t.authorId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
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
    index("stories_newest_idx")
      .on(descending(t.createdAt), descending(t.threadId))
      .where(sql`${t.deletedAt} is null`),
    index("stories_helpful_idx")
      .on(descending(t.helpfulCount), descending(t.threadId))
      .where(sql`${t.deletedAt} is null`),
    index("stories_fastest_idx")
      .on(t.monthsToOffer, t.threadId)
      .where(sql`${t.deletedAt} is null`),
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
  (t) => [
    primaryKey({ columns: [t.storyId, t.resourceId] }),
    index("story_resources_resource_id_idx").on(t.resourceId),
  ],
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

// "N months later": updates a story's author adds after publishing it (lib/follow-ups.ts).
// months_after_offer counts from the first ML offer, not from posting: the story's own months end at
// that offer, so "14 months after the offer" means the same thing on every story (still in ML a year
// into the job) however long after getting the job its author happened to write the story.
// author_id is the story's author at the time of writing, kept here so the pace limits and the form
// key index read this table alone, as they do for replies.
// Follow-ups; the table keeps the name it was created with.
export const followUps = pgTable(
  "story_updates",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    storyId: bigint("story_id", { mode: "number" })
      .notNull()
      .references(() => stories.threadId, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    monthsAfterOffer: smallint("months_after_offer").notNull(),
    kind: text("kind").notNull(),
    stillInMl: boolean("still_in_ml").notNull(),
    body: text("body").notNull(),
    bodyHtml: text("body_html").notNull(),
    rendererVersion: smallint("renderer_version").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    // Deleted follow-ups leave the story and the insights; the row stays, like a reply's.
    deletedAt: ts("deleted_at"),
    idempotencyKey: text("idempotency_key"),
  },
  (t) => [
    // The story's timeline order (and the foreign key).
    index("story_updates_story_order_idx")
      .on(t.storyId, t.monthsAfterOffer, t.id)
      .where(sql`${t.deletedAt} is null`),
    index("story_updates_story_id_idx").on(t.storyId),
    // Also counts an author's recent follow-ups for the pace limits (db/mutations/limits.ts).
    index("story_updates_author_id_idx").on(t.authorId, t.createdAt),
    uniqueIndex("story_updates_author_idempotency_key_idx")
      .on(t.authorId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    check("story_updates_kind_slug", oneOf(t.kind, FOLLOW_UP_KINDS)),
    check(
      "story_updates_months_range",
      sql`${t.monthsAfterOffer} between 0 and ${sql.raw(String(FOLLOW_UP_MONTHS_MAX))}`,
    ),
  ],
);

// "This helped me" on any post, one mechanism for all: once per member per post, toggled. A mark on a
// thread's opening post (a discussion's or a story's) has no reply_id. The post's helpful_count follows in
// the same transaction (for a story also stories.helpful_count, a copy its list orders use).
export const helpfulVotes = pgTable(
  "helpful_votes",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    threadId: bigint("thread_id", { mode: "number" })
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    replyId: bigint("reply_id", { mode: "number" }).references(() => replies.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("helpful_votes_thread_once_idx")
      .on(t.userId, t.threadId)
      .where(sql`${t.replyId} is null`),
    uniqueIndex("helpful_votes_reply_once_idx")
      .on(t.userId, t.replyId)
      .where(sql`${t.replyId} is not null`),
    // Also a reader's own marks on one thread's page (the opening post and its replies).
    index("helpful_votes_thread_id_idx").on(t.threadId, t.userId),
    index("helpful_votes_reply_id_idx").on(t.replyId),
    // The daily limit counts a member's recent marks.
    index("helpful_votes_user_id_idx").on(t.userId, t.createdAt),
  ],
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

// Edit history: each real edit of a post keeps the version it replaced (Markdown as written), written in
// the edit's own transaction (db/mutations/revisions.ts). A row is the step from `version` to
// `version + 1`: its text is the old one, its editor and time those of the edit. The current text is
// the post's own row. Exactly one of thread_id (a thread's title and opening post, or a story with a
// summary of its facts) and reply_id is set.
export const postRevisions = pgTable(
  "post_revisions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    threadId: bigint("thread_id", { mode: "number" }).references(() => threads.id, { onDelete: "cascade" }),
    replyId: bigint("reply_id", { mode: "number" }).references(() => replies.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title"),
    body: text("body").notNull(),
    // A story's facts in that version as readable lines (lib/story-facts-text.ts); null for other posts.
    facts: text("facts"),
    editorId: text("editor_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    // Also the foreign-key indexes (NULLs never collide, so each serves only its own kind of post).
    uniqueIndex("post_revisions_thread_version_idx").on(t.threadId, t.version),
    uniqueIndex("post_revisions_reply_version_idx").on(t.replyId, t.version),
    index("post_revisions_editor_id_idx").on(t.editorId),
    check("post_revisions_one_post", sql`(${t.threadId} is null) <> (${t.replyId} is null)`),
    check("post_revisions_version_positive", sql`${t.version} > 0`),
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

// What a member is told about (db/mutations/notifications.ts): written in the transaction of the post
// that causes it, once per member per post (the post is the event: a reply, a story's follow-up, or a
// new thread when reply_id and update_id are null; an edit that adds a mention tells only members not
// told of that post yet). The strongest reason wins: mention, then a reply to their reply, then to
// their thread, then a reply in (or a follow-up to) a thread they follow.
export const NOTIFICATION_KINDS = ["mention", "reply-to-reply", "reply-to-thread", "followed", "follow-up"] as const;
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

export const usersRelations = relations(users, ({ many }) => ({
  threads: many(threads),
  replies: many(replies),
}));

export const threadsRelations = relations(threads, ({ one, many }) => ({
  author: one(users, { fields: [threads.authorId], references: [users.id] }),
  category: one(categories, { fields: [threads.categoryId], references: [categories.id] }),
  replies: many(replies),
  tags: many(threadTags),
}));

export const threadTagsRelations = relations(threadTags, ({ one }) => ({
  thread: one(threads, { fields: [threadTags.threadId], references: [threads.id] }),
  tag: one(tags, { fields: [threadTags.tagId], references: [tags.id] }),
}));

export const repliesRelations = relations(replies, ({ one }) => ({
  thread: one(threads, { fields: [replies.threadId], references: [threads.id] }),
  author: one(users, { fields: [replies.authorId], references: [users.id] }),
}));
