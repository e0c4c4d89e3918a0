import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { Avatar } from "@/components/avatar";
import { OwnerControls } from "@/components/owner-controls";
import { PostBody } from "@/components/post-body";
import { ReplyForm } from "@/components/reply-form";
import { TimeAgo } from "@/components/time-ago";
import { getThread, listReplies } from "@/db/queries/threads";
import { deleteReplyAction } from "@/app/replies/actions";
import { threadPath } from "@/lib/paths";
import { signInPath } from "@/lib/safe-redirect";
import { parseId, parseThreadParam } from "@/lib/validation";
import { deleteThreadAction, replyAction } from "../actions";

type Props = PageProps<"/threads/[id]">;

async function load(param: string) {
  const id = parseThreadParam(param);
  if (id === null) notFound();
  const thread = await getThread(id);
  if (!thread) notFound();
  return thread;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const thread = await load((await params).id);
  return { title: thread.title };
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const { id: param } = await params;
  const query = await searchParams;
  const thread = await load(param);
  const canonical = threadPath(thread);
  if (decodeURIComponent(`/threads/${param}`) !== canonical) {
    // A wrong or missing slug still finds the thread; send the reader to its canonical URL.
    const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string"));
    permanentRedirect(search.size ? `${canonical}?${search}` : canonical);
  }
  const after = parseId(query.after) ?? undefined;
  const before = after === undefined ? (parseId(query.before) ?? undefined) : undefined;
  const page = await listReplies(thread.id, { after, before });
  const firstPage = !page.hasEarlier;
  const now = new Date();
  const here = `${canonical}${after ? `?after=${after}` : before ? `?before=${before}` : ""}`;

  return (
    <>
      <article aria-labelledby="thread-title" className="rounded-xl border border-zinc-200 bg-white p-4 sm:p-6 dark:border-zinc-800 dark:bg-zinc-900">
        <h1 id="thread-title" className="text-2xl font-bold leading-tight tracking-tight sm:text-3xl">
          {thread.title}
        </h1>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-zinc-600 dark:text-zinc-400">
          <p className="flex items-center gap-2">
            <Avatar login={thread.author.login} image={thread.author.image} size={28} />
            <span className="font-medium text-zinc-900 dark:text-zinc-100">{thread.author.login}</span>
            <span>
              posted <TimeAgo date={thread.createdAt} now={now} />
            </span>
            {thread.updatedAt.getTime() > thread.createdAt.getTime() + 60_000 && <span>(edited)</span>}
          </p>
          <OwnerControls
            authorId={thread.author.id}
            editHref={`/threads/${thread.id}/edit`}
            deleteAction={deleteThreadAction}
            hidden={{ threadId: thread.id }}
            what="thread"
          />
        </div>
        {query.error === "forbidden" && (
          <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            You can only change your own posts.
          </p>
        )}
        {firstPage ? (
          <div className="mt-5">
            <PostBody html={thread.bodyHtml} />
          </div>
        ) : (
          <p className="mt-4 text-sm">
            <Link href={canonical} className="underline underline-offset-4">Read the opening post</Link>
          </p>
        )}
      </article>

      <section aria-labelledby="replies-heading" className="mt-8">
        <h2 id="replies-heading" className="text-lg font-semibold">
          {thread.replyCount} {thread.replyCount === 1 ? "reply" : "replies"}
        </h2>
        {page.hasEarlier && (
          <p className="mt-3 text-sm">
            <Link href={`${canonical}?before=${page.replies[0]?.id ?? before ?? ""}`} className="underline underline-offset-4">
              Earlier replies
            </Link>
          </p>
        )}
        {page.replies.length > 0 ? (
          <ol className="mt-4 space-y-4">
            {page.replies.map((reply) => (
              <li key={reply.id} id={`reply-${reply.id}`} className="scroll-mt-4">
                <article
                  aria-label={`Reply by ${reply.author.login}`}
                  className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
                >
                  {reply.bodyHtml === null ? (
                    <p className="text-sm italic text-zinc-500 dark:text-zinc-400">This reply was deleted by its author.</p>
                  ) : (
                    <>
                      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm text-zinc-600 dark:text-zinc-400">
                        <p className="flex items-center gap-2">
                          <Avatar login={reply.author.login} image={reply.author.image} size={24} />
                          <span className="font-medium text-zinc-900 dark:text-zinc-100">{reply.author.login}</span>
                          <a href={`#reply-${reply.id}`} className="hover:underline">
                            <TimeAgo date={reply.createdAt} now={now} />
                          </a>
                          {reply.updatedAt.getTime() > reply.createdAt.getTime() + 60_000 && <span>(edited)</span>}
                        </p>
                        <OwnerControls
                          authorId={reply.author.id}
                          editHref={`/replies/${reply.id}/edit`}
                          deleteAction={deleteReplyAction}
                          hidden={{ replyId: reply.id, returnTo: here }}
                          what="reply"
                        />
                      </div>
                      <PostBody html={reply.bodyHtml} />
                    </>
                  )}
                </article>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-3 text-zinc-600 dark:text-zinc-400">
            {firstPage ? "No replies yet. Share what you know." : "No more replies here."}
          </p>
        )}
        {page.hasLater && (
          <p className="mt-4 text-sm">
            <Link href={`${canonical}?after=${page.replies.at(-1)?.id ?? after ?? ""}`} rel="next" className="underline underline-offset-4">
              Newer replies
            </Link>
          </p>
        )}
      </section>

      <section id="reply" aria-labelledby="reply-heading" className="mt-8 scroll-mt-4">
        <h2 id="reply-heading" className="mb-3 text-lg font-semibold">Your reply</h2>
        <ReplyForm action={replyAction} threadId={thread.id} signInHref={signInPath(`${canonical}#reply`)} />
      </section>
    </>
  );
}
