// What every thread list shares: the columns of each sort (lib/thread-sorts.ts), the keyset condition
// that starts an index scan at a cursor, and a row's tags as one correlated subquery (an index probe
// per row of a page, inside the list's one statement). Not "server-only": the mutations (and so the
// seed, run by plain Node) read a thread's tags with the same subquery.
import { type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Cursor } from "@/lib/cursor";
import type { ThreadSort } from "@/lib/thread-sorts";
import { threads } from "../schema";

type SortColumns = {
  /** The column on threads (home and category lists). */
  thread: PgColumn;
  /** Its copy on thread_tags (tag lists, which read it through an alias), kept by the migration's trigger. */
  tagged: "lastActivityAt" | "createdAt";
  /** A listed row's value of it, for the next page's cursor. */
  value: (row: { lastActivityAt: Date; createdAt: Date }) => Date;
};

/** The plug-in point for a new order ("top": threads.vote_count / thread_tags.vote_count). */
export function sortColumns(sort: ThreadSort): SortColumns {
  switch (sort) {
    case "active":
      return { thread: threads.lastActivityAt, tagged: "lastActivityAt", value: (row) => row.lastActivityAt };
    case "new":
      return { thread: threads.createdAt, tagged: "createdAt", value: (row) => row.createdAt };
  }
}

/**
 * Rows after the cursor in (column desc, id desc) order, as a row comparison, so the index scan starts
 * at the cursor (an OR of the two cases is applied as a filter after walking every row before it).
 * sql.param encodes the date as the column does (the drivers differ on a bare Date).
 */
export function afterCursor(column: PgColumn, id: PgColumn, cursor: Cursor): SQL {
  return sql`(${column}, ${id}) < (${sql.param(cursor.at, column)}, ${cursor.id})`;
}

/**
 * The thread's tags in the order written, as text[] ('{}' for none). Written out with its own aliases:
 * Drizzle leaves column names unqualified in a one-table select, where "id" inside the subquery would
 * name the tag's id, not the thread's. Every list selects from "threads" under that name.
 */
export const tagNames = sql<string[]>`coalesce((select array_agg("tag"."name" order by "tagging"."position") from "thread_tags" "tagging" inner join "tags" "tag" on "tag"."id" = "tagging"."tag_id" where "tagging"."thread_id" = "threads"."id"), '{}')`;
