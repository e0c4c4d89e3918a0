// Discussions and their parts: categories, threads (discussions and stories alike), tags, replies,
// the revisions an edit keeps, and helpful marks.
import { sql, type SQL } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { ts, descending, tsvector, english } from "./columns";
import { users } from "./members";

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
    // The post's plain text as cook() (lib/markdown/markdown.ts) read it from the Markdown: what search indexes and quotes.
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
    // The reply its author (or a moderator) marked as the answer that helped: discussions only, a live
    // reply of this thread (db/mutations/answers.ts; deleting or hiding that reply clears it, so a set
    // value always names a reply readers can see). Null: unanswered. Each change is in answer_marks.
    answerReplyId: bigint("answer_reply_id", { mode: "number" }).references((): AnyPgColumn => replies.id, {
      onDelete: "set null",
    }),
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
    // The home list's Top orders (lib/urls/thread-sorts.ts).
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
    // The foreign key's index (a reply's delete finds the thread it answers), answered threads only.
    index("threads_answer_reply_id_idx")
      .on(t.answerReplyId)
      .where(sql`${t.answerReplyId} is not null`),
    // The Unanswered lists (?filter=unanswered, home and category pages) in the Active and New orders.
    // Partial: each walks only the live, unanswered discussions. Top orders filter their own index.
    index("threads_unanswered_activity_idx").on(descending(t.lastActivityAt), descending(t.id)).where(unanswered(t)),
    index("threads_unanswered_newest_idx").on(descending(t.createdAt), descending(t.id)).where(unanswered(t)),
    index("threads_category_unanswered_activity_idx")
      .on(t.categoryId, descending(t.lastActivityAt), descending(t.id))
      .where(unanswered(t)),
    index("threads_category_unanswered_newest_idx")
      .on(t.categoryId, descending(t.createdAt), descending(t.id))
      .where(unanswered(t)),
  ],
);

/** A live discussion with no answer marked: the rows of the Unanswered lists' indexes. */
function unanswered(t: { deletedAt: AnyPgColumn; kind: AnyPgColumn; answerReplyId: AnyPgColumn }): SQL {
  return sql`${t.deletedAt} is null and ${t.kind} = 'discussion' and ${t.answerReplyId} is null`;
}

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
    // Ask the author: a question put to a story's author, a public post of its discussion...
    isQuestion: boolean("is_question").notNull().default(false),
    // ...and the author's answer names the question it answers (a question is answered while a live,
    // visible answer names it; deleting or hiding the answer leaves it waiting again).
    questionId: bigint("question_id", { mode: "number" }).references((): AnyPgColumn => replies.id, {
      onDelete: "set null",
    }),
  },
  (t) => [
    index("replies_search_idx").using("gin", t.searchVector),
    index("replies_thread_id_id_idx").on(t.threadId, t.id),
    index("replies_reply_to_id_idx").on(t.replyToId),
    // A story's questions, in order, for its page's "Questions to the author" (and the askers' caps).
    index("replies_questions_idx")
      .on(t.threadId, t.id)
      .where(sql`${t.isQuestion}`),
    index("replies_question_id_idx")
      .on(t.questionId)
      .where(sql`${t.questionId} is not null`),
    // An answer is not itself a question.
    check("replies_answer_not_question", sql`not (${t.isQuestion} and ${t.questionId} is not null)`),
    index("replies_author_id_idx").on(t.authorId, t.createdAt),
    uniqueIndex("replies_author_idempotency_key_idx")
      .on(t.authorId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
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
    // A story's facts in that version as readable lines (lib/stories/story-facts-text.ts); null for other posts.
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

// The edit history's record of the answer mark (db/mutations/answers.ts): each mark, change and unmark
// of a thread's answer, by whom and when, shown on the thread's history page. reply_id is the reply
// marked (null for an unmark); `reason` says why it was cleared when nobody chose to (the reply was
// deleted or hidden).
export const answerMarks = pgTable(
  "answer_marks",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    threadId: bigint("thread_id", { mode: "number" })
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    replyId: bigint("reply_id", { mode: "number" }).references(() => replies.id, { onDelete: "set null" }),
    // The reply whose mark this one replaced or cleared (null when there was none).
    previousReplyId: bigint("previous_reply_id", { mode: "number" }).references(() => replies.id, {
      onDelete: "set null",
    }),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason", { enum: ["chosen", "reply-deleted", "reply-hidden"] })
      .notNull()
      .default("chosen"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    // A thread's history, newest first; also the thread_id foreign key's index.
    index("answer_marks_thread_idx").on(t.threadId, descending(t.id)),
    index("answer_marks_reply_id_idx").on(t.replyId),
    index("answer_marks_previous_reply_id_idx").on(t.previousReplyId),
    index("answer_marks_actor_id_idx").on(t.actorId),
    check("answer_marks_reason_known", sql`${t.reason} in ('chosen', 'reply-deleted', 'reply-hidden')`),
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
