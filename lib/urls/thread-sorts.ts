// The orders of thread lists (the home page, category pages, tag pages): `?sort=new` and the Top orders
// on any of them, "active" when absent. Each sort names its cursor's kind; db/queries/thread-order.ts
// maps it to columns. Top orders discussions by the helpful marks on their opening post, among those
// started in the last week or month, or ever (as Reddit's "top this week": a window on when a thread
// was posted, so each list stays one index walk).
import { type CursorKind, type NumberCursor, decodeNumberCursor } from "./cursor";

export const THREAD_SORTS = [
  { slug: "active", label: "Active", description: "most recently active first", cursor: "timestamp", days: null },
  { slug: "new", label: "New", description: "newest first", cursor: "timestamp", days: null },
  {
    slug: "top-week",
    label: "Top this week",
    description: "most helpful first, started in the last 7 days",
    cursor: "integer",
    days: 7,
  },
  {
    slug: "top-month",
    label: "Top this month",
    description: "most helpful first, started in the last 30 days",
    cursor: "integer",
    days: 30,
  },
  { slug: "top-all", label: "Top of all time", description: "most helpful first", cursor: "integer", days: null },
] as const satisfies readonly {
  slug: string;
  label: string;
  description: string;
  cursor: CursorKind;
  days: number | null;
}[];

export type ThreadSort = (typeof THREAD_SORTS)[number]["slug"];
export const DEFAULT_THREAD_SORT: ThreadSort = "active";

export function threadSort(sort: ThreadSort) {
  return THREAD_SORTS.find((s) => s.slug === sort)!;
}

/** A known sort, or the default for anything else. */
export function parseThreadSort(value: string | null | undefined): ThreadSort {
  return THREAD_SORTS.find((s) => s.slug === value)?.slug ?? DEFAULT_THREAD_SORT;
}

/** A list cursor for this sort (a time in milliseconds or a count, and an id), or null (the first page) when malformed. */
export function decodeThreadCursor(value: string | null | undefined, sort: ThreadSort): NumberCursor | null {
  return decodeNumberCursor(value ?? undefined, threadSort(sort).cursor);
}

/** The query string of a list in this order from its first page: "" for the default. */
export function sortQuery(sort: ThreadSort): string {
  return sort === DEFAULT_THREAD_SORT ? "" : `?sort=${sort}`;
}
