import type { Metadata } from "next";
import { Link } from "@/components/link";
import { flagQueue } from "@/db/queries/moderation";
import { FLAG_REASONS } from "@/lib/moderation-options";
import { requireStaff } from "@/server/staff";
import { formatUtc } from "@/lib/format";

// Per moderator, so rendered per request and allowed to block (no static shell; sign-in and 404 are real).
export const instant = false;
export const metadata: Metadata = { title: "Flags", robots: { index: false } };

const reasonLabel = (slug: string) => FLAG_REASONS.find((r) => r.slug === slug)?.label ?? slug;

/** The flag queue: each flagged post once, the longest-waiting first, with who flagged it and why. */
export default async function FlagQueuePage() {
  await requireStaff("/mod");
  const { posts, truncated } = await flagQueue();
  return (
    <section aria-labelledby="queue-heading">
      <h1 id="queue-heading" className="text-2xl font-bold tracking-tight">
        Flagged posts
      </h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Oldest first. Open a post to hide it, restore it or dismiss its flags.
      </p>
      {posts.length === 0 ? (
        <p className="mt-6 rounded-xl border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          No open flags. All clear.
        </p>
      ) : (
        <ol className="mt-6 space-y-4">
          {posts.map((post) => {
            const href = post.replyId === null ? `/mod/threads/${post.threadId}` : `/mod/replies/${post.replyId}`;
            return (
              <li key={href} className="card">
                <h2 className="font-semibold">
                  <Link href={href} className="underline-offset-4 hover:underline">
                    {post.replyId === null ? (post.kind === "story" ? "Story" : "Thread") : "Reply"} by{" "}
                    {post.authorLogin}: {post.title}
                  </Link>
                  {post.hidden && (
                    <span className="ml-2 rounded-full bg-zinc-200 px-2 py-0.5 text-xs font-medium dark:bg-zinc-700">
                      Hidden
                    </span>
                  )}
                </h2>
                <p className="mt-2 line-clamp-3 whitespace-pre-line text-sm text-zinc-700 dark:text-zinc-300">
                  {post.body}
                </p>
                <ul className="mt-3 space-y-1 text-sm">
                  {post.flags.map((flag) => (
                    <li key={flag.id}>
                      <span className="font-medium">{reasonLabel(flag.reason)}</span> from {flag.flagger},{" "}
                      {formatUtc(flag.createdAt)}
                      {flag.note && <span className="text-zinc-600 dark:text-zinc-400">: “{flag.note}”</span>}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
      {truncated && (
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
          Showing the oldest flags only: deal with these first, then reload.
        </p>
      )}
    </section>
  );
}
