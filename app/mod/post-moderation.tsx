// A post as moderators see it, with what they can do to it and to its author. Shared by
// /mod/threads/[id] and /mod/replies/[id].
import { notFound } from "next/navigation";
import { Link } from "@/components/link";
import { postForModeration } from "@/db/queries/moderation";
import { FLAG_REASONS } from "@/lib/moderation-options";
import { can, isSuspended } from "@/lib/permissions";
import { postPath } from "@/lib/urls/paths";
import { requireStaff } from "@/server/staff";
import { LogList } from "@/components/log-list";
import { LiftSuspensionForm, SuspendForm } from "./member-forms";
import { ModerateForm } from "./moderate-form";
import { MoveForm } from "./move-form";
import { categoryById } from "@/lib/categories";
import { formatUtc } from "@/lib/format";

const badge = "rounded-full bg-zinc-200 px-2 py-0.5 text-xs font-medium dark:bg-zinc-700";

export async function PostModeration({
  target,
  here,
}: {
  target: { threadId: number } | { replyId: number };
  here: string;
}) {
  const moderator = await requireStaff(here);
  const post = await postForModeration(target);
  if (!post || post.deletedAt) notFound();
  const openFlags = post.flags.filter((f) => !f.resolvedAt).length;
  const isThread = post.replyId === null;
  const author = post.author;
  const mayActOnAuthor = can(moderator, { do: "suspend", member: author });
  return (
    <article aria-labelledby="post-heading" className="space-y-8">
      <header>
        <h1 id="post-heading" className="text-2xl font-bold tracking-tight">
          {isThread ? (post.kind === "story" ? "Story" : "Thread") : "Reply"}: {post.title}
        </h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
          <span>
            by <span className="font-medium text-zinc-900 dark:text-zinc-100">{author.login}</span> ({author.role},
            joined {formatUtc(author.createdAt)}), posted {formatUtc(post.createdAt)}
          </span>
          {post.hiddenAt && <span className={badge}>Hidden</span>}
          {isThread && post.lockedAt && <span className={badge}>Locked</span>}
          {isThread && post.pinnedAt && <span className={badge}>Pinned</span>}
          {isSuspended(author) && (
            <span className={badge}>Author suspended until {formatUtc(author.suspendedUntil!)}</span>
          )}
          <Link
            href={postPath({
              thread: { id: post.threadId, title: post.title, kind: post.kind },
              replyId: post.replyId,
            })}
            className="underline underline-offset-4"
          >
            View on the forum
          </Link>
        </p>
        {post.hiddenReason && <p className="mt-2 text-sm">Hidden because: {post.hiddenReason}</p>}
      </header>

      <section aria-labelledby="text-heading">
        <h2 id="text-heading" className="text-lg font-semibold">
          What they wrote
        </h2>
        <pre className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap rounded-xl border border-zinc-200 bg-white p-4 font-sans text-sm dark:border-zinc-800 dark:bg-zinc-900">
          {post.body}
        </pre>
      </section>

      <section aria-labelledby="flags-heading">
        <h2 id="flags-heading" className="text-lg font-semibold">
          Flags ({openFlags} open)
        </h2>
        {post.flags.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No one has flagged this post.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {post.flags.map((flag) => (
              <li key={flag.id}>
                <span className="font-medium">
                  {FLAG_REASONS.find((r) => r.slug === flag.reason)?.label ?? flag.reason}
                </span>{" "}
                from {flag.flagger}, {formatUtc(flag.createdAt)}
                {flag.note && <>: “{flag.note}”</>}
                {flag.resolvedAt && (
                  <span className="text-zinc-500 dark:text-zinc-400"> (reviewed {formatUtc(flag.resolvedAt)})</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="act-heading" className="card">
        <h2 id="act-heading" className="mb-3 text-lg font-semibold">
          Moderate this post
        </h2>
        <ModerateForm
          target={target}
          hidden={post.hiddenAt !== null}
          openFlags={openFlags}
          thread={isThread ? { locked: post.lockedAt !== null, pinned: post.pinnedAt !== null } : null}
        />
      </section>

      {isThread && (
        <section aria-labelledby="move-heading" className="card">
          <h2 id="move-heading" className="mb-3 text-lg font-semibold">
            Move this {post.kind === "story" ? "story" : "thread"}
          </h2>
          <MoveForm
            threadId={post.threadId}
            story={post.kind === "story"}
            category={categoryById(post.categoryId).slug}
            tags={post.tags}
          />
        </section>
      )}

      {mayActOnAuthor && (
        <section aria-labelledby="author-heading" className="card">
          <h2 id="author-heading" className="mb-3 text-lg font-semibold">
            The author, {author.login}
          </h2>
          {isSuspended(author) ? <LiftSuspensionForm member={author} /> : <SuspendForm member={author} />}
        </section>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <LogList entries={post.history.entries} />
      </section>
    </article>
  );
}
