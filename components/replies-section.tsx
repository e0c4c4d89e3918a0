// A thread's replies (for discussions and stories alike), paged by keyset, with the reply box below.
import { Link } from "./link";
import { deleteReplyAction } from "@/app/replies/actions";
import { followAction, replyAction } from "@/app/threads/actions";
import type { ReplyPage } from "@/db/queries/threads";
import { signInPath } from "@/lib/safe-redirect";
import { Avatar } from "./avatar";
import { HelpfulButton } from "./helpful-button";
import { HiddenPost } from "./hidden-post";
import { PostControls } from "./post-controls";
import { PostBody } from "./post-body";
import { QuoteButton } from "./quote-button";
import { ReplyForm } from "./reply-form";
import { EditedMark } from "./edited-mark";
import { historyPath } from "@/lib/paths";
import { TimeAgo } from "./time-ago";
import { MemberLink } from "./member-link";
import { ThreadReader } from "./thread-reader";

type Props = {
  threadId: number;
  replyCount: number;
  canonical: string;
  page: ReplyPage;
  request: { after?: number; before?: number };
  heading?: string;
  /** Moderators locked the thread: no reply box, except for moderators. */
  locked: boolean;
};

function controls(reply: ReplyPage["replies"][number], here: string) {
  return {
    post: { authorId: reply.author.id, hidden: reply.hiddenAt !== null },
    editHref: `/replies/${reply.id}/edit`,
    flagHref: `/replies/${reply.id}/flag`,
    moderateHref: `/mod/replies/${reply.id}`,
    deleteAction: deleteReplyAction,
    hidden: { replyId: reply.id, returnTo: here },
    what: "reply" as const,
  };
}

/** "in reply to @login", leading to the answered reply on whichever page of the thread it is. */
function InReplyTo({ canonical, to }: { canonical: string; to: { id: number; login: string } }) {
  return (
    <Link href={`${canonical}?before=${to.id + 1}#reply-${to.id}`} className="hover:underline">
      in reply to @{to.login}
    </Link>
  );
}

export function RepliesSection({ threadId, replyCount, canonical, page, request, heading, locked }: Props) {
  const here = `${canonical}${request.after ? `?after=${request.after}` : request.before ? `?before=${request.before}` : ""}`;
  return (
    <>
      <ThreadReader action={followAction} threadId={threadId} canonical={canonical} lastShown={page.replies.at(-1)?.id ?? null} firstShown={page.replies[0]?.id ?? null} />
      <section aria-labelledby="replies-heading" className="mt-8">
        <h2 id="replies-heading" className="text-lg font-semibold">
          {heading ? `${heading}: ` : ""}
          {replyCount} {replyCount === 1 ? "reply" : "replies"}
        </h2>
        {page.hasEarlier && (
          <p className="mt-3 text-sm">
            <Link href={`${canonical}?before=${page.replies[0]?.id ?? request.before ?? ""}`} className="underline underline-offset-4">
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
                  {reply.deletedAt ? (
                    <p className="text-sm italic text-zinc-500 dark:text-zinc-400">This reply was deleted by its author.</p>
                  ) : reply.bodyHtml === null ? (
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <HiddenPost authorId={reply.author.id} reason={reply.hiddenReason} what="reply" />
                      <PostControls {...controls(reply, here)} />
                    </div>
                  ) : (
                    <>
                      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm text-zinc-600 dark:text-zinc-400">
                        <p className="flex items-center gap-2">
                          <Avatar login={reply.author.login} image={reply.author.image} size={24} />
                          <MemberLink login={reply.author.login} />
                          <a href={`#reply-${reply.id}`} className="hover:underline">
                            <TimeAgo date={reply.createdAt} />
                          </a>
                          {reply.editedAt && <EditedMark at={reply.editedAt} href={historyPath({ threadId, replyId: reply.id })} />}
                          {reply.replyTo && <InReplyTo canonical={canonical} to={reply.replyTo} />}
                        </p>
                        <PostControls {...controls(reply, here)} />
                      </div>
                      <PostBody html={reply.bodyHtml} />
                      <div className="mt-3 flex flex-wrap items-center gap-2">
                        <HelpfulButton threadId={threadId} replyId={reply.id} authorId={reply.author.id} count={reply.helpfulCount} what={`reply by ${reply.author.login}`} />
                        <QuoteButton replyId={reply.id} login={reply.author.login} href={`${canonical}?before=${reply.id + 1}#reply-${reply.id}`} />
                      </div>
                    </>
                  )}
                </article>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-3 text-zinc-600 dark:text-zinc-400">
            {page.hasEarlier ? "No more replies here." : "No replies yet. Share what you know."}
          </p>
        )}
        {page.hasLater && (
          <p className="mt-4 text-sm">
            <Link href={`${canonical}?after=${page.replies.at(-1)?.id ?? request.after ?? ""}`} rel="next" className="underline underline-offset-4">
              Newer replies
            </Link>
          </p>
        )}
      </section>

      <section id="reply" aria-labelledby="reply-heading" className="mt-8 scroll-mt-4">
        <h2 id="reply-heading" className="mb-3 text-lg font-semibold">Your reply</h2>
        <ReplyForm action={replyAction} threadId={threadId} signInHref={signInPath(`${canonical}#reply`)} locked={locked} />
      </section>
    </>
  );
}
