// What every thread list shares: the columns of each sort (lib/urls/thread-sorts.ts), the keyset condition
// that starts an index scan at a cursor, and a row's tags as one correlated subquery (an index probe
// per row of a page, inside the list's one statement). Not "server-only": the mutations (and so the
// seed, run by plain Node) read a thread's tags with the same subquery.
import { type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { CursorKind, NumberCursor } from "@/lib/urls/cursor";
import { type ThreadSort, threadSort } from "@/lib/urls/thread-sorts";
import { threads } from "../schema";

type SortColumns = {
  /** The column on threads (home and category lists). */
  thread: PgColumn;
  /** Its copy on thread_tags (tag lists, which read it through an alias), kept by the migration's trigger. */
  tagged: "lastActivityAt" | "createdAt" | "helpfulCount";
  /** A listed row's value of it, for the next page's cursor (a time in milliseconds, or a count). */
  value: (row: { lastActivityAt: Date; createdAt: Date; helpfulCount: number }) => number;
  kind: CursorKind;
  /** Top orders list only the threads started in the last this many days. */
  days: number | null;
};

/** The columns of each order in lib/urls/thread-sorts.ts. */
export function sortColumns(sort: ThreadSort): SortColumns {
  const { cursor: kind, days } = threadSort(sort);
  switch (sort) {
    case "active":
      return {
        thread: threads.lastActivityAt,
        tagged: "lastActivityAt",
        value: (row) => row.lastActivityAt.getTime(),
        kind,
        days,
      };
    case "new":
      return { thread: threads.createdAt, tagged: "createdAt", value: (row) => row.createdAt.getTime(), kind, days };
    case "top-week":
    case "top-month":
    case "top-all":
      return { thread: threads.helpfulCount, tagged: "helpfulCount", value: (row) => row.helpfulCount, kind, days };
  }
}

/** Started within a Top order's window (nothing for the other orders). */
export function startedWithin(createdAt: PgColumn, days: number | null): SQL | undefined {
  return days === null ? undefined : sql`${createdAt} > now() - make_interval(days => ${days})`;
}

/**
 * Rows after the cursor in (column desc, id desc) order, as a row comparison, so the index scan starts
 * at the cursor (an OR of the two cases is applied as a filter after walking every row before it).
 * sql.param encodes a time as the column does (the drivers differ on a bare Date).
 */
export function afterCursor(column: PgColumn, id: PgColumn, cursor: NumberCursor, kind: CursorKind): SQL {
  const value = kind === "timestamp" ? sql.param(new Date(cursor.value), column) : sql`${cursor.value}`;
  return sql`(${column}, ${id}) < (${value}, ${cursor.id})`;
}

/**
 * The thread's tags in the order written, as text[] ('{}' for none). Written out with its own aliases:
 * Drizzle leaves column names unqualified in a one-table select, where "id" inside the subquery would
 * name the tag's id, not the thread's. Every list selects from "threads" under that name.
 */
export const tagNames = sql<
  string[]
>`coalesce((select array_agg("tag"."name" order by "tagging"."position") from "thread_tags" "tagging" inner join "tags" "tag" on "tag"."id" = "tagging"."tag_id" where "tagging"."thread_id" = "threads"."id"), '{}')`;
