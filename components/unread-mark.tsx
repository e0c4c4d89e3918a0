"use client";
// "3 new" beside a listed thread the reader has opened before and that has replies since, leading to
// the first of them. Each mark declares its thread to the per-reader request, so any list that shows
// marks (threads, stories, a profile's, the home page's side column) is asked about, in one request.
import { NEW_REPLIES_CAP, firstUnreadPath } from "@/lib/reader-scope";
import { Link } from "./link";
import { ReaderScope, useReaderState } from "./viewer";

export function UnreadMark({ threadId, canonical }: { threadId: number; canonical: string }) {
  const unread = useReaderState()?.unread.find((u) => u.id === threadId);
  return (
    <>
      <ReaderScope threads={[threadId]} />
      {unread && (
        <Link
          href={firstUnreadPath(canonical, unread)}
          data-testid="unread-mark"
          className="ml-2 inline-flex items-center rounded-full bg-emerald-100 px-2 py-0.5 align-middle text-xs font-semibold text-emerald-800 hover:bg-emerald-200 dark:bg-emerald-900 dark:text-emerald-200 dark:hover:bg-emerald-800"
        >
          {unread.newReplies >= NEW_REPLIES_CAP ? `${NEW_REPLIES_CAP - 1}+` : unread.newReplies} new
          <span className="sr-only"> {unread.newReplies === 1 ? "reply" : "replies"}: go to the first</span>
        </Link>
      )}
    </>
  );
}
