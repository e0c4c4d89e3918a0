// The orders of thread lists (the home page, category pages, tag pages): `?sort=new` on any of them,
// "active" when absent. Each sort names its cursor's kind; db/queries/thread-lists.ts maps it to columns.
//
// "top" (helpful votes on threads) plugs in as one more entry here, { slug: "top", label: "Top",
// cursor: "integer" }, one more case in sortColumns() in db/queries/thread-lists.ts (threads.vote_count
// and its copy thread_tags.vote_count, kept by the migration's trigger), and an index per list beside
// the "new" ones in db/schema.ts. Its cursor is then a count, not a time: decodeThreadCursor already
// decodes by kind, and the lists' Cursor becomes a NumberCursor (the wire form "value.id" is the same).
import { type Cursor, type CursorKind, decodeNumberCursor } from "./cursor";

export const THREAD_SORTS = [
  { slug: "active", label: "Active", description: "most recently active first", cursor: "timestamp" },
  { slug: "new", label: "New", description: "newest first", cursor: "timestamp" },
] as const satisfies readonly { slug: string; label: string; description: string; cursor: CursorKind }[];

export type ThreadSort = (typeof THREAD_SORTS)[number]["slug"];
export const DEFAULT_THREAD_SORT: ThreadSort = "active";

/** A known sort, or the default for anything else. */
export function parseThreadSort(value: string | null | undefined): ThreadSort {
  return THREAD_SORTS.find((s) => s.slug === value)?.slug ?? DEFAULT_THREAD_SORT;
}

/** A list cursor for this sort, or null (the first page) when malformed. */
export function decodeThreadCursor(value: string | null | undefined, sort: ThreadSort): Cursor | null {
  const kind = THREAD_SORTS.find((s) => s.slug === sort)!.cursor;
  const decoded = decodeNumberCursor(value ?? undefined, kind);
  return decoded ? { at: new Date(decoded.value), id: decoded.id } : null;
}

/** The query string of a list in this order from its first page: "" for the default. */
export function sortQuery(sort: ThreadSort): string {
  return sort === DEFAULT_THREAD_SORT ? "" : `?sort=${sort}`;
}
