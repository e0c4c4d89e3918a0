// The per-reader request's address (app/api/reader/route.ts) and answer, as the browser builds and
// reads them. No zod here: this reaches the browser; the route checks the address with
// ./reader-scope-schema.ts (bad or oversized input is a 400).
import { replyOnPage } from "./urls/paths";

/** A list page names at most this many threads (30 a page, the pinned ones, the stories beside them). */
export const READER_THREADS_MAX = 100;

/** Where the first unread reply of a thread is: the replies page that starts after the reader's position. */
export function firstUnreadPath(canonical: string, unread: { lastReadReplyId: number; firstUnreadId: number }): string {
  const page = unread.lastReadReplyId > 0 ? `${canonical}?after=${unread.lastReadReplyId}` : canonical;
  return `${page}#reply-${unread.firstUnreadId}`;
}

/**
 * Where a thread opened at its plain address (no page of replies, no reply named) should land a reader
 * who has opened it before, as Discourse does: at the first reply they have not seen, or at the last
 * reply when they have seen them all. `{ hash }` when that reply is on this page, `{ href }` for the
 * page of replies it is on, null to stay at the top (never opened, or no replies).
 */
export function landingPlace(
  canonical: string,
  thread: Pick<ThreadState, "lastReadReplyId" | "firstUnreadId" | "lastReplyId">,
  shown: { first: number | null; last: number | null },
): { hash: string } | { href: string } | null {
  const { lastReadReplyId, firstUnreadId, lastReplyId } = thread;
  if (lastReadReplyId === null) return null;
  const target = firstUnreadId ?? (lastReplyId > 0 ? lastReplyId : null);
  if (target === null) return null;
  if (shown.first !== null && shown.last !== null && shown.first <= target && target <= shown.last)
    return { hash: `#reply-${target}` };
  return {
    href:
      firstUnreadId !== null
        ? firstUnreadPath(canonical, { lastReadReplyId, firstUnreadId })
        : replyOnPage(canonical, target),
  };
}

/** The query for a page's scope, in a fixed order so equal scopes are equal strings. */
export function readerQuery(scope: { thread?: number; seen?: number; threads?: readonly number[] }): string {
  const query = new URLSearchParams();
  if (scope.thread !== undefined) query.set("thread", String(scope.thread));
  if (scope.seen !== undefined) query.set("seen", String(scope.seen));
  if (scope.threads?.length) query.set("threads", scope.threads.slice(0, READER_THREADS_MAX).join(","));
  return query.toString();
}

/** What the page asks about: the thread it shows (and the last reply it shows), or the threads it lists. */
export type ReaderScope = { thread?: number; seen?: number; threads?: readonly number[] };

/** The page's scope from its parts: the thread it shows, and every thread any of its lists shows. */
export function mergeScopes(parts: Iterable<ReaderScope>): ReaderScope {
  const merged: ReaderScope = {};
  const threads = new Set<number>();
  for (const part of parts) {
    if (part.thread !== undefined && merged.thread === undefined)
      Object.assign(merged, { thread: part.thread, seen: part.seen });
    for (const id of part.threads ?? []) threads.add(id);
  }
  // Sorted (newest first, kept should a page list more than READER_THREADS_MAX), so the same lists
  // declared in another order ask the same question.
  if (threads.size) merged.threads = [...threads].sort((a, b) => b - a);
  return merged;
}

/** Counted up to here; the header shows "99+" past it, and the count stays an index probe. */
export const UNREAD_NOTIFICATIONS_CAP = 100;
/** New replies counted per listed thread, up to here. */
export const NEW_REPLIES_CAP = 100;

export type ThreadState = {
  id: number;
  follow: "following" | "muted" | null;
  /** The reader's position before this view (null: never opened); replies past it are new to them. */
  lastReadReplyId: number | null;
  /** The thread's newest reply id (0 with none). */
  lastReplyId: number;
  /** The first readable reply past the reader's position (null: none, or never opened). */
  firstUnreadId: number | null;
  /** The posts of this thread the reader marked helpful: reply ids, and 0 for the opening post. */
  helpful: number[];
};
/** A listed thread with replies past the reader's position (threads they muted or never opened have none). */
export type ListedUnread = { id: number; newReplies: number; firstUnreadId: number; lastReadReplyId: number };

/** The per-reader answer beyond the viewer. Add a field here and a part in db/queries/reader.ts. */
export type ReaderState = {
  unreadNotifications: number;
  thread: ThreadState | null;
  unread: ListedUnread[];
};
