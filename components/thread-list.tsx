import { Link } from "./link";
import type { ThreadListItem } from "@/db/queries/threads";
import { threadPath } from "@/lib/urls/paths";
import { Avatar } from "./avatar";
import { TimeAgo } from "./time-ago";
import { MemberLink } from "./member-link";
import { Filing } from "./filing";
import { UnreadMark } from "./unread-mark";
import { AnsweredMark } from "./answered-mark";

/** Discussions (and, on category and tag pages, stories); `pinned` ones (moderators pin them) come first, marked. */
export function ThreadList({ threads, pinned = [] }: { threads: ThreadListItem[]; pinned?: ThreadListItem[] }) {
  const rows = [...pinned.map((t) => ({ ...t, pinned: true })), ...threads.map((t) => ({ ...t, pinned: false }))];
  return (
    <>
      <ol className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
        {rows.map((t) => (
          <li key={t.id} className="flex gap-3 px-4 py-3 sm:px-5">
            <Avatar login={t.author.login} image={t.author.image} size={36} />
            <div className="min-w-0 flex-1">
              {t.pinned && (
                <p className="mb-1 text-xs font-medium uppercase tracking-wide text-amber-800 dark:text-amber-300">
                  Pinned by the moderators
                </p>
              )}
              <h2 className="text-base font-semibold leading-snug">
                {t.kind === "story" && (
                  <span className="mr-2 text-xs font-medium uppercase tracking-wide text-emerald-700 dark:text-emerald-400">
                    Story
                  </span>
                )}
                <Link href={threadPath(t)} className="title-link">
                  {t.title}
                </Link>
                <AnsweredMark answered={t.answered} />
                <UnreadMark threadId={t.id} canonical={threadPath(t)} />
              </h2>
              <Filing categoryId={t.categoryId} tags={t.tags} className="mt-1" />
              <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
                <span>
                  by <MemberLink login={t.author.login} className="underline-offset-4 hover:underline" />
                </span>
                <span>
                  {t.replyCount} {t.replyCount === 1 ? "reply" : "replies"}
                </span>
                <span>
                  active <TimeAgo date={t.lastActivityAt} />
                </span>
              </p>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
