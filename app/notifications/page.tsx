import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/auth";
import { ActionButton } from "@/components/action-button";
import { Link } from "@/components/link";
import { TimeAgo } from "@/components/time-ago";
import { type NotificationItem, listNotifications } from "@/db/queries/notifications";
import { parseId } from "@/lib/ids";
import { signInPath } from "@/lib/urls/safe-redirect";
import { markAllReadAction, markReadAction } from "./actions";
import { UnreadCount } from "./unread-count";

// The reader's own page, so rendered per request (like /mod): sign-in and the list are real answers.
export const instant = false;
export const metadata: Metadata = { title: "Notifications", robots: { index: false } };

const WHAT: Record<NotificationItem["kind"], string> = {
  mention: "mentioned you in",
  "reply-to-reply": "replied to your reply in",
  "reply-to-thread": "replied to your post",
  followed: "replied in",
  "follow-up": "added a follow-up to",
  answer: "marked your reply as the answer that helped in",
  question: "asked you a question on",
  "question-answered": "answered your question on",
};

function Sentence({ item }: { item: NotificationItem }) {
  const where = item.thread.kind === "story" ? "story" : "discussion";
  return (
    <>
      <span className="font-semibold">{item.actor}</span> {WHAT[item.kind]}{" "}
      <span className="sr-only">the {where} </span>
      <span className="font-medium">“{item.thread.title}”</span>
      {(item.kind === "followed" || item.kind === "follow-up") && <span>, which you follow</span>}
    </>
  );
}

/** Newest first: /notifications, then ?before=<id>. */
export default async function NotificationsPage({ searchParams }: PageProps<"/notifications">) {
  const raw = (await searchParams).before;
  const user = await currentUser();
  if (!user) redirect(signInPath("/notifications"));
  const before = raw === undefined ? undefined : parseId(raw);
  if (before === null) notFound();
  const { items, nextBefore, newestId, unread } = await listNotifications(user.id, before);
  const linkClass = "underline underline-offset-4";
  return (
    <section aria-labelledby="notifications-heading" className="mx-auto max-w-3xl">
      <UnreadCount count={unread} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="notifications-heading" className="text-2xl font-bold tracking-tight">
          Notifications
        </h1>
        {unread > 0 && newestId !== null && (
          <ActionButton
            action={markAllReadAction}
            hidden={{ upTo: newestId }}
            pendingText="Marking…"
            className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            Mark all read
          </ActionButton>
        )}
      </div>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        {unread === 0 ? "Nothing unread." : `${unread >= 100 ? "99+" : unread} unread.`} Replies to your posts, mentions
        of you, and replies (and follow-ups) in threads you follow.{" "}
        <Link href="/settings/email" className="underline underline-offset-4">
          Email settings
        </Link>
      </p>
      {items.length === 0 ? (
        <p className="mt-6 rounded-xl border border-dashed border-zinc-300 p-8 text-center text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          {before === undefined
            ? "No notifications yet. When someone replies to you or mentions you, it shows here."
            : "No older notifications."}
        </p>
      ) : (
        <ol className="mt-6 space-y-3">
          {items.map((item) => {
            const unreadItem = item.readAt === null;
            return (
              <li
                key={item.id}
                data-unread={unreadItem || undefined}
                className={`flex flex-wrap items-start justify-between gap-3 rounded-xl border p-4 ${
                  unreadItem
                    ? "border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40"
                    : "border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
                }`}
              >
                <div className="min-w-0 flex-1 text-sm">
                  <p>
                    {unreadItem && (
                      <span className="mr-2 rounded-full bg-emerald-700 px-2 py-0.5 text-xs font-semibold text-white">
                        New
                      </span>
                    )}
                    {item.gone ? (
                      <Sentence item={item} />
                    ) : (
                      // Opening it marks it read (app/notifications/[id]/route.ts); a plain link: no prefetch.
                      <a href={`/notifications/${item.id}`} className="hover:underline">
                        <Sentence item={item} />
                      </a>
                    )}
                  </p>
                  <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                    <TimeAgo date={item.createdAt} />
                    {item.gone && " · no longer there"}
                  </p>
                </div>
                {unreadItem && (
                  <ActionButton
                    action={markReadAction}
                    hidden={{ id: item.id }}
                    pendingText="Marking…"
                    className="rounded-md px-2 py-1 text-xs font-medium text-zinc-700 underline underline-offset-4 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
                  >
                    Mark read
                    <span className="sr-only">
                      : {item.actor} in “{item.thread.title}”
                    </span>
                  </ActionButton>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <nav aria-label="Pagination" className="mt-6 flex justify-between text-sm">
        {before !== undefined ? (
          <Link href="/notifications" className={linkClass}>
            Newest
          </Link>
        ) : (
          <span />
        )}
        {nextBefore !== null && (
          <Link href={`/notifications?before=${nextBefore}`} rel="next" className={linkClass}>
            Older notifications
          </Link>
        )}
      </nav>
    </section>
  );
}
