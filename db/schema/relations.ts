// Drizzle's relations between the tables, for relational queries.
import { relations } from "drizzle-orm";
import { users } from "./members";
import { categories, threads, tags, threadTags, replies } from "./posts";

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
