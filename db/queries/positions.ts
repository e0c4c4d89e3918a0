// Whether a list's cursor names a real position: a reply of that thread, a row with exactly that sort
// value. proxy.ts asks (through app/api/positions) before a cursor page is rendered, so an invented
// cursor is sent to the list's first page instead of becoming a cached page of its own. One indexed
// probe by primary key each.
import "server-only";
import { type SQL, and, eq, isNull, or, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Cursor, CursorKind, NumberCursor } from "@/lib/urls/cursor";
import type { StorySort } from "@/lib/stories/story-filters";
import type { ThreadSort } from "@/lib/urls/thread-sorts";
import { getDb } from "../index";
import { modActions, replies, stories, threads, users } from "../schema";
import { sortKey } from "./stories";
import { sortColumns } from "./thread-order";
import { unansweredDiscussions } from "./threads";

/** The cursor's value as the list computed it from the row: a time in whole milliseconds, or a count. */
function valueIs(column: PgColumn, kind: CursorKind, value: number): SQL {
  return kind === "timestamp" ? sql`floor(extract(epoch from ${column}) * 1000) = ${value}` : sql`${column} = ${value}`;
}

async function exists(
  table: typeof threads | typeof stories | typeof replies | typeof modActions,
  where: SQL | undefined,
): Promise<boolean> {
  const rows = await getDb()
    .select({ one: sql`1` })
    .from(table)
    .where(where)
    .limit(1);
  return rows.length > 0;
}

/** `after=` a reply of the thread, or `before=` one (a page's "earlier" link) or one past it (a reply's own place). */
export function replyPositionExists(threadId: number, request: { after?: number; before?: number }): Promise<boolean> {
  const ids =
    request.after !== undefined
      ? [request.after]
      : request.before !== undefined
        ? [request.before, request.before - 1]
        : [];
  return exists(replies, and(eq(replies.threadId, threadId), or(...ids.map((id) => eq(replies.id, id)))));
}

/** Whether the thread is there to page through at all (a deleted or unknown one is a 404, cursor or not). */
export function threadExists(threadId: number): Promise<boolean> {
  return exists(threads, and(eq(threads.id, threadId), isNull(threads.deletedAt)));
}

/**
 * A thread list's cursor (the home page's, a category's, a tag's): that thread, with that value of the
 * order's column; on an Unanswered list, a discussion still unanswered (once answered it has left the
 * list, as a thread with a newer reply has left its place).
 */
export function threadPositionExists(sort: ThreadSort, cursor: NumberCursor, unanswered = false): Promise<boolean> {
  const order = sortColumns(sort);
  return exists(
    threads,
    and(
      eq(threads.id, cursor.id),
      valueIs(order.thread, order.kind, cursor.value),
      unanswered ? unansweredDiscussions : undefined,
    ),
  );
}

/** A member's list's cursor: their discussion, story or reply with that id, made at that millisecond. */
export async function memberPositionExists(
  login: string,
  of: "threads" | "stories" | "replies",
  cursor: Cursor,
): Promise<boolean> {
  const table = of === "replies" ? replies : threads;
  const rows = await getDb()
    .select({ one: sql`1` })
    .from(table)
    .innerJoin(users, eq(users.id, table.authorId))
    .where(
      and(
        eq(table.id, cursor.id),
        eq(users.login, login),
        of === "replies" ? undefined : eq(threads.kind, of === "stories" ? "story" : "discussion"),
        valueIs(table.createdAt, "timestamp", cursor.at.getTime()),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** A story's questions' cursor: a question of that story (hidden or deleted ones keep their place). */
export function questionPositionExists(storyId: number, after: number): Promise<boolean> {
  return exists(replies, and(eq(replies.threadId, storyId), eq(replies.id, after), eq(replies.isQuestion, true)));
}

/** The moderation log's cursor: one of its entries. */
export function modLogPositionExists(before: number): Promise<boolean> {
  return exists(modActions, eq(modActions.id, before));
}

/** A story list's cursor: that story, with that value of the order's column. */
export function storyPositionExists(sort: StorySort, cursor: NumberCursor): Promise<boolean> {
  const key = sortKey(sort);
  return exists(
    stories,
    and(
      eq(stories.threadId, cursor.id),
      valueIs(key.column, sort === "newest" ? "timestamp" : "integer", cursor.value),
    ),
  );
}
