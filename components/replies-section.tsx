// A thread's replies (for discussions and stories alike), paged by keyset, with the reply box below.
import { Link } from "./link";
import type { ReplyPage } from "@/db/queries/threads";
import type { FormAction } from "@/lib/form-state";
import { signInPath } from "@/lib/urls/safe-redirect";
import { ReplyCard, type ReplyCardData } from "./reply-card";
import { ReplyForm } from "./reply-form";
import { ThreadReader } from "./thread-reader";

/**
 * The Server Actions of a thread's replies, passed in by the route that shows them (app/threads/actions.ts
 * replyAction, followAction and toggleHelpfulAction; app/replies/actions.ts deleteReplyAction).
 */
export type RepliesActions = {
  reply: FormAction;
  follow: FormAction;
  deleteReply: FormAction;
  helpful: FormAction;
  /** A discussion's (markAnswerAction); stories have no answer to mark. */
  answer?: FormAction;
};

type Props = {
  actions: RepliesActions;
  threadId: number;
  replyCount: number;
  canonical: string;
  page: ReplyPage;
  request: { after?: number; before?: number };
  heading?: string;
  /** Moderators locked the thread: no reply box, except for moderators. */
  locked: boolean;
  /** A discussion's author and the reply marked as its answer (stories: none). */
  answer?: { authorId: string; replyId: number | null };
};

/** What a reply's card needs, and nothing more: it is the page's payload for each reply. */
function cardData(reply: ReplyPage["replies"][number]): ReplyCardData {
  return {
    id: reply.id,
    bodyHtml: reply.bodyHtml,
    createdAt: reply.createdAt,
    editedAt: reply.editedAt,
    deleted: reply.deletedAt !== null,
    hidden: reply.hiddenAt !== null,
    hiddenReason: reply.hiddenAt ? reply.hiddenReason : null,
    helpfulCount: reply.helpfulCount,
    author: { id: reply.author.id, login: reply.author.login, image: reply.author.image },
    replyTo: reply.replyTo && { id: reply.replyTo.id, login: reply.replyTo.login },
    isQuestion: reply.isQuestion,
    answersQuestion: reply.questionId,
  };
}

export function RepliesSection({
  actions,
  threadId,
  replyCount,
  canonical,
  page,
  request,
  heading,
  locked,
  answer,
}: Props) {
  const answerMark =
    answer && actions.answer
      ? {
          action: actions.answer,
          thread: { id: threadId, authorId: answer.authorId, locked, answerReplyId: answer.replyId },
        }
      : undefined;
  const here = `${canonical}${request.after ? `?after=${request.after}` : request.before ? `?before=${request.before}` : ""}`;
  return (
    <>
      <ThreadReader
        action={actions.follow}
        threadId={threadId}
        canonical={canonical}
        lastShown={page.replies.at(-1)?.id ?? null}
        firstShown={page.replies[0]?.id ?? null}
        plain={!request.after && !request.before}
      />
      <section aria-labelledby="replies-heading" className="mt-8">
        <h2 id="replies-heading" className="text-lg font-semibold">
          {heading ? `${heading}: ` : ""}
          {replyCount} {replyCount === 1 ? "reply" : "replies"}
        </h2>
        {page.hasEarlier && (
          <p className="mt-3 text-sm">
            <Link
              href={`${canonical}?before=${page.replies[0]?.id ?? request.before ?? ""}`}
              className="underline underline-offset-4"
            >
              Earlier replies
            </Link>
          </p>
        )}
        {page.replies.length > 0 ? (
          <ol className="mt-4 space-y-4">
            {page.replies.map((reply) => (
              <ReplyCard
                key={reply.id}
                reply={cardData(reply)}
                threadId={threadId}
                canonical={canonical}
                here={here}
                deleteAction={actions.deleteReply}
                helpfulAction={actions.helpful}
                answer={answerMark}
              />
            ))}
          </ol>
        ) : (
          <p className="mt-3 text-zinc-600 dark:text-zinc-400">
            {page.hasEarlier ? "No more replies here." : "No replies yet. Share what you know."}
          </p>
        )}
        {page.hasLater && (
          <p className="mt-4 text-sm">
            <Link
              href={`${canonical}?after=${page.replies.at(-1)?.id ?? request.after ?? ""}`}
              rel="next"
              className="underline underline-offset-4"
            >
              Newer replies
            </Link>
          </p>
        )}
      </section>

      <section id="reply" aria-labelledby="reply-heading" className="mt-8 scroll-mt-4">
        <h2 id="reply-heading" className="mb-3 text-lg font-semibold">
          Your reply
        </h2>
        <ReplyForm
          action={actions.reply}
          threadId={threadId}
          signInHref={signInPath(`${canonical}#reply`)}
          locked={locked}
        />
      </section>
    </>
  );
}
