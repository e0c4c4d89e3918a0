import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { Avatar } from "@/components/avatar";
import { OwnerControls } from "@/components/owner-controls";
import { PostBody } from "@/components/post-body";
import { RepliesSection } from "@/components/replies-section";
import { replyPageRequest } from "@/lib/reply-paging";
import { TimeAgo } from "@/components/time-ago";
import { getThread, listReplies } from "@/db/queries/threads";
import { threadPath } from "@/lib/paths";
import { ensureCanonical } from "@/lib/canonical";
import { parseThreadParam } from "@/lib/validation";
import { deleteThreadAction } from "../actions";

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
  ensureCanonical(`/threads/${param}`, canonical, query);
  const request = replyPageRequest(query);
  const page = await listReplies(thread.id, request);
  const firstPage = !page.hasEarlier;

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
              posted <TimeAgo date={thread.createdAt} />
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

      <RepliesSection threadId={thread.id} replyCount={thread.replyCount} canonical={canonical} page={page} request={request} />
    </>
  );
}
